import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { signedInContext, signInStaff, type Department } from '../proposals/proposal-fixtures';
import { createReportingOutline, fileReport, openRound, reportOf } from './report-fixtures';
import { seriousViolations } from '../support/axe';

describe('accessibility of the progress report screens (axe, WCAG 2.1 AA)', () => {
  const browser = useBrowser();
  let department: Department;
  let roundId: string;
  let draftId: string;

  // One report signed off (so the dashboard has figures and charts) and one still in drafting for the form.
  beforeAll(async () => {
    const secretariat = await signedInContext(browser(), 'secretariat');
    const { request } = secretariat.context;
    const setup = await createReportingOutline(request, secretariat.csrfToken);
    department = setup.department;
    roundId = (await openRound(request, secretariat.csrfToken, setup.outline.id)).id;
    const editor = await signInStaff(browser(), department.editorLogin);
    const approver = await signInStaff(browser(), department.approverLogin);
    await fileReport(
      { request: editor.context.request, csrfToken: editor.csrfToken },
      { request: approver.context.request, csrfToken: approver.csrfToken },
      await reportOf(editor.context.request, roundId, setup.measured.id),
      { progressStatus: 'completed', selfEvaluation: 'A', actual: 38 },
    );
    draftId = (await reportOf(editor.context.request, roundId, setup.unmeasured.id)).id;
    for (const session of [secretariat, editor, approver]) await session.context.close();
  });

  it('finds no serious violation on the report form, with a cancelling status and its missing reason reported', async () => {
    const { context } = await signInStaff(browser(), department.editorLogin);
    const page = await context.newPage();
    await page.goto(`/reports/${draftId}`);
    await page.getByRole('radio', { name: '中止', exact: true }).check();
    await page.getByLabel('実際の財政効果（円）').fill('たくさん');
    await page.getByRole('button', { name: '保存する', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '変更・中止の理由を入力してください。' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('finds no serious violation on the round page for the secretariat', async () => {
    const { context } = await signedInContext(browser(), 'secretariat');
    const page = await context.newPage();
    await page.goto(`/report-rounds/${roundId}`);
    await page.getByRole('heading', { name: '報告の一覧' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('finds no serious violation on the dashboard for an HQ member, with its charts drawn and a table opened', async () => {
    const { context } = await signedInContext(browser(), 'hq');
    const page = await context.newPage();
    await page.goto(`/report-rounds/${roundId}/dashboard`);
    await page.getByRole('img', { name: /^財政効果の計画と実績のグラフ。/ }).first().locator('svg').waitFor();
    await page.getByText('「財政効果の計画と実績」を表で見る').click();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

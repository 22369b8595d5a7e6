import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { signedInContext, signInStaff } from '../proposals/proposal-fixtures';
import { createReportingOutline, fileReport, openRound, reportOf } from './report-fixtures';

describe('the change against the previous round', () => {
  const browser = useBrowser();

  it('writes each category’s 増減 the city’s way on the next round’s dashboard: +1, ▲1, ±0', async () => {
    const secretariat = await signedInContext(browser(), 'secretariat');
    const { outline, department, measured, unmeasured } = await createReportingOutline(secretariat.context.request, secretariat.csrfToken);
    const editor = await signInStaff(browser(), department.editorLogin);
    const approver = await signInStaff(browser(), department.approverLogin);
    const asEditor = { request: editor.context.request, csrfToken: editor.csrfToken };
    const asApprover = { request: approver.context.request, csrfToken: approver.csrfToken };

    // FY2028: both plans under way. FY2029: the measured one done, the other still under way.
    const first = await openRound(secretariat.context.request, secretariat.csrfToken, outline.id, 2028);
    const second = await openRound(secretariat.context.request, secretariat.csrfToken, outline.id, 2029);
    for (const [round, plan, progressStatus] of [
      [first.id, measured.id, 'in_progress'],
      [first.id, unmeasured.id, 'in_progress'],
      [second.id, measured.id, 'completed'],
      [second.id, unmeasured.id, 'in_progress'],
    ] as const) {
      await fileReport(asEditor, asApprover, await reportOf(editor.context.request, round, plan), { progressStatus, selfEvaluation: 'A' });
    }

    const hq = await signedInContext(browser(), 'hq');
    const page = await hq.context.newPage();
    await page.goto(`/report-rounds/${second.id}/dashboard`);
    const summary = page.getByRole('region', { name: '集計表' });
    await summary.getByText('「前回比」は令和10年度進捗状況報告書との増減').waitFor();
    const row = async (name: string) => (await summary.getByRole('row', { name: new RegExp(`^${name}`) }).innerText()).replace(/\s+/g, ' ');
    expect(await row('取組中')).toBe('取組中 1 50.0% ▲1');
    expect(await row('完了')).toBe('完了 1 50.0% +1');
    expect(await row('未着手')).toBe('未着手 0 0.0% ±0');
    expect(await summary.getByRole('listitem').filter({ hasText: '進捗状況' }).innerText()).toContain('取組中 1 (▲1)、完了 1 (+1)');

    for (const session of [secretariat, editor, approver, hq]) await session.context.close();
  });
});

import type { ProgressReport } from '@gyokaku/contracts';
import { describe, expect, it } from 'vitest';
import { apiGet, apiSend } from '../support/api';
import { useBrowser } from '../support/browser';
import { signedInContext, signInStaff } from '../proposals/proposal-fixtures';
import { createReportingOutline, openRound, reportOf } from './report-fixtures';

describe('two people editing one report', () => {
  const browser = useBrowser();

  it('keeps the editor’s input after a 409, names what the other changed, and saves both once re-applied', async () => {
    const secretariat = await signedInContext(browser(), 'secretariat');
    const { outline, department, measured } = await createReportingOutline(secretariat.context.request, secretariat.csrfToken);
    const round = await openRound(secretariat.context.request, secretariat.csrfToken, outline.id);

    const editor = await signInStaff(browser(), department.editorLogin);
    const page = await editor.context.newPage();
    const report = await reportOf(editor.context.request, round.id, measured.id);
    await page.goto(`/reports/${report.id}`);
    await page.getByLabel('取組内容（実績）').fill('番号札システムを導入した。');

    // Meanwhile the head of department writes the issues on the version the editor opened.
    const approver = await signInStaff(browser(), department.approverLogin);
    await apiSend<ProgressReport>(approver.context.request, approver.csrfToken, 'PUT', `/api/reports/${report.id}`, {
      version: report.version,
      progressStatus: report.progressStatus,
      selfEvaluation: report.selfEvaluation,
      workDone: report.workDone,
      actualValues: report.actualValues,
      actualFinancialEffect: report.actualFinancialEffect,
      issues: '繁忙期の待ち時間がまだ長い。',
      nextSteps: report.nextSteps,
      citizenEffect: report.citizenEffect,
      changeReason: report.changeReason,
    });

    await page.getByRole('button', { name: '保存する', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: '他の人が先にこの報告を保存しました' });
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('先に保存された変更：課題');
    expect(await page.getByLabel('取組内容（実績）').inputValue()).toBe('番号札システムを導入した。');

    await conflict.getByRole('button', { name: '自分の入力を最新の報告に反映する' }).click();
    expect(await page.getByLabel('課題', { exact: true }).inputValue()).toBe('繁忙期の待ち時間がまだ長い。');
    await page.getByRole('button', { name: '保存する', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '報告を保存しました。' }).waitFor();

    const saved = await apiGet<ProgressReport>(editor.context.request, `/api/reports/${report.id}`);
    expect([saved.workDone, saved.issues, saved.version]).toEqual(['番号札システムを導入した。', '繁忙期の待ち時間がまだ長い。', report.version + 2]);
    for (const session of [secretariat, editor, approver]) await session.context.close();
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgressReport, RoundDashboard } from '@gyokaku/contracts';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { apiGet } from '../support/api';
import { useBrowser } from '../support/browser';
import { signedInContext, signInStaff } from '../proposals/proposal-fixtures';
import { createReportingOutline, japanDate, reportOf } from './report-fixtures';

/** Opens a step's form from the report's status panel and confirms it, then waits for the focused result. */
async function takeStep(page: Page, button: string, confirm: string, done: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('button', { name: confirm, exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: done });
  await status.waitFor();
  expect(await status.evaluate((element) => element === document.activeElement)).toBe(true);
}

describe('a progress report from the round to the dashboard', () => {
  const browser = useBrowser();
  const folder = mkdtempSync(join(tmpdir(), 'gyokaku-report-pdf-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is opened, filled in with full-width figures, approved, accepted, and found in the HQ’s figures down to its plan', async () => {
    const secretariat = await signedInContext(browser(), 'secretariat');
    const { outline, department, measured, unmeasured } = await createReportingOutline(secretariat.context.request, secretariat.csrfToken);

    // The secretariat opens the FY2028 round from the outline page.
    const secretariatPage = await secretariat.context.newPage();
    await secretariatPage.goto(`/outlines/${outline.id}`);
    await secretariatPage.getByRole('button', { name: '進捗状況の照会を始める', exact: true }).click();
    await secretariatPage.getByLabel('対象年度').selectOption({ label: '令和10年度' });
    await secretariatPage.getByRole('radio', { name: '通期' }).check();
    await secretariatPage.getByLabel('提出期限').fill(japanDate(14));
    await secretariatPage.getByLabel('照会の説明').fill('令和10年度の取組の実績を報告してください。');
    await secretariatPage.getByRole('button', { name: 'この内容で照会を始める' }).click();
    await secretariatPage.waitForURL(/\/report-rounds\/[0-9a-f-]{36}$/);
    const roundId = secretariatPage.url().split('/').pop()!;
    await secretariatPage.getByText('「令和10年度進捗状況報告書」の照会を始めました（報告2件）。').waitFor();

    // The editor finds the report on the home page and fills it in.
    const editor = await signInStaff(browser(), department.editorLogin);
    const editorPage = await editor.context.newPage();
    await editorPage.goto('/');
    const roundOnHome = editorPage.getByRole('listitem').filter({ hasText: '令和10年度進捗状況報告書' }).first();
    expect(await roundOnHome.innerText()).toMatch(/あと14日/);
    await roundOnHome.getByRole('link', { name: new RegExp(measured.title) }).click();
    await editorPage.getByRole('heading', { level: 1, name: new RegExp(measured.title) }).waitFor();
    expect(await editorPage.getByRole('region', { name: '令和10年度の計画' }).innerText()).toContain('番号札システムを導入');

    await editorPage.getByRole('radio', { name: '取組中', exact: true }).check();
    await editorPage.getByLabel('取組内容（実績）').fill('番号札システムを導入し、混雑状況の公開を始めた。');
    const actual = editorPage.getByLabel('実績値（窓口の平均待ち時間）');
    await actual.fill('４５');
    // Lower is better: 50 → 45 against a target of 40 is half the way.
    const rate = editorPage.getByRole('row').filter({ hasText: '窓口の平均待ち時間' }).locator('output').last();
    expect(await rate.innerText()).toBe('50.0%');
    await actual.fill('５５');
    expect(await rate.innerText()).toBe('悪化（0.0%）');
    await actual.fill('４５');
    expect(await editorPage.getByText('数値からの目安：B').count()).toBe(1);
    await editorPage.getByRole('radio', { name: 'B', exact: true }).check();
    await editorPage.getByLabel('実際の財政効果（円）').fill('￥１，２００，０００');
    await editorPage.getByLabel('課題', { exact: true }).fill('繁忙期の待ち時間がまだ長い。');
    await editorPage.getByRole('button', { name: '保存する', exact: true }).click();
    await editorPage.getByRole('status').filter({ hasText: '報告を保存しました。' }).waitFor();
    const saved = await apiGet<ProgressReport>(editor.context.request, `/api/reports/${editorPage.url().split('/').pop()}`);
    expect([saved.actualValues[0]?.value, saved.actualFinancialEffect, saved.progressStatus, saved.selfEvaluation]).toEqual([45, 1_200_000, 'in_progress', 'B']);
    await takeStep(editorPage, '所属長へ提出する', '提出する', '所属長へ提出しました。');

    // The approver approves it; the secretariat accepts it from the round page.
    const approver = await signInStaff(browser(), department.approverLogin);
    const approverPage = await approver.context.newPage();
    await approverPage.goto(`/reports/${saved.id}`);
    await takeStep(approverPage, '承認して事務局へ提出する', '承認して提出する', '承認し、事務局へ提出しました。');

    await secretariatPage.goto(`/report-rounds/${roundId}`);
    const row = secretariatPage.getByRole('row').filter({ hasText: measured.title });
    expect(await row.innerText()).toContain('提出済');
    await row.getByRole('link', { name: measured.title }).click();
    await takeStep(secretariatPage, '確認済にする', '確認を確定する', '報告を確認済にしました。');

    // The HQ member finds the figures on the dashboard and drills down to the plan.
    const hq = await signedInContext(browser(), 'hq');
    const hqPage = await hq.context.newPage();
    await hqPage.goto(`/report-rounds/${roundId}`);
    await hqPage.getByRole('link', { name: '集計・グラフを見る' }).click();
    await hqPage.getByRole('heading', { level: 1, name: '令和10年度進捗状況報告書　集計' }).waitFor();
    const summary = hqPage.getByRole('region', { name: '集計表' });
    const inProgress = summary.getByRole('row', { name: /^取組中/ });
    expect((await inProgress.innerText()).replace(/\s+/g, ' ')).toBe('取組中 1 50.0%');
    expect(await hqPage.getByText('平均達成率').first().locator('..').innerText()).toContain('50.0%');
    const departmentRow = hqPage.getByRole('region', { name: '課別の状況' }).getByRole('row').filter({ hasText: department.name });
    expect(await departmentRow.innerText()).toContain('50.0%');
    await hqPage.getByRole('img', { name: /^課別の平均達成率のグラフ。/ }).first().waitFor();

    await summary.getByRole('link', { name: '進捗状況：取組中：1件の計画を表示' }).click();
    await hqPage.getByRole('heading', { level: 1, name: '進捗状況「取組中」の計画' }).waitFor();
    const listed = hqPage.getByRole('row').filter({ hasText: measured.title });
    expect(await listed.innerText()).toContain('50.0%');
    expect(await hqPage.getByRole('row').filter({ hasText: unmeasured.title }).count()).toBe(0);
    await listed.getByRole('link', { name: measured.title }).click();
    await hqPage.getByRole('heading', { level: 1, name: new RegExp(measured.title) }).waitFor();

    // The progress report the HQ reads on paper, from the dashboard's download link.
    await hqPage.goto(`/report-rounds/${roundId}/dashboard`);
    const [download] = await Promise.all([hqPage.waitForEvent('download'), hqPage.getByRole('link', { name: '令和10年度進捗状況報告書（PDF）' }).click()]);
    const file = join(folder, 'progress-report.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Long titles wrap inside their cells, so compare without the line breaks.
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain(measured.title);

    const dashboard = await apiGet<RoundDashboard>(hq.context.request, `/api/report-rounds/${roundId}/dashboard`);
    expect(dashboard.financialEffect.find((year) => year.fiscalYear === 2028)).toMatchObject({ planned: 1_000_000, actual: 1_200_000 });
    expect((await reportOf(hq.context.request, roundId, unmeasured.id)).state).toBe('drafting');

    for (const session of [secretariat, editor, approver, hq]) await session.context.close();
  });
});

import type { OutlineDetailResponse, Plan } from '@gyokaku/contracts';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDepartmentWithStaff, signInStaff } from '../proposals/proposal-fixtures';
import { apiGet, apiSend, createPlan, planSheet } from '../support/api';
import { newContext, signInByApi, unique, useBrowser } from '../support/browser';
import { seriousViolations } from '../support/axe';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A draft outline FY2025–2030 (so 令和7年度 lies inside it) with one leaf, and a department of this
 * test alone whose plan has one numerical target; the department's editor is signed in.
 */
async function departmentWithPlan(browser: Browser) {
  const secretariat = await newContext(browser);
  const { csrfToken } = await signInByApi(secretariat, 'secretariat');
  const request = secretariat.request;
  const outline = await apiSend<OutlineDetailResponse>(request, csrfToken, 'POST', '/api/outlines', {
    title: unique('取込試験大綱'),
    startFiscalYear: 2025,
    endFiscalYear: 2030,
    frameworkLevels: ['基本方針', '改革プログラム'],
  });
  const top = await apiSend<{ id: string }>(request, csrfToken, 'POST', `/api/outlines/${outline.id}/nodes`, { parentId: null, title: '行政サービスの向上' });
  const leaf = await apiSend<{ id: string }>(request, csrfToken, 'POST', `/api/outlines/${outline.id}/nodes`, { parentId: top.id, title: '窓口手続のデジタル化' });
  const department = await createDepartmentWithStaff(request, csrfToken);
  const sheet = planSheet({
    frameworkNodeId: leaf.id,
    leadDepartmentId: department.id,
    startFiscalYear: 2026,
    endFiscalYear: 2029,
    targets: [
      {
        id: crypto.randomUUID(),
        indicator: '電子申請の件数',
        unit: '件',
        direction: 'increase',
        baseline: 1000,
        baselineFiscalYear: 2025,
        values: [{ fiscalYear: 2028, value: 1200 }],
      },
    ],
  });
  const plan = await createPlan(request, csrfToken, outline.id, sheet);
  await secretariat.close();
  const { context, csrfToken: editorToken } = await signInStaff(browser, department.editorLogin);
  return { context, csrfToken: editorToken, outline, sheet, plan, department };
}

async function downloadTemplate(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '様式をダウンロード（Excel）' }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

/** The cell right of a label in column A, as a person filling in the sheet finds it. */
function cellRightOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, 1).text === label) return sheet.getCell(row, 2);
  }
  throw new Error(`no row labelled ${label} on ${sheet.name}`);
}

/** The cell holding `value` in the row below the header `header` of column A (the first target row). */
function firstRowCell(sheet: ExcelJS.Worksheet, header: string, value: number): ExcelJS.Cell {
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, 1).text !== header) continue;
    const cells: ExcelJS.Cell[] = [];
    sheet.getRow(row + 1).eachCell((cell) => cells.push(cell));
    const found = cells.find((cell) => cell.value === value);
    if (found) return found;
  }
  throw new Error(`no ${value} under ${header} on ${sheet.name}`);
}

async function upload(page: Page, workbook: ExcelJS.Workbook, name: string) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel('Excelファイル').setInputFiles({ name, mimeType: XLSX, buffer });
  await page.getByRole('button', { name: '読み込んで確認する' }).click();
}

const previewHeading = (page: Page) => page.getByRole('heading', { name: '4. 内容を確認して登録する' });

describe('Excel round trip of plans', () => {
  const browser = useBrowser();

  it('takes a downloaded template back with full-width digits and a wareki year, refusing a bad cell until it is fixed', async () => {
    const { context, outline, plan } = await departmentWithPlan(browser());
    const page = await context.newPage();
    await page.goto(`/outlines/${outline.id}/plans`);
    await page.getByRole('link', { name: 'Excelで一括登録・更新' }).click();
    await page.getByRole('heading', { level: 1, name: 'Excelで一括登録・更新' }).waitFor();

    const workbook = await downloadTemplate(page);
    const sheet = workbook.getWorksheet(plan.number);
    if (!sheet) throw new Error(`no sheet ${plan.number}`);
    const title = unique('窓口手続の電子化');
    cellRightOf(sheet, '取組名').value = title;
    cellRightOf(sheet, '計画期間').value = '令和７年度';
    firstRowCell(sheet, '指標', 1200).value = '１，５００';
    const baseline = firstRowCell(sheet, '指標', 1000);
    baseline.value = 'たくさん';
    await upload(page, workbook, '実施計画シート.xlsx');

    await previewHeading(page).waitFor();
    const errorRows = page.getByRole('table', { name: /エラーの一覧/ }).locator('tbody tr');
    expect(await errorRows.count()).toBe(1);
    const [sheetName, address, field] = await errorRows.getByRole('cell').allInnerTexts();
    expect([sheetName, address, field]).toEqual([plan.number, baseline.address, '基準値（1）']);
    expect(await page.getByRole('button', { name: '登録する' }).isDisabled()).toBe(true);
    await page.getByText('エラーがあるため登録できません。').waitFor();

    baseline.value = '1,050';
    await upload(page, workbook, '実施計画シート（修正）.xlsx');
    await page.getByText('読み込んだファイル：実施計画シート（修正）.xlsx').waitFor();
    const diff = page.getByRole('table', { name: new RegExp('の変更内容') });
    expect(await diff.getByRole('row').filter({ hasText: '計画名' }).innerText()).toContain(title);
    expect(await diff.getByRole('row').filter({ hasText: '開始年度' }).innerText()).toContain('令和7年度');
    await page.getByRole('button', { name: '登録する' }).click();

    await page.getByText('新規 0件、更新 1件の実施計画を登録しました。').waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).waitFor();
    const saved = await apiGet<Plan>(context.request, `/api/plans/${plan.id}`);
    expect(saved).toMatchObject({ title, startFiscalYear: 2025, endFiscalYear: 2029, version: plan.version + 1 });
    expect(saved.targets[0]).toMatchObject({ baseline: 1050, values: [{ fiscalYear: 2028, value: 1500 }] });
    await context.close();
  });

  it('imports a hand-made list with its own headers after the user maps the column the guess missed', async () => {
    const { context, outline, department } = await departmentWithPlan(browser());
    const page = await context.newPage();
    await page.goto(`/outlines/${outline.id}/import`);
    const title = unique('公共施設予約のオンライン化');
    // Headers as a department might type them, in its own order; 「取組の名前」 is no heading the server knows.
    const columns: [string, string][] = [
      ['終了年度', 'R11'],
      ['担当課', department.name],
      ['取組の名前', title],
      ['目的', '来庁しなくても施設を予約できるようにする。'],
      ['体系', '窓口手続のデジタル化'],
      ['区分', '改革'],
      ['開始年度', '令和８年度'],
    ];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('取組一覧');
    sheet.addRow(columns.map(([header]) => header));
    sheet.addRow(columns.map(([, value]) => value));
    const titleColumn = sheet.getColumn(columns.findIndex(([header]) => header === '取組の名前') + 1).letter;

    await page.getByRole('radio', { name: '一覧表（1行1計画）' }).check();
    await upload(page, workbook, '取組一覧.xlsx');
    await page.getByRole('heading', { name: '3. 列の対応を指定する' }).waitFor();
    const titleSelect = page.getByLabel('計画名', { exact: true });
    expect(await titleSelect.inputValue()).toBe('');
    expect(await page.getByLabel('主管課', { exact: true }).inputValue()).not.toBe('');
    await titleSelect.selectOption(titleColumn);
    await page.getByRole('button', { name: 'この対応で内容を確認する' }).click();

    await previewHeading(page).waitFor();
    const row = page.getByRole('row').filter({ hasText: title });
    expect(await row.innerText()).toContain('新規');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText('新規 1件、更新 0件の実施計画を登録しました。').waitFor();

    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).waitFor();
    const saved = await apiGet<Plan>(context.request, `/api/plans/${page.url().split('/').pop()}`);
    expect(saved).toMatchObject({ title, kind: 'reform', startFiscalYear: 2026, endFiscalYear: 2029 });
    expect(saved.leadDepartment.name).toBe(department.name);
    await context.close();
  });

  it('saves nothing and names the plan when it was saved in Gyokaku between the preview and the commit', async () => {
    const { context, csrfToken, outline, sheet, plan } = await departmentWithPlan(browser());
    const page = await context.newPage();
    await page.goto(`/outlines/${outline.id}/import`);
    const workbook = await downloadTemplate(page);
    const title = unique('窓口手続の電子化');
    cellRightOf(workbook.getWorksheet(plan.number)!, '取組名').value = title;
    await upload(page, workbook, '実施計画シート.xlsx');
    await previewHeading(page).waitFor();
    const aim = '待ち時間をなくし、来庁の負担を減らす。';
    await apiSend(context.request, csrfToken, 'PUT', `/api/plans/${plan.id}`, { ...sheet, number: plan.number, aim, version: plan.version });

    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('alert').filter({ hasText: '登録できませんでした。何も保存されていません。' }).waitFor();
    const conflicts = page.getByRole('region', { name: /競合/ });
    await conflicts.getByRole('link', { name: title }).waitFor();
    expect(await page.getByRole('button', { name: '登録する' }).isDisabled()).toBe(true);
    const saved = await apiGet<Plan>(context.request, `/api/plans/${plan.id}`);
    expect(saved).toMatchObject({ title: sheet.title, aim, version: plan.version + 1 });
    await context.close();
  });

  it('finds no serious accessibility violation on the preview with a diff and an error', async () => {
    const { context, outline, plan } = await departmentWithPlan(browser());
    const page = await context.newPage();
    await page.goto(`/outlines/${outline.id}/import`);
    const workbook = await downloadTemplate(page);
    // One changed plan and one new sheet with a kind not on the list: the diff and the error table side by side.
    cellRightOf(workbook.getWorksheet(plan.number)!, '取組名').value = unique('窓口手続の電子化');
    const blank = workbook.worksheets.find((sheet) => sheet.name !== plan.number && sheet.state === 'visible')!;
    cellRightOf(blank, '取組名').value = unique('証明書のコンビニ交付');
    cellRightOf(blank, '区分').value = '大改革';
    await upload(page, workbook, '実施計画シート.xlsx');
    await previewHeading(page).waitFor();
    await page.getByRole('table', { name: /エラーの一覧/ }).waitFor();
    await page.getByRole('table', { name: /の変更内容/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

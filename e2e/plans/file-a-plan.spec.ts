import type { Plan } from '@gyokaku/contracts';
import { describe, expect, it } from 'vitest';
import { apiGet, createOutlineWithLeaf } from '../support/api';
import { newContext, signInByApi, unique, useBrowser } from '../support/browser';

describe('filing a plan', () => {
  const browser = useBrowser();

  it('lets a department editor file a plan with a numerical target typed in full-width digits and wareki years', async () => {
    const secretariat = await newContext(browser());
    const { csrfToken } = await signInByApi(secretariat, 'secretariat');
    const { outline } = await createOutlineWithLeaf(secretariat.request, csrfToken);
    await secretariat.close();

    const context = await newContext(browser());
    await signInByApi(context, 'editor');
    const page = await context.newPage();
    const title = unique('電子申請の拡大');
    await page.goto(`/outlines/${outline.id}/plans/new`);
    await page.getByLabel('体系', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('計画名').fill(title);
    await page.getByRole('radio', { name: '改革' }).check();
    await page.getByLabel('現状と課題').fill('紙の申請書の記入と窓口での待ち時間が市民の負担になっている。');
    await page.getByLabel('目的', { exact: true }).fill('来庁しなくても手続ができるようにする。');
    await page.getByLabel('取組内容').fill('電子申請できる手続を毎年10件ずつ増やす。');
    await page.getByLabel('開始年度').fill('R10');
    await page.getByLabel('終了年度').fill('令和12年度');
    const addTarget = page.getByRole('button', { name: '数値目標を追加' });
    if ((await page.getByLabel('指標（1）').count()) === 0) await addTarget.click();
    await page.getByLabel('指標（1）').fill('電子申請の件数');
    await page.getByLabel('単位（1）').fill('件');
    await page.getByLabel('方向（1）').selectOption({ label: '増やす' });
    await page.getByLabel('基準値（1）').fill('１，２００');
    await page.getByLabel('基準年度（1）').fill('R9');
    await page.getByLabel('令和10年度の目標値（1）').fill('１５００');
    await page.getByLabel('令和12年度の目標値（1）').fill('2,000');
    await page.getByLabel('市民への効果').fill('24時間いつでも申請できる。');
    await page.getByRole('button', { name: '作成する' }).click();

    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const planId = page.url().split('/').pop()!;
    const plan = await apiGet<Plan>(context.request, `/api/plans/${planId}`);
    expect(plan.title).toBe(title);
    expect(plan.number).toBe('1-1-1');
    expect([plan.startFiscalYear, plan.endFiscalYear]).toEqual([2028, 2030]);
    expect(plan.leadDepartment.name).toBe('市民課');
    const [target] = plan.targets;
    expect(target).toMatchObject({ indicator: '電子申請の件数', unit: '件', direction: 'increase', baseline: 1200, baselineFiscalYear: 2027 });
    expect(target!.values.filter((v) => v.value !== null)).toEqual([
      { fiscalYear: 2028, value: 1500 },
      { fiscalYear: 2030, value: 2000 },
    ]);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).waitFor();
    await context.close();
  });
});

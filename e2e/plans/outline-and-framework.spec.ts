import type { OutlineDetailResponse, OutlineListResponse } from '@gyokaku/contracts';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../support/api';
import { newContext, signInByApi, unique, useBrowser } from '../support/browser';

describe('outline and framework', () => {
  const browser = useBrowser();

  it('lets the secretariat create an outline with years typed as people write them, then build its framework', async () => {
    const context = await newContext(browser());
    await signInByApi(context, 'secretariat');
    const page = await context.newPage();
    const title = unique('第5次行政改革大綱');

    await page.goto('/outlines');
    await page.getByRole('button', { name: '新しい大綱を作成' }).click();
    await page.getByLabel('名称', { exact: true }).fill(title);
    await page.getByLabel('開始年度').fill('Ｒ１０');
    await page.getByLabel('終了年度').fill('令和14年度');
    await page.getByRole('button', { name: '作成する' }).click();
    await page.getByText(`「${title}」を作成しました。`).waitFor();

    const outlines = await apiGet<OutlineListResponse>(context.request, '/api/outlines');
    const created = outlines.items.find((o) => o.title === title)!;
    expect([created.startFiscalYear, created.endFiscalYear, created.status]).toEqual([2028, 2032, 'draft']);

    if (!page.url().endsWith(created.id)) await page.goto(`/outlines/${created.id}`);
    await page.getByRole('button', { name: '基本方針を追加', exact: true }).click();
    await page.getByLabel('基本方針の名称').fill('デジタルで変わる窓口');
    await page.getByRole('button', { name: '追加する' }).click();
    await page.getByText('「デジタルで変わる窓口」を追加しました。').waitFor();

    await page.getByRole('button', { name: /^実施項目を追加（/ }).click();
    await page.getByLabel('実施項目の名称').fill('書かない窓口の実現');
    await page.getByRole('button', { name: '追加する' }).click();
    await page.getByText('「書かない窓口の実現」を追加しました。').waitFor();

    const detail = await apiGet<OutlineDetailResponse>(context.request, `/api/outlines/${created.id}`);
    expect(detail.nodes.map((n) => [n.code, n.title])).toEqual([
      ['1', 'デジタルで変わる窓口'],
      ['1-1', '書かない窓口の実現'],
    ]);
    await context.close();
  });
});

import type { Plan } from '@gyokaku/contracts';
import { describe, expect, it } from 'vitest';
import { apiGet, createOutlineWithLeaf, createPlan, departmentId, planSheet } from '../support/api';
import { newContext, signInByApi, useBrowser } from '../support/browser';

describe('extending a plan period', () => {
  const browser = useBrowser();

  it('lets the secretariat extend one plan by a year with a reason that stays on record', async () => {
    const context = await newContext(browser());
    const { csrfToken } = await signInByApi(context, 'secretariat');
    const { outline, leafId } = await createOutlineWithLeaf(context.request, csrfToken);
    const plan = await createPlan(
      context.request,
      csrfToken,
      outline.id,
      planSheet({ frameworkNodeId: leafId, leadDepartmentId: await departmentId(context.request, '市民課') }),
    );

    const page = await context.newPage();
    await page.goto(`/plans/${plan.id}`);
    await page.getByRole('button', { name: '計画期間を延長' }).click();
    await page.getByLabel('延長後の終了年度').fill('Ｒ１３');
    await page.getByLabel('延長の理由').fill('次期大綱の策定まで空白期間を設けないため');
    await page.getByRole('button', { name: '延長する' }).click();
    await page.getByText('計画期間を令和13年度まで延長しました。').waitFor();

    const saved = await apiGet<Plan>(context.request, `/api/plans/${plan.id}`);
    expect(saved.endFiscalYear).toBe(2031);
    expect(saved.periodChanges).toEqual([
      expect.objectContaining({ previousEndFiscalYear: 2030, endFiscalYear: 2031, reason: '次期大綱の策定まで空白期間を設けないため' }),
    ]);
    await context.close();
  });
});

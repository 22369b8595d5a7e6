import type { Plan } from '@gyokaku/contracts';
import { describe, expect, it } from 'vitest';
import { apiGet, createOutlineWithLeaf, createPlan, departmentId, planSheet } from '../support/api';
import { newContext, signInByApi, useBrowser } from '../support/browser';

describe('two people editing one plan', () => {
  const browser = useBrowser();

  it('shows the second saver what the first changed and lets them re-apply their own edit, losing nothing', async () => {
    const first = await newContext(browser());
    const { csrfToken } = await signInByApi(first, 'secretariat');
    const { outline, leafId } = await createOutlineWithLeaf(first.request, csrfToken);
    const lead = await departmentId(first.request, '市民課');
    const plan = await createPlan(first.request, csrfToken, outline.id, planSheet({ frameworkNodeId: leafId, leadDepartmentId: lead }));
    const second = await newContext(browser());
    await signInByApi(second, 'editor');

    const pageA = await first.newPage();
    const pageB = await second.newPage();
    await pageA.goto(`/plans/${plan.id}/edit`);
    await pageB.goto(`/plans/${plan.id}/edit`);
    await pageA.getByLabel('計画名').fill('申請手続のオンライン化（全庁展開）');
    await pageB.getByLabel('目的', { exact: true }).fill('市民が24時間どこからでも申請できるようにする。');

    await pageA.getByRole('button', { name: '保存する' }).click();
    await pageA.getByText('実施計画を保存しました。').waitFor();
    await pageB.getByRole('button', { name: '保存する' }).click();

    const notice = pageB.getByRole('alert').filter({ hasText: '他の人が先に更新しました' });
    await notice.waitFor();
    const changedRow = pageB.getByRole('row').filter({ hasText: '申請手続のオンライン化（全庁展開）' });
    expect(await changedRow.count()).toBeGreaterThan(0);
    // Still what B typed: nothing is lost by the refused save.
    expect(await pageB.getByLabel('目的', { exact: true }).inputValue()).toBe('市民が24時間どこからでも申請できるようにする。');

    await pageB.getByRole('button', { name: '自分の変更を反映し直す' }).click();
    await pageB.getByRole('button', { name: '保存する' }).click();
    await pageB.getByText('実施計画を保存しました。').waitFor();

    const saved = await apiGet<Plan>(first.request, `/api/plans/${plan.id}`);
    expect(saved.title).toBe('申請手続のオンライン化（全庁展開）');
    expect(saved.aim).toBe('市民が24時間どこからでも申請できるようにする。');
    expect(saved.version).toBe(2);
    await first.close();
    await second.close();
  });
});

import type { Plan, ProposalTimeline } from '@gyokaku/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, createOutlineWithLeaf } from '../support/api';
import { unique, useBrowser } from '../support/browser';
import { createDepartmentWithStaff, japanDate, signedInContext, signInStaff } from './proposal-fixtures';

/** The navigation's task link, whose name carries the count: 「やること（1件）」, or 「やること」 when nothing waits. */
async function expectTaskCount(page: Page, count: number) {
  const name = count === 0 ? 'やること' : `やること（${count}件）`;
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name, exact: true }).waitFor();
}

/** Opens a step's form from the proposal panel, confirms it, and checks that focus lands on the result `done`. */
async function takeStep(page: Page, button: string, confirm: string, done: string, fill?: (page: Page) => Promise<void>) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await fill?.(page);
  await page.getByRole('button', { name: confirm, exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: done });
  await status.waitFor();
  expect(await status.evaluate((element) => element === document.activeElement)).toBe(true);
}

describe('a proposal from call to adoption', () => {
  const browser = useBrowser();

  it('goes from draft through a return with a field comment to adoption, each person in their own session', async () => {
    const secretariat = await signedInContext(browser(), 'secretariat');
    const { outline } = await createOutlineWithLeaf(secretariat.context.request, secretariat.csrfToken);
    const department = await createDepartmentWithStaff(secretariat.context.request, secretariat.csrfToken);
    const callTitle = unique('令和10年度 実施計画の提案募集');
    const planTitle = unique('窓口受付のオンライン化');

    // The secretariat opens the call for the new department through the outline page.
    const secretariatPage = await secretariat.context.newPage();
    await secretariatPage.goto(`/outlines/${outline.id}`);
    await secretariatPage.getByRole('button', { name: '募集を開始する', exact: true }).click();
    await secretariatPage.getByLabel('募集の名称').fill(callTitle);
    await secretariatPage.getByLabel('募集の説明').fill('市民の手続の負担を減らす改革を提案してください。');
    await secretariatPage.getByLabel('募集開始日').fill(japanDate(0));
    await secretariatPage.getByLabel('締切日').fill(japanDate(14));
    await secretariatPage.getByRole('checkbox', { name: department.name, exact: true }).check();
    await secretariatPage.getByRole('button', { name: 'この内容で募集を開始する' }).click();
    await secretariatPage.waitForURL(/\/calls\/[0-9a-f-]{36}$/);
    const callId = secretariatPage.url().split('/').pop()!;
    await secretariatPage.getByText(`募集「${callTitle}」を開始しました。`).waitFor();
    const progressRow = secretariatPage.getByRole('row').filter({ hasText: department.name });
    expect(await progressRow.innerText()).toContain('未着手');

    // The editor finds the call on the home page with its deadline, and files a proposal from the call page.
    const editor = await signInStaff(browser(), department.editorLogin);
    const editorPage = await editor.context.newPage();
    await editorPage.goto('/');
    await expectTaskCount(editorPage, 1);
    const callOnHome = editorPage.getByRole('listitem').filter({ hasText: callTitle });
    expect(await callOnHome.innerText()).toMatch(/締切：\d+月\d+日（.）\s*あと14日/);
    await callOnHome.getByRole('link', { name: callTitle }).click();
    await editorPage.getByRole('heading', { level: 1, name: callTitle }).waitFor();
    await editorPage.getByRole('link', { name: '新しい提案を作成' }).click();
    await editorPage.getByLabel('体系', { exact: true }).selectOption({ index: 1 });
    await editorPage.getByLabel('計画名').fill(planTitle);
    await editorPage.getByRole('radio', { name: '改革' }).check();
    await editorPage.getByLabel('現状と課題').fill('窓口での手続に時間がかかっている。');
    await editorPage.getByLabel('目的', { exact: true }).fill('手続を早くする。');
    await editorPage.getByLabel('取組内容').fill('オンラインで受け付ける手続を増やす。');
    await editorPage.getByLabel('開始年度').fill('R10');
    await editorPage.getByLabel('終了年度').fill('R12');
    if ((await editorPage.getByLabel('指標（1）').count()) === 0) await editorPage.getByRole('button', { name: '数値目標を追加' }).click();
    await editorPage.getByLabel('指標（1）').fill('オンラインで受け付けた件数');
    await editorPage.getByLabel('単位（1）').fill('件');
    await editorPage.getByLabel('方向（1）').selectOption({ label: '増やす' });
    await editorPage.getByLabel('令和12年度の目標値（1）').fill('500');
    await editorPage.getByLabel('市民への効果').fill('来庁せずに手続ができる。');
    await editorPage.getByRole('button', { name: '作成する' }).click();
    await editorPage.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const planId = editorPage.url().split('/').pop()!;
    const panel = editorPage.getByRole('region', { name: '提案の状況' });
    expect(await panel.locator('[aria-current="step"]').innerText()).toContain('作成中');
    await expectTaskCount(editorPage, 1);
    await takeStep(editorPage, '所属長へ提出する', '提出する', '所属長へ提出しました。');
    await expectTaskCount(editorPage, 0);

    // The approver finds it in the inbox and approves it.
    const approver = await signInStaff(browser(), department.approverLogin);
    const approverPage = await approver.context.newPage();
    await approverPage.goto('/inbox');
    await expectTaskCount(approverPage, 1);
    const approveTask = approverPage.getByRole('row').filter({ hasText: planTitle });
    expect(await approveTask.innerText()).toContain('提案の承認');
    await approveTask.getByRole('link', { name: new RegExp(planTitle) }).click();
    await takeStep(approverPage, '承認して事務局へ提出する', '承認して提出する', '承認し、事務局へ提出しました。');
    await expectTaskCount(approverPage, 0);

    // The secretariat returns it with a comment on the aim.
    await secretariatPage.goto('/inbox');
    const reviewTask = secretariatPage.getByRole('row').filter({ hasText: planTitle });
    expect(await reviewTask.innerText()).toContain('提案の審査');
    await reviewTask.getByRole('link', { name: new RegExp(planTitle) }).click();
    const fieldComment = '目的には、市民にとって何が良くなるのかを書いてください。';
    await takeStep(secretariatPage, '差し戻す', 'この内容で差し戻す', '提案を差し戻しました。', async (page) => {
      await page.getByLabel('理由・コメント').fill('目的の書き方を見直してください。');
      await page.getByRole('button', { name: '項目への指摘を追加' }).click();
      await page.getByLabel('指摘（1）の項目').selectOption({ label: '目的' });
      await page.getByLabel('指摘（1）の内容').fill(fieldComment);
    });

    // The editor sees the comment beside the aim, revises and submits again.
    await editorPage.reload();
    await expectTaskCount(editorPage, 1);
    const overview = editorPage.getByRole('region', { name: '2. 計画の概要' });
    expect(await overview.innerText()).toContain(fieldComment);
    expect(await overview.locator('#proposal-comments-aim').innerText()).toContain('「目的」への指摘');
    await editorPage.getByRole('link', { name: '編集する' }).click();
    // The form lists the return's comments too, each leading to its field.
    const returnComments = editorPage.getByRole('region', { name: '差戻し時の指摘（2件）' });
    await editorPage.getByLabel('目的', { exact: true }).waitFor();
    await returnComments.getByRole('link', { name: '目的' }).click();
    expect(await editorPage.evaluate(() => document.activeElement?.id)).toBe('plan-aim');
    const revisedAim = '市民が来庁せずに、24時間いつでも手続できるようにする。';
    await editorPage.getByLabel('目的', { exact: true }).fill(revisedAim);
    await editorPage.getByRole('button', { name: '保存する' }).click();
    await editorPage.getByText('実施計画を保存しました。').waitFor();
    await takeStep(editorPage, '所属長へ提出する', '提出する', '所属長へ提出しました。');

    await approverPage.goto(`/plans/${planId}`);
    await takeStep(approverPage, '承認して事務局へ提出する', '承認して提出する', '承認し、事務局へ提出しました。');

    // The secretariat sees what changed since its comment, and accepts.
    await secretariatPage.goto(`/plans/${planId}`);
    const changes = secretariatPage.getByRole('region', { name: '前回の指摘からの変更' });
    const aimRow = changes.getByRole('row').filter({ hasText: '目的' });
    expect(await aimRow.innerText()).toContain(revisedAim);
    expect(await aimRow.innerText()).toContain('手続を早くする。');
    await takeStep(secretariatPage, '受理する', '受理を確定する', '提案を受理しました。');

    // The HQ member finds the decision in the inbox and adopts it.
    const hq = await signedInContext(browser(), 'hq');
    const hqPage = await hq.context.newPage();
    await hqPage.goto('/inbox');
    const decideTask = hqPage.getByRole('row').filter({ hasText: planTitle });
    expect(await decideTask.innerText()).toContain('採否の決定');
    await decideTask.getByRole('link', { name: new RegExp(planTitle) }).click();
    await takeStep(hqPage, '採択する', '採択を記録する', '採択を記録しました。');
    const current = hqPage.getByRole('region', { name: '提案の状況' }).locator('[aria-current="step"]');
    expect(await current.innerText()).toContain('採択');

    const plan = await apiGet<Plan>(hq.context.request, `/api/plans/${planId}`);
    expect(plan.proposal?.state).toBe('adopted');
    expect(plan.aim).toBe(revisedAim);
    const timeline = await apiGet<ProposalTimeline>(hq.context.request, `/api/plans/${planId}/proposal`);
    expect(timeline.events.map((event) => event.action)).toEqual(['filed', 'submit', 'approve', 'return', 'submit', 'approve', 'accept', 'adopt']);
    expect(timeline.comments.find((comment) => comment.field === 'aim')?.body).toBe(fieldComment);

    // The department is told of the decision in its own language.
    await editorPage.goto('/inbox');
    await editorPage.getByText(`提案「${plan.number} ${planTitle}」の採否が決まりました（採択）。`).waitFor();

    for (const session of [secretariat, editor, approver, hq]) await session.context.close();
  });
});

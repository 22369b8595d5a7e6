import { beforeAll, describe, expect, it } from 'vitest';
import { createOutlineWithLeaf } from '../support/api';
import { useBrowser } from '../support/browser';
import { createDepartmentWithStaff, fileProposal, openCall, signedInContext, signInStaff, transition, type Department } from './proposal-fixtures';
import { seriousViolations } from '../support/axe';

describe('accessibility of the proposal screens (axe, WCAG 2.1 AA)', () => {
  const browser = useBrowser();
  let department: Department;
  let callId: string;
  let planId: string;

  // One returned proposal with a field comment: the panel then shows steps, actions, comments and the timeline.
  beforeAll(async () => {
    const secretariat = await signedInContext(browser(), 'secretariat');
    const { request } = secretariat.context;
    const { outline, leafId } = await createOutlineWithLeaf(request, secretariat.csrfToken);
    department = await createDepartmentWithStaff(request, secretariat.csrfToken);
    callId = (await openCall(request, secretariat.csrfToken, outline.id, [department.id])).id;
    const editor = await signInStaff(browser(), department.editorLogin);
    const approver = await signInStaff(browser(), department.approverLogin);
    planId = (await fileProposal(editor.context.request, editor.csrfToken, callId, { frameworkNodeId: leafId, leadDepartmentId: department.id })).id;
    await transition(editor.context.request, editor.csrfToken, planId, { action: 'submit' });
    await transition(approver.context.request, approver.csrfToken, planId, { action: 'approve' });
    await transition(request, secretariat.csrfToken, planId, {
      action: 'return',
      comment: '効果の書き方を見直してください。',
      fieldComments: [{ field: 'citizenEffect', body: '市民への効果を数値で示してください。' }],
    });
    for (const session of [secretariat, editor, approver]) await session.context.close();
  });

  it('finds no serious violation on the call page for the secretariat, with a reminder being confirmed', async () => {
    const { context } = await signedInContext(browser(), 'secretariat');
    const page = await context.newPage();
    await page.goto(`/calls/${callId}`);
    await page.getByRole('heading', { name: '課ごとの提出状況' }).waitFor();
    await page.getByRole('button', { name: `${department.name}に督促する` }).click();
    await page.getByRole('heading', { name: '督促の確認' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('finds no serious violation on the call page for the department', async () => {
    const { context } = await signInStaff(browser(), department.editorLogin);
    const page = await context.newPage();
    await page.goto(`/calls/${callId}`);
    await page.getByRole('heading', { name: `${department.name}の提案` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('finds no serious violation on a returned proposal, with the comment form open', async () => {
    const { context } = await signInStaff(browser(), department.editorLogin);
    const page = await context.newPage();
    await page.goto(`/plans/${planId}`);
    await page.getByText('市民への効果を数値で示してください。').waitFor();
    await page.getByRole('button', { name: 'コメントを書く' }).click();
    await page.getByRole('heading', { name: 'コメントを書く' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('finds no serious violation on a returned proposal for the secretariat, with a comment form showing its error', async () => {
    const { context } = await signedInContext(browser(), 'secretariat');
    const page = await context.newPage();
    await page.goto(`/plans/${planId}`);
    await page.getByRole('region', { name: '提案の状況' }).waitFor();
    await page.getByRole('button', { name: 'コメントを書く' }).click();
    await page.getByRole('button', { name: 'コメントを登録する' }).click();
    await page.getByRole('alert').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('finds no serious violation on the inbox', async () => {
    const { context } = await signInStaff(browser(), department.editorLogin);
    const page = await context.newPage();
    await page.goto('/inbox');
    await page.getByRole('row').filter({ hasText: '提案の作成・修正' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

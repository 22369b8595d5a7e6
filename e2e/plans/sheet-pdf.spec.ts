import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOutlineWithLeaf, createPlan, departmentId, planSheet } from '../support/api';
import { newContext, signInByApi, unique, useBrowser } from '../support/browser';

describe('plan sheet PDF', () => {
  const browser = useBrowser();
  const folder = mkdtempSync(join(tmpdir(), 'gyokaku-pdf-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('downloads a sheet whose text holds the plan title in Japanese', async () => {
    const context = await newContext(browser());
    const { csrfToken } = await signInByApi(context, 'secretariat');
    const { outline, leafId } = await createOutlineWithLeaf(context.request, csrfToken);
    const title = unique('公共施設予約のオンライン化');
    const plan = await createPlan(
      context.request,
      csrfToken,
      outline.id,
      planSheet({ title, frameworkNodeId: leafId, leadDepartmentId: await departmentId(context.request, '生涯学習課') }),
    );

    const page = await context.newPage();
    await page.goto(`/plans/${plan.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDFをダウンロード' }).click()]);
    const file = join(folder, 'sheet.pdf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    // The sheet wraps long titles inside their cell, so compare without the line breaks.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(title);
    expect(text).toContain('令和10年度');
    await context.close();
  });
});

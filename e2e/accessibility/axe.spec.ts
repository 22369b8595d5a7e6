import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, signInByApi, useBrowser } from '../support/browser';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** JIS X 8341-3 AA is WCAG 2.1 AA: nothing serious or critical may remain. */
async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  const browser = useBrowser();

  it('finds no serious violation on the login page', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(['/', '/outlines', '/admin/organisation', '/admin/users', '/admin/audit-log', '/admin/settings', '/account/password'])(
    'finds no serious violation on %s for the secretariat',
    async (path) => {
      const context = await newContext(browser());
      await signInByApi(context, 'secretariat');
      const page = await context.newPage();
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it('finds no serious violation on an outline with its framework, for a council member', async () => {
    const context = await newContext(browser());
    await signInByApi(context, 'council');
    const outlines = (await (await context.request.get('/api/outlines')).json()) as { items: { id: string }[] };
    const page = await context.newPage();
    await page.goto(`/outlines/${outlines.items[0]!.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

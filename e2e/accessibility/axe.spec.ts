import { describe, expect, it } from 'vitest';
import { newContext, signInByApi, useBrowser } from '../support/browser';
import { seriousViolations } from '../support/axe';

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

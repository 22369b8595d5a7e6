import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const DEMO_PASSWORD = 'gyokaku-demo';

/** Debian's Chromium, never a downloaded one; the flags keep it off the closed network. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One browser for the spec file that calls it, closed after its tests; call the result for the browser. */
export function useBrowser(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  return () => browser;
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: inject('baseURL'), locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
}

/** Signs in through the API; the session cookie then belongs to the context's pages. */
export async function signInByApi(context: BrowserContext, loginId: string, password = DEMO_PASSWORD) {
  const response = await context.request.post('/api/auth/login', { data: { loginId, password } });
  if (!response.ok()) throw new Error(`login ${loginId} failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { csrfToken: string; municipality: { id: string } };
}

export async function signInByForm(page: Page, loginId: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** A name no other test run uses, so tests can share the demo city without touching each other's data. */
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

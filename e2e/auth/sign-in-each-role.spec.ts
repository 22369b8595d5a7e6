import { describe, expect, it } from 'vitest';
import { newContext, signInByForm, useBrowser } from '../support/browser';

const ROLES = [
  { loginId: 'secretariat', label: '事務局', admin: true },
  { loginId: 'editor', label: '課の担当者', admin: false },
  { loginId: 'approver', label: '所属長', admin: false },
  { loginId: 'hq', label: '推進本部員', admin: false },
  { loginId: 'council', label: '審議会委員', admin: false },
];

describe('signing in', () => {
  const browser = useBrowser();

  it.each(ROLES)('takes $loginId from the login form to a home page for $label', async ({ loginId, label, admin }) => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInByForm(page, loginId);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    expect(await page.getByTestId('home-role').innerText()).toContain(label);
    const navigation = page.getByRole('navigation', { name: 'メインメニュー' });
    expect(await navigation.getByRole('link', { name: '組織管理' }).count()).toBe(admin ? 1 : 0);
    await context.close();
  });

  it('says in Japanese that the login ID or password is wrong, without saying which', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInByForm(page, 'secretariat', 'wrong-password-123');
    const alert = page.getByRole('alert').filter({ hasText: 'ログインIDまたはパスワードが正しくありません' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it('sends a signed-out visitor to the login page and back to where they were going', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/outlines');
    await page.waitForURL((url) => url.pathname === '/login');
    await signInByForm(page, 'hq');
    await page.waitForURL((url) => url.pathname === '/outlines');
    await page.getByRole('link', { name: '第3次本庄市行政改革大綱' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('行政改革大綱');
    await context.close();
  });

  it('signs out and no longer shows staff pages', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await signInByForm(page, 'council');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    const session = await context.request.get('/api/auth/session');
    expect(session.status()).toBe(401);
    await context.close();
  });
});

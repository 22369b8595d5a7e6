import { describe, expect, it } from 'vitest';
import { apiSend } from '../support/api';
import { newContext, signInByApi, unique, useBrowser } from '../support/browser';

const todayInJapan = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('department reorganisation', () => {
  const browser = useBrowser();

  it('merges two departments on a date from the administration page, keeping their lineage', async () => {
    const context = await newContext(browser());
    const { csrfToken } = await signInByApi(context, 'secretariat');
    // Departments of this test alone, so it never depends on what other tests did to the demo city.
    const division = await apiSend<{ id: string; name: string }>(context.request, csrfToken, 'POST', '/api/divisions', {
      name: unique('統合試験部'),
      validFrom: '2020-04-01',
    });
    const oldNames = [unique('旧甲課'), unique('旧乙課')];
    for (const name of oldNames) {
      await apiSend(context.request, csrfToken, 'POST', '/api/departments', { divisionId: division.id, name, validFrom: '2020-04-01' });
    }
    const newName = unique('新統合課');
    const effectiveDate = todayInJapan();

    const page = await context.newPage();
    await page.goto('/admin/organisation');
    await page.getByRole('button', { name: '組織改編' }).click();
    await page.getByRole('radio', { name: '統合' }).check();
    await page.getByLabel('施行日').fill(effectiveDate);
    for (const name of oldNames) await page.getByRole('checkbox', { name }).check();
    await page.getByLabel('新しい課の名称').fill(newName);
    await page.getByLabel('所属する部').selectOption({ label: division.name });
    await page.getByLabel('理由・備考').fill('窓口の一本化のため');
    await page.getByRole('button', { name: '組織改編を登録する' }).click();

    const notice = page.getByText('組織改編を登録しました。');
    await notice.waitFor();
    const row = page.getByRole('row').filter({ hasText: newName });
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain(oldNames[0]);

    const organisation = (await (await context.request.get('/api/organisation?includeEnded=true')).json()) as {
      departments: { id: string; name: string; validFrom: string; validTo: string | null; predecessorIds: string[] }[];
    };
    const merged = organisation.departments.find((d) => d.name === newName)!;
    const old = organisation.departments.filter((d) => oldNames.includes(d.name));
    expect(merged.validFrom).toBe(effectiveDate);
    expect(old.map((d) => d.validTo)).toEqual([dayBefore(effectiveDate), dayBefore(effectiveDate)]);
    expect([...merged.predecessorIds].sort()).toEqual(old.map((d) => d.id).sort());
    await context.close();
  });

  it('refuses a merge of a single department with a Japanese message and saves nothing', async () => {
    const context = await newContext(browser());
    await signInByApi(context, 'secretariat');
    const before = ((await (await context.request.get('/api/reorganisations')).json()) as { items: unknown[] }).items.length;
    const page = await context.newPage();
    await page.goto('/admin/organisation');
    await page.getByRole('button', { name: '組織改編' }).click();
    await page.getByRole('radio', { name: '統合' }).check();
    await page.getByLabel('施行日').fill(todayInJapan());
    await page.getByRole('checkbox', { name: '市民課' }).check();
    await page.getByLabel('新しい課の名称').fill('市民総合課');
    await page.getByRole('button', { name: '組織改編を登録する' }).click();
    await page.getByText('統合では、旧組織を2つ以上選んでください。').first().waitFor();
    const after = ((await (await context.request.get('/api/reorganisations')).json()) as { items: unknown[] }).items.length;
    expect(after).toBe(before);
    await context.close();
  });
});

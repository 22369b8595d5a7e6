import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBookletHtml } from './booklet-html.js';
import { createPdfRenderer, PRINT_FONT_BASE_URL } from './pdf-renderer.js';
import { renderPlanSheetHtml } from './plan-sheet-html.js';
import { sampleMunicipality, sampleOutline, samplePlan, samplePlans } from './sample-documents.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
if (!hasPdftotext) {
  console.warn('pdftotext がないため、PDF の本文の確認を省略します（apt-get install -y poppler-utils）。');
}

const outline = sampleOutline();
const municipality = sampleMunicipality();
const renderer = createPdfRenderer();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gyokaku-pdf-'));
});

afterAll(async () => {
  await renderer.close();
  rmSync(dir, { recursive: true, force: true });
});

function pdfText(pdf: Buffer, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

describe('createPdfRenderer', () => {
  it('prints a plan sheet as an A4 PDF with its Japanese text extractable and page numbers', async () => {
    const plan = samplePlan(0, outline);
    const pdf = await renderer.renderPdf(renderPlanSheetHtml({ plan, outline, municipality, fontBaseUrl: PRINT_FONT_BASE_URL }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The bundled font, not the system's Noto Sans CJK: proof that the font files were served.
    expect(pdf.toString('latin1')).toContain('NotoSansJP');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/u);
    if (!hasPdftotext) return;
    const text = pdfText(pdf, 'sheet.pdf');
    expect(text).toContain('実施計画シート');
    expect(text).toContain('行政手続のオンライン化の推進');
    expect(text).toContain('1-1-1-1');
    expect(text).toContain('令和5年度～令和9年度');
    expect(text).toMatch(/^\s*1\s*\/\s*1\s*$/mu);
  });

  it('draws every character of a sheet in the bundled font, none in a system fallback', async () => {
    const plan = { ...samplePlan(5, outline), citizenEffect: '①～⑩、℃、㎡、髙﨑、①②③、ＡＢＣ、ｶﾀｶﾅ、「」『』【】・※〒' };
    const html = renderPlanSheetHtml({ plan, outline, municipality, fontBaseUrl: PRINT_FONT_BASE_URL });
    const pdf = await renderer.renderPdf(html, { pageNumbers: false });
    const fonts = new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([^\s/]+)/gu)].map(([, name]) => name));
    expect([...fonts].some((name) => name!.startsWith('NotoSansJP'))).toBe(true);
    expect([...fonts].filter((name) => !name!.startsWith('NotoSansJP'))).toEqual([]);
  });

  it('prints a booklet with one page per sheet after cover, contents and framework', async () => {
    const plans = samplePlans(6, outline);
    const pdf = await renderer.renderPdf(renderBookletHtml({ outline, plans, municipality, fontBaseUrl: PRINT_FONT_BASE_URL }));
    if (!hasPdftotext) return;
    const pages = pdfText(pdf, 'booklet.pdf').split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(3 + 6);
    expect(pages[0]).toContain('第4次本庄市行政改革大綱');
    expect(pages[1]).toContain('目次');
    expect(pages[2]).toContain('施策の体系');
    expect(pages[3]).toContain('行政手続のオンライン化の推進');
    expect(pages[8]).toContain('使用料・手数料の定期的な見直し');
  });

  it('prints documents side by side and refuses every request outside its private origin', async () => {
    const started = Date.now();
    const [a, b] = await Promise.all([
      renderer.renderPdf('<!doctype html><p>一つ目<img src="https://example.com/x.png"><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></p>'),
      renderer.renderPdf('<!doctype html><p>二つ目</p>', { pageNumbers: false }),
    ]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(a.subarray(0, 4).toString('latin1')).toBe('%PDF');
    if (!hasPdftotext) return;
    expect(pdfText(a, 'a.pdf')).toContain('一つ目');
    expect(pdfText(b, 'b.pdf')).toContain('二つ目');
  });

  it('starts the browser again after close', async () => {
    await renderer.close();
    expect((await renderer.renderPdf('<p>again</p>')).subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('replaces a browser that died, without failing the next document', async () => {
    await renderer.renderPdf('<p>before</p>');
    // The Chromium this test file launched: a child of this process, ended by its id.
    const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    const pid = children
      .split('\n')
      .map((line) => line.trim().split(/\s+/u))
      .find(([, command]) => command?.startsWith('chromium'))?.[0];
    expect(pid).toBeDefined();
    process.kill(Number(pid), 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await renderer.renderPdf('<p>after</p>')).subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('answers 503 pdf_unavailable when Chromium is not installed', async () => {
    const missing = createPdfRenderer({ executablePath: '/nonexistent/chromium' });
    await expect(missing.renderPdf('<p>x</p>')).rejects.toMatchObject({
      statusCode: 503,
      code: 'pdf_unavailable',
      message: 'PDF を作成できません（Chromium がインストールされていません）。',
    });
    await missing.close();
  });
});

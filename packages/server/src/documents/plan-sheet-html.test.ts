import { describe, expect, it } from 'vitest';
import { inlineStyleHashes } from './html-document.js';
import { renderPlanSheetHtml } from './plan-sheet-html.js';
import { sampleMunicipality, sampleOutline, samplePlan } from './sample-documents.js';

const outline = sampleOutline();
const FONT_BASE = 'http://gyokaku.print/fonts';

function render(overrides: Partial<ReturnType<typeof samplePlan>> = {}, yearStyle: 'wareki' | 'wareki-short' | 'seireki' = 'wareki') {
  return renderPlanSheetHtml({
    plan: { ...samplePlan(0, outline), ...overrides },
    outline,
    municipality: sampleMunicipality({ settings: { yearStyle } }),
    fontBaseUrl: FONT_BASE,
  });
}

describe('renderPlanSheetHtml', () => {
  it('escapes every text a department typed, so a plan cannot inject markup', () => {
    const html = render({
      title: '<script>alert("x")</script>',
      aim: 'A & B <img src=x onerror=alert(1)>',
      tags: ['"><b>'],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('A &amp; B &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;b&gt;');
  });

  it('prints the number, the title, the framework path with level names and the period in the city’s year style', () => {
    const html = render();
    expect(html).toContain('1-1-1-1');
    expect(html).toContain('行政手続のオンライン化の推進');
    expect(html).toMatch(/<th>基本方針<\/th><td colspan="3"><span class="code">1<\/span>市民に分かりやすく、頼られる市役所/u);
    expect(html).toMatch(/<th>実施項目<\/th><td colspan="3"><span class="code">1-1<\/span>窓口サービスの向上/u);
    expect(html).toMatch(/<th>改革プログラム<\/th><td colspan="3"><span class="code">1-1-1<\/span>手続のオンライン化/u);
    expect(html).toContain('令和5年度～令和9年度');
    expect(html).toContain('■ 改革');
    expect(html).toContain('□ 改善');
    expect(html).toContain('市民課');
    expect(html).toContain('財政課、職員課');
  });

  it('writes years as R5 or 2023年度 when the municipality says so', () => {
    expect(render({}, 'wareki-short')).toContain('R5～R9');
    expect(render({}, 'seireki')).toContain('2023年度～2027年度');
    expect(render({}, 'seireki')).not.toContain('令和');
  });

  it('prints 令和元年度 for FY2019, not 令和1年度', () => {
    const html = render({ startFiscalYear: 2019, endFiscalYear: 2020, schedule: [{ fiscalYear: 2019, description: '開始', phase: '検討' }] });
    expect(html).toContain('令和元年度～令和2年度');
    expect(html).not.toContain('令和1年度');
  });

  it('lists each target with unit, direction, baseline and its year, and a value per fiscal year', () => {
    const html = render();
    const targets = html.slice(html.indexOf('<table class="targets">'), html.indexOf('</table>', html.indexOf('<table class="targets">')));
    for (const year of ['令和5年度', '令和6年度', '令和7年度', '令和8年度', '令和9年度']) expect(targets).toContain(`<th class="year">${year}</th>`);
    expect(targets).toContain('オンラインで申請できる手続の数');
    expect(targets).toContain('<td class="center">件</td><td class="center">増加</td>');
    expect(targets).toMatch(/<td class="num">42<span class="baseline-year">（令和4年度）<\/span><\/td>/u);
    expect(targets).toContain('<td class="num">72</td><td class="num">102</td><td class="num">132</td><td class="num">162</td><td class="num">192</td>');
    expect(targets).toContain('<td class="num">27.5</td>');
  });

  it('labels every direction, including the two kinds of keeping a level', () => {
    const base = samplePlan(0, outline).targets[0]!;
    const html = render({
      targets: (['decrease', 'maintain-min', 'maintain-max'] as const).map((direction, i) => ({ ...base, id: `00000000-0000-4000-8000-00000000009${i}`, direction })),
    });
    expect(html).toContain('減少');
    expect(html).toContain('維持(以上)');
    expect(html).toContain('維持(以下)');
  });

  it('gives the reason when a plan has no numerical target', () => {
    const html = render({ targets: [], noTargetReason: '効果は財政効果で把握する。' });
    expect(html).toContain('数値目標は設定していません。');
    expect(html).toContain('数値目標を設定しない理由：効果は財政効果で把握する。');
  });

  it('prints financial effects in 千円 when all are whole thousands, with a total per year across kinds', () => {
    const html = render({
      financialEffects: [
        { fiscalYear: 2024, kind: 'revenue', amount: 2_000_000 },
        { fiscalYear: 2024, kind: 'expenditure', amount: 1_234_000 },
        { fiscalYear: 2025, kind: 'expenditure', amount: -500_000 },
      ],
    });
    expect(html).toContain('（単位：千円）');
    expect(html).toMatch(/<tr class="revenue"><th>歳入確保<\/th>.*<td class="num">2,000<\/td>/u);
    expect(html).toMatch(/<tr class="expenditure"><th>歳出削減<\/th>.*<td class="num">1,234<\/td><td class="num">▲500<\/td>/u);
    expect(html).toMatch(/<tr class="total"><th>合計<\/th>.*<td class="num">3,234<\/td><td class="num">▲500<\/td>.*<td class="num">2,734<\/td><\/tr>/u);
  });

  it('falls back to 円 so that an amount not in whole thousands is printed exactly', () => {
    const html = render({ financialEffects: [{ fiscalYear: 2024, kind: 'expenditure', amount: 182_090_568 }] });
    expect(html).toContain('（単位：円）');
    expect(html).toContain('182,090,568');
    expect(html).not.toContain('<tr class="total">');
  });

  it('names the SDGs with their Japanese labels, the tags, and the plan it carries over', () => {
    const html = render();
    expect(html).toContain('<b>9</b>産業と技術革新の基盤をつくろう');
    expect(html).toContain('<b>11</b>住み続けられるまちづくりを');
    expect(html).toContain('デジタル化');
    expect(html).toContain('<th>継続元</th><td>第3次本庄市行政改革大綱　<span class="code">2-1-1</span>窓口サービスの改善');
    expect(render({ predecessorPlan: null })).not.toContain('継続元');
  });

  it('notes a period extension with its reason', () => {
    const html = render({ periodChanges: [{ previousEndFiscalYear: 2026, endFiscalYear: 2027, reason: '制度改正に合わせるため' }] });
    expect(html).toContain('※令和8年度から令和9年度まで延長（制度改正に合わせるため）');
  });

  it('prints an A4 portrait page in the bundled font and loads nothing but the given font origin', () => {
    const html = render();
    expect(html).toContain('@page { size: A4 portrait; margin: 14mm 12mm; }');
    expect(html).toContain("font-family: 'Noto Sans JP'");
    expect(html).toMatch(/src: url\(http:\/\/gyokaku\.print\/fonts\/files\/noto-sans-jp-\d+-400-normal\.woff2\) format\('woff2'\)/u);
    expect(html).toMatch(/noto-sans-jp-\d+-700-normal\.woff2/u);
    expect(html).not.toContain('./files/');
    // Only the subsets this sheet's characters need, of Fontsource's 248.
    const urls = [...html.matchAll(/url\(([^)]*)\)/gu)].map(([, url]) => url!);
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.length).toBeLessThan(150);
    expect(urls.every((url) => url.startsWith(`${FONT_BASE}/files/`))).toBe(true);
    expect(html.replaceAll(FONT_BASE, '')).not.toMatch(/https?:\/\//u);
    expect(html).not.toContain('<script');
  });

  it('gives the CSP hash of its one inline stylesheet and uses no style attributes, which the CSP would block', () => {
    const html = render({ financialEffects: [{ fiscalYear: 2024, kind: 'revenue', amount: 1000 }] });
    expect(html.replace(/<style>[\s\S]*<\/style>/u, '')).not.toMatch(/\sstyle=/u);
    const hashes = inlineStyleHashes(html);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/u);
  });
});

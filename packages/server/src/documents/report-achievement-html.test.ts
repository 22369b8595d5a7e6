import { describe, expect, it } from 'vitest';
import { renderAchievementReportHtml } from './report-achievement-html.js';
import { reportMunicipality, sampleReportInput } from './report-document-samples.js';

const render = (overrides: Parameters<typeof sampleReportInput>[0] = {}) =>
  renderAchievementReportHtml({ ...sampleReportInput({ round: { fiscalYear: 2021, period: 'full_year' }, ...overrides }), fontBaseUrl: 'http://gyokaku.print/fonts' });

/** The page (`<article>`) of the plan numbered `number`. */
const page = (html: string, number: string) => html.split('<article').find((part) => part.includes(`<td class="plan-number">${number}</td>`)) ?? '';

describe('renderAchievementReportHtml', () => {
  it('is titled 取組報告書 of the round’s year and opens with the summary and its 増減', () => {
    const html = render();
    expect(html).toContain('<h1>令和3年度取組報告書</h1>');
    expect(html).toContain('1　取組の概要');
    expect(html).toContain('<td>完了</td><td class="num">1件</td><td class="num">20.0%</td><td class="num">+1</td>');
  });

  it('sets the financial effect planned against actual per year and cumulatively, ― where no actual is in', () => {
    const html = render();
    expect(html).toContain('2　財政効果（計画と実績）');
    // Every amount is a whole number of thousands, so 千円, as budget documents print; ▲ for a negative.
    expect(html).toContain('<tr><th class="year">平成30年度</th><td class="num">1,200</td><td class="num">1,500</td><td class="num">300</td><td class="num">1,200</td><td class="num">1,500</td></tr>');
    expect(html).toContain('<tr><th class="year">令和2年度</th><td class="num">4,200</td><td class="num">▲250</td><td class="num">▲4,450</td><td class="num">9,600</td><td class="num">5,150</td></tr>');
    expect(html).toContain('<tr><th class="year">令和3年度</th><td class="num">4,200</td><td class="num"><span class="empty">―</span></td><td class="num"><span class="empty">―</span></td><td class="num">13,800</td><td class="num"><span class="empty">―</span></td></tr>');
    expect(html).toContain('単位：千円');
  });

  it('prints whole yen when some amount is not a whole number of thousands, so nothing is rounded away', () => {
    const financialEffect = [{ fiscalYear: 2021, planned: 4_200_000, actual: 3_000_500, plannedCumulative: 4_200_000, actualCumulative: 3_000_500 }];
    const html = render({ financialEffect });
    expect(html).toContain('<td class="num">4,200,000</td><td class="num">3,000,500</td><td class="num">▲1,199,500</td>');
    expect(html).toContain('単位：円');
  });

  it('gives each plan a page with its targets’ baseline, target, actual and direction-aware rate', () => {
    const html = render();
    expect(html.match(/<article class="paper sheet">/gu)).toHaveLength(5);
    const online = page(html, '1-1-1-1');
    expect(online).toContain('<tr><th>基本方針</th><td colspan="3"><span class="code">1</span>市民に分かりやすく、頼られる市役所</td></tr>');
    expect(online).toContain('<th class="center">目標値<br><span class="sub">（令和3年度）</span></th>');
    expect(online).toContain('<td>オンライン申請の利用率</td><td class="center">％</td><td class="center">増加</td><td class="num">12.5<span class="baseline-year">（平成29年度）</span></td><td class="num">50</td><td class="num">44.4</td><td class="num">85.0%</td>');
    expect(online).toContain('<th>自己評価</th><td>A<span class="sub">（達成率からの目安：B）</span></td>');
    expect(online).toContain('<th>本部評価</th><td>B</td>');
    expect(online).toContain('<tr><th>本部コメント</th><td class="prose">利用率の向上に向けた周知を強化すること。</td></tr>');
    expect(online).toContain('<tr><th>今後の方向性</th><td class="prose">スマートフォン教室で操作を案内する。</td></tr>');
    expect(online).toContain('<td class="num">1,200,000</td><td class="num">1,050,500</td><td class="num">▲149,500</td>');
    expect(online).toContain('平成30年度～令和4年度');
  });

  it('marks a worsened target 悪化 and says why a target has no rate', () => {
    const overtime = page(render(), '1-1-2-1');
    expect(overtime).toContain('<td class="num">160</td><td class="num">0.0%<br><span class="worse">悪化</span></td>');
    expect(overtime).toContain('<td class="num"><span class="empty">―</span></td><td class="num"><span class="empty">実績未報告</span></td>');
  });

  it('gives a cancelled plan its reason and no grade', () => {
    const cancelled = page(render(), '2-1-1-1');
    expect(cancelled).toContain('<tr><th>進捗状況</th><td>中止</td><th>自己評価</th><td><span class="empty">―</span></td></tr>');
    expect(cancelled).toContain('<tr><th>変更・中止</th><td class="prose"><span class="reason-label">【中止の理由】</span>国の標準化の方針が示され、委託の範囲を見直すため中止した。</td></tr>');
  });

  it('says so for a plan without a numerical target, and prints no draft of a report not signed off', () => {
    const html = render();
    expect(page(html, '2-2-1-1')).toContain('数値目標は設定していません。');
    const pending = page(html, '3-1-1-1');
    expect(pending).toContain('未報告（所属長承認待ち）');
    expect(pending).toContain('所属長の承認を経ていないため掲載していません');
    expect(pending).not.toContain('数値目標の実績');
  });

  it('writes every year in the municipality’s style', () => {
    const html = render({ municipality: reportMunicipality({ yearStyle: 'wareki-short' }) });
    expect(html).toContain('<h1>R3取組報告書</h1>');
    expect(html).toContain('<th class="year">H30</th>');
    expect(html).toContain('H30～R4');
  });
});

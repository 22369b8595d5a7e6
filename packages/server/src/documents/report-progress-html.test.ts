import { describe, expect, it } from 'vitest';
import { inlineStyleHashes } from './html-document.js';
import { reportMunicipality, reportNodeId, sampleReportInput, sampleSummary } from './report-document-samples.js';
import { renderProgressReportHtml } from './report-progress-html.js';

const FONT_BASE = 'http://gyokaku.print/fonts';

const render = (overrides: Parameters<typeof sampleReportInput>[0] = {}) => renderProgressReportHtml({ ...sampleReportInput(overrides), fontBaseUrl: FONT_BASE });

/** The `<tr>` of the plan numbered `number`, as one string. */
const planRow = (html: string, number: string) => html.split('<tr>').find((row) => row.startsWith(`<td>${number}</td>`)) ?? '';

describe('renderProgressReportHtml', () => {
  it('titles the document in the city’s year style with the municipality, the outline and the creation date', () => {
    const html = render();
    expect(html).toContain('<title>令和4年度上半期進捗状況報告書</title>');
    expect(html).toContain('<h1>令和4年度上半期進捗状況報告書</h1>');
    expect(html).toContain('<span>本庄市</span><span>作成日　令和4年10月14日</span>');
    expect(html).toContain('第3次本庄市行政改革大綱');
  });

  it('writes years and dates as R4 or 2022年度 when the municipality says so', () => {
    const short = render({ municipality: reportMunicipality({ yearStyle: 'wareki-short' }) });
    expect(short).toContain('<h1>R4上半期進捗状況報告書</h1>');
    expect(short).toContain('作成日　R4.10.14');
    const western = render({ municipality: reportMunicipality({ yearStyle: 'seireki' }), previousRound: { title: '2021年度上半期進捗状況報告書', planCount: 4 } });
    expect(western).toContain('<h1>2022年度上半期進捗状況報告書</h1>');
    expect(western).toContain('作成日　2022年10月14日');
    expect(western).not.toContain('令和');
  });

  it('prints each category’s count, share and 増減 written +1 / ±0 / ▲2, with totals and the previous round named', () => {
    const html = render();
    expect(html).toContain('<th class="axis" rowspan="6">進捗状況</th><td>未着手</td><td class="num">0件</td><td class="num">0.0%</td><td class="num">▲1</td>');
    expect(html).toContain('<td>取組中</td><td class="num">2件</td><td class="num">40.0%</td><td class="num">±0</td>');
    expect(html).toContain('<td>完了</td><td class="num">1件</td><td class="num">20.0%</td><td class="num">+1</td>');
    // Not yet reported: 1 of 5 now; of the previous 4 plans, all had a status (▲1 + 0 + 1 + 1 = +1 reported, +1 plan).
    expect(html).toContain('<tr class="not_reported"><td>未報告</td><td class="num">1件</td><td class="num">20.0%</td><td class="num">±0</td>');
    expect(html).toContain('<tr class="total"><td>計</td><td class="num">5件</td><td class="num">100.0%</td><td class="num">+1</td>');
    expect(html).toContain('<td>A</td><td class="num">1件</td><td class="num">33.3%</td><td class="num">▲2</td>');
    expect(html).toContain('<tr class="total"><td>計</td><td class="num">3件</td><td class="num">100.0%</td><td class="num">±0</td>');
    expect(html).toContain('<td>計画実施率（S＋A＋B）</td><td class="num">2件</td><td class="num">66.7%</td><td class="num">▲1</td>');
    expect(html).toContain('<td>基準値より悪化</td><td class="num">1件</td><td class="num">―</td><td class="num">+1</td>');
    expect(html).toContain('増減は令和3年度上半期進捗状況報告書（対象4件）との比較です');
    expect(html).toContain('数値目標の平均達成率は42.5%です（達成率を算出できた2件の平均。数値目標のない計画2件は含みません）');
  });

  it('leaves 増減 out without a previous round, and the HQ’s evaluation out until the HQ has evaluated', () => {
    const summary = sampleSummary(false);
    summary.rows = summary.rows.map((row) => (row.axis === 'hq_evaluation' || row.axis === 'hq_group' ? { ...row, count: 0, share: 0 } : row));
    const html = render({ previousRound: null, summary, plans: sampleReportInput().plans.map((plan) => ({ ...plan, hqEvaluation: null })) });
    expect(html).toContain('<td>取組中</td><td class="num">2件</td><td class="num">40.0%</td><td class="num">―</td>');
    expect(html).toContain('前回の報告がないため、増減は記載していません。');
    expect(html).not.toContain('本部評価');
    expect(render()).toContain('<th class="axis" rowspan="6">本部評価</th>');
  });

  it('lists every plan under its top-level node with status, grades, mean rate and what was done', () => {
    const html = render();
    expect(html).toMatch(/<div class="node-head"><span>基本方針1　市民に分かりやすく、頼られる市役所<\/span><span class="figures">2件　取組中 2件・完了 1件・中止 1件　平均達成率 42.5%<\/span><\/div>/u);
    expect(html).toContain('<th>番号</th><th>取組名</th><th>担当課</th><th>進捗状況</th><th>自己評価</th><th>本部評価</th><th>達成率</th><th>取組内容（実績）</th>');
    expect(planRow(html, '1-1-1-1')).toBe(
      '<td>1-1-1-1</td><td>行政手続のオンライン化の推進</td><td>情報政策課</td><td class="status">取組中</td><td class="grade">A</td><td class="grade">B</td><td class="num">85.0%</td><td class="prose">子育て関係の12手続を電子申請に追加した。\n申請データの基幹システムへの連携を試行した。</td></tr>\n',
    );
    expect(html.indexOf('基本方針2')).toBeGreaterThan(html.indexOf('1-1-2-1'));
  });

  it('marks a plan whose target worsened with 悪化 beside its rate', () => {
    expect(planRow(render(), '1-1-2-1')).toContain('<td class="num">0.0%<br><span class="worse">悪化</span></td>');
  });

  it('shows a cancelled plan as 中止 with its reason, and no grade or rate', () => {
    const row = planRow(render(), '2-1-1-1');
    expect(row).toContain('<td class="status">中止</td><td class="grade"><span class="empty">―</span></td>');
    expect(row).toContain('<span class="reason-label">【中止の理由】</span>国の標準化の方針が示され、委託の範囲を見直すため中止した。');
  });

  it('prints ― as the rate of a plan without a numerical target', () => {
    expect(planRow(render(), '2-2-1-1')).toContain('<td class="grade">S</td><td class="grade"><span class="empty">―</span></td><td class="num"><span class="empty">―</span></td>');
  });

  it('prints a report still with its department as 未報告 with its state, none of its draft', () => {
    const row = planRow(render(), '3-1-1-1');
    expect(row).toContain('<td class="status"><span class="empty">未報告</span></td>');
    expect(row).toContain('（報告の状態：所属長承認待ち）');
  });

  it('escapes every text a department typed, so a report cannot inject markup', () => {
    const plans = sampleReportInput().plans.map((plan) => (plan.number === '1-1-1-1' ? { ...plan, workDone: '<img src=x onerror=alert(1)>', leadDepartment: '"課"' } : plan));
    const html = render({ plans, outline: { ...sampleReportInput().outline, title: '<script>大綱</script>' } });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;課&quot;');
    expect(html).toContain('収納率向上&lt;対策&gt; &amp; &quot;コンビニ納付&quot;');
    expect(inlineStyleHashes(html)).toHaveLength(1);
  });

  it('prints the HQ’s evaluation of framework nodes where the city evaluates them as a whole', () => {
    const html = render({ nodeEvaluations: [{ nodeId: reportNodeId('1-1'), evaluation: 'A', comment: '概ね順調' }] });
    expect(html).toContain('推進本部による評価（実施項目ごと）');
    expect(html).toContain('<td class="center">1-1</td><td>窓口サービスの向上</td><td class="center">A</td><td class="prose">概ね順調</td>');
  });
});

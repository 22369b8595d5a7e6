import { describe, expect, it } from 'vitest';
import { buildPlanListCsv, buildTargetCsv } from './plan-csv.js';
import { sampleMunicipality, sampleOutline, samplePlan } from './sample-documents.js';

const outline = sampleOutline();
const municipality = sampleMunicipality();

describe('plan CSV', () => {
  it('starts with a BOM so that Excel reads UTF-8, and ends every line with CRLF', () => {
    const csv = buildPlanListCsv({ outline, plans: [samplePlan(0, outline)], municipality });
    expect(csv.startsWith('\uFEFF計画番号,計画名,体系,主管課,連携課,区分,開始年度,終了年度,数値目標,チェック,SDGs,タグ,財政効果計（円）\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
    expect(csv.split('\r\n')[1]).toBe(
      '1-1-1-1,行政手続のオンライン化の推進,1-1-1 手続のオンライン化,市民課,財政課、職員課,改革,令和5年度,令和9年度,2,,9、11、16,デジタル化、庁内連携,12000000',
    );
  });

  it('quotes fields with commas, quotes and line breaks as RFC 4180 says', () => {
    const plan = { ...samplePlan(1, outline), title: '窓口の "見える化", 第1弾\n（試行）', tags: [] };
    const line = buildPlanListCsv({ outline, plans: [plan], municipality }).split('\r\n').slice(1).join('\r\n');
    expect(line).toContain(',"窓口の ""見える化"", 第1弾\n（試行）",');
  });

  it('defuses texts a spreadsheet would run as a formula', () => {
    const plan = { ...samplePlan(1, outline), title: '=HYPERLINK("http://example.com")' };
    expect(buildPlanListCsv({ outline, plans: [plan], municipality })).toContain(`,"'=HYPERLINK(""http://example.com"")",`);
  });

  it('writes one row per target with a column per fiscal year in the year style', () => {
    const csv = buildTargetCsv({ outline, plans: [samplePlan(0, outline)], municipality: sampleMunicipality({ settings: { yearStyle: 'wareki-short' } }) });
    const [header, first, second] = csv.slice(1).split('\r\n');
    expect(header).toBe('計画番号,計画名,指標,単位,方向,基準値,基準年度,R5,R6,R7,R8,R9');
    expect(first).toBe('1-1-1-1,行政手続のオンライン化の推進,オンラインで申請できる手続の数,件,増加,42,R4,72,102,132,162,192');
    expect(second).toBe('1-1-1-1,行政手続のオンライン化の推進,オンライン申請の利用率,％,増加,12.5,R4,20,27.5,35,42.5,50');
  });
});

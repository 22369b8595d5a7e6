import { FINANCIAL_EFFECT_KINDS } from '@gyokaku/contracts';
import { formatYen, type YenUnit } from '@gyokaku/domain';
import type { DocumentPlan } from './document-inputs.js';
import { fiscalYearColumns, FINANCIAL_EFFECT_LABELS, type YearFormatter } from './document-labels.js';
import { escapeHtml } from './escape-html.js';

/**
 * 千円 when every amount is a whole number of thousands — how budget documents print — else 円,
 * so that the printed figures never round away what the department entered.
 */
export function financialEffectUnit(amounts: readonly number[]): YenUnit {
  return amounts.every((amount) => amount % 1000 === 0) ? '千円' : '円';
}

/** `formatYen` rounds and writes ▲ for negatives; the unit is printed once, above the table. */
export const yenFigure = (yen: number, unit: YenUnit): string => formatYen(yen, unit).slice(0, -unit.length);

/** The 財政効果 table of a plan sheet: 歳入確保, 歳出削減 and their total per fiscal year. */
export function renderFinancialEffects(plan: DocumentPlan, year: YearFormatter): { html: string; unitNote: string } {
  const effects = plan.financialEffects;
  if (effects.length === 0) {
    return { html: '<div class="text"><span class="empty">財政効果の見込みはありません。</span></div>', unitNote: '' };
  }
  // Only the kinds the plan expects, and a total only when there are two to add up: a sheet
  // should fit on one page, and an empty 歳入確保 row says nothing.
  const kinds = FINANCIAL_EFFECT_KINDS.filter((kind) => effects.some((effect) => effect.kind === kind));
  const unit = financialEffectUnit(effects.map((effect) => effect.amount));
  const years = fiscalYearColumns(
    plan.startFiscalYear,
    plan.endFiscalYear,
    effects.map((effect) => effect.fiscalYear),
  );
  const sum = (match: (effect: (typeof effects)[number]) => boolean): number | null => {
    const matching = effects.filter(match);
    return matching.length === 0 ? null : matching.reduce((total, effect) => total + effect.amount, 0);
  };
  const cell = (yen: number | null) => `<td class="num">${yen === null ? '<span class="empty">―</span>' : escapeHtml(yenFigure(yen, unit))}</td>`;
  const row = (label: string, className: string, match: (effect: (typeof effects)[number]) => boolean) =>
    `<tr class="${className}"><th>${label}</th>${years.map((fy) => cell(sum((e) => e.fiscalYear === fy && match(e)))).join('')}${cell(sum(match))}</tr>`;
  const [yearWidth, totalWidth] = years.length > 6 ? ['w16', 'w19'] : ['w21', 'w24'];
  const html = `<table class="effects">
<colgroup><col>${years.map(() => `<col class="${yearWidth}">`).join('')}<col class="${totalWidth}"></colgroup>
<thead><tr><th>区分</th>${years.map((fy) => `<th class="year">${escapeHtml(year(fy))}</th>`).join('')}<th class="year">合計</th></tr></thead>
<tbody>
${kinds.map((kind) => row(FINANCIAL_EFFECT_LABELS[kind], kind, (e) => e.kind === kind)).join('\n')}
${kinds.length > 1 ? row('合計', 'total', () => true) : ''}
</tbody>
</table>`;
  return { html, unitNote: `（単位：${unit}）` };
}

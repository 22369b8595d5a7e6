import { orderedTree, SDG_GOAL_LABELS_JA, type OrderedTreeEntry } from '@gyokaku/domain';
import type { DocumentFrameworkNode, DocumentMunicipality, DocumentOutline, DocumentPlan } from './document-inputs.js';
import {
  fiscalYearColumns,
  formatPeriod,
  formatQuantity,
  PLAN_KIND_LABELS,
  TARGET_DIRECTION_LABELS,
  yearFormatter,
  type YearFormatter,
} from './document-labels.js';
import { escapeHtml } from './escape-html.js';
import { renderFinancialEffects } from './financial-effects-html.js';

/**
 * What every sheet of one outline shares, worked out once: a booklet of 165 sheets numbers the
 * framework once, not 165 times.
 */
export interface SheetContext {
  readonly municipalityName: string;
  readonly outlineTitle: string;
  readonly levelNames: readonly string[];
  readonly year: YearFormatter;
  readonly entries: ReadonlyMap<string, OrderedTreeEntry<DocumentFrameworkNode>>;
}

export function createSheetContext({
  outline,
  municipality,
}: {
  outline: DocumentOutline;
  municipality: DocumentMunicipality;
}): SheetContext {
  return {
    municipalityName: municipality.name,
    outlineTitle: outline.title,
    levelNames: outline.frameworkLevels,
    year: yearFormatter(municipality.settings.yearStyle),
    entries: new Map(orderedTree(outline.nodes).map((entry) => [entry.node.id, entry])),
  };
}

export const levelName = (context: SheetContext, depth: number): string =>
  context.levelNames[depth] ?? `第${depth + 1}階層`;

/** The node and its ancestors, top level first; empty for a node not in the outline's tree. */
export function frameworkTrail(context: SheetContext, nodeId: string): OrderedTreeEntry<DocumentFrameworkNode>[] {
  const trail: OrderedTreeEntry<DocumentFrameworkNode>[] = [];
  for (let entry = context.entries.get(nodeId); entry; ) {
    trail.unshift(entry);
    entry = entry.node.parentId === null ? undefined : context.entries.get(entry.node.parentId);
  }
  return trail;
}

export const codeAndTitle = (entry: OrderedTreeEntry<DocumentFrameworkNode>): string =>
  `<span class="code">${escapeHtml(entry.code)}</span>${escapeHtml(entry.node.title)}`;

export const EMPTY = '<span class="empty">―</span>';

/** Free text as written: line breaks kept by `white-space: pre-wrap`, nothing interpreted. */
export function prose(text: string, whenEmpty = '（記載なし）'): string {
  return text.trim() === '' ? `<span class="empty">${whenEmpty}</span>` : escapeHtml(text.trim());
}

export function block(title: string, content: string, unit = ''): string {
  const unitNote = unit ? `<span class="unit">${escapeHtml(unit)}</span>` : '';
  return `<section class="block"><h2>${escapeHtml(title)}${unitNote}</h2>${content}</section>`;
}

/** Label-and-content rows in the grey-label style of the header band; content is already HTML. */
export function labelledRows(rows: readonly (readonly [label: string, content: string, className?: string])[]): string {
  const body = rows
    .filter(([, content]) => content !== '')
    .map(([label, content, className]) => `<tr><th>${escapeHtml(label)}</th><td${className ? ` class="${className}"` : ''}>${content}</td></tr>`);
  return `<table class="summary"><colgroup><col class="w30"><col></colgroup>\n${body.join('\n')}\n</table>`;
}

function summaryTable(plan: DocumentPlan, context: SheetContext): string {
  const trail = frameworkTrail(context, plan.frameworkNodeId);
  const pathRows = trail.length
    ? trail.map(
        (entry) => `<tr><th>${escapeHtml(levelName(context, entry.depth))}</th><td colspan="3">${codeAndTitle(entry)}</td></tr>`,
      )
    : [`<tr><th>体系</th><td colspan="3">${EMPTY}</td></tr>`];
  const relisted = plan.relistedNodeIds
    .map((id) => context.entries.get(id))
    .filter((entry) => entry !== undefined)
    .map(codeAndTitle);
  const kinds = (Object.keys(PLAN_KIND_LABELS) as (keyof typeof PLAN_KIND_LABELS)[])
    .map((kind) =>
      kind === plan.kind
        ? `<span class="choice">■ ${PLAN_KIND_LABELS[kind]}</span>`
        : `<span class="choice off">□ ${PLAN_KIND_LABELS[kind]}</span>`,
    )
    .join('');
  const years = plan.endFiscalYear - plan.startFiscalYear + 1;
  const extensions = (plan.periodChanges ?? []).map(
    (change) =>
      `<br><span class="sub">※${escapeHtml(context.year(change.previousEndFiscalYear))}から${escapeHtml(context.year(change.endFiscalYear))}まで延長${change.reason.trim() ? `（${escapeHtml(change.reason.trim())}）` : ''}</span>`,
  );
  const collaborating = plan.collaboratingDepartments.map((d) => escapeHtml(d.name)).join('、') || EMPTY;
  return `<table class="summary">
<colgroup><col class="w30"><col class="w44"><col class="w24"><col></colgroup>
<tr><th>計画番号</th><td class="plan-number">${plan.number ? escapeHtml(plan.number) : EMPTY}</td><th>計画名</th><td class="plan-title">${escapeHtml(plan.title)}</td></tr>
${pathRows.join('\n')}
${relisted.length ? `<tr><th>再掲</th><td colspan="3">${relisted.join('<br>')}</td></tr>` : ''}
<tr><th>区分</th><td>${kinds}</td><th>計画期間</th><td>${escapeHtml(formatPeriod(context.year, plan.startFiscalYear, plan.endFiscalYear))}<span class="sub">（${years}年間）</span>${extensions.join('')}</td></tr>
<tr><th>担当課<span class="sub">（主管課）</span></th><td>${escapeHtml(plan.leadDepartment.name)}</td><th>連携課</th><td>${collaborating}</td></tr>
</table>`;
}

function scheduleTable(plan: DocumentPlan, context: SheetContext): string {
  if (plan.schedule.length === 0) return `<div class="text"><span class="empty">（スケジュールの記載なし）</span></div>`;
  const rows = [...plan.schedule]
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map(
      (row) =>
        `<tr><td class="year-cell">${escapeHtml(context.year(row.fiscalYear))}</td><td class="prose">${prose(row.description, '')}</td><td class="phase">${row.phase ? escapeHtml(row.phase) : EMPTY}</td></tr>`,
    );
  return `<table class="schedule">
<colgroup><col class="w30"><col><col class="w22"></colgroup>
<thead><tr><th class="center">年度</th><th>取組内容</th><th class="center">段階</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

function targetsTable(plan: DocumentPlan, context: SheetContext): string {
  if (plan.targets.length === 0) {
    const reason = plan.noTargetReason.trim()
      ? `<div class="reason">数値目標を設定しない理由：${escapeHtml(plan.noTargetReason.trim())}</div>`
      : '';
    return `<div class="text"><span class="empty">数値目標は設定していません。</span>${reason}</div>`;
  }
  const years = fiscalYearColumns(
    plan.startFiscalYear,
    plan.endFiscalYear,
    plan.targets.flatMap((target) => target.values.filter((v) => v.value !== null).map((v) => v.fiscalYear)),
  );
  const [yearWidth, baselineWidth] = years.length > 6 ? ['w15', 'w17'] : ['w18', 'w20'];
  const header = years.map((year) => `<th class="year">${escapeHtml(context.year(year))}</th>`).join('');
  const rows = plan.targets.map((target) => {
    const byYear = new Map(target.values.map((v) => [v.fiscalYear, v.value]));
    const baselineYear =
      target.baselineFiscalYear === null ? '' : `<span class="baseline-year">（${escapeHtml(context.year(target.baselineFiscalYear))}）</span>`;
    const cells = years.map((year) => `<td class="num">${escapeHtml(formatQuantity(byYear.get(year))) || EMPTY}</td>`);
    return `<tr><td>${escapeHtml(target.indicator)}</td><td class="center">${target.unit ? escapeHtml(target.unit) : EMPTY}</td><td class="center">${target.direction ? TARGET_DIRECTION_LABELS[target.direction] : EMPTY}</td><td class="num">${escapeHtml(formatQuantity(target.baseline)) || EMPTY}${baselineYear}</td>${cells.join('')}</tr>`;
  });
  return `<table class="targets">
<colgroup><col><col class="w12"><col class="w17"><col class="${baselineWidth}">${years.map(() => `<col class="${yearWidth}">`).join('')}</colgroup>
<thead><tr><th>指標</th><th class="center">単位</th><th class="center">方向</th><th class="center">基準値<br><span class="sub">（年度）</span></th>${header}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
}

function predecessor(plan: DocumentPlan): string {
  const ref = plan.predecessorPlan;
  return ref ? `${escapeHtml(ref.outlineTitle)}　<span class="code">${escapeHtml(ref.number)}</span>${escapeHtml(ref.title)}` : '';
}

const chips = (items: readonly string[]): string =>
  items.length ? `<div class="chips">${items.map((item) => `<span class="chip">${item}</span>`).join('')}</div>` : EMPTY;

const sdgChips = (plan: DocumentPlan): string =>
  chips([...plan.sdgGoals].sort((a, b) => a - b).map((goal) => `<b>${goal}</b>${escapeHtml(SDG_GOAL_LABELS_JA[goal] ?? '')}`));

/**
 * One plan sheet (実施計画シート) as an `<article>`: the part a single-sheet document and the
 * booklet share. It starts a new page whenever another printed part precedes it.
 */
export function renderPlanSheetBody(plan: DocumentPlan, context: SheetContext): string {
  const effects = renderFinancialEffects(plan, context.year);
  return `<article class="paper sheet">
<header class="sheet-head"><h1>実施計画シート</h1><p class="source">${escapeHtml(context.municipalityName)}　${escapeHtml(context.outlineTitle)}</p></header>
${summaryTable(plan, context)}
<div class="block">${labelledRows([
    ['現状と課題', prose(plan.currentSituation), 'prose'],
    ['目的', prose(plan.aim), 'prose'],
    ['取組内容', prose(plan.actions), 'prose'],
  ])}</div>
${block('スケジュール', scheduleTable(plan, context))}
${block('数値目標', targetsTable(plan, context))}
${block('財政効果', effects.html, effects.unitNote)}
<div class="block">${labelledRows([
    ['市民への効果', prose(plan.citizenEffect), 'prose'],
    ['SDGs', sdgChips(plan)],
    ['タグ', chips(plan.tags.map(escapeHtml))],
    ['継続元', predecessor(plan)],
  ])}</div>
</article>`;
}

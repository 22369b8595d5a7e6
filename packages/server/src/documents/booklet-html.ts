import { OUTLINE_STATUS_LABELS, rollUpPlanCounts, type PlanListing } from '@gyokaku/domain';
import type { DocumentMunicipality, DocumentOutline, DocumentPlan } from './document-inputs.js';
import { formatPeriod } from './document-labels.js';
import { escapeHtml } from './escape-html.js';
import { htmlDocument } from './html-document.js';
import { groupByTopLevel, orderPlans } from './plan-order.js';
import { createSheetContext, frameworkTrail, levelName, renderPlanSheetBody, type SheetContext } from './plan-sheet-body.js';

export interface BookletHtmlInput {
  outline: DocumentOutline;
  plans: readonly DocumentPlan[];
  municipality: DocumentMunicipality;
  fontBaseUrl: string;
}

function cover(outline: DocumentOutline, context: SheetContext): string {
  // A draft is marked as one on its cover, as the city's public-comment drafts are.
  const draft = outline.status === 'draft' || outline.status === 'public_comment';
  const theme = outline.theme.trim() ? `<p class="theme">「${escapeHtml(outline.theme.trim())}」</p>` : '';
  return `<section class="paper cover">
<p class="municipality">${escapeHtml(context.municipalityName)}</p>
<h1>${escapeHtml(outline.title)}${draft ? `<span class="draft">（${OUTLINE_STATUS_LABELS.draft}）</span>` : ''}</h1>
<p class="kind">実施計画</p>
<p class="period">計画期間　${escapeHtml(formatPeriod(context.year, outline.startFiscalYear, outline.endFiscalYear))}</p>
${theme}
</section>`;
}

function tableOfContents(plans: readonly DocumentPlan[], context: SheetContext): string {
  const rows = groupByTopLevel(plans, context).flatMap((group) => [
    `<tr class="group"><th colspan="3">${group.heading}<span class="group-count">${group.plans.length}件</span></th></tr>`,
    ...group.plans.map(
      (plan) =>
        `<tr><td class="number">${escapeHtml(plan.number)}</td><td>${escapeHtml(plan.title)}</td><td class="department">${escapeHtml(plan.leadDepartment.name)}</td></tr>`,
    ),
  ]);
  return `<section class="paper toc">
<h2 class="part-title">目次</h2>
<table>
<thead><tr><th>計画番号</th><th>計画名</th><th>担当課（主管課）</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="3" class="empty">実施計画はまだありません。</td></tr>'}</tbody>
</table>
</section>`;
}

function frameworkTable(outline: DocumentOutline, plans: readonly DocumentPlan[], context: SheetContext): string {
  const listings: PlanListing[] = plans.flatMap((plan) => [
    { planId: plan.id, nodeId: plan.frameworkNodeId, relisted: false },
    ...plan.relistedNodeIds.map((nodeId) => ({ planId: plan.id, nodeId, relisted: true })),
  ]);
  const counts = rollUpPlanCounts(outline.nodes, listings);
  const countOf = new Map(counts.nodes.map((count) => [count.nodeId, count]));
  // The 再掲 column only when some plan is listed twice: most cities never re-list.
  const showRelisted = counts.nodes.some((count) => count.relisted > 0);
  const rows = [...context.entries.values()].map((entry) => {
    const count = countOf.get(entry.node.id);
    const relisted = showRelisted ? `<td class="num">${count?.relisted || ''}</td>` : '';
    return `<tr class="${entry.depth === 0 ? 'top' : ''}"><td class="level">${escapeHtml(levelName(context, entry.depth))}</td><td class="node-code depth-${Math.min(entry.depth, 3)}">${escapeHtml(entry.code)}</td><td>${escapeHtml(entry.node.title)}</td><td class="num">${count?.plans ?? 0}</td>${relisted}</tr>`;
  });
  return `<section class="paper framework">
<h2 class="part-title">施策の体系</h2>
<table>
<colgroup><col class="w30"><col class="w24"><col><col class="w20">${showRelisted ? '<col class="w16">' : ''}</colgroup>
<thead><tr><th>区分</th><th>番号</th><th>名称</th><th class="center">計画数</th>${showRelisted ? '<th class="center">再掲</th>' : ''}</tr></thead>
<tbody>${rows.join('\n')}
<tr class="total"><th colspan="3">実施計画の合計</th><td class="num">${counts.total}</td>${showRelisted ? '<td></td>' : ''}</tr></tbody>
</table>
${showRelisted ? '<p class="note">再掲：他の項目に属し、この項目にも掲載している計画の数です（計画数と合計には含めていません）。</p>' : ''}
</section>`;
}

/**
 * The outline's whole set of plans as one printable booklet: cover, contents, framework with
 * plan counts, then every plan sheet on its own page, in framework order.
 */
export function renderBookletHtml({ outline, plans, municipality, fontBaseUrl }: BookletHtmlInput): string {
  const context = createSheetContext({ outline, municipality });
  const ordered = orderPlans(plans, context);
  return htmlDocument({
    title: `${outline.title} 実施計画`,
    fontBaseUrl,
    body: [
      cover(outline, context),
      tableOfContents(ordered, context),
      frameworkTable(outline, ordered, context),
      ...ordered.map((plan) => renderPlanSheetBody(plan, context)),
    ].join('\n'),
  });
}

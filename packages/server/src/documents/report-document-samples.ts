import { DEFAULT_MUNICIPALITY_SETTINGS, type SummaryRowView } from '@gyokaku/contracts';
import { orderedTree } from '@gyokaku/domain';
import type { ReportDocumentInput, ReportDocumentMunicipality, ReportDocumentPlan, ReportDocumentSummary } from './report-document-inputs.js';
import { sampleOutline } from './sample-documents.js';

/**
 * A hand-built 令和4年度上半期 round of the third outline (FY2018–2022) for the builders' tests:
 * one plan on track, one whose target worsened, one cancelled with its reason, one without a
 * numerical target, and one whose report is still with its department. The figures are set by
 * hand, as the dashboard would hand them over; the builders must print them, not recompute them.
 */
export const reportOutline = sampleOutline({ title: '第3次本庄市行政改革大綱', startFiscalYear: 2018, endFiscalYear: 2022 });

export const reportNodeId = (code: string): string => {
  const entry = orderedTree(reportOutline.nodes).find((candidate) => candidate.code === code);
  if (!entry) throw new Error(`no node ${code}`);
  return entry.node.id;
};

export function reportMunicipality(overrides: Partial<ReportDocumentMunicipality['settings']> = {}): ReportDocumentMunicipality {
  const { yearStyle, progressStatuses, evaluationScale, gradeGroups, cancelledStatusCodes } = DEFAULT_MUNICIPALITY_SETTINGS;
  return { name: '本庄市', settings: { yearStyle, progressStatuses, evaluationScale, gradeGroups, cancelledStatusCodes, ...overrides } };
}

function plan(overrides: Partial<ReportDocumentPlan> & Pick<ReportDocumentPlan, 'id' | 'number' | 'title' | 'frameworkNodeId'>): ReportDocumentPlan {
  return {
    leadDepartment: '市民課',
    startFiscalYear: 2018,
    endFiscalYear: 2022,
    state: 'accepted',
    reported: true,
    progressStatus: 'in_progress',
    selfEvaluation: 'A',
    suggestedEvaluation: null,
    hqEvaluation: null,
    hqComment: '',
    cancelled: false,
    meanRate: null,
    worsenedCount: 0,
    hasNumericTarget: false,
    targets: [],
    scheduledWork: '',
    workDone: '',
    issues: '',
    nextSteps: '',
    citizenEffect: '',
    changeReason: '',
    plannedFinancialEffect: null,
    actualFinancialEffect: null,
    ...overrides,
  };
}

export const samplePlans = (): ReportDocumentPlan[] => [
  plan({
    id: 'p1',
    number: '1-1-1-1',
    title: '行政手続のオンライン化の推進',
    frameworkNodeId: reportNodeId('1-1-1'),
    leadDepartment: '情報政策課',
    selfEvaluation: 'A',
    suggestedEvaluation: 'B',
    hqEvaluation: 'B',
    hqComment: '利用率の向上に向けた周知を強化すること。',
    meanRate: 0.85,
    hasNumericTarget: true,
    targets: [
      { indicator: 'オンライン申請の利用率', unit: '％', direction: 'increase', baseline: 12.5, baselineFiscalYear: 2017, target: 50, actual: 44.4, rate: 0.85, worsened: false, gap: null },
    ],
    scheduledWork: '電子申請の対象手続を拡大する。',
    workDone: '子育て関係の12手続を電子申請に追加した。\n申請データの基幹システムへの連携を試行した。',
    issues: '高齢者の利用が伸びていない。',
    nextSteps: 'スマートフォン教室で操作を案内する。',
    citizenEffect: '来庁せずに手続ができるようになった。',
    plannedFinancialEffect: 1_200_000,
    actualFinancialEffect: 1_050_500,
  }),
  plan({
    id: 'p2',
    number: '1-1-2-1',
    title: '時間外勤務の縮減',
    frameworkNodeId: reportNodeId('1-1-2'),
    leadDepartment: '職員課',
    selfEvaluation: 'C',
    meanRate: 0,
    worsenedCount: 1,
    hasNumericTarget: true,
    targets: [
      { indicator: '職員一人当たりの時間外勤務時間（年間）', unit: '時間', direction: 'decrease', baseline: 152, baselineFiscalYear: 2017, target: 120, actual: 160, rate: 0, worsened: true, gap: null },
      { indicator: 'ノー残業デーの実施率', unit: '％', direction: 'increase', baseline: 50, baselineFiscalYear: 2017, target: 90, actual: null, rate: null, worsened: false, gap: 'no_actual' },
    ],
    workDone: '繁忙期の応援体制を試行した。',
  }),
  plan({
    id: 'p3',
    number: '2-1-1-1',
    title: '窓口業務の民間委託',
    frameworkNodeId: reportNodeId('2-1-1'),
    leadDepartment: '行政改革推進室',
    progressStatus: 'cancelled',
    selfEvaluation: null,
    cancelled: true,
    changeReason: '国の標準化の方針が示され、委託の範囲を見直すため中止した。',
  }),
  plan({
    id: 'p4',
    number: '2-2-1-1',
    title: 'ペーパーレス会議の推進',
    frameworkNodeId: reportNodeId('2-2-1'),
    leadDepartment: '行政改革推進室',
    progressStatus: 'completed',
    selfEvaluation: 'S',
    workDone: '全ての庁議をタブレットで開催した。',
  }),
  plan({
    id: 'p5',
    number: '3-1-1-1',
    title: '収納率向上<対策> & "コンビニ納付"',
    frameworkNodeId: reportNodeId('3-1-1'),
    leadDepartment: '収納課',
    state: 'awaiting_approval',
    reported: false,
    progressStatus: null,
    selfEvaluation: null,
    hasNumericTarget: true,
    targets: [{ indicator: '市税の収納率', unit: '％', direction: 'increase', baseline: 97, baselineFiscalYear: 2017, target: 98.5, actual: null, rate: null, worsened: false, gap: 'no_actual' }],
    plannedFinancialEffect: 3_000_000,
  }),
];

const row = (axis: SummaryRowView['axis'], code: string, category: string, count: number, share: number | null, change: number | null): SummaryRowView => ({
  axis,
  code,
  category,
  count,
  share,
  change,
});

/** The round's summary as the dashboard would give it for `samplePlans()`, against a previous round of 4 plans. */
export function sampleSummary(withPrevious = true): ReportDocumentSummary {
  const change = (value: number) => (withPrevious ? value : null);
  return {
    planCount: 5,
    rows: [
      row('status', 'not_started', '未着手', 0, 0, change(-1)),
      row('status', 'in_progress', '取組中', 2, 0.4, change(0)),
      row('status', 'completed', '完了', 1, 0.2, change(1)),
      row('status', 'cancelled', '中止', 1, 0.2, change(1)),
      row('self_evaluation', 'S', 'S', 1, 1 / 3, change(1)),
      row('self_evaluation', 'A', 'A', 1, 1 / 3, change(-2)),
      row('self_evaluation', 'B', 'B', 0, 0, change(0)),
      row('self_evaluation', 'C', 'C', 1, 1 / 3, change(1)),
      row('self_group', '計画実施率', '計画実施率', 2, 2 / 3, change(-1)),
      row('hq_evaluation', 'S', 'S', 0, 0, change(0)),
      row('hq_evaluation', 'A', 'A', 0, 0, change(0)),
      row('hq_evaluation', 'B', 'B', 1, 1 / 3, change(1)),
      row('hq_evaluation', 'C', 'C', 0, 0, change(0)),
      row('hq_group', '計画実施率', '計画実施率', 1, 1 / 3, change(1)),
      row('achievement', 'with_numeric_target', '数値目標あり', 3, null, change(0)),
      row('achievement', 'without_numeric_target', '数値目標なし', 2, null, change(1)),
      row('achievement', 'worsened', '基準値より悪化', 1, null, change(1)),
    ],
    meanRate: 0.425,
    withRate: 2,
    withoutNumericTarget: 2,
    notReported: 1,
  };
}

export function sampleReportInput(overrides: Partial<ReportDocumentInput> = {}): ReportDocumentInput {
  return {
    municipality: reportMunicipality(),
    outline: reportOutline,
    round: { fiscalYear: 2022, period: 'first_half' },
    previousRound: { title: '令和3年度上半期進捗状況報告書', planCount: 4 },
    createdOn: '2022-10-14',
    summary: sampleSummary(),
    nodeSummaries: [{ nodeId: reportNodeId('1'), summary: { ...sampleSummary(), planCount: 2, notReported: 0, meanRate: 0.425 } }],
    nodeEvaluations: [],
    financialEffect: [
      { fiscalYear: 2018, planned: 1_200_000, actual: 1_500_000, plannedCumulative: 1_200_000, actualCumulative: 1_500_000 },
      { fiscalYear: 2019, planned: 4_200_000, actual: 3_900_000, plannedCumulative: 5_400_000, actualCumulative: 5_400_000 },
      { fiscalYear: 2020, planned: 4_200_000, actual: -250_000, plannedCumulative: 9_600_000, actualCumulative: 5_150_000 },
      { fiscalYear: 2021, planned: 4_200_000, actual: null, plannedCumulative: 13_800_000, actualCumulative: null },
    ],
    plans: samplePlans(),
    ...overrides,
  };
}

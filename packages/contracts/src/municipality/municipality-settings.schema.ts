import { z } from 'zod';

const LabelledCodeSchema = z.strictObject({
  code: z.string().trim().min(1).max(20),
  label: z.string().trim().min(1).max(40),
});

const DEFAULT_THRESHOLDS = [
  { code: 'S', minRate: 1.1 },
  { code: 'A', minRate: 1 },
  { code: 'B', minRate: 0.5 },
  { code: 'C', minRate: 0 },
];
const DEFAULT_GRADE_GROUPS = [{ name: '計画実施率', codes: ['S', 'A', 'B'] }];

/**
 * What differs between cities is data, not code: the names of the framework levels,
 * the evaluation scale, the progress statuses and how years are written.
 */
export const MunicipalitySettingsSchema = z.strictObject({
  /** Names of the framework levels from the top, e.g. 基本方針 → 実施項目 → 改革プログラム. */
  frameworkLevels: z.array(z.string().trim().min(1).max(20)).min(1).max(4),
  /** Self- and HQ-evaluation grades, best first (S / A / B / C, or 達成 / 一部達成 / 未達成). */
  evaluationScale: z.array(LabelledCodeSchema.extend({ description: z.string().max(100).default('') })).min(2).max(8),
  progressStatuses: z.array(LabelledCodeSchema).min(2).max(10),
  schedulePhases: z.array(z.string().trim().min(1).max(20)).min(1).max(10),
  planTags: z.array(z.string().trim().min(1).max(20)).max(30),
  yearStyle: z.enum(['wareki', 'wareki-short', 'seireki']),
  /**
   * The grade a plan's mean achievement suggests (1 = 100 %), shown beside the department's own
   * evaluation and never replacing it. Cities set up before these settings get the defaults.
   */
  evaluationThresholds: z
    .array(z.strictObject({ code: z.string().trim().min(1).max(20), minRate: z.number().min(0).max(10) }))
    .max(8)
    .default(() => [...DEFAULT_THRESHOLDS]),
  /** Named groups of grades whose share is reported too, e.g. 計画実施率 = S + A + B. */
  gradeGroups: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(40), codes: z.array(z.string().trim().min(1).max(20)).min(1).max(8) }))
    .max(5)
    .default(() => [...DEFAULT_GRADE_GROUPS]),
  /** Progress statuses that end a plan early (中止): they need a reason and are left out of evaluations. */
  cancelledStatusCodes: z.array(z.string().trim().min(1).max(20)).max(10).default(() => ['cancelled']),
  /** The framework level (0 = top) the HQ also evaluates as a whole, or null when it evaluates plans only. */
  hqEvaluationDepth: z.number().int().min(0).max(3).nullable().default(null),
});

export type MunicipalitySettings = z.infer<typeof MunicipalitySettingsSchema>;

/** A new municipality starts from the reference city's vocabulary; the secretariat adapts it. */
export const DEFAULT_MUNICIPALITY_SETTINGS: MunicipalitySettings = {
  frameworkLevels: ['基本方針', '実施項目', '改革プログラム'],
  evaluationScale: [
    { code: 'S', label: 'S', description: '計画以上に進んでいる' },
    { code: 'A', label: 'A', description: '計画どおり進んでいる' },
    { code: 'B', label: 'B', description: 'やや遅れている' },
    { code: 'C', label: 'C', description: 'ほとんど進んでいない' },
  ],
  progressStatuses: [
    { code: 'not_started', label: '未着手' },
    { code: 'in_progress', label: '取組中' },
    { code: 'completed', label: '完了' },
    { code: 'cancelled', label: '中止' },
  ],
  schedulePhases: ['検討', '準備', '試行', '実施', '完了'],
  planTags: ['デジタル化', '庁内連携', '民間活力', '市民協働', 'SDGs'],
  yearStyle: 'wareki',
  evaluationThresholds: DEFAULT_THRESHOLDS,
  gradeGroups: DEFAULT_GRADE_GROUPS,
  cancelledStatusCodes: ['cancelled'],
  hqEvaluationDepth: null,
};

import { z } from 'zod';

const LabelledCodeSchema = z.strictObject({
  code: z.string().trim().min(1).max(20),
  label: z.string().trim().min(1).max(40),
});

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
};

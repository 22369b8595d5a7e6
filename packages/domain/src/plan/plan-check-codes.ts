/**
 * What the council (審議会), the department heads (作業部会) and the secretariat asked of the plan
 * sheets, as stable codes. Forms, review screens and imports branch on the code; add codes, never
 * rename one.
 */
export const PLAN_CHECK_CODES = [
  'no_numerical_target',
  'target_without_unit',
  'target_without_direction',
  'target_without_values',
  'end_before_start',
  'start_year_before_outline',
  'end_year_beyond_outline',
  'plan_under_non_leaf',
  'reform_without_effect',
  'schedule_outside_period',
  'possible_duplicate',
] as const;

export type PlanCheckCode = (typeof PLAN_CHECK_CODES)[number];
export type PlanCheckSeverity = 'error' | 'warning';

/**
 * Errors are facts that make the sheet unusable (an impossible period, a plan where no plan can
 * go); everything else is advice the department may answer with an explanation.
 */
export const PLAN_CHECK_SEVERITIES: Readonly<Record<PlanCheckCode, PlanCheckSeverity>> = {
  no_numerical_target: 'warning',
  target_without_unit: 'warning',
  target_without_direction: 'warning',
  target_without_values: 'warning',
  end_before_start: 'error',
  start_year_before_outline: 'warning',
  end_year_beyond_outline: 'warning',
  plan_under_non_leaf: 'error',
  reform_without_effect: 'warning',
  schedule_outside_period: 'warning',
  possible_duplicate: 'warning',
};

/** Why each check exists, in the words shown to the department editing the sheet. */
export const PLAN_CHECK_MESSAGES: Readonly<Record<PlanCheckCode, string>> = {
  no_numerical_target:
    '数値目標が設定されていません。数値目標を設定できない場合は、その理由を記入してください（審議会意見：数値目標を掲げて達成度を見える化する）。',
  target_without_unit:
    '数値目標の単位が入力されていません。単位（件、時間、％など）がないと、目標値と実績値を比べられません。',
  target_without_direction:
    '数値目標の方向（増やす・減らす・維持する）が選ばれていません。方向が決まらないと達成度を正しく計算できません。',
  target_without_values:
    '数値目標の目標値がどの年度にも入力されていません。年度ごとの目標値を入力すると、進捗を数値で確認できます。',
  end_before_start: '終了年度が開始年度より前になっています。計画期間を確認してください。',
  start_year_before_outline:
    '開始年度が大綱の計画期間より前になっています。前期から続く取組は、引継ぎ元の計画を設定したうえで、大綱の期間内で計画してください。',
  end_year_beyond_outline:
    '終了年度が大綱の計画期間を超えています。大綱の期間内で達成できる目標と期限を設定してください（審議会意見：期限の設定や数値化など具体的な目標設定）。',
  plan_under_non_leaf:
    '実施計画は体系の最下層の項目（改革プログラム等）に登録してください。計画の内容に合った項目を選んでください（作業部会意見：計画内容と体系の項目が合致していない）。',
  reform_without_effect:
    '「改革」に区分した計画に、財政効果も市民への効果も記載されていません。どのような効果があるのかを数値や具体例で記入してください（審議会意見：目標達成の効果を数値や具体例で示す）。',
  schedule_outside_period:
    'スケジュールに計画期間外の年度が含まれています。計画期間かスケジュールを見直してください。',
  possible_duplicate:
    '他の課の実施計画と内容が似ています。同じ取組であれば一つの計画にまとめ、主担当課と関係課を決めて連携してください（作業部会意見：複数課で取り組むべき事項）。',
};

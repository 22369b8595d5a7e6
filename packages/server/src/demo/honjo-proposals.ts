import type { FieldCommentInputSchema } from '@gyokaku/contracts';
import type { z } from 'zod';
import { revenue, savings, type DemoPlan } from './demo-plan.js';
import type { DemoStage } from './workflow-steps.js';

/** How far a demo proposal has come by the time the demo starts. */
export type DemoProposalStage = DemoStage;

export interface DemoProposal extends DemoPlan {
  stage: DemoProposalStage;
  /** The secretariat's return: its reason and its comments on single fields. */
  review?: { comment: string; fieldComments: z.input<typeof FieldCommentInputSchema>[] };
}

export const HONJO_CALL = {
  title: '令和9年度実施計画の追加募集',
  instructions: [
    '第4次行政改革大綱の最終年度（令和9年度）に向けて、実施計画の追加提案を募集します。',
    '・数値目標と効果額（見込み）を必ず記入してください。',
    '・複数の課にまたがる取組は、主担当課を決めて1件の提案にまとめてください。',
    '・提案がない場合も、締切までに「提案なし」と回答してください。',
  ].join('\n'),
  departments: ['市民課', '収納課', '環境推進課', 'デジタル推進課', '子育て支援課', '保険課', '商工観光課', '生涯学習課'],
};

/** 収納課's head files its own proposal; 環境推進課 answers that it has none. */
export const HONJO_CALL_STAFF = [
  { loginId: 'shuno', displayName: '伊藤 誠', role: 'department_approver', department: '収納課' },
  { loginId: 'kankyo', displayName: '渡辺 里美', role: 'department_editor', department: '環境推進課' },
] as const;

export const HONJO_NO_PROPOSAL = {
  department: '環境推進課',
  note: '今回は、既存の「環境に配慮した市役所の率先行動」の計画の中で取り組むため、新たな提案はありません。',
};

/**
 * The proposals of the additional call, one at each stage of the review so that every demo user
 * finds something in their inbox: 市民課's editor a draft and a returned proposal, its approver one
 * awaiting approval, the secretariat two submitted ones (one of 収納課), the HQ an accepted one.
 */
export const HONJO_PROPOSALS: DemoProposal[] = [
  {
    stage: 'drafting',
    title: '戸籍証明書のコンビニ交付の開始',
    programme: '行政手続のオンライン化の推進',
    lead: '市民課',
    collaborators: ['デジタル推進課'],
    kind: 'improvement',
    startFiscalYear: 2026,
    endFiscalYear: 2027,
    currentSituation:
      '住民票の写しと印鑑登録証明書はコンビニ交付に対応しているが、戸籍証明書は窓口と郵送に限られ、証明書発行の約7割が依然として窓口で行われている。',
    aim: '戸籍証明書もコンビニ交付の対象に加え、市民が窓口に来ずに証明書を取得できるようにする。',
    actions: '本籍地の戸籍証明書のコンビニ交付に必要なシステム改修を行い、マイナンバーカードの利用案内と合わせて周知する。',
    schedule: {
      2026: ['準備', 'システム改修と運用手順の整備'],
      2027: ['実施', '戸籍証明書のコンビニ交付の開始'],
    },
    targets: [{ indicator: '証明書のコンビニ交付率', unit: '％', direction: 'increase', baseline: 28, baselineFiscalYear: 2025, values: { 2027: 40 } }],
    citizenEffect: '夜間・休日も最寄りのコンビニエンスストアで戸籍証明書を取得できる。',
    sdgGoals: [9, 11],
    tags: ['デジタル化'],
  },
  {
    stage: 'awaiting_approval',
    title: '窓口の来庁予約と呼出状況のウェブ公開',
    programme: '窓口のデジタル化・キャッシュレス化',
    lead: '市民課',
    kind: 'improvement',
    startFiscalYear: 2026,
    endFiscalYear: 2027,
    currentSituation: '転入・転出の多い3月・4月は窓口の待ち時間が最大2時間を超え、毎年苦情が寄せられている。',
    aim: '来庁日時の予約と、スマートフォンで呼出状況を確かめられる仕組みにより、繁忙期の待ち時間を短くする。',
    actions: '予約・発券システムを導入し、繁忙期から予約枠を設ける。呼出状況を市のウェブサイトで公開する。',
    schedule: {
      2026: ['準備', 'システムの選定と予約枠の設計'],
      2027: ['実施', '繁忙期の予約受付と呼出状況の公開'],
    },
    targets: [{ indicator: '繁忙期の平均待ち時間', unit: '分', direction: 'decrease', baseline: 65, baselineFiscalYear: 2025, values: { 2027: 30 } }],
    citizenEffect: '来庁する時間を選べ、待ち時間も短くなる。',
    sdgGoals: [11, 16],
    tags: ['デジタル化'],
  },
  {
    stage: 'returned',
    title: '引越し手続のオンライン事前受付',
    programme: '行政手続のオンライン化の推進',
    lead: '市民課',
    collaborators: ['子育て支援課', 'デジタル推進課'],
    kind: 'reform',
    startFiscalYear: 2026,
    endFiscalYear: 2027,
    currentSituation: '転入に伴う手続は平均8課にまたがり、市民は各課で同じ内容を何度も記入している。',
    aim: '転入・転居の前にオンラインで必要事項を受け付け、来庁時の記入と待ち時間をなくす。',
    actions: 'マイナポータルの引越しワンストップサービスと連携し、事前に受け付けた内容を関係各課に共有する。',
    schedule: {
      2026: ['準備', '関係課との手続の洗い出し'],
      2027: ['実施', '事前受付の開始'],
    },
    targets: [{ indicator: '転入手続の平均所要時間', unit: '分', direction: 'decrease', baseline: 90, baselineFiscalYear: 2025, values: { 2027: 45 } }],
    financialEffects: savings({ 2027: 1_800_000 }),
    citizenEffect: '引越しの手続が一度の来庁で短時間に終わる。',
    sdgGoals: [9, 11],
    tags: ['デジタル化', '庁内連携'],
    review: {
      comment: '次の2点を修正のうえ、再提出してください。',
      fieldComments: [
        { field: 'targets', body: '所要時間の現状値（90分）の根拠となる調査の時期と方法を記入してください。' },
        { field: 'financialEffects', body: 'システム利用料を差し引いた額で効果額を記入してください。' },
      ],
    },
  },
  {
    stage: 'submitted',
    title: '窓口業務の民間委託の拡大',
    programme: '民間活力の活用',
    lead: '市民課',
    collaborators: ['職員課'],
    kind: 'reform',
    startFiscalYear: 2026,
    endFiscalYear: 2027,
    currentSituation: '証明書発行や届出受付の補助業務を正規職員が担い、繁忙期には時間外勤務が増えている。',
    aim: '定型的な窓口業務を民間事業者に委託し、職員を相談業務など判断を要する業務に振り向ける。',
    actions: '委託できる業務を整理し、公募型プロポーザルで事業者を選ぶ。個人情報の取扱いは委託契約で担保する。',
    schedule: {
      2026: ['準備', '委託範囲の整理と事業者の選定'],
      2027: ['実施', '証明書発行業務の委託開始'],
    },
    targets: [{ indicator: '市民課の時間外勤務時間', unit: '時間', direction: 'decrease', baseline: 3200, baselineFiscalYear: 2025, values: { 2027: 2000 } }],
    financialEffects: savings({ 2027: 4_500_000 }),
    citizenEffect: '相談窓口に職員を厚く配置でき、相談の待ち時間が短くなる。',
    sdgGoals: [8, 16],
    tags: ['民間活力'],
  },
  {
    stage: 'accepted',
    title: '住民異動届のデータ連携の自動化',
    programme: 'AI・RPA等による業務の自動化',
    lead: '市民課',
    collaborators: ['デジタル推進課', '保険課'],
    kind: 'improvement',
    startFiscalYear: 2026,
    endFiscalYear: 2027,
    currentSituation: '住民異動届の内容を、国民健康保険や児童手当などの担当課がそれぞれのシステムに手作業で入力している。',
    aim: '異動届の受付データをRPAで関係システムに連携し、入力作業と入力誤りをなくす。',
    actions: '入力作業の多い5業務からRPAのシナリオを作成し、順次連携を広げる。',
    schedule: {
      2026: ['試行', '2業務での試行'],
      2027: ['実施', '5業務への拡大'],
    },
    targets: [{ indicator: '手入力による転記作業時間', unit: '時間', direction: 'decrease', baseline: 1500, baselineFiscalYear: 2025, values: { 2027: 600 } }],
    financialEffects: savings({ 2027: 2_200_000 }),
    citizenEffect: '手続の反映が早くなり、保険証などの交付までの日数が短くなる。',
    sdgGoals: [9],
    tags: ['デジタル化', '庁内連携'],
  },
  {
    stage: 'submitted',
    title: '市税のWeb口座振替受付の導入',
    programme: '市税等の収納対策',
    lead: '収納課',
    kind: 'improvement',
    startFiscalYear: 2026,
    endFiscalYear: 2027,
    currentSituation: '口座振替の申込みは金融機関の窓口での紙の手続に限られ、市税の口座振替の利用率は4割に届かない。',
    aim: 'スマートフォンから口座振替を申し込めるようにし、利用率を高めて収納率を向上させる。',
    actions: '地方税共通納税システムに対応したWeb口座振替受付サービスを導入し、納税通知書で案内する。',
    schedule: {
      2026: ['準備', 'サービスの導入と金融機関との調整'],
      2027: ['実施', '受付開始と納税通知書での案内'],
    },
    targets: [{ indicator: '市税の口座振替利用率', unit: '％', direction: 'increase', baseline: 38, baselineFiscalYear: 2025, values: { 2027: 45 } }],
    financialEffects: revenue({ 2027: 3_000_000 }),
    citizenEffect: '金融機関に出向かずに口座振替を申し込め、納め忘れがなくなる。',
    sdgGoals: [16],
    tags: ['デジタル化'],
  },
];

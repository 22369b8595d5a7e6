import type { DemoStage } from './workflow-steps.js';
/**
 * The progress reports of the FY2018–2022 outline (第3次本庄市行政改革大綱), as the departments
 * wrote them: four full years (平成30年度～令和3年度) and the first half of 令和4年度, which is
 * still being reported when the demo starts. Figures are chosen so that the mix is realistic:
 * targets reached and missed, overtime that rose in the pandemic years (a lower-is-better target
 * worsened), the school-meal outsourcing cancelled in 令和2年度, a plan without numerical target,
 * and self-evaluations that follow the figures except twice.
 */

export type DemoGrade = 'S' | 'A' | 'B' | 'C';
export type DemoReportStage = DemoStage;
export type DemoRoundKey = 'FY2018' | 'FY2019' | 'FY2020' | 'FY2021' | 'FY2022H1';

export interface DemoRound {
  key: DemoRoundKey;
  fiscalYear: number;
  period: 'first_half' | 'full_year';
  dueOn: string;
}

export interface DemoReport {
  status: 'in_progress' | 'completed' | 'cancelled';
  /** The department's self-evaluation; none for a cancelled plan. */
  grade: DemoGrade | null;
  /** The HQ's evaluation of a full year, when it differs from the department's. */
  hq?: DemoGrade;
  hqComment?: string;
  /** Actual value per target, in the plan's order; null where not measured (yet). */
  actuals?: (number | null)[];
  /** Actual financial effect, integer yen (negative: a cost that rose). */
  effect?: number;
  workDone: string;
  issues?: string;
  nextSteps?: string;
  citizenEffect?: string;
  changeReason?: string;
  /** How far a report of the current round has come when the demo starts; accepted unless said. */
  stage?: DemoReportStage;
  /** The secretariat's comment when it returned the report. */
  returnComment?: string;
}

/**
 * The city started reporting in Gyokaku with the first half of 令和4年度. The four full years before
 * it were reported on Excel sheets (self-evaluation and the HQ's evaluation side by side), which the
 * secretariat brought in with the report import, so that the first report it produces already
 * shows 増減 against 令和3年度.
 */
export const HONJO_PAST_ROUNDS: DemoRound[] = [2018, 2019, 2020, 2021].map((fiscalYear) => ({
  key: `FY${fiscalYear}` as DemoRoundKey,
  fiscalYear,
  period: 'full_year',
  dueOn: `${fiscalYear + 1}-05-31`,
}));

/** The round under way when the demo starts. */
export const HONJO_CURRENT_ROUND: DemoRound & { instructions: string } = {
  key: 'FY2022H1',
  fiscalYear: 2022,
  period: 'first_half',
  dueOn: '2022-10-31',
  instructions: '令和4年度上半期（4月～9月）の進捗状況を10月31日までに報告してください。年度末に集計する数値目標の実績値は空欄で構いません。',
};

/**
 * The head (所属長) of each department reporting in the current round that has no demo staff of
 * its own; the head fills in and approves the department's reports.
 */
export const HONJO_REPORT_STAFF = [
  { loginId: 'kikaku', displayName: '中村 俊介', department: '企画課' },
  { loginId: 'zaisei', displayName: '小林 正樹', department: '財政課' },
  { loginId: 'gyokaku', displayName: '加藤 由美', department: '行政改革推進室' },
  { loginId: 'somu', displayName: '吉田 浩二', department: '総務課' },
  { loginId: 'shokuin', displayName: '山本 直子', department: '職員課' },
  { loginId: 'digital', displayName: '松本 拓也', department: 'デジタル推進課' },
  { loginId: 'chiiki', displayName: '井上 明美', department: '地域振興課' },
  { loginId: 'shoko', displayName: '木村 大輔', department: '商工観光課' },
] as const;

/** Each plan's reports by round, keyed by the plan's title. */
export const HONJO_REPORTS: Record<string, Partial<Record<DemoRoundKey, DemoReport>>> = {
  繁忙期における窓口待ち時間の短縮: {
    FY2018: {
      status: 'in_progress',
      // The department counted the new Saturday counter as on plan; the HQ went by the figure.
      grade: 'A',
      hq: 'B',
      hqComment: '臨時窓口の開設は評価できるが、待ち時間は目標に届いていない。',
      actuals: [51],
      workDone: '申請書の記載例を全面的に見直し、3月・4月の土曜日に臨時窓口を計4回開設した。',
      issues: '臨時窓口の開設日以外は、待ち時間の短縮が限定的であった。',
      nextSteps: '番号案内表示システムの呼出し状況をホームページで公開し、来庁時間の分散を図る。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'B',
      actuals: [46],
      workDone: '呼出し状況のホームページ公開を開始し、繁忙期には他課からの応援職員を1日2名配置した。',
      issues: '応援職員の確保が年度末の業務と重なり、配置できない日があった。',
      nextSteps: '混雑する時間帯に窓口を1か所増設する。',
      citizenEffect: '自宅で混雑状況を確認してから来庁する市民が増えた。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'S',
      hq: 'A',
      hqComment: '来庁者数の減少による影響が大きく、取組の効果は次年度以降に見極める必要がある。',
      actuals: [38],
      workDone: '混雑する時間帯に窓口を1か所増設した。新型コロナウイルス感染症対策として、郵送による手続を案内した。',
      issues: '感染症の影響で来庁者数そのものが減っており、取組の効果と区別しにくい。',
      nextSteps: '来庁者数が戻った後の待ち時間を調査し、取組を検証する。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'B',
      actuals: [36],
      workDone: '繁忙期の待ち時間を調査したところ、来庁者数の回復に伴い待ち時間が延びる傾向が見られた。窓口の増設は継続した。',
      issues: '転入・転出の手続が集中する3月下旬から4月上旬の待ち時間が長い。',
      nextSteps: 'マイナンバーカードを利用した転出届のオンライン化と合わせて、来庁せずに済む手続を増やす。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'B',
      actuals: [33],
      workDone: '4月の繁忙期に窓口を増設し、転出届のオンライン受付を案内した。',
      issues: '目標の30分には届いていない。',
      nextSteps: '下半期は取組を検証し、次期大綱の「書かない窓口」の検討に引き継ぐ。',
      stage: 'awaiting_approval',
    },
  },
  おくやみ手続き案内の一元化: {
    FY2018: {
      status: 'in_progress',
      grade: 'A',
      workDone: '市民課、保険課、介護保険課、税務課、福祉課による検討会を3回開催し、死亡に伴う手続を62項目に整理した。',
      nextSteps: 'おくやみハンドブックを作成し、案内コーナーを試行設置する。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'A',
      actuals: [162],
      workDone: 'おくやみハンドブックを作成し、10月から市民課に案内コーナーを試行設置した。',
      issues: '案内に要する時間が1件当たり平均50分と長い。',
      nextSteps: '予約制を導入し、関係課の職員が案内コーナーに出向く形で本格実施する。',
      citizenEffect: '遺族が庁舎内の窓口を回る回数が減った。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'B',
      actuals: [285],
      workDone: '案内コーナーを本格実施し、予約制を導入した。',
      issues: '感染症対策のため、予約枠を減らした時期があった。',
      nextSteps: '利用者の声をもとに、ハンドブックの内容を改訂する。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'A',
      actuals: [412],
      workDone: 'ハンドブックを改訂し、申請書の記入を補助する仕組みを取り入れた。',
      nextSteps: '利用者アンケートを実施し、取組を検証する。',
      citizenEffect: '手続に要する時間が、1件当たり平均で約30分短くなった。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'A',
      workDone: '利用者アンケートの項目を作成し、10月から配布を始める準備をした。',
      stage: 'drafting',
    },
  },
  '市ホームページの「よくある質問」の充実': {
    FY2018: {
      status: 'in_progress',
      grade: 'S',
      actuals: [158],
      workDone: '各課への電話の問合せ内容を分析し、「よくある質問」を38項目追加した。',
      nextSteps: '検索しやすいよう、分類を見直す。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'A',
      actuals: [205],
      workDone: '分類を「くらし」「子育て」など10分野に見直し、47項目を追加した。',
      issues: '内容が古くなった項目の点検が各課任せになっている。',
      nextSteps: '年1回、全項目の点検を各課に依頼する。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'A',
      actuals: [262],
      workDone: '新型コロナウイルス感染症に関する質問を中心に57項目を追加し、全項目を点検した。',
      nextSteps: '問合せの多い項目から、回答を分かりやすく書き直す。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'A',
      actuals: [281],
      workDone: 'ワクチン接種に関する質問を追加し、古い情報を含む24項目を削除・更新した。',
      nextSteps: 'チャットボットとの連携を検討する。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'A',
      actuals: [300],
      workDone: '全項目の点検を行い、19項目を追加した。',
      nextSteps: '下半期は取組の効果を検証する。',
    },
  },
  外国人住民向け生活情報の多言語化: {
    FY2018: {
      status: 'in_progress',
      grade: 'B',
      actuals: [8],
      workDone: '多言語化する文書を選定し、ごみカレンダーなど3種類を翻訳した。',
      issues: '翻訳の確認を依頼できる人材が限られている。',
      nextSteps: '国際交流協会と協力して、翻訳の確認体制を整える。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'A',
      actuals: [21],
      workDone: '生活ガイドブックを5言語で作成し、市民課窓口に多言語翻訳機を2台配置した。',
      citizenEffect: '外国人住民が母語で転入時の手続を確認できるようになった。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'B',
      actuals: [28],
      workDone: 'ごみ分別案内を多言語化し、感染症に関するお知らせをやさしい日本語で発信した。',
      issues: '感染症関連の緊急の翻訳を優先したため、予定していた手続案内の翻訳が遅れた。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'A',
      actuals: [36],
      workDone: '国民健康保険や児童手当など、主要な手続の案内8種類を多言語化した。',
      nextSteps: '外国人住民への聞き取りにより、取組を検証する。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'B',
      actuals: [38],
      workDone: '外国人住民12名への聞き取りを行い、分かりにくい表現を修正した。',
      nextSteps: '下半期に残る2種類の翻訳を行う。',
    },
  },
  電子申請サービスの拡充: {
    FY2018: {
      status: 'in_progress',
      grade: 'B',
      actuals: [14, 950],
      workDone: '各課の申請・届出412件を調査し、電子化できる手続を洗い出した。',
      issues: '押印を求める手続が多く、電子化の妨げになっている。',
      nextSteps: 'イベント申込みなど押印のない手続から電子化する。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'S',
      actuals: [22, 1420],
      workDone: 'イベント・講座の申込みなど10手続を電子申請に対応させた。',
      nextSteps: '押印の見直しと合わせて、対象手続を拡大する。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'S',
      hqComment: '押印の見直しを契機に、対象手続と利用件数が大きく伸びた。',
      actuals: [45, 3850],
      workDone: '押印の見直しにあわせて23手続を電子化し、感染症対策として電子申請の利用を呼びかけた。',
      citizenEffect: '来庁せずに申請できる手続が大幅に増えた。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'S',
      actuals: [62, 5200],
      workDone: '子育て・介護分野の手続を中心に17手続を電子化した。',
      nextSteps: '利用状況を検証し、利用の少ない手続の周知を強化する。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'S',
      actuals: [66, null],
      workDone: '4手続を電子化し、手続ごとの利用状況を分析した。利用件数は年度末に集計する。',
      stage: 'submitted',
    },
  },
  庁内会議のペーパーレス化: {
    FY2018: {
      status: 'in_progress',
      grade: 'B',
      actuals: [515],
      workDone: 'タブレット端末の導入方法と会議資料の共有方法を検討した。',
      nextSteps: '行政改革推進本部会議で試行する。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'B',
      actuals: [492],
      effect: 280_000,
      workDone: 'タブレット端末30台を導入し、行政改革推進本部会議でペーパーレス会議を試行した。',
      issues: '端末の操作に不慣れな出席者への支援が必要である。',
      nextSteps: '部長会議に拡大する。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'A',
      actuals: [455],
      effect: 650_000,
      workDone: '部長会議をペーパーレス化し、オンライン会議システムを導入した。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'B',
      actuals: [438],
      effect: 820_000,
      workDone: '各課の会議への拡大を進め、32の会議をペーパーレス化した。',
      issues: '窓口業務で紙の帳票を使う課では、用紙の削減が進んでいない。',
      nextSteps: '次期大綱の電子決裁・書かない窓口の取組と連携する。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'A',
      effect: 480_000,
      workDone: '審議会の資料も電子配布とした。コピー用紙の購入枚数は年度末に集計する。',
    },
  },
  文書管理システムによる電子決裁の導入: {
    FY2018: {
      status: 'in_progress',
      grade: 'A',
      workDone: '他市の文書管理システムの導入事例を調査し、必要な機能を整理した。',
      nextSteps: '文書管理規程を改正し、職員研修を行う。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'B',
      actuals: [8],
      workDone: '文書管理規程を改正し、全職員を対象に操作研修を行った。',
      issues: '紙の添付資料が多い決裁は電子化しにくい。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'B',
      hq: 'C',
      hqComment: '試行の遅れが大きい。全庁展開の時期を明確にすること。',
      actuals: [18],
      workDone: '6課で電子決裁を試行した。',
      issues: '感染症対応の業務が重なり、試行する課を予定より減らした。',
      nextSteps: '令和3年度中に全庁で運用を開始する。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'B',
      actuals: [41],
      workDone: '10月から全庁で電子決裁の運用を開始した。',
      issues: '財務会計システムとの連携がなく、支出の決裁は紙のままである。',
      nextSteps: '電子決裁率の低い課に個別に働きかける。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'B',
      actuals: [55],
      workDone: '電子決裁率の低い5課と運用の見直しを協議した。',
      nextSteps: '下半期は添付資料の電子化を進める。',
      stage: 'submitted',
    },
  },
  職員提案制度の活性化: {
    FY2018: {
      status: 'in_progress',
      grade: 'S',
      actuals: [24],
      workDone: '提案様式をA4判1枚に簡素化し、随時募集とした。',
      nextSteps: '優れた事例を事例集にまとめ、表彰制度を設ける。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'A',
      actuals: [31],
      workDone: 'カイゼン事例集を作成し、市長表彰を初めて実施した。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'B',
      actuals: [27],
      workDone: '事例集を更新し、庁内ポータルで事例を紹介した。',
      issues: '感染症対応で各職場に余裕がなく、提案件数が減った。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'B',
      actuals: [38],
      workDone: '若手職員による業務改善チームを発足させ、提案を募った。',
      nextSteps: '次期大綱の実施計画の提案につなげる。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'A',
      workDone: '業務改善チームの提案を次期大綱の実施計画案に取り入れた。提案件数は年度末に集計する。',
    },
  },
  時間外勤務の縮減: {
    FY2018: {
      status: 'in_progress',
      grade: 'B',
      actuals: [146],
      workDone: '毎週水曜日のノー残業デーを徹底し、時間外勤務の事前命令制を運用した。',
      nextSteps: '時間外勤務の多い職場と面談する。',
    },
    FY2019: {
      status: 'in_progress',
      // Modest: the department put the drop down to one quiet year rather than the plan.
      grade: 'A',
      actuals: [139],
      effect: 5_600_000,
      workDone: '時間外勤務の多い8職場の所属長と面談し、業務の平準化を指導した。',
      nextSteps: '業務分担を見直す。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'C',
      actuals: [162],
      effect: -6_500_000,
      workDone: '業務分担の見直しを進めたが、特別定額給付金の支給やワクチン接種体制の整備により、時間外勤務が大幅に増えた。',
      issues: '感染症対応の業務が特定の課に集中した。',
      nextSteps: '応援体制の仕組みを整え、業務の集中を防ぐ。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'C',
      actuals: [155],
      effect: -3_200_000,
      workDone: '全庁的な応援体制の仕組みを整えたが、ワクチン接種業務が続き、基準値を上回った。',
      issues: '基準値（148時間）を2年続けて上回っている。',
      nextSteps: 'RPAの導入などにより、定型業務の時間を削減する。',
    },
  },
  学校給食調理業務の民間委託: {
    FY2018: {
      status: 'in_progress',
      grade: 'A',
      workDone: '委託範囲と仕様を検討し、給食センター2か所の委託方針を決定した。',
      nextSteps: '事業者を公募する。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'B',
      actuals: [0],
      workDone: '事業者を2回公募したが、応募がなかった。',
      issues: '調理員の確保が難しく、受託できる事業者がいない。',
      nextSteps: '委託の条件を見直して再公募するか検討する。',
    },
    FY2020: {
      status: 'cancelled',
      grade: null,
      actuals: [0],
      effect: 0,
      workDone: '委託の条件を見直して事業者に聞き取りを行ったが、受託の見込みが立たなかった。',
      changeReason:
        '2回の公募が不調に終わり、事業者への聞き取りでも受託の見込みが立たないため、民間委託を中止し、直営で調理業務を続ける。調理員は会計年度任用職員の任用により確保する。',
    },
  },
  男性職員の育児休業取得の促進: {
    FY2018: {
      status: 'in_progress',
      grade: 'C',
      actuals: [7.1],
      workDone: '育児休業の取得計画の様式を作成し、所属長会議で周知した。',
      issues: '代替職員の確保への不安から、取得をためらう職員が多い。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'B',
      actuals: [12.5],
      workDone: '子が生まれる男性職員全員と取得計画を作成した。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'A',
      actuals: [21.4],
      workDone: '取得した職員の体験談を庁内ポータルで紹介した。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'S',
      actuals: [33.3],
      workDone: '職場ごとの代替体制の事例を共有し、1か月以上の取得者が5名となった。',
      citizenEffect: '市内の事業所向けの啓発で、市役所の事例を紹介できるようになった。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'S',
      actuals: [35],
      workDone: '法改正に合わせて制度の周知を行い、取得計画の作成を全件で行った。',
    },
  },
  '未利用市有地の売却・貸付': {
    FY2018: {
      status: 'in_progress',
      grade: 'A',
      actuals: [2],
      effect: 12_650_000,
      workDone: '未利用地38件の一覧を作成して活用方針を決定し、2件を売却した。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'S',
      actuals: [5],
      effect: 21_300_000,
      workDone: '一般競争入札により3件を売却した。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'B',
      actuals: [5],
      effect: 1_200_000,
      workDone: 'インターネット公売の準備を進めたが、入札への参加がなく売却に至らなかった。貸付料を得た。',
      issues: '感染症の影響で、土地の需要が落ち込んだ。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'A',
      actuals: [8],
      effect: 16_400_000,
      workDone: 'インターネット公売を導入し、3件を売却した。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'B',
      actuals: [9],
      effect: 4_800_000,
      workDone: '1件を売却した。残る未利用地の活用方針を見直している。',
    },
  },
  公共施設へのネーミングライツの導入: {
    FY2018: {
      status: 'in_progress',
      grade: 'A',
      workDone: 'ネーミングライツ導入ガイドラインを策定し、対象施設として市民球場など4施設を選定した。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'A',
      actuals: [2],
      effect: 2_200_000,
      workDone: 'パートナー企業を公募し、2施設で契約を結んだ。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'A',
      actuals: [3],
      effect: 3_300_000,
      workDone: '対象施設を拡大し、1施設で新たに契約を結んだ。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'B',
      actuals: [3],
      effect: 3_300_000,
      workDone: '2施設で新たに公募したが、応募がなかった。',
      issues: '感染症の影響で、企業の広告予算が縮小している。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'B',
      actuals: [4],
      effect: 2_050_000,
      workDone: '公募の条件を見直し、1施設で契約を結んだ。',
    },
  },
  '広報紙・ホームページ等への有料広告の掲載': {
    FY2018: {
      status: 'in_progress',
      grade: 'A',
      actuals: [3],
      effect: 1_620_000,
      workDone: '広告料金と規格を見直し、ホームページのバナー広告の枠を増やした。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'A',
      actuals: [4],
      effect: 1_850_000,
      workDone: '窓口で使う封筒への広告掲載を始めた。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'A',
      actuals: [4],
      effect: 1_540_000,
      workDone: '広告主の新規開拓を行ったが、感染症の影響で広告収入は減少した。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'A',
      actuals: [5],
      effect: 2_010_000,
      workDone: '公用車への広告掲載を始めた。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'A',
      actuals: [5],
      effect: 1_120_000,
      workDone: '各媒体の広告枠を継続して販売した。',
    },
  },
  ふるさと納税の推進: {
    FY2018: {
      status: 'in_progress',
      grade: 'S',
      actuals: [11_230],
      effect: 5_600_000,
      workDone: '市内事業者と協力して返礼品を15品目追加した。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'B',
      actuals: [14_060],
      effect: 6_900_000,
      workDone: 'ポータルサイトを1つ追加した。',
      issues: '返礼品の基準の見直しにより、一部の返礼品の取扱いを終了した。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'S',
      actuals: [31_480],
      effect: 15_700_000,
      workDone: '返礼品を充実させ、寄附金の使い道をホームページで公表した。',
      citizenEffect: '返礼品を通じて、市内事業者の販路が広がった。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'S',
      hq: 'A',
      hqComment: '寄附額は伸びているが、返礼品や手数料などの経費を差し引いた効果額で評価すること。',
      actuals: [38_920],
      effect: 19_300_000,
      workDone: '体験型の返礼品を新たに用意した。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'A',
      effect: 8_100_000,
      workDone: '返礼品を8品目追加した。',
      stage: 'returned',
      returnComment: '上半期の寄附額（速報値）が分かれば、実績値の欄に記入してください。',
    },
  },
  市税収納率の向上: {
    FY2018: {
      status: 'in_progress',
      grade: 'S',
      actuals: [98.6],
      workDone: '口座振替の勧奨を行い、初期滞納者への電話催告を強化した。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'S',
      actuals: [98.7],
      workDone: 'スマートフォン決済による納付の導入準備を進めた。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'C',
      hq: 'B',
      hqComment: '徴収猶予の特例による一時的な低下であり、取組自体は進んでいる。',
      actuals: [98.5],
      workDone: 'スマートフォン決済による納付を開始した。',
      issues: '新型コロナウイルス感染症による徴収猶予の特例の影響で、収納率が低下した。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'S',
      actuals: [98.9],
      workDone: '納付方法を広報紙とホームページで周知した。',
      citizenEffect: '24時間いつでも納付できるようになった。',
    },
    FY2022H1: {
      status: 'in_progress',
      grade: 'A',
      workDone: '納付書にスマートフォン決済の案内を印刷した。収納率は年度末に確定する。',
    },
  },
  公共施設使用料の見直し: {
    FY2018: {
      status: 'in_progress',
      grade: 'A',
      workDone: '県内他市の使用料の算定方法を調査した。',
    },
    FY2019: {
      status: 'in_progress',
      grade: 'A',
      workDone: '使用料の算定基準を策定し、施設ごとの原価を算定した。',
    },
    FY2020: {
      status: 'in_progress',
      grade: 'B',
      workDone: '条例改正案を作成した。',
      issues: '感染症の影響で施設の利用者が減っていることから、改定の時期を1年延期した。',
    },
    FY2021: {
      status: 'in_progress',
      grade: 'B',
      workDone: '12月議会で条例改正が可決され、市民への周知を行った。',
      nextSteps: '令和4年4月から新たな使用料を適用する。',
    },
    FY2022H1: {
      status: 'completed',
      grade: 'A',
      workDone: '4月から新たな使用料を適用した。',
      citizenEffect: '施設を利用する市民と利用しない市民との負担の公平性が確保された。',
    },
  },
};

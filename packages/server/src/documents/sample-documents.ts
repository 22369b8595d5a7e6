import { orderedTree } from '@gyokaku/domain';
import type { DocumentMunicipality, DocumentOutline, DocumentPlan } from './document-inputs.js';

/**
 * Plausible plan sheets for tests, screenshots and the benchmark (`samplePlans(165)` is the size
 * of the reference city's third cycle). Deterministic: the same `i` gives the same plan.
 */

const uuid = (kind: number, i: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${i.toString(16).padStart(12, '0')}`;

const FRAMEWORK: { title: string; items: { title: string; programmes: string[] }[] }[] = [
  {
    title: '市民に分かりやすく、頼られる市役所',
    items: [
      { title: '窓口サービスの向上', programmes: ['手続のオンライン化', '窓口の案内と待ち時間の改善', '多言語・やさしい日本語の案内'] },
      { title: '市民参加と情報公開', programmes: ['市民参加の機会の拡充', '行政情報の見える化'] },
    ],
  },
  {
    title: '職員みんなで効率的・効果的に仕事をする',
    items: [
      { title: 'デジタル技術の活用', programmes: ['定型業務の自動化（RPA・AI）', 'ペーパーレス化', '業務システムの標準化'] },
      { title: '庁内連携と働き方の見直し', programmes: ['庁内連携の強化', '時間外勤務の削減', '人材の育成'] },
      { title: '民間活力の活用', programmes: ['指定管理者制度の活用', '業務委託の推進'] },
    ],
  },
  {
    title: '安定した財政で未来へつなぐ',
    items: [
      { title: '自主財源の確保', programmes: ['市税等の収納率向上', '広告・ネーミングライツ', '未利用財産の売却・貸付'] },
      { title: '歳出の見直し', programmes: ['使用料・手数料の見直し', '公共施設の再配置'] },
    ],
  },
];

export function sampleOutline(overrides: Partial<DocumentOutline> = {}): DocumentOutline {
  const nodes: { id: string; parentId: string | null; position: number; title: string }[] = [];
  FRAMEWORK.forEach((policy, p) => {
    const policyId = uuid(1, nodes.length + 1);
    nodes.push({ id: policyId, parentId: null, position: p, title: policy.title });
    policy.items.forEach((item, i) => {
      const itemId = uuid(1, nodes.length + 1);
      nodes.push({ id: itemId, parentId: policyId, position: i, title: item.title });
      item.programmes.forEach((title, g) => nodes.push({ id: uuid(1, nodes.length + 1), parentId: itemId, position: g, title }));
    });
  });
  return {
    title: '第4次本庄市行政改革大綱',
    theme: '自ら考え、自ら取り組む　市民から親しまれ、頼られる市役所の実現',
    startFiscalYear: 2023,
    endFiscalYear: 2027,
    status: 'in_force',
    frameworkLevels: ['基本方針', '実施項目', '改革プログラム'],
    nodes,
    ...overrides,
  };
}

export function sampleMunicipality(overrides: Partial<DocumentMunicipality> = {}): DocumentMunicipality {
  return { name: '本庄市', settings: { yearStyle: 'wareki' }, ...overrides };
}

const DEPARTMENTS = ['市民課', '情報政策課', '行政改革推進室', '財政課', '収納課', '職員課', '保育課', '生涯学習課', '道路整備課', '環境推進課'];

const THEMES: {
  title: string;
  situation: string;
  aim: string;
  actions: string;
  targets: { indicator: string; unit: string; direction: DocumentPlan['targets'][number]['direction']; baseline: number; step: number }[];
  effect?: { kind: 'revenue' | 'expenditure'; amount: number };
  citizen: string;
  sdgs: number[];
  tags: string[];
}[] = [
  {
    title: '行政手続のオンライン化の推進',
    situation:
      '住民票の写しの請求や各種届出の多くは窓口での手続が必要であり、平日の日中に来庁できない市民の負担となっている。\n国の「自治体DX推進計画」では、子育て・介護等の手続のオンライン化が求められている。',
    aim: '来庁しなくても手続が完結する仕組みを整え、市民の利便性向上と窓口業務の効率化を図る。',
    actions: '電子申請システムで受け付ける手続を順次拡大する。\n申請データを基幹システムへ連携し、転記作業をなくす。\nマイナンバーカードを利用した本人確認を導入する。',
    targets: [
      { indicator: 'オンラインで申請できる手続の数', unit: '件', direction: 'increase', baseline: 42, step: 30 },
      { indicator: 'オンライン申請の利用率', unit: '％', direction: 'increase', baseline: 12.5, step: 7.5 },
    ],
    effect: { kind: 'expenditure', amount: 1_200_000 },
    citizen: '24時間いつでも自宅やスマートフォンから手続ができ、来庁や待ち時間の負担がなくなる。',
    sdgs: [9, 11, 16],
    tags: ['デジタル化', '庁内連携'],
  },
  {
    title: 'RPAによる定型業務の自動化',
    situation: '給与、税、福祉の各部署で、システム間のデータ入力や照合などの定型作業に多くの時間を要している。',
    aim: '定型業務をRPAで自動化し、職員が相談対応や企画などの業務に注力できる環境をつくる。',
    actions: '全庁の定型業務を調査し、効果の高い業務からRPAシナリオを作成する。\n作成したシナリオを他の部署でも再利用できるよう共有する。',
    targets: [{ indicator: 'RPAによる削減時間（年間）', unit: '時間', direction: 'increase', baseline: 800, step: 600 }],
    effect: { kind: 'expenditure', amount: 3_450_000 },
    citizen: '処理時間の短縮により、通知や給付が早く届くようになる。',
    sdgs: [8, 9],
    tags: ['デジタル化'],
  },
  {
    title: '会議資料のペーパーレス化',
    situation: '庁議や各種会議では紙の資料を配布しており、印刷・製本・差し替えに時間と費用がかかっている。',
    aim: 'タブレット端末と資料共有の仕組みを活用し、会議資料の印刷をなくす。',
    actions: '庁議、部長会議からペーパーレス会議を始め、審議会等へ広げる。',
    targets: [
      { indicator: 'コピー用紙の購入枚数', unit: '千枚', direction: 'decrease', baseline: 5200, step: -400 },
      { indicator: 'ペーパーレスで開催した会議の割合', unit: '％', direction: 'increase', baseline: 20, step: 15 },
    ],
    effect: { kind: 'expenditure', amount: 860_000 },
    citizen: '紙の使用量が減り、環境負荷の低減につながる。',
    sdgs: [12, 13],
    tags: ['デジタル化', 'SDGs'],
  },
  {
    title: '公共施設へのネーミングライツの導入拡大',
    situation: '市民体育館へのネーミングライツ導入により一定の収入を得ているが、他の施設には広がっていない。',
    aim: '対象施設を広げ、新たな自主財源を確保する。',
    actions: '対象施設の候補を選び、募集要項を見直して公募する。\n地元企業への説明会を開催する。',
    targets: [{ indicator: 'ネーミングライツを導入した施設数', unit: '施設', direction: 'increase', baseline: 1, step: 1 }],
    effect: { kind: 'revenue', amount: 2_000_000 },
    citizen: '施設の維持管理に充てる財源が増え、サービス水準を保つことができる。',
    sdgs: [17],
    tags: ['民間活力'],
  },
  {
    title: '時間外勤務の縮減',
    situation: '一部の部署に時間外勤務が集中しており、職員の健康と業務の質への影響が懸念される。',
    aim: '業務の平準化と見直しにより、時間外勤務を減らし、ワーク・ライフ・バランスを推進する。',
    actions: '部署ごとの時間外勤務を毎月公表する。\n繁忙期の応援体制をつくる。\nノー残業デーを徹底する。',
    targets: [{ indicator: '職員一人当たりの時間外勤務時間（年間）', unit: '時間', direction: 'decrease', baseline: 152, step: -8 }],
    citizen: '職員が心身ともに健康で、質の高いサービスを提供できる。',
    sdgs: [5, 8],
    tags: ['庁内連携'],
  },
  {
    title: '使用料・手数料の定期的な見直し',
    situation: '使用料・手数料の多くは長期間改定されておらず、施設の維持管理費との均衡が取れていない。',
    aim: '受益者負担の適正化を図り、算定方法を明らかにしたうえで4年ごとに見直す。',
    actions: '算定基準を策定し、全施設の原価計算を行う。\n激変緩和措置を検討したうえで改定する。',
    targets: [],
    effect: { kind: 'revenue', amount: 5_125_300 },
    citizen: '利用する人としない人との負担の公平が図られる。',
    sdgs: [16],
    tags: [],
  },
];

/** Plan `i` (0-based), filed under the outline's leaves in turn and numbered like the city does. */
export function samplePlan(i: number, outline: DocumentOutline = sampleOutline()): DocumentPlan {
  const tree = orderedTree(outline.nodes);
  const parents = new Set(outline.nodes.map((node) => node.parentId));
  const leaves = tree.filter((entry) => !parents.has(entry.node.id));
  const leaf = leaves[i % leaves.length]!;
  const theme = THEMES[i % THEMES.length]!;
  const start = outline.startFiscalYear + (i % 3 === 2 ? 1 : 0);
  const end = outline.endFiscalYear;
  const years = Array.from({ length: end - start + 1 }, (_, k) => start + k);
  const phases = ['検討', '準備', '試行', '実施', '実施'];
  const lead = DEPARTMENTS[i % DEPARTMENTS.length]!;
  const collaborating = i % 2 === 0 ? [DEPARTMENTS[(i + 3) % DEPARTMENTS.length]!, DEPARTMENTS[(i + 5) % DEPARTMENTS.length]!] : [];
  return {
    id: uuid(2, i + 1),
    number: `${leaf.code}-${Math.floor(i / leaves.length) + 1}`,
    title: i < THEMES.length ? theme.title : `${theme.title}（その${Math.floor(i / THEMES.length) + 1}）`,
    frameworkNodeId: leaf.node.id,
    relistedNodeIds: i % 11 === 3 ? [leaves[(i + 5) % leaves.length]!.node.id] : [],
    leadDepartment: { id: uuid(4, i % DEPARTMENTS.length), name: lead },
    collaboratingDepartments: collaborating.map((name, k) => ({ id: uuid(5, k), name })),
    currentSituation: theme.situation,
    aim: theme.aim,
    actions: theme.actions,
    kind: i % 3 === 1 ? 'improvement' : 'reform',
    startFiscalYear: start,
    endFiscalYear: end,
    schedule: years.map((fiscalYear, k) => ({
      fiscalYear,
      phase: phases[Math.min(k, phases.length - 1)]!,
      description: k === 0 ? '現状の調査と課題の整理、実施方針の決定' : k === 1 ? '関係課との調整、仕様の検討' : `${theme.title.replace(/の(推進|導入拡大|縮減|定期的な見直し)$/u, '')}の実施と効果の検証`,
    })),
    targets: theme.targets.map((target, t) => ({
      id: uuid(6, i * 10 + t),
      indicator: target.indicator,
      unit: target.unit,
      direction: target.direction,
      baseline: target.baseline,
      baselineFiscalYear: outline.startFiscalYear - 1,
      values: years.map((fiscalYear, k) => ({ fiscalYear, value: Math.round((target.baseline + target.step * (k + 1)) * 10) / 10 })),
    })),
    noTargetReason: theme.targets.length === 0 ? '改定の効果は施設ごとに異なるため、財政効果で把握する。' : '',
    financialEffects: theme.effect
      ? years.slice(1).map((fiscalYear, k) => ({ fiscalYear, kind: theme.effect!.kind, amount: theme.effect!.amount * (k + 1) }))
      : [],
    citizenEffect: theme.citizen,
    sdgGoals: theme.sdgs,
    tags: theme.tags,
    predecessorPlan:
      i % 4 === 0
        ? { id: uuid(7, i), number: `2-1-${(i % 5) + 1}`, title: '窓口サービスの改善', outlineId: uuid(3, 0), outlineTitle: '第3次本庄市行政改革大綱' }
        : null,
    checks: theme.targets.length === 0 ? [{ code: 'no_numerical_target' }] : [],
    periodChanges: i % 9 === 5 ? [{ previousEndFiscalYear: end - 1, endFiscalYear: end, reason: '国の制度改正の時期に合わせるため' }] : [],
  };
}

export function samplePlans(count: number, outline: DocumentOutline = sampleOutline()): DocumentPlan[] {
  return Array.from({ length: count }, (_, i) => samplePlan(i, outline));
}

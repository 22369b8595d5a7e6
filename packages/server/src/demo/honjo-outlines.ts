import type { OutlineStatus } from '@gyokaku/contracts';

export interface DemoOutline {
  title: string;
  theme: string;
  startFiscalYear: number;
  endFiscalYear: number;
  status: OutlineStatus;
  frameworkLevels: string[] | null;
  /** Top-level headings with the items under them, as the city's briefing lists them. */
  framework: { title: string; items: string[] }[];
}

/** The city's three reform cycles since its 2006 merger (source: the secretariat's briefing). */
export const HONJO_OUTLINES: DemoOutline[] = [
  {
    title: '本庄市行政改革大綱',
    theme: '',
    startFiscalYear: 2007,
    endFiscalYear: 2011,
    status: 'closed',
    frameworkLevels: ['重点目標', '取組項目'],
    framework: [
      {
        title: '市民との協働によるまちづくりの推進',
        items: ['市民参加と協働に向けた環境づくり', '公正で透明性の高い行政運営の推進'],
      },
      {
        title: '効率的・効果的な行政経営の推進',
        items: ['事務事業の見直し', '民間委託等の推進', '公共施設等の見直しと適正管理', '電子自治体の推進'],
      },
      {
        title: '自主性・自立性の高い財政運営の確立',
        items: ['財政構造の見直し', '自主財源の確保', '歳出の節減合理化', '地方公営企業の健全化', '外郭団体等の健全化'],
      },
      {
        title: '時代に即した組織改革と人材育成',
        items: ['組織・機構の見直し', '適正な人事管理', '職員の意識改革と人材育成'],
      },
    ],
  },
  {
    title: '第2次本庄市行政改革大綱',
    theme: '',
    startFiscalYear: 2013,
    endFiscalYear: 2017,
    status: 'closed',
    frameworkLevels: ['基本方針', '取組項目'],
    framework: [
      { title: '行政サービスの質の維持・向上', items: ['事務事業の見直し', '公正で透明性の高い行政経営の推進'] },
      {
        title: '行政サービスの提供方法の見直し',
        items: ['組織・機構の見直し', '職員の意識改革と人材育成', '公共施設等のマネジメント', '民間活力の活用'],
      },
      {
        title: '健全な財政運営',
        items: ['財政構造の見直し', '自主財源の確保', '歳出の節減合理化', '地方公営企業の健全化'],
      },
    ],
  },
  {
    title: '第3次本庄市行政改革大綱',
    theme: '自ら取り組む！市民から親しまれ、頼られる市役所の実現',
    startFiscalYear: 2018,
    endFiscalYear: 2022,
    // The demo replays the briefing's situation in 2022, while this outline is still being carried out.
    status: 'in_force',
    frameworkLevels: null,
    framework: [
      {
        title: '市民に分かりやすい市役所にしよう！',
        items: ['市民に分かりやすい窓口対応・手続き案内', '国際交流の推進'],
      },
      {
        title: '職員みんなで効率的・効果的に仕事をしよう！',
        items: [
          '情報通信技術(ICT)の活用による事務の効率化',
          '効率的・効果的な庁内連携',
          '職員の意識向上',
          '民間活力の活用',
          '男女共同参画',
        ],
      },
      { title: '安定した財政で未来へつなげよう！', items: ['自主財源の確保', '使用料・手数料の見直し'] },
    ],
  },
];

/**
 * The third level of the FY2018–2022 outline: its 18 改革プログラム under the 実施項目 they belong to
 * (keyed by the item's title as listed above).
 */
export const HONJO_PROGRAMMES_2018: Record<string, string[]> = {
  '市民に分かりやすい窓口対応・手続き案内': ['窓口サービスの向上', '手続き案内の充実', '市政情報の分かりやすい発信'],
  '国際交流の推進': ['外国人住民への情報提供の充実'],
  '情報通信技術(ICT)の活用による事務の効率化': ['行政手続のオンライン化', '庁内事務の電子化・ペーパーレス化'],
  '効率的・効果的な庁内連携': ['庁内横断的な業務の見直し', '事務処理の共通化・標準化'],
  '職員の意識向上': ['職員提案・業務改善の推進', '人材育成と働き方の見直し'],
  '民間活力の活用': ['民間委託・指定管理者制度の活用', '公民連携の推進'],
  '男女共同参画': ['職員のワーク・ライフ・バランスの推進'],
  '自主財源の確保': ['未利用財産の活用', '広告収入・ネーミングライツの推進', 'ふるさと納税の推進', '市税等の収納率の向上'],
  '使用料・手数料の見直し': ['受益者負担の適正化'],
};

export interface DemoFrameworkNode {
  title: string;
  description?: string;
  children?: DemoFrameworkNode[];
}

/**
 * The next outline as the secretariat drafts it in summer 2022 from the council's and the working
 * group's asks: fewer, larger reforms with numbers, digitalisation (smart municipality), public
 * facilities and own revenue, cross-department work, citizens' participation and SDGs.
 */
export const HONJO_NEXT_OUTLINE = {
  title: '第4次本庄市行政改革大綱',
  theme: '変革に挑戦！ デジタルと連携の力で、市民とともに未来をつくる市役所',
  startFiscalYear: 2023,
  endFiscalYear: 2027,
  framework: [
    {
      title: 'デジタル技術を活用した市民サービスの向上',
      description:
        '行政手続のオンライン化や窓口のデジタル化を進め、「行かない・書かない・待たない」市役所を目指します。あわせて、AI・RPA等の活用や業務・システムの標準化により、スマート自治体への転換を図ります。',
      children: [
        { title: '行政手続のデジタル化', children: [{ title: '行政手続のオンライン化の推進' }, { title: '窓口のデジタル化・キャッシュレス化' }] },
        {
          title: 'スマート自治体への転換',
          children: [{ title: 'AI・RPA等による業務の自動化' }, { title: 'ペーパーレス化の推進' }, { title: '業務・システムの標準化' }],
        },
        {
          title: '誰一人取り残さないデジタル化',
          children: [{ title: 'デジタルを活用した情報発信の充実' }, { title: 'デジタル・デバイド対策' }],
        },
      ],
    },
    {
      title: '持続可能な行財政運営',
      description:
        '人口減少や公共施設の老朽化が進む中でも行政サービスを維持できるよう、公共施設の最適化、自主財源の確保、事務事業の見直しに取り組み、健全で持続可能な財政運営を進めます。',
      children: [
        { title: '公共施設等の最適化', children: [{ title: '公共施設の再配置と長寿命化' }, { title: '公共施設の管理運営の効率化' }] },
        {
          title: '自主財源の確保',
          children: [
            { title: '市税等の収納対策' },
            { title: '未利用財産の活用と新たな歳入の確保' },
            { title: 'ふるさと納税の推進' },
            { title: '受益者負担の適正化' },
          ],
        },
        { title: '事務事業の見直し', children: [{ title: '事務事業・補助金の見直し' }, { title: '民間活力の活用' }] },
      ],
    },
    {
      title: '市民とともに進める市役所改革',
      description:
        '市民の視点に立ち、市民参画と協働を進めるとともに、課の枠を越えた庁内連携と職員の意識改革により、組織力を高めます。SDGsの視点を取り入れ、持続可能なまちづくりに率先して取り組みます。',
      children: [
        { title: '市民参画と協働の推進', children: [{ title: '市民参画の機会の拡充' }, { title: '多様な主体との協働の推進' }] },
        {
          title: '庁内連携による組織力の向上',
          children: [{ title: '庁内横断的な課題への取組' }, { title: '職員の意識改革と人材育成' }, { title: '働き方改革と組織体制の見直し' }],
        },
        { title: 'SDGsの視点を取り入れた行政運営', children: [{ title: '環境に配慮した市役所の率先行動' }] },
      ],
    },
  ] satisfies DemoFrameworkNode[] as DemoFrameworkNode[],
};

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

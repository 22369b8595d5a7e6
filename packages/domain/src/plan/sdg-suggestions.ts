/** The official Japanese goal names (外務省 JAPAN SDGs Action Platform). */
export const SDG_GOAL_LABELS_JA: Readonly<Record<number, string>> = {
  1: '貧困をなくそう',
  2: '飢餓をゼロに',
  3: 'すべての人に健康と福祉を',
  4: '質の高い教育をみんなに',
  5: 'ジェンダー平等を実現しよう',
  6: '安全な水とトイレを世界中に',
  7: 'エネルギーをみんなに そしてクリーンに',
  8: '働きがいも経済成長も',
  9: '産業と技術革新の基盤をつくろう',
  10: '人や国の不平等をなくそう',
  11: '住み続けられるまちづくりを',
  12: 'つくる責任 つかう責任',
  13: '気候変動に具体的な対策を',
  14: '海の豊かさを守ろう',
  15: '陸の豊かさも守ろう',
  16: '平和と公正をすべての人に',
  17: 'パートナーシップで目標を達成しよう',
};

/**
 * Words that show up in municipal plan sheets for each goal. Offline on purpose (LGWAN has no
 * internet); a suggestion only pre-selects checkboxes that the department confirms.
 */
export const SDG_KEYWORDS: Readonly<Record<number, readonly string[]>> = {
  1: [
    '貧困', '生活保護', '生活困窮', '困窮者', '低所得', '就労支援', '自立支援', 'ひとり親', '生活支援',
    '児童扶養手当',
  ],
  2: ['農業', '農地', '農産物', '食料', '食育', '給食', '学校給食', '栄養', '地産地消', '耕作放棄地'],
  3: [
    '健康', '医療', '福祉', '介護', '健診', '検診', '予防接種', '保健', '高齢者', '障害者', '障がい者',
    '子育て', '国民健康保険', '感染症', 'スポーツ',
  ],
  4: [
    '教育', '学校', '学習', '生涯学習', '図書館', '公民館', '児童', '生徒', '学び', '保育', '幼稚園',
    '人材育成', '研修', 'GIGA',
  ],
  5: [
    '男女共同参画', 'ジェンダー', '女性', '女性活躍', '性別', '配偶者暴力', 'DV', 'ワーク・ライフ・バランス',
    'ワークライフバランス', '育児休業', '育休', 'LGBT',
  ],
  6: [
    '水道', '上水道', '下水道', '浄水', '排水', '汚水', '水質', '浄化槽', '合併処理浄化槽', '水資源', '節水',
    'トイレ',
  ],
  7: [
    'エネルギー', '再生可能エネルギー', '太陽光', '省エネ', '省エネルギー', 'LED', '電力', '蓄電',
    '電気自動車', 'EV', '脱炭素', '照明',
  ],
  8: [
    '雇用', '就労', '働き方', '働き方改革', '時間外勤務', '残業', '経済', '地域経済', '観光', '商工',
    '産業振興', '創業', '企業誘致', '中小企業', '労働', '人材育成',
  ],
  9: [
    'デジタル', 'ICT', 'DX', 'インフラ', '電子', '電子申請', 'オンライン', 'システム', 'AI', 'RPA', 'IoT',
    '情報化', '技術革新', 'キャッシュレス', '道路', '橋梁',
  ],
  10: [
    '不平等', '格差', '差別', '人権', '多文化共生', '外国人', '国際交流', 'バリアフリー',
    'ユニバーサルデザイン', 'やさしい日本語', '多言語', '障害者',
  ],
  11: [
    'まちづくり', '公共施設', '防災', '公共交通', '住民', '住宅', '空き家', '都市計画', '景観', '公園',
    '避難', '災害', '防犯', '交通安全', '長寿命化', '再配置', 'コミュニティ',
  ],
  12: [
    'ペーパーレス', 'ごみ', 'ゴミ', 'リサイクル', '食品ロス', '廃棄物', '資源化', '減量', '再利用',
    'リユース', '3R', '分別', 'グリーン購入', '用紙', '印刷',
  ],
  13: [
    '気候変動', '温室効果ガス', '二酸化炭素', 'CO2', '温暖化', '脱炭素', 'カーボンニュートラル',
    'ゼロカーボン', '排出削減', '熱中症', '省エネ', '緑のカーテン',
  ],
  14: ['海洋', '海岸', '海の', '海洋プラスチック', 'プラスチック', '水産', '漁業', '河川', '水辺', '水環境'],
  15: [
    '森林', '緑地', '緑化', '自然環境', '生態系', '生物多様性', '里山', '樹木', '鳥獣', '外来種', '環境保全',
    '農地保全',
  ],
  16: [
    '透明性', '行政', '公正', '情報公開', '市民参加', '市民参画', '説明責任', '公文書', '個人情報',
    '法令遵守', 'コンプライアンス', '内部統制', '広聴', 'パブリックコメント', '監査',
  ],
  17: [
    '官民連携', '民間活力', '協働', '市民協働', 'パートナーシップ', '指定管理', '指定管理者', 'PPP', 'PFI',
    '民間委託', '包括連携', '連携協定', '広域連携', '産学官', 'ネーミングライツ', 'アウトソーシング',
  ],
};

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

// Latin keywords must stand alone: AI inside "mail" or EV inside "level" is not a match.
function matcher(keyword: string): (text: string) => boolean {
  const folded = fold(keyword);
  if (!/^[\x20-\x7e]+$/u.test(folded)) return (text) => text.includes(folded);
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, 'u');
  return (text) => pattern.test(text);
}

const MATCHERS = Object.entries(SDG_KEYWORDS).map(([goal, keywords]) => ({
  goal: Number(goal),
  keywords: keywords.map((keyword) => ({ keyword, matches: matcher(keyword) })),
}));

/**
 * Goals whose keywords appear in `text` (title, aim, actions …), most matches first, then by goal
 * number. A keyword inside a longer matched one of the same goal (学習 in 生涯学習) is not counted
 * again, so nested vocabulary does not inflate a goal's rank.
 */
export function suggestSdgGoals(text: string): { goal: number; matched: string[] }[] {
  const folded = fold(text);
  return MATCHERS.map(({ goal, keywords }) => {
    const hits = keywords.filter(({ matches }) => matches(folded)).map(({ keyword }) => keyword);
    const matched = hits.filter((hit) => !hits.some((other) => other !== hit && fold(other).includes(fold(hit))));
    return { goal, matched };
  })
    .filter(({ matched }) => matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length || a.goal - b.goal);
}

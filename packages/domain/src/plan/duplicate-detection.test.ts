import { describe, it, expect } from 'vitest';
import {
  BOILERPLATE_MIN_PLANS,
  BOILERPLATE_SHARE,
  DEFAULT_DUPLICATE_THRESHOLD,
  findLikelyDuplicates,
  TITLE_AND_AIM_WEIGHT,
  type DuplicateCandidate,
} from './duplicate-detection.js';
import { textTrigrams } from './trigram-similarity.js';

const plan = (id: string, leadDepartmentId: string, title: string, aim = ''): DuplicateCandidate => ({
  id,
  leadDepartmentId,
  title,
  aim,
});

describe('findLikelyDuplicates', () => {
  const cashlessByTax = plan('p1', 'tax', '窓口業務のキャッシュレス決済導入', '市税等の窓口納付でキャッシュレス決済を可能にする');
  const cashlessByCitizen = plan('p2', 'citizen', '窓口におけるキャッシュレス決済の導入', '証明書発行手数料をキャッシュレスで支払えるようにする');
  const facilities = plan('p3', 'assets', '公共施設の長寿命化', '公共施設等総合管理計画に基づき計画的に修繕する');

  it('pairs the same idea filed by two departments and leaves unrelated plans out', () => {
    const result = findLikelyDuplicates([cashlessByTax, cashlessByCitizen, facilities]);
    expect(result.map((pair) => pair.planIds)).toEqual([['p1', 'p2']]);
    expect(result[0]?.similarity).toBeGreaterThan(DEFAULT_DUPLICATE_THRESHOLD);
    expect(result[0]?.similarity).toBeLessThanOrEqual(1);
  });

  it('ignores similar plans of the same lead department', () => {
    expect(findLikelyDuplicates([cashlessByTax, { ...cashlessByCitizen, leadDepartmentId: 'tax' }])).toEqual([]);
  });

  it('scores by the titles, or by title and aim together at a discount', () => {
    const titleOnly = findLikelyDuplicates([plan('a', 'x', '窓口業務のキャッシュレス決済導入'), plan('b', 'y', '窓口におけるキャッシュレス決済の導入')]);
    expect(titleOnly[0]?.similarity).toBeCloseTo(0.6);
    // Different titles, same aim: only the discounted combined score can reach the threshold.
    const aim = '庁内の会議資料を電子化し、タブレット端末で閲覧することで紙の使用量を削減する';
    const byAim = findLikelyDuplicates([plan('a', 'x', '会議資料の電子化', aim), plan('b', 'y', 'タブレット端末の活用', aim)]);
    const all = (title: string) => new Set([...textTrigrams(title), ...textTrigrams(aim)]);
    const a = all('会議資料の電子化');
    const b = all('タブレット端末の活用');
    const shared = [...a].filter((gram) => b.has(gram)).length;
    expect(byAim[0]?.similarity).toBeCloseTo((TITLE_AND_AIM_WEIGHT * shared) / (a.size + b.size - shared));
  });

  it('sorts pairs by similarity, highest first, and keeps the ids in input order', () => {
    const plans = [
      plan('a', 'x', '窓口業務のキャッシュレス決済導入'),
      plan('b', 'y', '公共施設の長寿命化'),
      plan('c', 'z', '窓口業務のキャッシュレス決済の導入'),
      plan('d', 'w', '公共施設の長寿命化の推進'),
      plan('e', 'v', '窓口におけるキャッシュレス決済の導入'),
    ];
    const result = findLikelyDuplicates(plans);
    const scores = result.map((pair) => pair.similarity);
    expect(scores).toEqual([...scores].sort((p, q) => q - p));
    expect(result[0]?.planIds).toEqual(['a', 'c']);
    expect(result.map((pair) => pair.planIds)).toContainEqual(['b', 'd']);
    for (const { planIds } of result) expect(planIds[0] < planIds[1]).toBe(true);
  });

  it('honours a custom threshold', () => {
    const plans = [cashlessByTax, cashlessByCitizen];
    expect(findLikelyDuplicates(plans, { threshold: 0.99 })).toEqual([]);
    expect(findLikelyDuplicates(plans, { threshold: 0 })).toHaveLength(1);
  });

  it('never pairs plans with nothing in common, nor empty texts', () => {
    expect(findLikelyDuplicates([plan('a', 'x', ''), plan('b', 'y', '')], { threshold: 0 })).toEqual([]);
    expect(findLikelyDuplicates([], { threshold: 0 })).toEqual([]);
    expect(findLikelyDuplicates([cashlessByTax])).toEqual([]);
  });

  it('ignores wording that a large share of plans have in common, such as a template aim', () => {
    const aim = '事務の効率化と市民サービスの向上を図るため、業務の見直しを行う。';
    const subjects = ['会議資料', '公用車', '市民プール', '斎場', '入札', '住民票', '戸籍', '児童手当', '公園', '観光', '消防団',
      '体育館', '学童保育', '財産管理', '議会事務', '統計調査', '人事評価', '福利厚生', 'ホームページ', '電話交換', '印刷業務'];
    const titled = subjects.map((subject, i) => plan(`p${i}`, `d${i}`, subject, aim));
    // Among a few plans the shared aim is what makes them alike…
    expect(findLikelyDuplicates(titled.slice(0, 5)).length).toBeGreaterThan(0);
    // …but once more than BOILERPLATE_MIN_PLANS plans say it, it is the template speaking.
    expect(titled.length).toBeGreaterThan(BOILERPLATE_MIN_PLANS);
    expect(findLikelyDuplicates(titled)).toEqual([]);
  });

  describe('with 2,000 plans', () => {
    const subjects = [
      '窓口', '電子申請', '公共施設', '会議', '文書管理', '市税', '保育所', '図書館', '道路', '下水道',
      '職員研修', '庁舎', '広報', '防災', '公民館', '給食', '介護保険', '国民健康保険', 'ごみ収集',
      '選挙事務', '住民票', '戸籍', '児童手当', '生活保護', '上水道', '公園', '観光', '農業委員会', '空き家',
      '消防団', '体育館', '市民プール', '斎場', '学童保育', '入札', '契約事務', '財産管理', '議会事務',
      '監査事務', '統計調査', '人事評価', '給与事務', '福利厚生', '情報システム', 'ホームページ',
      'コールセンター', '印刷業務', '公用車', '庁内LAN', '電話交換',
    ];
    const actions = [
      'のデジタル化', 'の見直し', 'の民間委託', 'におけるペーパーレス化', 'の効率化', 'へのAI活用', 'の統合',
      'の長寿命化', 'の手数料見直し', 'のオンライン化', 'の標準化', 'のRPA導入', 'の集約化', 'の廃止',
      'のマニュアル整備', 'の外部評価', 'の広域化', 'の指定管理者制度導入', 'のキャッシュレス化',
      'の予約システム導入', 'の受益者負担の適正化', 'の業務フロー改善', 'のチャットボット導入',
      'の窓口一元化', 'のアウトソーシング', 'の実施体制見直し', 'の経費削減', 'の利用促進', 'の情報発信強化',
      'の職員配置見直し', 'の共同化', 'の電子決裁化', 'の事務分担見直し', 'の様式統一', 'の手続簡素化',
      'の郵送申請対応', 'の夜間休日対応', 'のデータ活用', 'の収納率向上', 'のネーミングライツ導入',
    ];
    const aims = [
      '市民サービスの向上を図る。', '事務の効率化と経費の削減を図る。', '職員の負担を軽減する。',
      '歳入の確保につなげる。',
    ];
    // Every subject × action once: related plans abound, and the aims follow one template.
    const plans = Array.from({ length: 2000 }, (_, i) => {
      const subject = subjects[i % subjects.length]!;
      const title = `${subject}${actions[Math.floor(i / subjects.length) % actions.length]}`;
      return plan(`p${i}`, `d${i % 60}`, title, `現在、${subject}に関する事務は手作業が多く、${title}を進めることで${aims[i % aims.length]}`);
    });

    // Its speed is measured by `npm run bench`, not asserted here.
    it('handles two thousand alike plans, reporting tens of thousands of pairs', () => {
      expect(findLikelyDuplicates(plans).length).toBeGreaterThan(10_000);
    });

    it('finds exactly what comparing every pair by the documented rule would find', () => {
      const sample = plans.slice(0, 400);
      const raw = sample.map((p) => ({ title: textTrigrams(p.title), all: new Set([...textTrigrams(p.title), ...textTrigrams(p.aim)]) }));
      const planCount = new Map<string, number>();
      for (const { all } of raw) for (const gram of all) planCount.set(gram, (planCount.get(gram) ?? 0) + 1);
      const limit = Math.max(BOILERPLATE_MIN_PLANS, BOILERPLATE_SHARE * sample.length);
      const keep = (grams: Set<string>) => new Set([...grams].filter((gram) => planCount.get(gram)! <= limit));
      const grams = raw.map(({ title, all }) => ({ title: keep(title), all: keep(all) }));
      const jaccardOf = (a: Set<string>, b: Set<string>) => {
        const shared = [...a].filter((gram) => b.has(gram)).length;
        return shared / (a.size + b.size - shared || 1);
      };
      const expected: string[] = [];
      sample.forEach((a, i) => {
        sample.forEach((b, j) => {
          if (j <= i || a.leadDepartmentId === b.leadDepartmentId) return;
          const score = Math.max(
            jaccardOf(grams[i]!.title, grams[j]!.title),
            TITLE_AND_AIM_WEIGHT * jaccardOf(grams[i]!.all, grams[j]!.all),
          );
          if (score >= DEFAULT_DUPLICATE_THRESHOLD) expected.push(`${a.id}/${b.id}`);
        });
      });
      const found = findLikelyDuplicates(sample).map(({ planIds }) => planIds.join('/'));
      expect(expected.length).toBeGreaterThan(0);
      expect(found.sort()).toEqual(expected.sort());
    });
  });
});

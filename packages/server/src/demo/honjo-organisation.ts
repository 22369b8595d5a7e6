/**
 * A plausible organisation for the reference city (本庄市, about 80,000 people), as in force
 * from FY2022. Departments are 課・室・局・館 under divisions (部).
 */
export const HONJO_DIVISIONS: { name: string; departments: string[] }[] = [
  { name: '企画財政部', departments: ['企画課', '財政課', '行政改革推進室', '契約検査課'] },
  { name: '総務部', departments: ['総務課', '職員課', '情報政策課', '危機管理課', '税務課', '収納課'] },
  { name: '市民生活部', departments: ['市民課', '環境推進課', '地域振興課', '人権推進課'] },
  { name: '福祉部', departments: ['福祉課', '障害福祉課', '子育て支援課', '保育課', '介護保険課'] },
  { name: '保健部', departments: ['保険課', '健康推進課'] },
  { name: '経済環境部', departments: ['商工観光課', '農政課'] },
  { name: '都市整備部', departments: ['都市計画課', '道路整備課', '建築開発課', '公園緑地課'] },
  { name: '上下水道部', departments: ['水道課', '下水道課'] },
  { name: '会計・行政委員会', departments: ['会計課', '議会事務局', '選挙管理委員会事務局', '監査委員事務局', '農業委員会事務局'] },
  { name: '教育委員会事務局', departments: ['教育総務課', '学校教育課', '生涯学習課', '文化財保護課', '図書館'] },
];

/** One reorganisation in the demo history, so lineage is visible from the start. */
export const HONJO_REORGANISATION = {
  kind: 'rename' as const,
  effectiveDate: '2022-04-01',
  from: '情報政策課',
  to: 'デジタル推進課',
  note: 'スマート自治体への転換に向け、行政のデジタル化を推進する組織とするため',
};

import type { FrameworkNode } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';

/** 「実施計画 5件・数値目標あり 3件・再掲 1件」: how well a framework item is filled, at a glance. */
export function NodeCounts({ node }: { node: Pick<FrameworkNode, 'planCount' | 'planWithTargetCount' | 'relistedCount'> }) {
  const { t } = useTranslation();
  if (node.planCount === 0 && node.relistedCount === 0) return null;
  const parts = [
    t('framework.plans', { count: node.planCount }),
    t('framework.withTarget', { count: node.planWithTargetCount }),
    ...(node.relistedCount > 0 ? [t('framework.relisted', { count: node.relistedCount })] : []),
  ];
  return <span className="text-dns-14N-130 whitespace-nowrap text-solid-gray-700">{parts.join('・')}</span>;
}

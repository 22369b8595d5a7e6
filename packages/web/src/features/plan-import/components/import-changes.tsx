import type { FrameworkNode, ImportItem } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { PlanDiffTable } from '../../plans/components/plan-diff-table';
import { usePlanValueText } from '../../plans/components/use-plan-value-text';

/** For each changed plan, field by field, what is in Gyokaku now and what the file would put there. */
export function ImportChanges({ items, nodes }: { items: readonly ImportItem[]; nodes: readonly FrameworkNode[] }) {
  const { t } = useTranslation();
  const valueText = usePlanValueText({ nodes });
  return (
    <section aria-labelledby="import-changes" className="flex flex-col gap-6">
      <h3 id="import-changes" className="text-std-20B-150">
        {t('imports.preview.changes')}
      </h3>
      {items.map((item) => (
        <PlanDiffTable
          key={item.planId ?? item.sheet}
          caption={t('imports.preview.changesCaption', { plan: `${item.number} ${item.title}` })}
          changes={item.changes}
          valueText={valueText}
          beforeLabel={t('imports.preview.before')}
          afterLabel={t('imports.preview.after')}
          emptyText={t('imports.preview.noVisibleChange')}
        />
      ))}
    </section>
  );
}

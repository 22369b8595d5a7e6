import type { ImportItem } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useItemPlace } from './import-item-table';

/** Plans saved in Gyokaku after the download: named, with both versions, never overwritten. */
export function ImportConflicts({ items }: { items: readonly ImportItem[] }) {
  const { t } = useTranslation();
  const place = useItemPlace();
  return (
    <section aria-labelledby="import-conflicts" className="flex flex-col gap-3 rounded-8 border-l-8 border-orange-800 bg-orange-50 p-4">
      <h3 id="import-conflicts" className="text-std-20B-150">
        {t('imports.preview.conflicts')}
      </h3>
      <p>{t('imports.preview.conflictsLead')}</p>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {items.map((item) => (
          <li key={`${item.sheet}-${item.row ?? ''}`}>
            {/* A template sheet is named by its plan number: the place would only repeat it. */}
            {place(item) !== item.number && `${place(item)}：`}
            {item.planId ? <Link to={`/plans/${item.planId}`}>{`${item.number} ${item.title}`}</Link> : `${item.number} ${item.title}`}
            {item.workbookVersion !== null &&
              item.currentVersion !== null &&
              t('imports.preview.conflictVersions', { workbook: item.workbookVersion, current: item.currentVersion })}
          </li>
        ))}
      </ul>
    </section>
  );
}

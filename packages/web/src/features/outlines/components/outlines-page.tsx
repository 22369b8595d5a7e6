import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useOutlines } from '../api/use-outlines';
import { OutlineTable } from './outline-table';

export function OutlinesPage() {
  const { t } = useTranslation();
  const query = useOutlines();

  return (
    <>
      <PageHeader title={t('outlines.title')} lead={t('outlines.lead')} />
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('outlines.empty')}</p>
          ) : (
            <OutlineTable caption={t('outlines.caption')} outlines={items} showTheme />
          )
        }
      </QueryState>
    </>
  );
}

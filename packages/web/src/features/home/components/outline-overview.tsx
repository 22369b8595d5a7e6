import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useOutlines } from '../../outlines/api/use-outlines';
import { OutlineTable } from '../../outlines/components/outline-table';

/** HQ members and council members follow the programme across cycles, so they get every outline. */
export function OutlineOverview() {
  const { t } = useTranslation();
  const query = useOutlines();

  return (
    <Panel title={t('home.overview.title')}>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('outlines.empty')}</p>
          ) : (
            <OutlineTable caption={t('home.overview.title')} outlines={items} />
          )
        }
      </QueryState>
    </Panel>
  );
}

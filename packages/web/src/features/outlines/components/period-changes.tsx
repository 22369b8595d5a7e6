import type { PeriodChange } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import { Table, Td, Th } from '../../../components/table';
import { formatDateTime } from '../../../lib/format';
import { useFiscalYear } from './use-outline-period';

/** Extensions of the period stay on record with their reason, as the council asks why a cycle ran longer. */
export function PeriodChanges({ changes }: { changes: PeriodChange[] }) {
  const { t, i18n } = useTranslation();
  const year = useFiscalYear();
  return (
    <Panel title={t('outlines.detail.periodChanges')}>
      <Table caption={t('outlines.detail.periodChanges')} captionHidden>
        <thead>
          <tr>
            <Th>{t('outlines.detail.changedAt')}</Th>
            <Th>{t('outlines.detail.endChange')}</Th>
            <Th>{t('outlines.detail.reason')}</Th>
            <Th>{t('outlines.detail.changedBy')}</Th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.changedAt}>
              <Td className="whitespace-nowrap">{formatDateTime(change.changedAt, i18n.language)}</Td>
              <Td className="whitespace-nowrap">{`${year(change.previousEndFiscalYear)} → ${year(change.endFiscalYear)}`}</Td>
              <Td>{change.reason}</Td>
              <Td>{change.changedBy}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Panel>
  );
}

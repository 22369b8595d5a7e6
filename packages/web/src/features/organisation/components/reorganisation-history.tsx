import type { Reorganisation } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel';
import { Table, Td, Th } from '../../../components/table';
import { useDateFormat } from './use-date-format';

export function ReorganisationHistory({ items }: { items: Reorganisation[] }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const sorted = [...items].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate));

  return (
    <Panel title={t('organisation.history.title')}>
      {sorted.length === 0 ? (
        <p>{t('organisation.history.empty')}</p>
      ) : (
        <Table caption={t('organisation.history.title')} captionHidden>
          <thead>
            <tr>
              <Th>{t('organisation.history.effectiveDate')}</Th>
              <Th>{t('organisation.history.kind')}</Th>
              <Th>{t('organisation.history.from')}</Th>
              <Th>{t('organisation.history.to')}</Th>
              <Th>{t('organisation.history.note')}</Th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((item) => (
              <tr key={item.id}>
                <Td className="whitespace-nowrap">{date(item.effectiveDate)}</Td>
                <Td className="whitespace-nowrap">{t(`organisation.reorg.kinds.${item.kind}`)}</Td>
                <Td className="min-w-36">{item.from.map((ref) => ref.name).join('、')}</Td>
                <Td className="min-w-48">
                  <span aria-hidden="true" className="mr-1 text-solid-gray-700">
                    →
                  </span>
                  {item.to
                    .map((ref) => (item.kind === 'split' && ref.primary ? t('organisation.history.primary', { name: ref.name }) : ref.name))
                    .join('、')}
                </Td>
                <Td>{item.note}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Panel>
  );
}

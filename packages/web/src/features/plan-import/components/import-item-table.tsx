import type { ImportItem } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Table, Td, Th } from '../../../components/table';
import { ImportStatusBadge } from './import-status-badge';

/** 「様式1」 for a template sheet, 「一覧 5行目」 for a row of a list. */
export function useItemPlace() {
  const { t } = useTranslation();
  return (item: Pick<ImportItem, 'sheet' | 'row'>) => (item.row === null ? item.sheet : `${item.sheet} ${t('imports.preview.row', { row: item.row })}`);
}

/** Every sheet (or row) read from the file, in the file's order, with what will happen to it. */
export function ImportItemTable({ items }: { items: readonly ImportItem[] }) {
  const { t } = useTranslation();
  const place = useItemPlace();
  return (
    <Table caption={t('imports.preview.itemsCaption')}>
      <thead>
        <tr>
          <Th>{t('imports.preview.columns.place')}</Th>
          <Th>{t('imports.preview.columns.number')}</Th>
          <Th>{t('imports.preview.columns.title')}</Th>
          <Th>{t('imports.preview.columns.status')}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.sheet}-${item.row ?? ''}`}>
            <Td className="whitespace-nowrap">{place(item)}</Td>
            <Td className="whitespace-nowrap">{item.number || <span className="text-solid-gray-700">{t('imports.preview.noNumber')}</span>}</Td>
            <Td>{item.title || <span className="text-solid-gray-700">{t('imports.preview.noTitle')}</span>}</Td>
            <Td>
              <ImportStatusBadge status={item.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

import type { ImportItem } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Table, Td, Th } from '../../../components/table';
import { useImportLabels } from './use-import-labels';

/** シート / セル / 項目 / 内容: each problem where Excel shows it, so the user goes straight to the cell. */
export function ImportErrorTable({ items }: { items: readonly ImportItem[] }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  // A problem of a whole row (a column not mapped) has no cell; its row still says where to look.
  const errors = items.flatMap((item) =>
    item.errors.map((error) => ({ ...error, where: error.cell || (item.row === null ? t('imports.preview.wholeSheet') : t('imports.preview.row', { row: item.row })) })),
  );
  return (
    <Table caption={t('imports.preview.errorsCaption', { count: errors.length })}>
      <thead>
        <tr>
          <Th>{t('imports.preview.errorColumns.sheet')}</Th>
          <Th>{t('imports.preview.errorColumns.cell')}</Th>
          <Th>{t('imports.preview.errorColumns.field')}</Th>
          <Th>{t('imports.preview.errorColumns.message')}</Th>
        </tr>
      </thead>
      <tbody>
        {errors.map((error, index) => (
          <tr key={`${error.sheet}-${error.cell}-${error.field}-${index}`}>
            <Td className="whitespace-nowrap">{error.sheet}</Td>
            <Td className="whitespace-nowrap">{error.where}</Td>
            <Td className="whitespace-nowrap">{error.field ? labels.path(error.field) : ''}</Td>
            <Td>{error.message}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

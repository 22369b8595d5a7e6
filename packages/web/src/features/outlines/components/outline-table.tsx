import type { OutlineSummary } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, Td, Th } from '../../../components/table';
import { OutlineStatusBadge } from './outline-status';
import { useOutlinePeriod } from './use-outline-period';

interface OutlineTableProps {
  caption: string;
  outlines: OutlineSummary[];
  showTheme?: boolean;
}

/** Newest cycle first, as the secretariat files them. */
export function OutlineTable({ caption, outlines, showTheme = false }: OutlineTableProps) {
  const { t } = useTranslation();
  const period = useOutlinePeriod();
  const sorted = [...outlines].sort((a, b) => b.startFiscalYear - a.startFiscalYear);

  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          <Th>{t('outlines.columns.title')}</Th>
          <Th>{t('outlines.columns.period')}</Th>
          <Th>{t('outlines.columns.status')}</Th>
          {showTheme && <Th>{t('outlines.columns.theme')}</Th>}
        </tr>
      </thead>
      <tbody>
        {sorted.map((outline) => (
          <tr key={outline.id}>
            <Td className="text-std-16B-170">
              <Link to={`/outlines/${outline.id}`}>{outline.title}</Link>
            </Td>
            <Td className="whitespace-nowrap">{period(outline)}</Td>
            <Td>
              <OutlineStatusBadge status={outline.status} />
            </Td>
            {showTheme && <Td>{outline.theme}</Td>}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

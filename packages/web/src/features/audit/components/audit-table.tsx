import type { AuditEntry } from '@gyokaku/contracts';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Table, Td, Th } from '../../../components/table';
import { formatDateTime } from '../../../lib/format';
import { AuditDiff } from './audit-diff';
import { useAuditLabels } from './use-audit-labels';

export function AuditTable({ entries, expandable = true }: { entries: AuditEntry[]; expandable?: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = useAuditLabels();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table caption={t('audit.caption')} captionHidden>
      <thead>
        <tr>
          <Th>{t('audit.columns.at')}</Th>
          <Th>{t('audit.columns.actor')}</Th>
          <Th>{t('audit.columns.action')}</Th>
          <Th>{t('audit.columns.entity')}</Th>
          {expandable && <Th>{t('audit.columns.details')}</Th>}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const expanded = open.has(entry.id);
          const subject = labels.subject(entry);
          return (
            <Fragment key={entry.id}>
              <tr>
                <Td className="whitespace-nowrap">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                </Td>
                <Td>{entry.actor?.displayName ?? t('audit.system')}</Td>
                <Td>{labels.action(entry.action)}</Td>
                <Td>
                  {labels.entity(entry.entityType)}
                  {subject && <span className="block text-solid-gray-700">{subject}</span>}
                </Td>
                {expandable && (
                  <Td>
                    <Button
                      variant="tertiary"
                      size="sm"
                      aria-expanded={expanded}
                      aria-controls={`audit-${entry.id}`}
                      onClick={() => toggle(entry.id)}
                    >
                      {expanded ? t('audit.hideDetails') : t('audit.showDetails')}
                    </Button>
                  </Td>
                )}
              </tr>
              {expanded && (
                <tr id={`audit-${entry.id}`}>
                  <td colSpan={5} className="border-b border-solid-gray-200 bg-solid-gray-50 px-4 py-4">
                    <AuditDiff before={entry.before} after={entry.after} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}

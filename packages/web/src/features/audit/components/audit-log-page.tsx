import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/form-field';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useAuditLog } from '../api/use-audit-log';
import { AuditTable } from './audit-table';
import { Pagination } from '../../../components/pagination';
import { AUDIT_ENTITY_TYPES, useAuditLabels } from './use-audit-labels';

const PAGE_SIZE = 20;

export function AuditLogPage() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  // Page and filter live in the URL so a view can be bookmarked and the back button works.
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const entityType = params.get('entityType') ?? '';
  const [filter, setFilter] = useState(entityType);
  const query = useAuditLog({ page, pageSize: PAGE_SIZE, entityType: entityType || undefined });

  const show = (next: { page: number; entityType: string }) => {
    const search = new URLSearchParams();
    if (next.page > 1) search.set('page', String(next.page));
    if (next.entityType) search.set('entityType', next.entityType);
    setParams(search);
  };

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    show({ page: 1, entityType: filter });
  };

  return (
    <>
      <PageHeader title={t('audit.title')} lead={t('audit.lead')} />
      <form onSubmit={onFilter} className="mb-6 flex flex-wrap items-end gap-4" aria-label={t('audit.filter.label')}>
        <div className="w-full max-w-sm">
          <SelectField
            id="audit-entity-type"
            label={t('audit.filter.entityType')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          >
            <option value="">{t('audit.filter.all')}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {labels.entity(type)}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit" variant="secondary">
          {t('audit.filter.submit')}
        </Button>
      </form>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <div className="flex flex-col gap-6">
              <AuditTable entries={data.items} />
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={(next) => show({ page: next, entityType })}
              />
            </div>
          )
        }
      </QueryState>
    </>
  );
}

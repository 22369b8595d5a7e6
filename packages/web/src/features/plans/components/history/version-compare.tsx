import type { OutlineDetailResponse, Plan, PlanVersionListResponse } from '@gyokaku/contracts';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button';
import { SelectField } from '../../../../components/form-field';
import { Panel } from '../../../../components/panel';
import { QueryState } from '../../../../components/query-state';
import { usePlanDiff } from '../../api/use-plan-history';
import { PlanDiffTable } from '../plan-diff-table';
import { usePlanValueText } from '../use-plan-value-text';

interface VersionCompareProps {
  plan: Plan;
  outline: OutlineDetailResponse;
  versions: PlanVersionListResponse['items'];
  from: number | null;
  to: number | null;
  onCompare: (next: { from: number; to: number }) => void;
}

/** Two versions side by side, field by field, with the values written out as on the sheet. */
export function VersionCompare({ plan, outline, versions, from, to, onCompare }: VersionCompareProps) {
  const { t } = useTranslation();
  const [fromText, setFromText] = useState(String(from ?? ''));
  const [toText, setToText] = useState(String(to ?? ''));
  const diff = usePlanDiff(plan.id, from, to);
  const names = useMemo(
    () => Object.fromEntries([plan.leadDepartment, ...plan.collaboratingDepartments].map((d) => [d.id, d.name])),
    [plan],
  );
  const valueText = usePlanValueText({ nodes: outline.nodes, names });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCompare({ from: Number(fromText), to: Number(toText) });
  };
  const select = (id: string, label: string, value: string, onChange: (value: string) => void) => (
    <div className="w-56">
      <SelectField id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((version) => (
          <option key={version.version} value={version.version}>
            {t('plans.history.versionLabel', { version: version.version })}
          </option>
        ))}
      </SelectField>
    </div>
  );

  return (
    <Panel title={t('plans.history.compare')}>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-6">
        {select('history-from', t('plans.history.from'), fromText, setFromText)}
        {select('history-to', t('plans.history.to'), toText, setToText)}
        <Button type="submit" className="mb-0.5">
          {t('plans.history.submit')}
        </Button>
      </form>
      {from === to ? (
        <p>{t('plans.history.sameVersion')}</p>
      ) : (
        <QueryState query={diff}>
          {(data) => (
            <PlanDiffTable
              caption={t('plans.history.diffCaption', { from: data.from.version, to: data.to.version })}
              changes={data.changes}
              valueText={valueText}
              beforeLabel={t('plans.history.before')}
              afterLabel={t('plans.history.after')}
              emptyText={t('plans.history.noDiff')}
            />
          )}
        </QueryState>
      )}
    </Panel>
  );
}

import type { FrameworkNode, OrganisationResponse } from '@gyokaku/contracts';
import { formatFiscalYear, PLAN_CHECK_CODES, PROPOSAL_STATES } from '@gyokaku/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button';
import { SelectField, TextField } from '../../../../components/form-field';
import { ParsedField } from '../../../../components/parsed-input';
import { useSession } from '../../../auth/api/use-session';
import { levelNameOf } from '../../../outlines/components/framework-labels';
import { CallFilterNote } from '../../../proposals/components/call-note';
import { readFiscalYear, useFiscalYearPreview } from '../../../outlines/components/use-fiscal-year-input';
import type { PlanListParams } from '../../api/use-plans';
import { PLAN_KIND_CODES, PLAN_SORT_CODES } from '../../plan-codes';
import { SDG_GOALS, usePlanLabels } from '../use-plan-labels';

interface PlanFiltersProps {
  params: PlanListParams;
  nodes: FrameworkNode[];
  levels: string[];
  organisation: OrganisationResponse | undefined;
  onApply: (params: PlanListParams) => void;
}

type Texts = Record<'nodeId' | 'departmentId' | 'kind' | 'tag' | 'sdg' | 'check' | 'proposalState' | 'q' | 'sort' | 'order', string>;

/** Filters are applied together with one button, so each change does not reload the list under the user. */
export function PlanFilters({ params, nodes, levels, organisation, onApply }: PlanFiltersProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const { municipality } = useSession();
  const preview = useFiscalYearPreview();
  const [texts, setTexts] = useState<Texts>(() => ({
    nodeId: params.nodeId ?? '',
    departmentId: params.departmentId ?? '',
    kind: params.kind ?? '',
    tag: params.tag ?? '',
    sdg: params.sdg ? String(params.sdg) : '',
    check: params.check ?? '',
    proposalState: params.proposalState ?? '',
    q: params.q ?? '',
    sort: params.sort ?? 'number',
    order: params.order ?? 'asc',
  }));
  const [year, setYear] = useState(params.fiscalYear ? formatFiscalYear(params.fiscalYear, municipality.settings.yearStyle) : '');
  const [yearError, setYearError] = useState<string | undefined>();
  const set = (key: keyof Texts) => (event: { target: { value: string } }) => setTexts({ ...texts, [key]: event.target.value });
  const select = (key: keyof Texts, label: string, options: ReactNode, all = t('plans.list.all')) => (
    <SelectField id={`plan-filter-${key}`} label={label} value={texts[key]} onChange={set(key)}>
      {all && <option value="">{all}</option>}
      {options}
    </SelectField>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fiscalYear = readFiscalYear(year);
    if (fiscalYear === undefined) return setYearError(t('validation.fiscalYear', { label: t('plans.list.fiscalYear') }));
    setYearError(undefined);
    onApply({
      ...texts,
      kind: texts.kind === '' ? undefined : (texts.kind as PlanListParams['kind']),
      sdg: texts.sdg ? Number(texts.sdg) : undefined,
      proposalState: texts.proposalState === '' ? undefined : (texts.proposalState as PlanListParams['proposalState']),
      // A list opened from a call stays on that call's proposals; 「条件をクリア」 leaves it.
      callId: params.callId,
      sort: texts.sort as PlanListParams['sort'],
      order: texts.order as PlanListParams['order'],
      fiscalYear: fiscalYear ?? undefined,
      page: 1,
    });
  };

  return (
    <form role="search" aria-label={t('plans.list.filters')} noValidate onSubmit={submit} className="flex flex-col gap-6 rounded-12 bg-solid-gray-50 p-6">
      {params.callId && <CallFilterNote callId={params.callId} />}
      <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {select('nodeId', t('plans.fields.frameworkNodeId'), nodes.map((node) => (
          <option key={node.id} value={node.id}>{`${'　'.repeat(node.depth)}${levelNameOf(levels, node.depth)} ${node.code} ${node.title}`}</option>
        )), t('plans.list.allNodes'))}
        {select('departmentId', t('plans.list.department'), organisation?.divisions.map((division) => (
          <optgroup key={division.id} label={division.name}>
            {organisation.departments.filter((d) => d.divisionId === division.id).map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </optgroup>
        )), t('plans.list.allDepartments'))}
        {select('kind', t('plans.fields.kind'), PLAN_KIND_CODES.map((kind) => <option key={kind} value={kind}>{labels.kind(kind)}</option>))}
        {select('tag', t('plans.fields.tags'), municipality.settings.planTags.map((tag) => <option key={tag} value={tag}>{tag}</option>))}
        {select('sdg', t('plans.fields.sdgGoals'), SDG_GOALS.map((goal) => <option key={goal} value={goal}>{labels.sdg(goal)}</option>))}
        {select('check', t('plans.list.check'), [
          <option key="any" value="any">{t('plans.list.anyCheck')}</option>,
          ...PLAN_CHECK_CODES.map((code) => <option key={code} value={code}>{labels.check(code)}</option>),
        ])}
        {select('proposalState', t('proposals.list.filter'), [
          ...PROPOSAL_STATES.map((state) => <option key={state} value={state}>{t(`proposals.states.${state}`)}</option>),
          <option key="none" value="none">{t('proposals.list.notProposal')}</option>,
        ])}
        <ParsedField id="plan-filter-fiscalYear" label={t('plans.list.fiscalYear')} hint={t('plans.list.fiscalYearHint')} error={yearError} value={year} onChange={setYear} preview={preview} invalidMessage={t('validation.fiscalYear', { label: t('plans.list.fiscalYear') })} />
        <TextField id="plan-filter-q" label={t('plans.list.q')} hint={t('plans.list.qHint')} type="search" value={texts.q} onChange={set('q')} />
        <div className="grid grid-cols-2 gap-4 self-end">
          {select('sort', t('plans.list.sort'), PLAN_SORT_CODES.map((sort) => <option key={sort} value={sort}>{t(`plans.list.sorts.${sort}`)}</option>), '')}
          {select('order', t('plans.list.order'), (['asc', 'desc'] as const).map((order) => <option key={order} value={order}>{t(`plans.list.${order}`)}</option>), '')}
        </div>
      </div>
      <div className="flex flex-wrap gap-4">
        <Button type="submit">{t('plans.list.apply')}</Button>
        <Button variant="secondary" onClick={() => onApply({ page: 1 })}>
          {t('plans.list.clear')}
        </Button>
      </div>
    </form>
  );
}

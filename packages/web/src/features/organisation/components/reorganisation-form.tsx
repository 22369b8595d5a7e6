import { CreateReorganisationRequestSchema, type Reorganisation } from '@gyokaku/contracts';
import { REORGANISATION_KINDS, type ReorganisationKind } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset, Radio, TextAreaField, TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { QueryState } from '../../../components/query-state';
import { nextRowKey } from '../../../lib/row-key';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useOrganisation } from '../api/use-organisation';
import { useCreateReorganisation } from '../api/use-reorganisations';
import { FromDepartmentsFieldset } from './from-departments-fieldset';
import { TargetDepartmentsFieldset, type Target } from './target-departments-fieldset';
import { useReorganisationSummary } from './use-reorganisation-summary';

interface ReorganisationFormProps {
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const newTarget = (divisionId = ''): Target => ({ key: nextRowKey(), name: '', divisionId });

export function ReorganisationForm({ onSaved, onCancel }: ReorganisationFormProps) {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const create = useCreateReorganisation();
  const summary = useReorganisationSummary();
  const [kind, setKind] = useState<ReorganisationKind>('rename');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [fromIds, setFromIds] = useState<string[]>([]);
  const [targets, setTargets] = useState<Target[]>(() => [newTarget()]);
  const [primaryKey, setPrimaryKey] = useState<number>();
  const [note, setNote] = useState('');
  // Until someone picks (or after the pick was removed), the first new department takes over.
  const primary = targets.some((target) => target.key === primaryKey) ? primaryKey : targets[0]?.key;

  const labelFor = (path: string): string => {
    const [head, index, field] = path.split('.');
    if (head === 'to' && field) {
      const label = t(field === 'name' ? 'organisation.reorg.toName' : 'organisation.reorg.toDivision');
      return kind === 'split' ? t('organisation.reorg.numbered', { label, n: Number(index) + 1 }) : label;
    }
    const labels: Record<string, string> = {
      kind: t('organisation.reorg.kind'),
      effectiveDate: t('organisation.reorg.effectiveDate'),
      fromDepartmentIds: t('organisation.reorg.from'),
      to: t('organisation.reorg.to'),
      note: t('organisation.reorg.note'),
    };
    return labels[head ?? ''] ?? path;
  };
  const form = useFormErrors({ formId: 'reorganisation', labelFor });

  const changeKind = (next: ReorganisationKind) => {
    setKind(next);
    // Rename and merge create exactly one department, a split at least two.
    const first = targets[0] ?? newTarget();
    setTargets(next === 'split' ? [first, targets[1] ?? newTarget(first.divisionId)] : [first]);
  };

  // Most new departments stay in the division of the department they replace.
  const changeFrom = (ids: string[]) => {
    setFromIds(ids);
    const division = organisation.data?.departments.find((department) => department.id === ids[0])?.divisionId ?? '';
    setTargets((current) => current.map((target) => (target.divisionId ? target : { ...target, divisionId: division })));
  };

  const submit = () => {
    // The schema cannot know that a merge needs two departments and the others exactly one.
    const countError = kind === 'merge' ? (fromIds.length < 2 ? 'mergeFrom' : null) : fromIds.length > 1 ? 'singleFrom' : null;
    const request = form.validate(
      CreateReorganisationRequestSchema,
      {
        kind,
        effectiveDate,
        fromDepartmentIds: fromIds,
        to: targets.map((target) => ({
          name: target.name,
          divisionId: target.divisionId,
          primary: kind !== 'split' || target.key === primary,
        })),
        note,
      },
      countError ? [{ path: ['fromDepartmentIds'], code: 'custom', message: t(`organisation.reorg.errors.${countError}`) }] : [],
    );
    if (!request) return;
    create.mutate(request, {
      onSuccess: (saved: Reorganisation) => onSaved(`${t('organisation.reorg.saved')} ${summary(saved)}`),
      onError: form.showError,
    });
  };

  return (
    <FormPanel
      title={t('organisation.reorganise')}
      submitLabel={t('organisation.reorg.submit')}
      form={form}
      pending={create.isPending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Fieldset id={form.idFor('kind')} legend={t('organisation.reorg.kind')} required>
        {REORGANISATION_KINDS.map((value) => (
          <Radio
            key={value}
            id={`${form.idFor('kind')}-${value}`}
            name="reorganisation-kind"
            label={t(`organisation.reorg.kinds.${value}`)}
            hint={t(`organisation.reorg.kindHints.${value}`)}
            checked={kind === value}
            onChange={() => changeKind(value)}
          />
        ))}
      </Fieldset>
      <TextField
        {...form.field('effectiveDate')}
        label={t('organisation.reorg.effectiveDate')}
        hint={t('organisation.reorg.effectiveDateHint')}
        required
        type="date"
        value={effectiveDate}
        onChange={(e) => setEffectiveDate(e.target.value)}
        width="date"
      />
      <QueryState query={organisation}>
        {(data) => (
          <>
            <FromDepartmentsFieldset
              {...form.field('fromDepartmentIds')}
              legend={t('organisation.reorg.from')}
              hint={t(`organisation.reorg.fromHints.${kind}`)}
              organisation={data}
              selected={fromIds}
              onChange={changeFrom}
            />
            <TargetDepartmentsFieldset
              split={kind === 'split'}
              divisions={data.divisions}
              targets={targets}
              primaryKey={primary}
              form={form}
              onChange={setTargets}
              onPrimaryChange={setPrimaryKey}
              onAdd={() => setTargets([...targets, newTarget(targets[0]?.divisionId)])}
            />
          </>
        )}
      </QueryState>
      <TextAreaField {...form.field('note')} label={t('organisation.reorg.note')} value={note} onChange={(e) => setNote(e.target.value)} width="lg" />
    </FormPanel>
  );
}

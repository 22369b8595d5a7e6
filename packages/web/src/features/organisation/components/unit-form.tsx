import {
  CreateDepartmentRequestSchema,
  CreateDivisionRequestSchema,
  UpdateDepartmentRequestSchema,
  UpdateDivisionRequestSchema,
  type Department,
  type Division,
} from '@gyokaku/contracts';
import { todayInJapan } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { useFormErrors } from '../../../lib/use-form-errors';
import {
  useCreateDepartment,
  useCreateDivision,
  useUpdateDepartment,
  useUpdateDivision,
} from '../api/use-organisation-mutations';
import { DivisionSelect } from './division-select';

/** The unit to add (no `unit`) or to correct. */
export type UnitTarget = { kind: 'division'; unit?: Division | undefined } | { kind: 'department'; unit?: Department | undefined };

interface UnitFormProps {
  target: UnitTarget;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * Adds a division or department, or corrects one in place. A new unit needs its first day; an
 * existing one can only be given a last day, since renames that history must remember are reorganisations.
 */
export function UnitForm({ target, onSaved, onCancel }: UnitFormProps) {
  const { t } = useTranslation();
  const createDivision = useCreateDivision();
  const updateDivision = useUpdateDivision();
  const createDepartment = useCreateDepartment();
  const updateDepartment = useUpdateDepartment();
  const { kind, unit } = target;
  const [name, setName] = useState(unit?.name ?? '');
  const [divisionId, setDivisionId] = useState(target.kind === 'department' ? (target.unit?.divisionId ?? '') : '');
  const [validFrom, setValidFrom] = useState(() => todayInJapan(new Date()));
  const [validTo, setValidTo] = useState(unit?.validTo ?? '');
  const labels: Record<string, string> = {
    divisionId: t('organisation.division'),
    name: t(kind === 'division' ? 'organisation.divisionName' : 'organisation.departmentName'),
    validFrom: t('organisation.validFrom'),
    validTo: t('organisation.validTo'),
  };
  const form = useFormErrors({ formId: kind, labelFor: (path) => labels[path] ?? path });
  const callbacks = { onSuccess: () => onSaved(t('common.saved')), onError: form.showError };

  const submit = () => {
    const end = validTo || null;
    if (target.kind === 'division') {
      const { unit: division } = target;
      if (division) {
        const request = form.validate(UpdateDivisionRequestSchema, { name, validTo: end, version: division.version });
        if (request) updateDivision.mutate({ id: division.id, ...request }, callbacks);
      } else {
        const request = form.validate(CreateDivisionRequestSchema, { name, validFrom });
        if (request) createDivision.mutate(request, callbacks);
      }
      return;
    }
    const { unit: department } = target;
    if (department) {
      const request = form.validate(UpdateDepartmentRequestSchema, { divisionId, name, validTo: end, version: department.version });
      if (request) updateDepartment.mutate({ id: department.id, ...request }, callbacks);
    } else {
      const request = form.validate(CreateDepartmentRequestSchema, { divisionId, name, validFrom });
      if (request) createDepartment.mutate(request, callbacks);
    }
  };

  const title = unit
    ? t('organisation.editTitle', { name: unit.name })
    : t(kind === 'division' ? 'organisation.addDivision' : 'organisation.addDepartment');

  return (
    <FormPanel
      title={title}
      submitLabel={t('common.save')}
      form={form}
      pending={[createDivision, updateDivision, createDepartment, updateDepartment].some((mutation) => mutation.isPending)}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {unit && <p className="text-solid-gray-800">{t('organisation.correctionNote')}</p>}
      {kind === 'department' && (
        <DivisionSelect {...form.field('divisionId')} label={labels.divisionId ?? ''} value={divisionId} onChange={setDivisionId} />
      )}
      <TextField {...form.field('name')} label={labels.name ?? ''} required value={name} onChange={(e) => setName(e.target.value)} width="lg" />
      {unit ? (
        <TextField
          {...form.field('validTo')}
          label={labels.validTo ?? ''}
          hint={t('organisation.validToHint')}
          type="date"
          value={validTo}
          onChange={(e) => setValidTo(e.target.value)}
          width="date"
        />
      ) : (
        <TextField
          {...form.field('validFrom')}
          label={labels.validFrom ?? ''}
          required
          type="date"
          value={validFrom}
          onChange={(e) => setValidFrom(e.target.value)}
          width="date"
        />
      )}
    </FormPanel>
  );
}

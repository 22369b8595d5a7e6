import { ROW_IMPORT_FIELDS, type ColumnMapping, type PlanImport, type RowImportField } from '@gyokaku/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/form-field';
import { ApiError } from '../../../lib/api-client';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSetColumnMapping } from '../api/use-plan-import';
import { ImportStep } from './import-step';
import { useImportLabels } from './use-import-labels';

type Column = NonNullable<PlanImport['columns']>[number];

/**
 * A row whose number is an existing plan's updates that plan in the filled columns only, so just
 * the title column is needed for every list; a new plan also needs these, or its row is an error.
 */
const REQUIRED_FIELDS: readonly RowImportField[] = ['title'];
const GROUPS = [
  ['identity', ['number', 'title']],
  ['forNew', ['frameworkNode', 'leadDepartment', 'startFiscalYear', 'endFiscalYear']],
] as const satisfies readonly (readonly [string, readonly RowImportField[]])[];
const GROUPED: ReadonlySet<RowImportField> = new Set(GROUPS.flatMap(([, fields]) => fields));
const FIELD_GROUPS = [...GROUPS, ['other', ROW_IMPORT_FIELDS.filter((field) => !GROUPED.has(field))]] as const;

/** A 計画期間 column such as 「R5～R9」 holds both years; every other column holds one field. */
const YEAR_FIELDS: readonly RowImportField[] = ['startFiscalYear', 'endFiscalYear'];
const sharesColumn = (a: RowImportField, b: RowImportField) => YEAR_FIELDS.includes(a) && YEAR_FIELDS.includes(b);

const SAMPLE_LENGTH = 20;
const shorten = (text: string) => (text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH)}…` : text);

function initialMapping(planImport: PlanImport): Record<RowImportField, string> {
  const start = planImport.mapping ?? planImport.suggestedMapping ?? {};
  return Object.fromEntries(ROW_IMPORT_FIELDS.map((field) => [field, start[field] ?? ''])) as Record<RowImportField, string>;
}

interface ColumnMappingFormProps {
  planImport: PlanImport;
  onPreview: (planImport: PlanImport) => void;
}

/** Step 3, for a hand-made list: which column holds which field, guessed from the headers and confirmed by the user. */
export function ColumnMappingForm({ planImport, onPreview }: ColumnMappingFormProps) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const setColumnMapping = useSetColumnMapping();
  const [mapping, setMapping] = useState(() => initialMapping(planImport));
  const form = useFormErrors({ formId: 'column-mapping', labelFor: labels.field });
  const columns = planImport.columns ?? [];
  const columnOf = (letter: string) => columns.find((column) => column.column === letter);
  const headerOf = (column: Column) => column.header || t('imports.mapping.untitled');

  const problems = () =>
    ROW_IMPORT_FIELDS.flatMap((field) => {
      const letter = mapping[field];
      const issue = (message: string) => [{ path: [field], code: 'custom', message }];
      if (!letter) return REQUIRED_FIELDS.includes(field) ? issue(t('imports.mapping.requiredColumn', { label: labels.field(field) })) : [];
      const other = ROW_IMPORT_FIELDS.find((candidate) => candidate !== field && mapping[candidate] === letter && !sharesColumn(field, candidate));
      // Reported on the later of the two fields, so the first choice reads as the intended one.
      return other && ROW_IMPORT_FIELDS.indexOf(other) < ROW_IMPORT_FIELDS.indexOf(field)
        ? issue(t('imports.mapping.duplicate', { column: letter, other: labels.field(other) }))
        : [];
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (setColumnMapping.isPending) return;
    const issues = problems();
    if (issues.length > 0) return form.showIssues(issues);
    form.clear();
    const request: ColumnMapping = Object.fromEntries(ROW_IMPORT_FIELDS.map((field) => [field, mapping[field] || null]));
    setColumnMapping.mutate(
      { importId: planImport.id, mapping: request },
      {
        onSuccess: onPreview,
        // The server names fields under `mapping.`; the selects are named by the field alone.
        onError: (error) =>
          error instanceof ApiError && error.issues.length > 0
            ? form.showIssues(error.issues.map((issue) => ({ ...issue, path: issue.path.slice(issue.path[0] === 'mapping' ? 1 : 0) })))
            : form.showError(error),
      },
    );
  };

  const select = (field: RowImportField) => {
    const chosen = columnOf(mapping[field]);
    const hint = chosen
      ? chosen.samples.length > 0
        ? t('imports.mapping.samples', { samples: chosen.samples.map(shorten).join('、') })
        : t('imports.mapping.noSamples')
      : undefined;
    return (
      <SelectField
        key={field}
        {...form.field(field)}
        label={labels.field(field)}
        required={REQUIRED_FIELDS.includes(field)}
        hint={hint}
        value={mapping[field]}
        onChange={(event) => setMapping((current) => ({ ...current, [field]: event.target.value }))}
      >
        <option value="">{t('imports.mapping.noColumn')}</option>
        {columns.map((column) => (
          <option key={column.column} value={column.column}>
            {column.samples[0]
              ? t('imports.mapping.columnWithSample', { column: column.column, header: headerOf(column), sample: shorten(column.samples[0]) })
              : t('imports.mapping.column', { column: column.column, header: headerOf(column) })}
          </option>
        ))}
      </SelectField>
    );
  };

  return (
    <ImportStep title={t('imports.mapping.title')} focusOnMount>
      <p>{t('imports.mapping.lead')}</p>
      <p>{t('imports.mapping.periodNote')}</p>
      <form noValidate onSubmit={submit} className="flex flex-col gap-6">
        <ErrorSummary items={form.summaryItems} message={form.formError} />
        {FIELD_GROUPS.map(([group, fields]) => (
          <section key={group} aria-labelledby={`column-mapping-${group}`} aria-describedby={`column-mapping-${group}-hint`} className="flex flex-col gap-4">
            <h3 id={`column-mapping-${group}`} className="text-std-20B-150">
              {t(`imports.mapping.groups.${group}`)}
            </h3>
            <p id={`column-mapping-${group}-hint`} className="text-solid-gray-800">
              {t(`imports.mapping.groupHints.${group}`)}
            </p>
            <div className="grid items-end gap-6 md:grid-cols-2">{fields.map(select)}</div>
          </section>
        ))}
        <div className="flex flex-wrap items-center gap-4 border-t border-solid-gray-200 pt-6">
          <Button type="submit" aria-disabled={setColumnMapping.isPending}>
            {t('imports.mapping.submit')}
          </Button>
          <p role="status" className="text-std-16B-170">
            {setColumnMapping.isPending ? t('imports.mapping.pending') : ''}
          </p>
        </div>
      </form>
    </ImportStep>
  );
}

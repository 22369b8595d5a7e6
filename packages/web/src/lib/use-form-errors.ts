import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SummaryItem } from '../components/error-summary';
import { ApiError } from './api-client';
import { useErrorMessage } from './use-error-message';

/** The common ground of a Zod issue and an issue in an API error response. */
interface Issue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  format?: unknown;
}

/** The value the user left at `path`, to tell "left empty" from "filled in wrongly". */
function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let current = values;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

interface FormErrorsOptions {
  /** Prefix of the control ids, so two forms on one page never share an id. */
  formId: string;
  /** The visible label of the field at a path such as `roles.0.departmentId`. */
  labelFor: (path: string) => string;
}

export function useFormErrors({ formId, labelFor }: FormErrorsOptions) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const idFor = useCallback((path: string) => `${formId}-${path.replaceAll('.', '-')}`, [formId]);

  const messageFor = useCallback(
    (issue: Issue, label: string, blank: boolean): string => {
      if (blank && issue.code !== 'custom') {
        if (issue.origin === 'array') return t('validation.atLeastOne', { label });
        return t(issue.format === 'uuid' ? 'validation.select' : 'validation.required', { label });
      }
      switch (issue.code) {
        case 'too_small':
          if (issue.origin === 'array') return t('validation.atLeastOne', { label });
          if (issue.minimum === 1 || issue.minimum === undefined) return t('validation.required', { label });
          return t('validation.tooShort', { label, min: Number(issue.minimum) });
        case 'too_big':
          return t('validation.tooLong', { label, max: Number(issue.maximum) });
        case 'invalid_format':
          if (issue.message === 'login_id_format') return t('validation.loginIdFormat', { label });
          if (issue.format === 'date') return t('validation.date', { label });
          if (issue.format === 'uuid') return t('validation.select', { label });
          return t('validation.invalid', { label });
        case 'invalid_type':
          return t('validation.required', { label });
        case 'custom':
          return issue.message;
        default:
          return t('validation.invalid', { label });
      }
    },
    [t],
  );

  const showIssues = useCallback(
    (issues: readonly Issue[], values?: unknown) => {
      const next: Record<string, string> = {};
      for (const issue of issues) {
        const path = issue.path.map(String).join('.');
        const blank = values !== undefined && isBlank(valueAt(values, issue.path));
        next[path] ??= messageFor(issue, labelFor(path), blank);
      }
      setFieldErrors(next);
      setFormError(null);
    },
    [labelFor, messageFor],
  );

  /** Checks the values against the contract's schema; returns the parsed request or null. */
  const validate = useCallback(
    <S extends z.ZodType>(schema: S, values: unknown, extraIssues: Issue[] = []): z.output<S> | null => {
      const result = schema.safeParse(values);
      // The caller's own issues come first: they say more (「R5」のように…) than the schema's generic one on the same field.
      const issues = [...extraIssues, ...(result.success ? [] : result.error.issues)];
      if (issues.length > 0) {
        showIssues(issues, values);
        return null;
      }
      setFieldErrors({});
      setFormError(null);
      return result.data as z.output<S>;
    },
    [showIssues],
  );

  /** Shows a failed save: field problems next to their fields, anything else above the form. */
  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.issues.length > 0) {
        showIssues(error.issues);
        return;
      }
      setFieldErrors({});
      setFormError(errorMessage(error));
    },
    [errorMessage, showIssues],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  const summaryItems = useMemo<SummaryItem[]>(
    () => Object.entries(fieldErrors).map(([path, message]) => ({ fieldId: idFor(path), message })),
    [fieldErrors, idFor],
  );

  /** Props for a form field at `path`: its id and, if any, its error. */
  const field = useCallback(
    (path: string) => ({ id: idFor(path), error: fieldErrors[path] }),
    [fieldErrors, idFor],
  );

  return { field, idFor, fieldErrors, formError, summaryItems, validate, showIssues, showError, clear };
}

export type FormErrors = ReturnType<typeof useFormErrors>;

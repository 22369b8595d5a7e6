import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readFiscalYear } from './use-fiscal-year-input';

interface Issue {
  path: string[];
  code: 'custom';
  message: string;
}

/**
 * Reads typed fiscal years (令和5年度, R5, 2023 …) before the contract's schema sees them: a blank
 * or unreadable year gets a Japanese message of its own, an end before the start another.
 */
export function useFiscalYearIssues(labelFor: (path: string) => string) {
  const { t } = useTranslation();
  const read = useCallback(
    <K extends string>(texts: Record<K, string>, options: { required?: K[] } = {}) => {
      const values = {} as Record<K, number | null>;
      const issues: Issue[] = [];
      for (const [path, text] of Object.entries(texts) as [K, string][]) {
        const year = readFiscalYear(text);
        values[path] = year ?? null;
        const label = labelFor(path);
        if (year === undefined) issues.push({ path: [path], code: 'custom', message: t('validation.fiscalYear', { label }) });
        else if (year === null && (options.required ?? Object.keys(texts)).includes(path)) {
          issues.push({ path: [path], code: 'custom', message: t('validation.required', { label }) });
        }
      }
      const { startFiscalYear: start, endFiscalYear: end } = values as Record<string, number | null | undefined>;
      if (typeof start === 'number' && typeof end === 'number' && end < start) {
        issues.push({ path: ['endFiscalYear'], code: 'custom', message: t('validation.endBeforeStart', { label: labelFor('endFiscalYear') }) });
      }
      return { values, issues };
    },
    [labelFor, t],
  );
  return { read };
}

import { parseFiscalYear } from '@gyokaku/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preview } from '../../../components/parsed-input';
import { useFiscalYear } from './use-outline-period';

/** `令和5年度` / `R5` / `H34` / `２０２３` → 2023; null when blank, undefined when unreadable. */
export function readFiscalYear(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  try {
    return parseFiscalYear(text);
  } catch {
    return undefined;
  }
}

/** Shows what a typed year was read as, in both notations so H34 visibly becomes 令和4年度 (2022). */
export function useFiscalYearPreview(): Preview {
  const year = useFiscalYear();
  const { t } = useTranslation();
  return useCallback(
    (text: string) => {
      const fiscalYear = readFiscalYear(text);
      if (fiscalYear === null || fiscalYear === undefined) return fiscalYear;
      const shown = year(fiscalYear);
      return shown.includes(String(fiscalYear)) ? shown : t('fiscalYear.both', { year: shown, seireki: fiscalYear });
    },
    [t, year],
  );
}

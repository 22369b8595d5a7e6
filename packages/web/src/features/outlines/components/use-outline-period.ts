import type { OutlineSummary } from '@gyokaku/contracts';
import { formatFiscalYear } from '@gyokaku/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/api/use-session';

/** 平成30年度 (or R4, 2022年度) in the municipality's year style; FY2018 in English. */
export function useFiscalYear(): (fiscalYear: number) => string {
  const { i18n } = useTranslation();
  const { municipality } = useSession();
  const style = municipality.settings.yearStyle;
  const english = i18n.language === 'en';
  return useCallback((fiscalYear) => (english ? `FY${fiscalYear}` : formatFiscalYear(fiscalYear, style)), [english, style]);
}

/** 「平成30年度～令和4年度」, the way the outline's cover states its period. */
export function useOutlinePeriod(): (outline: Pick<OutlineSummary, 'startFiscalYear' | 'endFiscalYear'>) => string {
  const year = useFiscalYear();
  const { i18n } = useTranslation();
  const separator = i18n.language === 'en' ? '–' : '～';
  return useCallback(
    ({ startFiscalYear, endFiscalYear }) => `${year(startFiscalYear)}${separator}${year(endFiscalYear)}`,
    [year, separator],
  );
}

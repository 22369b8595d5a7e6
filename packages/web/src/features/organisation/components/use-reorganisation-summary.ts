import type { Reorganisation } from '@gyokaku/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from './use-date-format';

/** 「旧: 財政課 → 新: 財務課（令和7年4月1日施行）」, for the confirmation after saving. */
export function useReorganisationSummary(): (reorganisation: Reorganisation) => string {
  const { t } = useTranslation();
  const date = useDateFormat();
  return useCallback(
    (reorganisation) =>
      t('organisation.reorg.summary', {
        from: reorganisation.from.map((ref) => ref.name).join('、'),
        to: reorganisation.to.map((ref) => ref.name).join('、'),
        date: date(reorganisation.effectiveDate),
      }),
    [t, date],
  );
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../auth/api/use-session';

export function useDateFormat(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const { municipality } = useSession();
  const yearStyle = municipality.settings.yearStyle;
  return useCallback((isoDate) => formatDate(isoDate, { language: i18n.language, yearStyle }), [i18n.language, yearStyle]);
}

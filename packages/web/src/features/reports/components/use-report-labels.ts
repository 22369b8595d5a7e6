import type { ReportPeriod } from '@gyokaku/contracts';
import { formatShare } from '@gyokaku/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/api/use-session';

/**
 * The words of a report's codes. Statuses and grades are the municipality's own (from its
 * settings); a code the settings no longer hold is shown as stored rather than hidden.
 */
export function useReportLabels() {
  const { t } = useTranslation();
  const { settings } = useSession().municipality;
  return useMemo(() => {
    const statuses = new Map(settings.progressStatuses.map((status) => [status.code, status.label]));
    const grades = new Map(settings.evaluationScale.map((grade) => [grade.code, grade.label]));
    return {
      status: (code: string | null) => (code === null ? t('reports.notEntered') : (statuses.get(code) ?? code)),
      grade: (code: string | null) => (code === null ? t('reports.notEntered') : (grades.get(code) ?? code)),
      /** The HQ's grade: not given yet rather than left blank by the department. */
      hqGrade: (code: string | null) => (code === null ? t('reports.notEvaluated') : (grades.get(code) ?? code)),
      period: (period: ReportPeriod) => t(`reports.periods.${period}`),
      /** 85.0%; rates above 100 % are kept, worsened figures arrive as 0 and are flagged apart. */
      rate: (rate: number | null) => (rate === null ? '―' : formatShare(rate)),
      isCancelling: (code: string | null) => code !== null && settings.cancelledStatusCodes.includes(code),
    };
  }, [settings, t]);
}

import { useTranslation } from 'react-i18next';
import { useReportLabels } from './use-report-labels';

interface SuggestedGradeProps {
  suggested: string | null;
  meanRate: number | null;
  hasNumericTarget: boolean;
}

/**
 * 「数値からの目安：B」 beside the department's own grade, from the municipality's thresholds. It
 * says plainly that it is only a guide: the department judges, the figures do not decide.
 */
export function SuggestedGrade({ suggested, meanRate, hasNumericTarget }: SuggestedGradeProps) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const explanation = !hasNumericTarget
    ? t('reports.suggestion.noTarget')
    : meanRate === null
      ? t('reports.suggestion.noActuals')
      : t('reports.suggestion.explanation', { rate: labels.rate(meanRate) });
  return (
    <div className="flex max-w-md flex-col gap-2 rounded-8 border-l-8 border-key-900 bg-key-50 p-4">
      <p className="text-std-17B-170" aria-live="polite">
        {t('reports.suggestion.label', { grade: suggested === null ? '―' : labels.grade(suggested) })}
      </p>
      <p className="text-solid-gray-800">{explanation}</p>
      <p className="text-dns-14N-130 text-solid-gray-800">{t('reports.suggestion.notReplacing')}</p>
    </div>
  );
}

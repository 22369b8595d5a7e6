import type { PlanCheck } from '@gyokaku/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanLabels } from '../use-plan-labels';

interface PlanChecksPanelProps {
  checks: readonly (PlanCheck & { path: string })[];
  idFor: (path: string) => string;
}

/**
 * The reviewers' remarks before the reviewers see the sheet: recomputed on every change, each
 * linked to its field. Only the counts are announced, so typing does not set off a screen reader.
 */
export function PlanChecksPanel({ checks, idFor }: PlanChecksPanelProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const headingId = useId();
  const errors = checks.filter((check) => check.severity === 'error').length;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-12 border-2 border-key-900 bg-white p-5">
      <h2 id={headingId} className="text-std-20B-150">
        {t('plans.form.checks.title')}
      </h2>
      <p role="status" className="text-std-16B-170">
        {checks.length === 0 ? t('plans.form.checks.none') : t('plans.form.checks.count', { errors, warnings: checks.length - errors })}
      </p>
      {checks.length > 0 && (
        <>
          <p className="text-dns-14N-130 text-solid-gray-800">{t('plans.form.checks.lead')}</p>
          <ul className="flex flex-col gap-3">
            {checks.map((check, index) => (
              <li key={`${check.code}-${check.field}-${index}`} className={`flex flex-col gap-1 border-l-4 pl-3 ${check.severity === 'error' ? 'border-error-2' : 'border-yellow-700'}`}>
                <p className="flex flex-wrap items-center gap-2">
                  <span className={`rounded-4 px-1 text-dns-14B-130 ${check.severity === 'error' ? 'bg-error-2 text-white' : 'bg-yellow-300 text-solid-gray-900'}`}>
                    {t(`plans.severity.${check.severity}`)}
                  </span>
                  <a
                    href={`#${idFor(check.path)}`}
                    className="text-std-16B-170"
                    aria-describedby={`${headingId}-${index}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(idFor(check.path))?.focus();
                    }}
                  >
                    {labels.check(check.code)}
                  </a>
                </p>
                <p id={`${headingId}-${index}`} className="text-dns-14N-130 text-solid-gray-800">
                  {check.message}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import type { OutlineChecksResponse } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Pairs of similar plans from different departments: candidates for one cross-department plan (庁内連携). */
export function DuplicateList({ duplicates }: { duplicates: OutlineChecksResponse['duplicates'] }) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return <p>{t('plans.checksPage.duplicatesNone')}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {duplicates.map((duplicate) => (
        <li key={duplicate.plans.map((plan) => plan.id).join('-')} className="flex flex-col gap-2 rounded-8 border-l-8 border-yellow-700 bg-yellow-50 p-4">
          <p className="text-std-16B-170">{t('plans.checksPage.similarity', { percent: Math.round(duplicate.similarity * 100) })}</p>
          <ul className="flex flex-col gap-1">
            {duplicate.plans.map((plan) => (
              <li key={plan.id}>
                <Link to={`/plans/${plan.id}`}>{`${plan.number} ${plan.title}`}</Link>
                <span className="ml-2 text-solid-gray-800">{`（${plan.leadDepartment.name}）`}</span>
              </li>
            ))}
          </ul>
          <p>{t('plans.checksPage.duplicateAdvice')}</p>
        </li>
      ))}
    </ul>
  );
}

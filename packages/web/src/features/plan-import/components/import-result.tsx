import type { CommitPlanImportResponse } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, LinkButton } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { usePlan } from '../../plans/api/use-plan';
import { ImportStep } from './import-step';

/** Numbers are given on saving (a blank number is filled from the framework), so each link reads the saved plan. */
function SavedPlanLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const plan = usePlan(id);
  return <Link to={`/plans/${id}`}>{plan.data ? `${plan.data.number} ${plan.data.title}` : t('common.loading')}</Link>;
}

interface ImportResultProps {
  outlineId: string;
  result: CommitPlanImportResponse;
  onAgain: () => void;
}

/** After the commit: how many plans were created and updated, and the way to each. */
export function ImportResult({ outlineId, result, onAgain }: ImportResultProps) {
  const { t } = useTranslation();
  return (
    <ImportStep title={t('imports.result.title')} focusOnMount>
      <Notice tone="success">
        <p>{t('imports.result.summary', { created: result.created, updated: result.updated })}</p>
      </Notice>
      {result.planIds.length > 0 && (
        <section aria-labelledby="import-result-plans" className="flex flex-col gap-2">
          <h3 id="import-result-plans" className="text-std-20B-150">
            {t('imports.result.plans')}
          </h3>
          <ul className="flex list-disc flex-col gap-1 pl-6">
            {result.planIds.map((id) => (
              <li key={id}>
                <SavedPlanLink id={id} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex flex-wrap gap-4">
        <LinkButton to={`/outlines/${outlineId}/plans`} variant="primary">
          {t('imports.result.toList')}
        </LinkButton>
        <Button variant="secondary" onClick={onAgain}>
          {t('imports.result.again')}
        </Button>
      </div>
    </ImportStep>
  );
}

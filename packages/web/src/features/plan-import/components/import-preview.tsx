import { IMPORT_ITEM_STATUSES, type CommitPlanImportResponse, type FrameworkNode, type PlanImport } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { ApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useCommitPlanImport } from '../api/use-plan-import';
import { ImportChanges } from './import-changes';
import { ImportConflicts } from './import-conflicts';
import { ImportErrorTable } from './import-error-table';
import { ImportItemTable } from './import-item-table';
import { ImportStep } from './import-step';
import { useImportLabels } from './use-import-labels';

interface ImportPreviewProps {
  planImport: PlanImport;
  nodes: readonly FrameworkNode[];
  onCommitted: (result: CommitPlanImportResponse) => void;
  /** A commit refused because plans were saved meanwhile: the server has marked them, to be shown. */
  onStale: () => void;
}

/** Why the commit button is off, in words, since a disabled button cannot say it itself. */
function useBlockedReason(planImport: PlanImport): string | null {
  const { t } = useTranslation();
  if (planImport.committable) return null;
  if (planImport.summary.invalid > 0) return t('errors.import_has_errors');
  if (planImport.summary.conflict > 0) return t('imports.preview.blocked.conflict');
  return t('imports.preview.blocked.nothing');
}

function Summary({ summary }: { summary: PlanImport['summary'] }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  return (
    <>
      <h3 className="sr-only">{t('imports.preview.summary')}</h3>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {IMPORT_ITEM_STATUSES.map((status) => (
          <div key={status} className="flex flex-col gap-1 rounded-8 bg-solid-gray-50 p-4">
            <dt className="text-std-16B-170">{labels.status(status)}</dt>
            <dd className="text-std-24B-150">{t('imports.preview.count', { count: summary[status] })}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** Step 4: what the file would do, and the one button that saves all of it or nothing. */
export function ImportPreview({ planImport, nodes, onCommitted, onStale }: ImportPreviewProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const commit = useCommitPlanImport(planImport.outlineId);
  const blocked = useBlockedReason(planImport);
  const changed = planImport.items.filter((item) => item.status === 'changed');
  const conflicts = planImport.items.filter((item) => item.status === 'conflict');
  const withErrors = planImport.items.filter((item) => item.errors.length > 0);
  const failure = commit.error instanceof ApiError ? commit.error : null;
  // A refusal (a plan saved meanwhile, an import already saved) will not pass on a retry: the file has to be read again.
  const refused = failure !== null && failure.status >= 400 && failure.status < 500;
  // The commit is one transaction, so an answer from the server means it was undone; a lost connection tells nothing.
  const nothingSaved = failure !== null && failure.status > 0 && failure.code !== 'import_already_committed';

  return (
    <ImportStep title={t('imports.preview.title')} focusOnMount>
      <p>{t('imports.preview.file', { name: planImport.fileName })}</p>
      <Summary summary={planImport.summary} />
      {planImport.items.length === 0 ? <p>{t('imports.preview.noItems')}</p> : <ImportItemTable items={planImport.items} />}
      {withErrors.length > 0 && (
        <section aria-labelledby="import-errors" className="flex flex-col gap-3">
          <h3 id="import-errors" className="text-std-20B-150 text-error-2">
            {t('imports.preview.errors')}
          </h3>
          <p>{t('imports.preview.errorsLead')}</p>
          <ImportErrorTable items={withErrors} />
        </section>
      )}
      {conflicts.length > 0 && <ImportConflicts items={conflicts} />}
      {changed.length > 0 && <ImportChanges items={changed} nodes={nodes} />}
      <div className="flex flex-col gap-4 border-t border-solid-gray-200 pt-6">
        {commit.isError && (
          <Notice tone="error">
            {nothingSaved && <p className="text-std-17B-170">{t('imports.preview.commitFailed')}</p>}
            <p>{errorMessage(commit.error)}</p>
          </Notice>
        )}
        <p id="import-commit-hint">
          {blocked ?? t('imports.preview.commitHint', { new: planImport.summary.new, changed: planImport.summary.changed })}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <Button
            disabled={blocked !== null || refused}
            aria-disabled={commit.isPending || undefined}
            aria-describedby="import-commit-hint"
            onClick={() => {
              if (commit.isPending) return;
              commit.mutate(planImport.id, {
                onSuccess: onCommitted,
                onError: (error) => {
                  if (error instanceof ApiError && error.code === 'import_conflict') onStale();
                },
              });
            }}
          >
            {commit.isPending ? t('imports.preview.committing') : t('imports.preview.commit')}
          </Button>
          <p role="status" className="sr-only">
            {commit.isPending ? t('imports.preview.committing') : ''}
          </p>
        </div>
      </div>
    </ImportStep>
  );
}

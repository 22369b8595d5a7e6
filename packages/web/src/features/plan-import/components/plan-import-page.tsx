import type { CommitPlanImportResponse, OutlineDetailResponse, PlanImport } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../auth/api/use-session';
import { hasRole } from '../../auth/roles';
import { useOutline } from '../../outlines/api/use-outline';
import { useOutlinePeriod } from '../../outlines/components/use-outline-period';
import { useCall } from '../../proposals/api/use-calls';
import { fetchPlanImport } from '../api/use-plan-import';
import { ColumnMappingForm } from './column-mapping-form';
import { ImportPreview } from './import-preview';
import { ImportResult } from './import-result';
import { TemplateDownload } from './template-download';
import { focusFileInput, UploadForm } from './upload-form';

function CallNote({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const call = useCall(callId);
  return <p className="mt-2">{t('imports.callNote', { call: call.data?.title ?? '…' })}</p>;
}

interface Stage {
  planImport: PlanImport | null;
  /** Counts the server's answers, so each new preview is a new step that takes focus. */
  revision: number;
  committed: CommitPlanImportResponse | null;
}

function ImportSteps({ outline, callId }: { outline: OutlineDetailResponse; callId: string | undefined }) {
  const [stage, setStage] = useState<Stage>({ planImport: null, revision: 0, committed: null });
  const show = (planImport: PlanImport) => setStage((current) => ({ planImport, revision: current.revision + 1, committed: null }));
  // Same revision: the preview stays mounted with its commit error, and lists the conflicts under it.
  const refresh = (importId: string) =>
    fetchPlanImport(importId).then(
      (planImport) => setStage((current) => (current.planImport?.id === importId ? { ...current, planImport } : current)),
      // The commit's own error already says nothing was saved and what to do; the finer list is a bonus.
      () => undefined,
    );
  const { planImport, revision, committed } = stage;
  // A list gets its column mapping (kept open to adjust); a template sheet, or a mapped list, has its preview.
  const mappable = planImport?.format === 'rows' && planImport.columns !== null;
  const previewed = planImport && (planImport.format === 'template' || planImport.mapping !== null);

  return (
    <div className="flex flex-col gap-8">
      <TemplateDownload outlineId={outline.id} />
      <UploadForm outlineId={outline.id} callId={callId} onUploaded={show} />
      {committed ? (
        <ImportResult
          outlineId={outline.id}
          result={committed}
          onAgain={() => {
            setStage((current) => ({ ...current, planImport: null, committed: null }));
            focusFileInput();
          }}
        />
      ) : (
        <>
          {planImport && mappable && <ColumnMappingForm key={planImport.id} planImport={planImport} onPreview={show} />}
          {planImport && previewed && (
            <ImportPreview
              key={revision}
              planImport={planImport}
              nodes={outline.nodes}
              onCommitted={(result) => setStage((current) => ({ ...current, committed: result }))}
              onStale={() => void refresh(planImport.id)}
            />
          )}
        </>
      )}
    </div>
  );
}

/** 「Excelで一括登録・更新」: download the template, upload it filled in, check the preview, save all or nothing. */
export function PlanImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const callId = searchParams.get('callId') ?? undefined;
  const { user } = useSession();
  const outline = useOutline(id);
  const period = useOutlinePeriod();
  const allowed = hasRole(user, 'secretariat', 'department_editor', 'department_approver');

  return (
    <>
      <p className="mb-4">
        <Link to={`/outlines/${id}/plans`}>{t('plans.detail.back')}</Link>
      </p>
      <PageHeader
        title={t('imports.title')}
        lead={
          outline.data && (
            <>
              <p>{t('imports.lead', { outline: outline.data.title, period: period(outline.data) })}</p>
              {callId && <CallNote callId={callId} />}
            </>
          )
        }
      />
      <QueryState query={outline}>
        {(data) =>
          !allowed || data.status === 'closed' ? (
            <Notice tone="error">
              <p>{allowed ? t('errors.outline_closed') : t('imports.forbidden')}</p>
            </Notice>
          ) : (
            <ImportSteps outline={data} callId={callId} />
          )
        }
      </QueryState>
    </>
  );
}

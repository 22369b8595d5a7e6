import type { OutlineDetailResponse, Plan } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Notice } from '../../../../components/notice';
import { PageHeader } from '../../../../components/page-header';
import { QueryState } from '../../../../components/query-state';
import { useSession } from '../../../auth/api/use-session';
import { hasRole } from '../../../auth/roles';
import { useOrganisation } from '../../../organisation/api/use-organisation';
import { useOutline } from '../../../outlines/api/use-outline';
import { useOutlinePeriod } from '../../../outlines/components/use-outline-period';
import { CallNote } from '../../../proposals/components/call-note';
import { ReturnComments } from '../../../proposals/components/return-comments';
import { usePlan } from '../../api/use-plan';
import { PlanForm } from './plan-form';

/** Departments the user drafts plans for; the secretariat files for any department. */
function useOwnDepartments() {
  const { user } = useSession();
  const own = user.roles.flatMap((grant) =>
    (grant.role === 'department_editor' || grant.role === 'department_approver') && grant.departmentId ? [grant.departmentId] : [],
  );
  return { secretariat: hasRole(user, 'secretariat'), own: [...new Set(own)] };
}

function FormScreen({ outline, plan, callId }: { outline: OutlineDetailResponse; plan: Plan | null; callId?: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const period = useOutlinePeriod();
  const organisation = useOrganisation();
  const { secretariat, own } = useOwnDepartments();
  const title = plan ? t('plans.form.editTitle', { title: plan.title }) : t('plans.form.newTitle');
  const back = plan ? `/plans/${plan.id}` : callId ? `/calls/${callId}` : `/outlines/${outline.id}/plans`;
  const blocked = outline.status === 'closed' ? t('errors.outline_closed') : plan && !plan.editable ? t('errors.forbidden') : null;

  return (
    <>
      <p className="mb-4">
        <Link to={back}>{plan ? t('plans.history.back') : callId ? t('proposals.form.back') : t('plans.detail.back')}</Link>
      </p>
      <PageHeader
        title={title}
        lead={
          <>
            <p>{t('plans.form.outlineNote', { outline: outline.title, period: period(outline) })}</p>
            {callId && <CallNote callId={callId} />}
            <p className="mt-2">{t('plans.form.lead')}</p>
          </>
        }
      />
      {plan && <ReturnComments plan={plan} />}
      {blocked ? (
        <Notice tone="error">
          <p>{blocked}</p>
        </Notice>
      ) : (
        <QueryState query={organisation}>
          {(data) => (
            <PlanForm
              outline={outline}
              plan={plan}
              callId={callId}
              organisation={data}
              leadChoices={secretariat || plan ? 'all' : own}
              defaultLeadDepartmentId={secretariat ? '' : (own[0] ?? '')}
              cancelTo={back}
              onSaved={(saved, created) =>
                void navigate(`/plans/${saved.id}`, { state: { message: t(created ? 'plans.form.created' : 'plans.form.saved') } })
              }
            />
          )}
        </QueryState>
      )}
    </>
  );
}

export function NewPlanPage() {
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const outline = useOutline(id);
  const callId = searchParams.get('callId') ?? undefined;
  return <QueryState query={outline}>{(data) => <FormScreen outline={data} plan={null} callId={callId} />}</QueryState>;
}

export function EditPlanPage() {
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const outline = useOutline(plan.data?.outlineId);
  return (
    <QueryState query={plan}>
      {(loaded) => <QueryState query={outline}>{(data) => <FormScreen key={loaded.id} outline={data} plan={loaded} />}</QueryState>}
    </QueryState>
  );
}

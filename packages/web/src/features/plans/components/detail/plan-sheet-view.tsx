import type { OutlineDetailResponse, Plan } from '@gyokaku/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { levelNameOf } from '../../../outlines/components/framework-labels';
import { useOutlinePeriod } from '../../../outlines/components/use-outline-period';
import { KindBadge } from '../kind-badge';
import { usePlanLabels } from '../use-plan-labels';
import { PlanLineage } from './plan-lineage';
import { Facts, SheetSection } from './sheet-parts';
import { EffectsTable, ScheduleTable, TargetsTable } from './sheet-tables';

interface PlanSheetViewProps {
  plan: Plan;
  outline: OutlineDetailResponse;
  /** What to show beside a sheet field, e.g. the review comments on it. */
  notes?: ((field: string) => ReactNode) | undefined;
}

const noNotes = () => null;

/** The sheet read-only, in the same numbered sections as the form. */
export function PlanSheetView({ plan, outline, notes = noNotes }: PlanSheetViewProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const period = useOutlinePeriod();
  const nodeById = new Map(outline.nodes.map((node) => [node.id, node]));
  const nodeText = (id: string) => {
    const node = nodeById.get(id);
    return node ? `${levelNameOf(outline.frameworkLevels, node.depth)} ${node.code} ${node.title}` : '';
  };
  const f = (name: string) => labels.field(name);
  const n = notes;

  return (
    <div className="flex flex-col gap-6">
      <SheetSection number={1} title={t('plans.form.sections.framework')}>
        <Facts items={[[f('frameworkNodeId'), nodeText(plan.frameworkNodeId), n('frameworkNodeId')], [f('number'), plan.number, n('number')]]} />
        <Facts empty={t('common.none')} items={[[f('relistedNodeIds'), plan.relistedNodeIds.map(nodeText).join('\n'), n('relistedNodeIds')]]} />
      </SheetSection>
      <SheetSection number={2} title={t('plans.form.sections.overview')}>
        <Facts
          items={[
            [f('title'), plan.title, n('title')],
            [f('kind'), <KindBadge key="kind" kind={plan.kind} />, n('kind')],
            [f('currentSituation'), plan.currentSituation, n('currentSituation')],
            [f('aim'), plan.aim, n('aim')],
            [f('actions'), plan.actions, n('actions')],
          ]}
        />
      </SheetSection>
      <SheetSection number={3} title={t('plans.form.sections.departments')}>
        <Facts items={[[f('leadDepartmentId'), plan.leadDepartment.name, n('leadDepartmentId')]]} />
        <Facts empty={t('common.none')} items={[[f('collaboratingDepartmentIds'), plan.collaboratingDepartments.map((d) => d.name).join('、'), n('collaboratingDepartmentIds')]]} />
      </SheetSection>
      <SheetSection number={4} title={t('plans.form.sections.period')}>
        <Facts items={[[t('outlines.detail.period'), period(plan), <>{n('startFiscalYear')}{n('endFiscalYear')}</>]]} />
        {plan.schedule.length > 0 && <ScheduleTable plan={plan} />}
        {n('schedule')}
      </SheetSection>
      <SheetSection number={5} title={t('plans.form.sections.targets')}>
        {plan.targets.length > 0 ? <TargetsTable plan={plan} /> : <p>{t('plans.detail.noTargets')}</p>}
        {n('targets')}
        {plan.noTargetReason && <p className="whitespace-pre-wrap">{t('plans.detail.noTargetReason', { reason: plan.noTargetReason })}</p>}
        {n('noTargetReason')}
      </SheetSection>
      <SheetSection number={6} title={t('plans.form.sections.effects')}>
        <h3 className="text-std-17B-170">{f('financialEffects')}</h3>
        {plan.financialEffects.length > 0 ? <EffectsTable plan={plan} /> : <p className="text-solid-gray-800">{t('plans.detail.noEffects')}</p>}
        {n('financialEffects')}
        <Facts items={[[f('citizenEffect'), plan.citizenEffect, n('citizenEffect')]]} />
      </SheetSection>
      <SheetSection number={7} title={t('plans.form.sections.classification')}>
        <Facts
          items={[
            [f('sdgGoals'), plan.sdgGoals.map(labels.sdg).join('\n'), n('sdgGoals')],
            [f('tags'), plan.tags.join('、'), n('tags')],
          ]}
        />
      </SheetSection>
      <SheetSection number={8} title={t('plans.detail.lineage')}>
        <PlanLineage plan={plan} />
        {n('predecessorPlanId')}
      </SheetSection>
    </div>
  );
}

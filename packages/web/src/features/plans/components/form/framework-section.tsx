import type { FrameworkNode } from '@gyokaku/contracts';
import { leafIds } from '@gyokaku/domain';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, SelectField, TextField } from '../../../../components/form-field';
import { levelNameOf } from '../../../outlines/components/framework-labels';
import { useSuggestedPlanNumber } from '../../api/use-plan';
import { FormSection } from './form-section';
import { usePlanFormContext } from './plan-form-context';

/** Leaves grouped under their parent, as the framework prints them: plans go under leaves only. */
function useLeafGroups(nodes: FrameworkNode[]) {
  const leaves = leafIds(nodes);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const groups = new Map<string | null, FrameworkNode[]>();
  for (const node of [...nodes].sort((a, b) => a.code.localeCompare(b.code, 'ja', { numeric: true }))) {
    if (!leaves.has(node.id)) continue;
    groups.set(node.parentId, [...(groups.get(node.parentId) ?? []), node]);
  }
  return [...groups.entries()].map(([parentId, items]) => ({ parent: parentId ? byId.get(parentId) : undefined, items }));
}

export function FrameworkSection({ number }: { number: number }) {
  const { t } = useTranslation();
  const { outline, draft, change, field } = usePlanFormContext();
  const levels = outline.frameworkLevels;
  const groups = useLeafGroups(outline.nodes);
  const suggestion = useSuggestedPlanNumber(outline.id, draft.number.trim() === '' ? draft.frameworkNodeId : '');
  const nodeText = (node: FrameworkNode) => `${levelNameOf(levels, node.depth)} ${node.code} ${node.title}`;
  const leaf = levels.at(-1) ?? '';
  const relisted = field('relistedNodeIds');
  const numberHint = suggestion.data ? t('plans.form.hints.numberSuggestion', { number: suggestion.data.number }) : t('plans.form.hints.number');

  return (
    <FormSection number={number} title={t('plans.form.sections.framework')}>
      {groups.length === 0 && <p className="text-error-2">{t('plans.form.noNode')}</p>}
      <SelectField {...field('frameworkNodeId')} hint={t('plans.form.hints.frameworkNodeId', { leaf })} required value={draft.frameworkNodeId} onChange={(e) => change({ frameworkNodeId: e.target.value })} width="lg">
        <option value="">{t('common.choose')}</option>
        {groups.map(({ parent, items }) => {
          const options = items.map((node) => (
            <option key={node.id} value={node.id}>
              {nodeText(node)}
            </option>
          ));
          return parent ? (
            <optgroup key={parent.id} label={nodeText(parent)}>
              {options}
            </optgroup>
          ) : (
            options
          );
        })}
      </SelectField>
      <TextField {...field('number')} hint={numberHint} value={draft.number} onChange={(e) => change({ number: e.target.value })} width="date" autoComplete="off" />
      <Fieldset id={relisted.id} legend={relisted.label} hint={t('plans.form.hints.relistedNodeIds')} error={relisted.error}>
        <div className="grid max-h-72 gap-2 overflow-y-auto rounded-8 border border-solid-gray-420 p-4 md:grid-cols-2">
          {groups.flatMap(({ items }) => items).filter((node) => node.id !== draft.frameworkNodeId).map((node) => (
            <Checkbox
              key={node.id}
              id={`${relisted.id}-${node.id}`}
              label={`${node.code} ${node.title}`}
              checked={draft.relistedNodeIds.includes(node.id)}
              onChange={(e) =>
                change({ relistedNodeIds: e.target.checked ? [...draft.relistedNodeIds, node.id] : draft.relistedNodeIds.filter((id) => id !== node.id) })
              }
            />
          ))}
        </div>
      </Fieldset>
    </FormSection>
  );
}

import { useTranslation } from 'react-i18next';
import { usePlanLabels } from './use-plan-labels';
import type { PlanValueText } from './use-plan-value-text';

interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

interface PlanDiffTableProps {
  caption: string;
  changes: readonly Change[];
  valueText: PlanValueText;
  beforeLabel: string;
  afterLabel: string;
  /** Shown when no change reads differently (e.g. only an empty year was added to a target). */
  emptyText: string;
  /** Fields to flag with `markLabel`, e.g. those the user changed too. */
  marked?: ReadonlySet<string>;
  markLabel?: string;
}

function Value({ lines }: { lines: string[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <span className="text-solid-gray-700">{t('common.none')}</span>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="flex list-disc flex-col gap-1 pl-5">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

/** 項目 | 変更前 | 変更後, one row per changed field of the plan sheet, values in words. */
export function PlanDiffTable({ caption, changes, valueText, beforeLabel, afterLabel, emptyText, marked, markLabel }: PlanDiffTableProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const cell = 'border-b border-solid-gray-200 px-3 py-2 align-top';
  // A change that reads the same on both sides (a blank year added to a target) is noise to the reader.
  const rows = changes
    .map((change) => ({ field: change.field, before: valueText(change.field, change.before), after: valueText(change.field, change.after) }))
    .filter((row) => JSON.stringify(row.before) !== JSON.stringify(row.after));
  if (rows.length === 0) return <p>{emptyText}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="mb-2 text-left text-std-17B-170">{caption}</caption>
        <thead>
          <tr>
            {[t('plans.history.field'), beforeLabel, afterLabel].map((header) => (
              <th key={header} scope="col" className="border-b-2 border-solid-gray-420 bg-solid-gray-50 px-3 py-2 text-std-16B-170">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((change) => (
            <tr key={change.field}>
              <th scope="row" className={`${cell} text-std-16B-170 whitespace-nowrap`}>
                {labels.field(change.field)}
                {marked?.has(change.field) && (
                  <span className="mt-1 block w-fit rounded-4 border border-yellow-1000 bg-yellow-50 px-1 text-dns-14B-130 text-yellow-1200">{markLabel}</span>
                )}
              </th>
              <td className={cell}>
                <Value lines={change.before} />
              </td>
              <td className={cell}>
                <Value lines={change.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

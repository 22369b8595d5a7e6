import { useTranslation } from 'react-i18next';
import { useAuditLabels } from './use-audit-labels';

function fields(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return value === null || value === undefined ? {} : { value };
}

/** Lists of departments and roles read as their names, not as JSON. */
function itemText(item: unknown): string {
  const name = item && typeof item === 'object' ? (item as { name?: unknown }).name : undefined;
  if (typeof name === 'string') return name;
  return typeof item === 'object' ? JSON.stringify(item) : String(item);
}

// An absent field and an empty one read the same to a person; only real differences are marked.
const normalise = (value: unknown) => (value === undefined || value === null || value === '' ? null : value);
const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));

/** Shows the recorded states side by side, one row per field, with changed fields marked in words as well as colour. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const left = fields(before);
  const right = fields(after);
  const keys = [...new Set([...Object.keys(right), ...Object.keys(left)])];

  const show = (key: string, value: unknown) => {
    if (normalise(value) === null) return <span className="text-solid-gray-700">{t('common.none')}</span>;
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) return value.map((item) => labels.value(key, itemText(item))).join('、');
    if (typeof value === 'object') return <code className="break-all">{JSON.stringify(value)}</code>;
    return labels.value(key, String(value));
  };

  if (keys.length === 0) return <p>{t('audit.noDetails')}</p>;
  return (
    <table className="w-full border-collapse bg-white text-left">
      <thead>
        <tr>
          {[t('audit.diff.field'), t('audit.diff.before'), t('audit.diff.after')].map((header) => (
            <th key={header} scope="col" className="border-b border-solid-gray-420 px-3 py-2 text-std-16B-170">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const changed = Object.keys(left).length > 0 && Object.keys(right).length > 0 && !same(left[key], right[key]);
          return (
            <tr key={key} className={changed ? 'bg-yellow-50' : ''}>
              <th scope="row" className="border-b border-solid-gray-200 px-3 py-2 align-top text-std-16B-170">
                {labels.field(key)}
                {changed && (
                  <span className="ml-2 rounded-4 border border-yellow-1000 px-1 text-dns-14B-130 whitespace-nowrap text-yellow-1200">
                    {t('audit.diff.changed')}
                  </span>
                )}
              </th>
              <td className="border-b border-solid-gray-200 px-3 py-2 align-top">{show(key, left[key])}</td>
              <td className="border-b border-solid-gray-200 px-3 py-2 align-top">{show(key, right[key])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

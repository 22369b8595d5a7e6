import { usePlanLabels } from './use-plan-labels';

/** Reform stands out from improvement, as the council asked for more of it. */
export function KindBadge({ kind }: { kind: string }) {
  const labels = usePlanLabels();
  const tone = kind === 'reform' ? 'border-key-900 bg-key-900 text-white' : 'border-solid-gray-536 bg-white text-solid-gray-800';
  return <span className={`inline-block rounded-4 border px-2 py-0.5 text-dns-14B-130 whitespace-nowrap ${tone}`}>{labels.kind(kind)}</span>;
}

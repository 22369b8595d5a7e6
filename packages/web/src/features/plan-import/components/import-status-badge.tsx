import type { ImportItem } from '@gyokaku/contracts';
import { useImportLabels } from './use-import-labels';

type Status = ImportItem['status'];

const tones: Record<Status, string> = {
  new: 'border-key-800 bg-key-50 text-key-1000',
  changed: 'border-green-800 bg-green-50 text-green-1000',
  unchanged: 'border-solid-gray-536 bg-white text-solid-gray-700',
  conflict: 'border-orange-800 bg-orange-50 text-orange-1000',
  invalid: 'border-error-2 bg-red-50 text-error-2',
};

/** The outcome of one sheet or row in words; the colour only repeats what the text says. */
export function ImportStatusBadge({ status }: { status: Status }) {
  const labels = useImportLabels();
  return <span className={`inline-block rounded-4 border px-2 py-0.5 text-dns-14B-130 whitespace-nowrap ${tones[status]}`}>{labels.status(status)}</span>;
}

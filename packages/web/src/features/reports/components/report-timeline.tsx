import type { ProgressReport } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

/** Who did what when, oldest first, with the comment given at each step (a return's reason). */
export function ReportTimeline({ events }: { events: ProgressReport['events'] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="flex flex-col gap-3 border-l-4 border-solid-gray-200 pl-4">
      {events.map((event, index) => (
        <li key={`${event.at}-${index}`} className="flex flex-col gap-1">
          <p>
            <span className="text-std-16B-170">{t(`reports.events.${event.action}`)}</span>
            <span className="ml-3 text-solid-gray-800">
              {event.fromState
                ? t('reports.timeline.change', { from: t(`reports.states.${event.fromState}`), to: t(`reports.states.${event.toState}`) })
                : t(`reports.states.${event.toState}`)}
            </span>
          </p>
          <p className="text-dns-14N-130 text-solid-gray-800">{t('reports.timeline.meta', { at: formatDateTime(event.at, i18n.language), name: event.actorName })}</p>
          {event.comment && <p className="rounded-8 bg-solid-gray-50 p-3 whitespace-pre-wrap">{event.comment}</p>}
        </li>
      ))}
    </ol>
  );
}

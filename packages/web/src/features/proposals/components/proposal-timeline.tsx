import type { ProposalTimeline } from '@gyokaku/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

/** Who did what when, oldest first, with the comment given at each step. */
export function ProposalTimelineList({ events }: { events: ProposalTimeline['events'] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="flex flex-col gap-3 border-l-4 border-solid-gray-200 pl-4">
      {events.map((event) => (
        <li key={event.id} className="flex flex-col gap-1">
          <p>
            <span className="text-std-16B-170">{t(`proposals.events.${event.action}`)}</span>
            <span className="ml-3 text-solid-gray-800">
              {event.fromState
                ? t('proposals.timeline.change', { from: t(`proposals.states.${event.fromState}`), to: t(`proposals.states.${event.toState}`) })
                : t(`proposals.states.${event.toState}`)}
            </span>
          </p>
          <p className="text-dns-14N-130 text-solid-gray-800">
            {t('proposals.timeline.meta', { at: formatDateTime(event.at, i18n.language), name: event.actorName, version: event.planVersion })}
          </p>
          {event.comment && <p className="rounded-8 bg-solid-gray-50 p-3 whitespace-pre-wrap">{event.comment}</p>}
        </li>
      ))}
    </ol>
  );
}

import type { Notification } from '@gyokaku/contracts';
import { isProposalState } from '@gyokaku/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortDate } from '../../proposals/components/use-deadline';

const text = (value: Notification['params'][string] | undefined) => (value === null || value === undefined ? '' : String(value));

/**
 * A notification in the reader's language, from its kind and parameters: the server stores the
 * facts, not a sentence, so a user who switches to English reads old notifications in English too.
 */
export function useNotificationText(): (notification: Notification) => string {
  const { t } = useTranslation();
  const shortDate = useShortDate();
  return useCallback(
    ({ kind, params }: Notification) => {
      const plan = `${text(params.planNumber)} ${text(params.planTitle)}`.trim();
      const absorbed = `${text(params.absorbedNumber)} ${text(params.absorbedTitle)}`.trim();
      const closesOn = text(params.closesOn);
      const dueOn = text(params.dueOn);
      const toState = params.toState;
      return t(`inbox.notifications.kinds.${kind}`, {
        plan,
        absorbed,
        call: text(params.callTitle),
        closesOn: closesOn ? shortDate(closesOn) : '',
        round: text(params.roundTitle),
        dueOn: dueOn ? shortDate(dueOn) : '',
        // Only proposal decisions name a state; report kinds carry report states, worded by their kind.
        state: kind === 'proposal_decided' && isProposalState(toState) ? t(`proposals.states.${toState}`) : '',
      });
    },
    [shortDate, t],
  );
}

import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-calls';
import { useDeadlineText } from './use-deadline';

/** On the plan form opened from a call: which call the new plan is proposed to, and by when. */
export function CallNote({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const deadline = useDeadlineText();
  const call = useCall(callId);
  if (!call.data) return null;
  return <p className="mt-2 text-std-16B-170">{t('proposals.form.forCall', { title: call.data.title, deadline: deadline(call.data.closesOn, call.data.daysLeft) })}</p>;
}

/** On a plan list opened from a call: says that only that call's proposals are listed. */
export function CallFilterNote({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const call = useCall(callId);
  if (!call.data) return null;
  return <p className="text-std-16B-170">{t('proposals.list.callFilter', { title: call.data.title })}</p>;
}

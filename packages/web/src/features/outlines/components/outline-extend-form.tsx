import { useExtendOutline } from '../api/use-outline-mutations';
import type { OutlineFormProps } from './outline-edit-form';
import { PeriodExtendForm } from './period-extend-form';

export function OutlineExtendForm({ outline, onSaved, onCancel }: OutlineFormProps) {
  const extend = useExtendOutline();
  return <PeriodExtendForm formId="outline-extend" current={outline} extend={extend} onSaved={onSaved} onCancel={onCancel} />;
}

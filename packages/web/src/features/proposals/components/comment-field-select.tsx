import { SelectField } from '../../../components/form-field';
import { SHEET_FIELDS } from '../../plans/components/form/plan-draft';
import { usePlanLabels } from '../../plans/components/use-plan-labels';

interface CommentFieldSelectProps {
  id: string;
  label: string;
  error?: string | undefined;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** The label of the empty choice: 「提案全体」 where a comment may be general, 「選択してください」 where not. */
  emptyLabel: string;
}

/** Which field of the sheet a comment is about, named as the sheet names it. */
export function CommentFieldSelect({ id, label, error, required, value, onChange, emptyLabel }: CommentFieldSelectProps) {
  const labels = usePlanLabels();
  return (
    <SelectField id={id} label={label} error={error} required={required} value={value} onChange={(e) => onChange(e.target.value)} width="md">
      <option value="">{emptyLabel}</option>
      {SHEET_FIELDS.map((field) => (
        <option key={field} value={field}>
          {labels.field(field)}
        </option>
      ))}
    </SelectField>
  );
}

import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { useOrganisation } from '../api/use-organisation';

interface DivisionSelectProps {
  id: string;
  label: string;
  error?: string | undefined;
  value: string;
  onChange: (divisionId: string) => void;
}

/** The divisions in force today; new and corrected departments belong under one of them. */
export function DivisionSelect({ id, label, error, value, onChange }: DivisionSelectProps) {
  const { t } = useTranslation();
  const { data } = useOrganisation();
  return (
    <SelectField id={id} label={label} required error={error} value={value} onChange={(e) => onChange(e.target.value)} width="lg">
      <option value="">{t('common.choose')}</option>
      {data?.divisions.map((division) => (
        <option key={division.id} value={division.id}>
          {division.name}
        </option>
      ))}
    </SelectField>
  );
}

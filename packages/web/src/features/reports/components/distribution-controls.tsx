import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { DISTRIBUTION_AXES, type DistributionAxis } from './use-axis-labels';

/** Which axis (進捗状況 / 自己評価 / 本部評価) a section's chart and table break the plans down by. */
export function AxisSelect({ id, value, onChange }: { id: string; value: DistributionAxis; onChange: (axis: DistributionAxis) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField id={id} label={t('reports.slices.axis')} value={value} onChange={(e) => onChange(e.target.value as DistributionAxis)} width="md">
      {DISTRIBUTION_AXES.map((axis) => (
        <option key={axis} value={axis}>
          {t(`reports.axes.${axis}`)}
        </option>
      ))}
    </SelectField>
  );
}

import { useTranslation } from 'react-i18next';
import { useDateFormat } from './use-date-format';

interface ValidityProps {
  validFrom: string;
  validTo: string | null;
  /** The date the organisation is shown as of; anything ended before it is marked 廃止. */
  asOf: string;
}

export function Validity({ validFrom, validTo, asOf }: ValidityProps) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const ended = validTo !== null && validTo < asOf;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="whitespace-nowrap">
        {t('organisation.validity', { from: date(validFrom), to: validTo ? date(validTo) : '' })}
      </span>
      {ended && (
        <span className="rounded-4 border border-solid-gray-536 px-1.5 text-dns-14B-130 text-solid-gray-800">
          {t('organisation.ended')}
        </span>
      )}
    </span>
  );
}

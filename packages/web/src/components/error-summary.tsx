import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the control to move focus to. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  items: SummaryItem[];
  /** A problem with the form as a whole; without it the summary introduces the field list. */
  message?: string | null;
  children?: ReactNode;
}

/** Lists what blocks a submission and takes focus so keyboard and screen-reader users land on it. */
export function ErrorSummary({ items, message, children }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = items.length > 0 || Boolean(message);

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, items, message]);

  if (!visible) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="flex flex-col gap-3 rounded-8 border-2 border-error-2 bg-red-50 p-4 md:p-6"
    >
      <p className="text-std-17B-170 text-error-2">{message ?? t('errorSummary.title')}</p>
      {items.length > 0 && (
        <ul className="flex list-disc flex-col gap-1 pl-6">
          {items.map((item) => (
            <li key={item.fieldId}>
              <a
                href={`#${item.fieldId}`}
                className="text-error-2"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.fieldId)?.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One numbered part of the read-only sheet, matching the form's sections. */
export function SheetSection({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id={headingId} className="border-b border-solid-gray-200 pb-3 text-std-20B-150">
        {`${number}. ${title}`}
      </h2>
      {children}
    </section>
  );
}

/**
 * Label–value pairs; a blank value says so (「未入力」, or `empty` where blank is normal) instead of
 * leaving a hole. An optional third element is shown under the value (a reviewer's comments on it).
 */
export function Facts({ items, empty }: { items: [string, ReactNode, ReactNode?][]; empty?: string }) {
  const { t } = useTranslation();
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 md:grid-cols-[12rem_1fr]">
      {items.map(([label, value, note]) => (
        <div key={label} className="contents">
          <dt className="text-std-16B-170 text-solid-gray-800">{label}</dt>
          <dd className="whitespace-pre-wrap">
            {value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0) ? (
              <span className="text-solid-gray-700">{empty ?? t('plans.detail.notSet')}</span>
            ) : (
              value
            )}
            {note}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export const th = 'border-b-2 border-solid-gray-420 bg-solid-gray-50 px-3 py-2 text-left text-std-16B-170 whitespace-nowrap';
/** A header over figures, aligned with them. */
export const thNumber = th.replace('text-left', 'text-right');
export const td = 'border-b border-solid-gray-200 px-3 py-2 align-top';

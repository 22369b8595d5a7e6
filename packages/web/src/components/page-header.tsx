import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
}

/** Puts keyboard focus on the page's h1, e.g. after navigating or after a form it held closes. */
export function focusPageHeading(): void {
  document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
}

/** Every page gets its own document title and exactly one h1. */
export function PageHeader({ title, lead, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4 border-b border-solid-gray-200 pb-6">
      <title>{`${title} | ${t('app.name')}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-std-32B-150 outline-none focus-visible:shadow-none" tabIndex={-1} data-page-heading>
          {title}
        </h1>
        {lead && <div className="text-std-16N-170 text-solid-gray-800">{lead}</div>}
      </div>
      {actions && <div className="flex flex-wrap gap-3">{actions}</div>}
    </div>
  );
}

import { useId, type ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** Level of the panel's heading, so the outline of the page stays in order. */
  level?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function Panel({ title, level = 2, actions, className = '', children }: PanelProps) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={headingId}
      className={`flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-6 ${className}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Heading id={headingId} className={level === 2 ? 'text-std-24B-150' : 'text-std-20B-150'}>
          {title}
        </Heading>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

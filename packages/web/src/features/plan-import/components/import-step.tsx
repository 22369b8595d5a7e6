import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ImportStepProps {
  title: string;
  /** A step that appears after an action (the mapping, the preview) takes focus, so the user hears what came back. */
  focusOnMount?: boolean;
  children: ReactNode;
}

/** One numbered step of the import; the page reads top to bottom as the order of work. */
export function ImportStep({ title, focusOnMount = false, children }: ImportStepProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-std-24B-150 outline-none focus-visible:shadow-none">
        {title}
      </h2>
      {children}
    </section>
  );
}

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../lib/use-form-errors';
import { Button } from './button';
import { ErrorSummary } from './error-summary';

interface FormPanelProps {
  title: string;
  submitLabel: string;
  form: Pick<FormErrors, 'summaryItems' | 'formError'>;
  pending: boolean;
  onSubmit: () => void;
  onCancel?: () => void;
  /** Shown inside the error summary, e.g. a reload button after an edit conflict. */
  errorActions?: ReactNode;
  /** Whether the heading takes focus on opening; off for a second form opened alongside a first. */
  autoFocus?: boolean;
  children: ReactNode;
}

/**
 * The frame of every editing form: a heading that takes focus when the form opens,
 * the error summary, the fields, and the save / cancel buttons.
 */
export function FormPanel(props: FormPanelProps) {
  const { title, submitLabel, form, pending, onSubmit, onCancel, errorActions, autoFocus = true, children } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };

  return (
    <section aria-labelledby={headingId} className="rounded-12 border-2 border-key-900 bg-white p-6">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="mb-6 text-std-24B-150 outline-none focus-visible:shadow-none">
        {title}
      </h2>
      <form noValidate onSubmit={submit} className="flex flex-col gap-6" aria-labelledby={headingId}>
        <ErrorSummary items={form.summaryItems} message={form.formError}>
          {errorActions}
        </ErrorSummary>
        {children}
        <div className="flex flex-wrap gap-4 border-t border-solid-gray-200 pt-6">
          <Button type="submit" aria-disabled={pending}>
            {pending ? t('common.saving') : submitLabel}
          </Button>
          {onCancel && (
            <Button variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}

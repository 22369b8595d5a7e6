import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** How wide the control is; the label, hint and error keep the full width so they do not wrap early. */
type Width = 'date' | 'md' | 'lg' | 'full';

const widths: Record<Width, string> = {
  date: 'max-w-64',
  md: 'max-w-md',
  lg: 'max-w-2xl',
  full: '',
};

interface FieldBase {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string | undefined;
  width?: Width;
}

/** The ARIA wiring every control needs so screen readers read its hint and its error. */
function describe({ id, hint, error, required }: Omit<FieldBase, 'label' | 'width'>) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

const controlClass =
  'w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 text-solid-gray-900 hover:border-solid-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-error-2 disabled:border-solid-gray-300 disabled:bg-solid-gray-50 disabled:text-solid-gray-536';

function RequiredBadge() {
  const { t } = useTranslation();
  return <span className="ml-2 text-dns-16N-120 text-error-2">{t('common.required')}</span>;
}

function FieldShell({ id, label, required, hint, error, children }: Omit<FieldBase, 'width'> & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-2">
      {/* The badge sits outside the label so the accessible name is the label alone; aria-required says it instead. */}
      <div className="flex flex-wrap items-baseline">
        <label htmlFor={id} className="text-std-17B-170">
          {label}
        </label>
        {required && <RequiredBadge />}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {children}
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="text-std-16N-170 text-error-2">
      <span aria-hidden="true">! </span>
      {message}
    </p>
  );
}

type TextFieldProps = FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

export function TextField({ id, label, required, hint, error, width = 'full', ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <input className={`${controlClass} ${widths[width]}`} {...describe({ id, hint, error, required })} {...input} />
    </FieldShell>
  );
}

type TextAreaFieldProps = FieldBase & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

export function TextAreaField({ id, label, required, hint, error, width = 'full', ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <textarea className={`${controlClass} ${widths[width]} min-h-28`} {...describe({ id, hint, error, required })} {...textarea} />
    </FieldShell>
  );
}

type SelectFieldProps = FieldBase & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>;

export function SelectField({ id, label, required, hint, error, width = 'full', children, ...select }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <select className={`${controlClass} ${widths[width]}`} {...describe({ id, hint, error, required })} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}

type CheckboxProps = { id: string; label: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

export function Checkbox({ id, label, ...input }: CheckboxProps) {
  return (
    <div className="flex items-start gap-3">
      <input id={id} type="checkbox" className="mt-1 size-6 shrink-0 accent-key-900" {...input} />
      <label htmlFor={id} className="text-std-16N-170">
        {label}
      </label>
    </div>
  );
}

type RadioProps = { id: string; label: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

export function Radio({ id, label, hint, ...input }: RadioProps) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="radio"
        className="mt-1 size-6 shrink-0 accent-key-900"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      <div>
        <label htmlFor={id} className={hint ? 'text-std-16B-170' : 'text-std-16N-170'}>
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-solid-gray-700">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

interface FieldsetProps {
  /** Lets the error summary move focus to the group. */
  id?: string;
  legend: string;
  hint?: string;
  required?: boolean;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
}

export function Fieldset({ id, legend, hint, required, error, className = '', children }: FieldsetProps) {
  const hintId = id && hint ? `${id}-hint` : undefined;
  const errorId = id && error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      tabIndex={id ? -1 : undefined}
      className={`flex flex-col gap-3 outline-offset-4 ${className}`}
      aria-describedby={describedBy || undefined}
    >
      <legend className="mb-2 text-std-17B-170">
        {legend}
        {required && <RequiredBadge />}
      </legend>
      {hint && (
        <p id={hintId} className="text-solid-gray-700">
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId ?? ''} message={error} />}
      {children}
    </fieldset>
  );
}

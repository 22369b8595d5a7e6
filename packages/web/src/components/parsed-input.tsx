import { useState, type InputHTMLAttributes } from 'react';
import { TextField } from './form-field';

/**
 * What the typed text means, shown beside it: a string to display, null when the field is blank,
 * undefined when the text cannot be read (令和5年度 → 2023, ▲2,500 → -2500 …).
 */
export type Preview = (text: string) => string | null | undefined;

/**
 * Parses on blur and keeps the text as typed: the user sees what the system understood, and a
 * field-level error when it understood nothing, without their input being rewritten.
 */
function useParsedInput(value: string, preview: Preview, invalidMessage: string, onChange: (text: string) => void) {
  const [blurError, setBlurError] = useState<string | undefined>();
  const shown = preview(value);
  return {
    shown,
    blurError,
    onBlur: () => setBlurError(shown === undefined ? invalidMessage : undefined),
    onChange: (text: string) => {
      setBlurError(undefined);
      onChange(text);
    },
  };
}

type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'onBlur' | 'className' | 'width'>;

interface ParsedFieldProps extends NativeInput {
  id: string;
  label: string;
  hint?: string | undefined;
  required?: boolean;
  error?: string | undefined;
  value: string;
  onChange: (text: string) => void;
  preview: Preview;
  invalidMessage: string;
}

/** A labelled field (fiscal year, amount) that reads Japanese notations; see `useParsedInput`. */
export function ParsedField({ id, label, hint, required, error, value, onChange, preview, invalidMessage, ...input }: ParsedFieldProps) {
  const parsed = useParsedInput(value, preview, invalidMessage, onChange);
  return (
    <div className="flex flex-col gap-1">
      <TextField
        id={id}
        label={label}
        hint={hint}
        required={required}
        error={error ?? parsed.blurError}
        width="date"
        value={value}
        onChange={(event) => parsed.onChange(event.target.value)}
        onBlur={parsed.onBlur}
        {...input}
      />
      {parsed.shown && parsed.shown !== value.trim() && (
        <output htmlFor={id} className="text-dns-16N-130 text-solid-gray-800">
          {`＝ ${parsed.shown}`}
        </output>
      )}
    </div>
  );
}

interface CellInputProps extends NativeInput {
  id: string;
  /** The cell's accessible name, e.g. 「令和5年度の目標値（1）」; the table headers say it visually. */
  label: string;
  error?: string | undefined;
  value: string;
  onChange: (text: string) => void;
  preview?: Preview;
  invalidMessage?: string;
  /** Shown after the control, e.g. 円. */
  suffix?: string;
}

const cellClass =
  'w-full max-w-60 min-w-24 rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170 hover:border-solid-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-error-2';

/** A compact input inside a table row (per-fiscal-year values), labelled by aria-label. */
export function CellInput({ id, label, error, value, onChange, preview, invalidMessage = '', suffix, ...input }: CellInputProps) {
  const parsed = useParsedInput(value, preview ?? (() => null), invalidMessage, onChange);
  const message = error ?? parsed.blurError;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          aria-label={label}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          className={cellClass}
          value={value}
          onChange={(event) => parsed.onChange(event.target.value)}
          onBlur={parsed.onBlur}
          {...input}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </div>
      {parsed.shown && parsed.shown !== value.trim() && (
        <output htmlFor={id} className="text-dns-14N-130 text-solid-gray-800">
          {`＝ ${parsed.shown}`}
        </output>
      )}
      {message && (
        <p id={`${id}-error`} className="text-dns-14N-130 text-error-2">
          <span aria-hidden="true">! </span>
          {message}
        </p>
      )}
    </div>
  );
}

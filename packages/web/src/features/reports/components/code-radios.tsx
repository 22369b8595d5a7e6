import type { ReactNode } from 'react';
import { Fieldset, Radio } from '../../../components/form-field';

export interface CodeOption {
  code: string;
  label: string;
  /** Shown under the label, e.g. a grade's meaning 「計画どおり進んでいる」. */
  hint?: string | undefined;
}

interface CodeRadiosProps {
  /** The group's id (the error summary moves focus here); each radio's id is derived from it. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly CodeOption[];
  value: string;
  onChange: (code: string) => void;
  /** Beside the choices, e.g. the grade the figures suggest. */
  aside?: ReactNode;
}

/** One choice among the municipality's own codes (progress statuses, grades), as radios. */
export function CodeRadios({ id, legend, hint, error, options, value, onChange, aside }: CodeRadiosProps) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="flex flex-wrap items-start gap-x-10 gap-y-4">
        <div className="flex flex-col gap-3">
          {options.map((option, index) => (
            <Radio
              key={option.code}
              id={`${id}-${index}`}
              name={id}
              label={option.label}
              hint={option.hint || undefined}
              checked={value === option.code}
              onChange={() => onChange(option.code)}
            />
          ))}
        </div>
        {aside}
      </div>
    </Fieldset>
  );
}

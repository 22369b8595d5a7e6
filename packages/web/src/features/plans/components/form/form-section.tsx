import type { ReactNode } from 'react';

interface FormSectionProps {
  number: number;
  title: string;
  /** Why this part of the sheet matters, in the words of the council or the working group. */
  lead?: string | undefined;
  children: ReactNode;
}

/**
 * One numbered part of the plan sheet, as on the printed sheet. Deliberately not a named region:
 * its title (「体系と計画番号」) would then compete with the field labels inside it.
 */
export function FormSection({ number, title, lead, children }: FormSectionProps) {
  return (
    <section className="flex flex-col gap-6 rounded-12 border border-solid-gray-200 bg-white p-6">
      <div className="flex flex-col gap-2 border-b border-solid-gray-200 pb-4">
        <h2 className="text-std-24B-150">{`${number}. ${title}`}</h2>
        {lead && <p className="text-solid-gray-800">{lead}</p>}
      </div>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

type Tone = 'success' | 'error' | 'info';

const tones: Record<Tone, string> = {
  success: 'border-success-2 bg-green-50',
  error: 'border-error-2 bg-red-50',
  info: 'border-key-900 bg-key-50',
};

/** A message about the last action; errors interrupt, confirmations wait their turn. */
export function Notice({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-8 border-l-8 p-4 ${tones[tone]}`}>
      {children}
    </div>
  );
}

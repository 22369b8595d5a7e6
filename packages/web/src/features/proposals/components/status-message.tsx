import { useEffect, useRef } from 'react';

/**
 * The result of an action, focused when it appears: the button the user pressed has usually just
 * disappeared with the form or the state it belonged to, and focus must not fall to the page body.
 */
export function StatusMessage({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="rounded-8 border-l-8 border-success-2 bg-green-50 p-4 outline-offset-4">
      <p>{message}</p>
    </div>
  );
}

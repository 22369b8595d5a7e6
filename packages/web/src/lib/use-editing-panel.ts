import { useState } from 'react';
import { focusPageHeading } from '../components/page-header';

/**
 * Which editing form of a page is open (one at a time, so the page stays readable) and the
 * message of the last save. Closing a form moves focus to the page heading, because it would
 * otherwise fall to the page body when the form it was in disappears.
 */
export function useEditingPanel<Editing extends { form: string }>(closed: Editing) {
  const [editing, setEditing] = useState<Editing>(closed);
  const [message, setMessage] = useState<string | null>(null);
  const open = (next: Editing) => {
    setMessage(null);
    setEditing(next);
  };
  const close = () => {
    setEditing(closed);
    focusPageHeading();
  };
  const saved = (text: string) => {
    close();
    setMessage(text);
  };
  return { editing, message, open, saved, close };
}

import type { OutlineDetailResponse } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { Panel } from '../../../components/panel';
import { FrameworkEditor } from './framework-editor';
import { OutlineEditForm } from './outline-edit-form';
import { OutlineExtendForm } from './outline-extend-form';
import { OutlineStatusForm } from './outline-status-form';

type Form = 'none' | 'edit' | 'status' | 'extend';

/** The outline's title, status and period as the secretariat manages them; loaded only for the secretariat. */
export function OutlineAdmin({ outline }: { outline: OutlineDetailResponse }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>('none');
  const [message, setMessage] = useState<string | null>(null);
  const open = (next: Form) => {
    setMessage(null);
    setForm(next);
  };
  const close = () => setForm('none');
  const saved = (text: string) => {
    setForm('none');
    setMessage(text);
  };
  const props = { outline, onSaved: saved, onCancel: close };
  const buttons: [Form, string][] = [
    ['edit', t('outlines.admin.edit')],
    ['status', t('outlines.admin.status')],
    ...(outline.status === 'closed' ? [] : ([['extend', t('outlines.admin.extend')]] as [Form, string][])),
  ];

  return (
    <Panel title={t('outlines.admin.title')}>
      <div className="flex flex-wrap gap-3">
        {buttons.map(([key, label]) => (
          <Button key={key} variant="secondary" size="sm" aria-expanded={form === key} onClick={() => open(key)}>
            {label}
          </Button>
        ))}
      </div>
      {message && (
        <Notice tone="success">
          <p>{message}</p>
        </Notice>
      )}
      {form === 'edit' && <OutlineEditForm {...props} />}
      {form === 'status' && <OutlineStatusForm {...props} />}
      {form === 'extend' && <OutlineExtendForm {...props} />}
    </Panel>
  );
}

/** Both secretariat-only parts of the outline page, in one lazily loaded chunk. */
export function OutlineSecretariatTools({ outline, part }: { outline: OutlineDetailResponse; part: 'admin' | 'framework' }) {
  return part === 'admin' ? <OutlineAdmin outline={outline} /> : <FrameworkEditor outline={outline} />;
}

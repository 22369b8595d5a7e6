import { ResetPasswordRequestSchema, type User } from '@gyokaku/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { FormPanel } from '../../../components/form-panel';
import { Notice } from '../../../components/notice';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useResetPassword } from '../api/use-user-mutations';

/** For a user who forgot their password; the server also signs them out everywhere. */
export function ResetPasswordForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const form = useFormErrors({ formId: 'reset-password', labelFor: () => t('users.fields.newPassword') });

  const submit = () => {
    const request = form.validate(ResetPasswordRequestSchema, { password });
    if (request) {
      reset.mutate({ id: user.id, ...request }, { onSuccess: () => setPassword(''), onError: form.showError });
    }
  };

  return (
    <FormPanel
      title={t('users.resetTitle', { name: user.displayName })}
      submitLabel={t('users.resetSubmit')}
      form={form}
      pending={reset.isPending}
      onSubmit={submit}
      autoFocus={false}
    >
      {reset.isSuccess && (
        <Notice tone="success">
          <p>{t('users.resetDone')}</p>
        </Notice>
      )}
      <p>{t('users.resetLead')}</p>
      <TextField
        {...form.field('password')}
        label={t('users.fields.newPassword')}
        hint={t('users.passwordHint')}
        required
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        width="md"
      />
    </FormPanel>
  );
}

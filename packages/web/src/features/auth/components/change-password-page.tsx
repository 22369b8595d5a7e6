import { ChangeOwnPasswordRequestSchema } from '@gyokaku/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/form-field';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { ApiError } from '../../../lib/api-client';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useChangePassword } from '../api/use-change-password';

const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const labels: Record<string, string> = {
    currentPassword: t('password.current'),
    newPassword: t('password.new'),
    confirmation: t('password.confirmation'),
  };
  const form = useFormErrors({ formId: 'password', labelFor: (path) => labels[path] ?? path });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const mismatch =
      values.confirmation !== values.newPassword
        ? [{ path: ['confirmation'], code: 'custom', message: t('validation.passwordMismatch') }]
        : [];
    const { confirmation: _, ...request } = values;
    const parsed = form.validate(ChangeOwnPasswordRequestSchema, request, mismatch);
    if (!parsed) return;
    changePassword.mutate(parsed, {
      onSuccess: () => setValues(EMPTY),
      onError: (error) => {
        // Here a wrong password is the current one, not the login; say so next to that field.
        if (error instanceof ApiError && error.code === 'invalid_credentials') {
          form.showIssues([{ path: ['currentPassword'], code: 'custom', message: t('password.wrongCurrent') }]);
        } else {
          form.showError(error);
        }
      },
    });
  };

  const input = (name: keyof typeof EMPTY) => ({
    ...form.field(name),
    label: labels[name] ?? name,
    type: 'password',
    required: true,
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  });

  return (
    <div className="max-w-2xl">
      <PageHeader title={t('password.title')} />
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
        {changePassword.isSuccess && (
          <Notice tone="success">
            <p>{t('password.done')}</p>
          </Notice>
        )}
        <ErrorSummary items={form.summaryItems} message={form.formError} />
        <TextField {...input('currentPassword')} autoComplete="current-password" />
        <TextField {...input('newPassword')} hint={t('password.newHint')} autoComplete="new-password" />
        <TextField {...input('confirmation')} autoComplete="new-password" />
        <div>
          <Button type="submit">{t('password.submit')}</Button>
        </div>
      </form>
    </div>
  );
}

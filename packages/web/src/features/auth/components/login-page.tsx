import { LoginRequestSchema } from '@gyokaku/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/form-field';
import { PageHeader } from '../../../components/page-header';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useLogin } from '../api/use-login';
import { useSessionQuery } from '../api/use-session';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSessionQuery();
  const login = useLogin();
  const [values, setValues] = useState({ loginId: '', password: '' });
  const form = useFormErrors({
    formId: 'login',
    labelFor: (path) => (path === 'password' ? t('login.password') : t('login.loginId')),
  });

  if (session.data) return <Navigate to={returnPath(location.state)} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const request = form.validate(LoginRequestSchema, values);
    if (!request || login.isPending) return;
    // On success the stored session re-renders this page into a redirect back to `from`.
    login.mutate(request, {
      onError: (error) => {
        form.showError(error);
        setValues((current) => ({ ...current, password: '' }));
      },
    });
  };

  return (
    <div className="mx-auto w-full max-w-xl">
      <PageHeader title={t('login.title')} lead={t('login.lead')} />
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6" aria-label={t('login.title')}>
        <ErrorSummary items={form.summaryItems} message={form.formError} />
        <TextField
          {...form.field('loginId')}
          label={t('login.loginId')}
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={values.loginId}
          onChange={(event) => setValues({ ...values, loginId: event.target.value })}
        />
        <TextField
          {...form.field('password')}
          label={t('login.password')}
          type="password"
          required
          autoComplete="current-password"
          value={values.password}
          onChange={(event) => setValues({ ...values, password: event.target.value })}
        />
        <div>
          <Button type="submit" aria-disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '../components/button';
import { PageHeader } from '../components/page-header';
import { MAIN_ID } from './skip-link';

/** Last resort when a screen fails to render, typically a chunk that could not be fetched after a deploy. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id={MAIN_ID} className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader title={t('routeError.title')} lead={t('routeError.body')} />
      <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </main>
  );
}

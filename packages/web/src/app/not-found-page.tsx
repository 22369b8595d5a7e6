import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/button';
import { PageHeader } from '../components/page-header';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} lead={t('notFound.body')} />
      <LinkButton to="/" variant="primary">
        {t('notFound.home')}
      </LinkButton>
    </>
  );
}

import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { focusPageHeading, PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../auth/api/use-session';
import { hasRole } from '../../auth/roles';
import { useOutlines } from '../api/use-outlines';
import { OutlineTable } from './outline-table';

// Only the secretariat creates outlines; everyone else never downloads the form and its schemas.
const OutlineCreateForm = lazy(async () => ({ default: (await import('./outline-create-form')).OutlineCreateForm }));

export function OutlinesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const query = useOutlines();
  const [creating, setCreating] = useState(false);
  const close = () => {
    setCreating(false);
    focusPageHeading();
  };

  return (
    <>
      <PageHeader
        title={t('outlines.title')}
        lead={t('outlines.lead')}
        actions={
          hasRole(user, 'secretariat') && (
            <Button aria-expanded={creating} onClick={() => setCreating(true)}>
              {t('outlines.create.button')}
            </Button>
          )
        }
      />
      <div className="flex flex-col gap-8">
        {creating && (
          <Suspense fallback={<Loading />}>
            <OutlineCreateForm
              onCancel={close}
              onCreated={(outline) => void navigate(`/outlines/${outline.id}`, { state: { message: t('outlines.create.created', { title: outline.title }) } })}
            />
          </Suspense>
        )}
        <QueryState query={query}>
          {({ items }) =>
            items.length === 0 ? (
              <p>{t('outlines.empty')}</p>
            ) : (
              <OutlineTable caption={t('outlines.caption')} outlines={items} showTheme />
            )
          }
        </QueryState>
      </div>
    </>
  );
}

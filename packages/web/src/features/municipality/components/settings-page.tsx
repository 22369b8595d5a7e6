import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useMunicipality } from '../api/use-municipality';
import { SettingsForm } from './settings-form';

export function SettingsPage() {
  const { t } = useTranslation();
  const municipality = useMunicipality();
  const [saved, setSaved] = useState(false);

  return (
    <>
      <PageHeader title={t('settings.title')} lead={t('settings.lead')} />
      <div className="flex flex-col gap-8">
        {saved && (
          <Notice tone="success">
            <p>{t('common.saved')}</p>
          </Notice>
        )}
        <QueryState query={municipality}>
          {(data) => (
            // A new version (after saving or reloading) starts the form afresh from the stored settings.
            <SettingsForm
              key={data.version}
              municipality={data}
              onSaved={() => setSaved(true)}
              onReload={() => {
                setSaved(false);
                void municipality.refetch();
              }}
            />
          )}
        </QueryState>
      </div>
    </>
  );
}

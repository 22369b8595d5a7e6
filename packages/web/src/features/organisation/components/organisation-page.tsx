import { isIsoDate, todayInJapan } from '@gyokaku/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Checkbox, TextField } from '../../../components/form-field';
import { Notice } from '../../../components/notice';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useEditingPanel } from '../../../lib/use-editing-panel';
import { useOrganisation } from '../api/use-organisation';
import { useReorganisations } from '../api/use-reorganisations';
import { OrganisationList } from './organisation-list';
import { ReorganisationForm } from './reorganisation-form';
import { ReorganisationHistory } from './reorganisation-history';
import { UnitForm, type UnitTarget } from './unit-form';

/** Which editing form is open; only one at a time so the page stays readable. */
type Editing = { form: 'none' } | { form: 'unit'; target: UnitTarget } | { form: 'reorganisation' };

export function OrganisationPage() {
  const { t } = useTranslation();
  const [asOfInput, setAsOfInput] = useState(() => todayInJapan(new Date()));
  const [includeEnded, setIncludeEnded] = useState(false);
  const { editing, message, open, saved, close } = useEditingPanel<Editing>({ form: 'none' });
  // A half-typed date keeps showing the last complete one instead of flashing an error.
  const [asOf, setAsOf] = useState(asOfInput);
  const organisation = useOrganisation({ asOf, includeEnded });
  const reorganisations = useReorganisations();


  return (
    <>
      <PageHeader
        title={t('organisation.title')}
        lead={t('organisation.lead')}
        actions={
          <>
            <Button variant="secondary" onClick={() => open({ form: 'unit', target: { kind: 'division' } })}>
              {t('organisation.addDivision')}
            </Button>
            <Button variant="secondary" onClick={() => open({ form: 'unit', target: { kind: 'department' } })}>
              {t('organisation.addDepartment')}
            </Button>
            <Button onClick={() => open({ form: 'reorganisation' })}>
              {t('organisation.reorganise')}
            </Button>
          </>
        }
      />
      <div className="flex flex-col gap-8">
        {message && (
          <Notice tone="success">
            <p>{message}</p>
          </Notice>
        )}
        {editing.form === 'unit' && (
          <UnitForm
            key={`${editing.target.kind}-${editing.target.unit?.id ?? 'new'}`}
            target={editing.target}
            onSaved={saved}
            onCancel={close}
          />
        )}
        {editing.form === 'reorganisation' && <ReorganisationForm onSaved={saved} onCancel={close} />}
        <section aria-labelledby="organisation-list-heading" className="flex flex-col gap-6">
          <h2 id="organisation-list-heading" className="text-std-24B-150">
            {t('organisation.listHeading')}
          </h2>
          <div className="flex flex-wrap items-end gap-x-8 gap-y-4 rounded-8 bg-solid-gray-50 p-4">
            <div className="w-64">
              <TextField
                id="organisation-as-of"
                label={t('organisation.asOf')}
                type="date"
                value={asOfInput}
                onChange={(event) => {
                  setAsOfInput(event.target.value);
                  if (isIsoDate(event.target.value)) setAsOf(event.target.value);
                }}
              />
            </div>
            <div className="pb-3">
              <Checkbox
                id="organisation-include-ended"
                label={t('organisation.includeEnded')}
                checked={includeEnded}
                onChange={(event) => setIncludeEnded(event.target.checked)}
              />
            </div>
          </div>
          <QueryState query={organisation}>
            {(data) => (
              <OrganisationList
                organisation={data}
                history={reorganisations.data?.items ?? []}
                onEditDivision={(division) => open({ form: 'unit', target: { kind: 'division', unit: division } })}
                onEditDepartment={(department) => open({ form: 'unit', target: { kind: 'department', unit: department } })}
              />
            )}
          </QueryState>
        </section>
        <QueryState query={reorganisations}>{({ items }) => <ReorganisationHistory items={items} />}</QueryState>
      </div>
    </>
  );
}

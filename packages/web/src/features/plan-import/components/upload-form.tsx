import { PLAN_IMPORT_FORMATS, type PlanImport, type PlanImportFormat } from '@gyokaku/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Fieldset, Radio, TextField } from '../../../components/form-field';
import { ApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useUploadPlanImport } from '../api/use-plan-import';
import { ImportStep } from './import-step';

// Problems with the file itself belong next to the file input; anything else (offline, signed out) above the form.
const FILE_PROBLEMS = {
  payload_too_large: 'imports.upload.tooLarge',
  unsupported_media_type: 'imports.upload.notXlsx',
} as const;

const FORM_ID = 'plan-import';

/** Where 「別のファイルを読み込む」 sends the keyboard. */
export const focusFileInput = () => document.getElementById(`${FORM_ID}-file`)?.focus();

interface UploadFormProps {
  outlineId: string;
  callId: string | undefined;
  onUploaded: (planImport: PlanImport) => void;
}

/** Step 2: the filled workbook goes to the server, which answers with a preview; nothing is saved yet. */
export function UploadForm({ outlineId, callId, onUploaded }: UploadFormProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const upload = useUploadPlanImport(outlineId, callId);
  const [file, setFile] = useState<File | null>(null);
  // Remounting the input is the one way to empty it.
  const [fileInputKey, setFileInputKey] = useState(0);
  const [format, setFormat] = useState<PlanImportFormat>('template');
  const form = useFormErrors({ formId: FORM_ID, labelFor: (path) => t(path === 'file' ? 'imports.upload.file' : 'imports.upload.format') });
  const fileError = (message: string) => form.showIssues([{ path: ['file'], code: 'custom', message }]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    if (!file) return fileError(t('imports.upload.noFile'));
    if (!/\.xlsx$/i.test(file.name)) return fileError(t('imports.upload.notXlsx'));
    upload.mutate(
      { file, format },
      {
        onSuccess: (planImport) => {
          form.clear();
          // A workbook re-saved in Excel after it was chosen can no longer be read by the browser: the next upload picks it again.
          setFile(null);
          setFileInputKey((key) => key + 1);
          onUploaded(planImport);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return form.showError(error);
          if (Object.hasOwn(FILE_PROBLEMS, error.code)) return fileError(t(FILE_PROBLEMS[error.code as keyof typeof FILE_PROBLEMS]));
          if (error.code !== 'unreadable_workbook') return form.showError(error);
          // The server says in Japanese what is wrong with this very file (another outline's template, no
          // heading row …), which the code alone cannot; other languages get the code's general message.
          fileError(i18n.language === 'ja' && error.message ? error.message : errorMessage(error));
        },
      },
    );
  };

  return (
    <ImportStep title={t('imports.upload.title')}>
      <form noValidate onSubmit={submit} className="flex flex-col gap-6">
        <ErrorSummary items={form.summaryItems} message={form.formError} />
        <Fieldset legend={t('imports.upload.format')}>
          {PLAN_IMPORT_FORMATS.map((code) => (
            <Radio
              key={code}
              id={`plan-import-format-${code}`}
              name="plan-import-format"
              label={t(`imports.upload.formats.${code}`)}
              hint={t(`imports.upload.formatHints.${code}`)}
              checked={format === code}
              onChange={() => setFormat(code)}
            />
          ))}
        </Fieldset>
        <TextField
          {...form.field('file')}
          key={fileInputKey}
          label={t('imports.upload.file')}
          hint={t('imports.upload.fileHint')}
          required
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          width="lg"
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" aria-disabled={upload.isPending}>
            {t('imports.upload.submit')}
          </Button>
          <p role="status" className="text-std-16B-170">
            {upload.isPending ? t('imports.upload.pending') : ''}
          </p>
        </div>
      </form>
    </ImportStep>
  );
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ja } from '../i18n/ja';
import { ApiError } from './api-client';

type KnownCode = keyof typeof ja.errors;

function isKnownCode(code: string): code is KnownCode {
  return Object.hasOwn(ja.errors, code);
}

/** Translates an API error by its stable code; the server's English message is never shown. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const code = error instanceof ApiError ? error.code : 'generic';
      return t(`errors.${isKnownCode(code) ? code : 'generic'}`);
    },
    [t],
  );
}

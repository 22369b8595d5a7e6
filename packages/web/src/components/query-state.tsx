import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/use-error-message';
import { Button } from './button';
import { Loading } from './loading';
import { Notice } from './notice';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/** Loading and failure states shared by every screen that shows fetched data. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <Notice tone="error">
        <p>{errorMessage(query.error)}</p>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Notice>
    );
  }
  return <>{children(query.data)}</>;
}

import type { FrameworkNode } from '@gyokaku/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Notice } from '../../../components/notice';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeleteFrameworkNode } from '../api/use-framework-mutations';
import { nodeName } from './framework-labels';

interface FrameworkDeleteConfirmProps {
  outlineId: string;
  node: FrameworkNode;
  onDeleted: (message: string) => void;
  onCancel: () => void;
}

/** Asks once more before deleting; a refusal (plans or sub-items under the node) is explained in place. */
export function FrameworkDeleteConfirm({ outlineId, node, onDeleted, onCancel }: FrameworkDeleteConfirmProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const remove = useDeleteFrameworkNode(outlineId);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-12 border-2 border-error-2 bg-white p-6">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="text-std-20B-150 outline-none">
        {t('framework.deleteTitle', { node: nodeName(node) })}
      </h3>
      <p>{t('framework.confirmDelete', { node: nodeName(node) })}</p>
      {remove.isError && (
        <Notice tone="error">
          <p>{errorMessage(remove.error)}</p>
        </Notice>
      )}
      <div className="flex flex-wrap gap-4">
        <Button
          aria-disabled={remove.isPending}
          onClick={() => !remove.isPending && remove.mutate(node.id, { onSuccess: () => onDeleted(t('framework.removed', { node: nodeName(node) })) })}
        >
          {t('framework.confirmDeleteSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </section>
  );
}

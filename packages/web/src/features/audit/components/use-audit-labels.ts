import type { AuditEntry } from '@gyokaku/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ja } from '../../../i18n/ja';

type EntityKey = keyof typeof ja.audit.entities;
type FieldKey = keyof typeof ja.audit.fields;

/** The kinds of entity the audit log can be filtered by, in the order the filter lists them. */
export const AUDIT_ENTITY_TYPES = Object.keys(ja.audit.entities) as EntityKey[];

const { withDepartment: _, ...ROLE_LABELS } = ja.roles;

const known = <K extends string>(table: Record<K, string>, key: string): key is K => Object.hasOwn(table, key);

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * Labels for audit entries. Actions and entity types come from the server as open strings,
 * so an unknown one is shown as sent rather than hidden.
 */
export function useAuditLabels() {
  const { t } = useTranslation();
  const action = useCallback(
    (value: string) => (known(ja.audit.actions, value) ? t(`audit.actions.${value}`) : value),
    [t],
  );
  const entity = useCallback(
    (value: string) => (known(ja.audit.entities, value) ? t(`audit.entities.${value}`) : value),
    [t],
  );
  const field = useCallback(
    (value: string) => (known<FieldKey>(ja.audit.fields, value) ? t(`audit.fields.${value}`) : value),
    [t],
  );
  /** The server records role and reorganisation-kind codes verbatim; people read their labels. */
  const value = useCallback(
    (key: string, raw: string): string => {
      if (key === 'kind' && known(ja.organisation.reorg.kinds, raw)) return t(`organisation.reorg.kinds.${raw}`);
      if (key !== 'roles') return raw;
      return raw.replace(/^[a-z_]+/, (code) => (known(ROLE_LABELS, code) ? t(`roles.${code}`) : code));
    },
    [t],
  );
  /** A name a person recognises (氏名, 課名) taken from the recorded state, when there is one. */
  const subject = useCallback((entry: AuditEntry): string | null => {
    for (const state of [record(entry.after), record(entry.before)]) {
      const name = state?.displayName ?? state?.name ?? state?.loginId;
      if (typeof name === 'string') return name;
    }
    return null;
  }, []);
  return { action, entity, field, value, subject };
}

import { DomainError } from '../errors/domain-error.js';

// Same values as the contracts' OUTLINE_STATUSES; the domain keeps its own copy to stay dependency-free.
export const OUTLINE_STATUSES = ['draft', 'public_comment', 'adopted', 'in_force', 'closed'] as const;
export type OutlineStatus = (typeof OUTLINE_STATUSES)[number];

export const OUTLINE_STATUS_LABELS: Readonly<Record<OutlineStatus, string>> = {
  draft: '案',
  public_comment: 'パブリックコメント中',
  adopted: '策定済',
  in_force: '推進中',
  closed: '終了',
};

// A city may adopt without public comment, and a draft may come back from public comment for
// revision; nothing returns from adopted onwards, since the adopted text is what was published.
const TRANSITIONS: Readonly<Record<OutlineStatus, readonly OutlineStatus[]>> = {
  draft: ['public_comment', 'adopted'],
  public_comment: ['draft', 'adopted'],
  adopted: ['in_force'],
  in_force: ['closed'],
  closed: [],
};

export function isOutlineStatus(value: unknown): value is OutlineStatus {
  return (OUTLINE_STATUSES as readonly unknown[]).includes(value);
}

/** The statuses `from` may move to, in lifecycle order (what a status menu offers). */
export function nextOutlineStatuses(from: OutlineStatus): OutlineStatus[] {
  return isOutlineStatus(from) ? [...TRANSITIONS[from]] : [];
}

function label(status: unknown): string {
  return isOutlineStatus(status) ? OUTLINE_STATUS_LABELS[status] : String(status);
}

export function assertOutlineTransition(from: OutlineStatus, to: OutlineStatus): void {
  if (nextOutlineStatuses(from).includes(to)) return;
  throw new DomainError(
    'invalid_outline_transition',
    `大綱の状態を「${label(from)}」から「${label(to)}」に変更することはできません。`,
  );
}

import { describe, it, expect } from 'vitest';
import {
  assertOutlineTransition,
  isOutlineStatus,
  nextOutlineStatuses,
  OUTLINE_STATUS_LABELS,
  OUTLINE_STATUSES,
  type OutlineStatus,
} from './outline-status.js';

const ALLOWED: [OutlineStatus, OutlineStatus][] = [
  ['draft', 'public_comment'],
  ['draft', 'adopted'],
  ['public_comment', 'draft'],
  ['public_comment', 'adopted'],
  ['adopted', 'in_force'],
  ['in_force', 'closed'],
];

describe('outline status lifecycle', () => {
  it('lists the statuses in lifecycle order with Japanese labels', () => {
    expect(OUTLINE_STATUSES).toEqual(['draft', 'public_comment', 'adopted', 'in_force', 'closed']);
    expect(OUTLINE_STATUSES.map((status) => OUTLINE_STATUS_LABELS[status])).toEqual([
      '案',
      'パブリックコメント中',
      '策定済',
      '推進中',
      '終了',
    ]);
  });

  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(() => assertOutlineTransition(from, to)).not.toThrow();
  });

  it('rejects every other pair, staying in place included, with invalid_outline_transition', () => {
    for (const from of OUTLINE_STATUSES) {
      for (const to of OUTLINE_STATUSES) {
        if (ALLOWED.some(([a, b]) => a === from && b === to)) continue;
        expect(() => assertOutlineTransition(from, to)).toThrow(
          expect.objectContaining({ code: 'invalid_outline_transition' }),
        );
      }
    }
  });

  it('names both statuses in Japanese when refusing', () => {
    expect(() => assertOutlineTransition('adopted', 'draft')).toThrow('「策定済」から「案」');
    expect(() => assertOutlineTransition('closed', 'in_force')).toThrow('「終了」から「推進中」');
  });

  it('rejects unknown statuses without crashing', () => {
    expect(() => assertOutlineTransition('archived' as OutlineStatus, 'draft')).toThrow('「archived」から「案」');
    expect(nextOutlineStatuses('archived' as OutlineStatus)).toEqual([]);
    expect(isOutlineStatus('archived')).toBe(false);
    expect(isOutlineStatus('in_force')).toBe(true);
  });

  it('offers the next statuses for a status menu', () => {
    expect(nextOutlineStatuses('draft')).toEqual(['public_comment', 'adopted']);
    expect(nextOutlineStatuses('public_comment')).toEqual(['draft', 'adopted']);
    expect(nextOutlineStatuses('adopted')).toEqual(['in_force']);
    expect(nextOutlineStatuses('in_force')).toEqual(['closed']);
    expect(nextOutlineStatuses('closed')).toEqual([]);
  });

  it('returns a copy that callers may change safely', () => {
    nextOutlineStatuses('draft').push('closed');
    expect(nextOutlineStatuses('draft')).toEqual(['public_comment', 'adopted']);
  });
});

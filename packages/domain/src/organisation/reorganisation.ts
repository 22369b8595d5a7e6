import { parseIsoDate } from '../calendar/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { normalizeInput } from '../text/normalize-input.js';

export const REORGANISATION_KINDS = ['rename', 'merge', 'split'] as const;
export type ReorganisationKind = (typeof REORGANISATION_KINDS)[number];

export interface Reorganisation {
  readonly kind: ReorganisationKind;
  readonly fromIds: readonly string[];
  readonly toNames: readonly string[];
  /** First day the new departments exist (`YYYY-MM-DD`); the old ones end the day before. */
  readonly effectiveDate: string;
}

// [min from, max from, min to, max to]
const SHAPES: Readonly<Record<ReorganisationKind, readonly [number, number, number, number]>> = {
  rename: [1, 1, 1, 1],
  merge: [2, Infinity, 1, 1],
  split: [1, 1, 2, Infinity],
};

function invalid(message: string): DomainError {
  return new DomainError('invalid_reorganisation', message);
}

function hasDuplicates(values: readonly string[]): boolean {
  return new Set(values).size !== values.length;
}

/**
 * Checks the shape of a rename (1→1), merge (≥2→1) or split (1→≥2). Names are compared after width
 * folding and trimming, so `ＩＴ推進課` and `IT推進課 ` count as the same name.
 */
export function validateReorganisation({ kind, fromIds, toNames, effectiveDate }: Reorganisation): void {
  const shape = SHAPES[kind] as (typeof SHAPES)[ReorganisationKind] | undefined;
  if (!shape) throw invalid(`未知の組織改編の種類です: ${String(kind)}`);
  const [minFrom, maxFrom, minTo, maxTo] = shape;
  if (fromIds.length < minFrom || fromIds.length > maxFrom) {
    throw invalid(`${kind} の対象部署の数が不正です: ${fromIds.length}`);
  }
  if (toNames.length < minTo || toNames.length > maxTo) {
    throw invalid(`${kind} の新部署名の数が不正です: ${toNames.length}`);
  }
  if (fromIds.some((id) => id.trim() === '')) throw invalid('対象部署のIDが空です');
  if (hasDuplicates(fromIds)) throw invalid('対象部署が重複しています');
  const names = toNames.map(normalizeInput);
  if (names.some((name) => name === '')) throw invalid('新部署名が空です');
  if (hasDuplicates(names)) throw invalid('新部署名が重複しています');
  parseIsoDate(effectiveDate);
}

import { frameworkCode, type FrameworkTreeNode } from '../framework/framework-tree.js';
import { normalizeInput } from '../text/normalize-input.js';

// NFKC already turns `－` into `-`; the long-vowel mark, the hyphen/dash family and the minus sign
// survive it and are what Excel and IMEs put into numbers such as `2ー1ー3`.
const HYPHENS = /\s*[-－ー‐‑–—―−]\s*/gu;

/** `２－１－３ー１ ` → `2-1-3-1`: width-folded, trimmed, every hyphen look-alike as `-`. */
export function normalizePlanNumber(text: string): string {
  return normalizeInput(text).replace(HYPHENS, '-');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export interface PlanNumberQuery {
  readonly nodes: readonly FrameworkTreeNode[];
  /** The framework leaf the plan is filed under. */
  readonly nodeId: string;
  /** Numbers of the plans that already exist (as typed; they are normalised here). */
  readonly existingNumbers: readonly string[];
}

/**
 * The leaf's code plus one more than the highest sequence already used under it: `2-1-3` with
 * `2-1-3-1` → `2-1-3-2`. A gap left by a withdrawn plan is not refilled, because its number may
 * already be printed in council materials and must not come to mean a different plan.
 */
export function suggestPlanNumber({ nodes, nodeId, existingNumbers }: PlanNumberQuery): string {
  const code = frameworkCode(nodes, nodeId);
  const pattern = new RegExp(`^${escapeRegExp(code)}-(\\d+)$`, 'u');
  let highest = 0;
  for (const number of existingNumbers) {
    const match = pattern.exec(normalizePlanNumber(number));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${code}-${highest + 1}`;
}

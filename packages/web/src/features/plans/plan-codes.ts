import type { FINANCIAL_EFFECT_KINDS, PLAN_KINDS, PLAN_SORTS } from '@gyokaku/contracts';

export type PlanSort = (typeof PLAN_SORTS)[number];
export type PlanKindCode = (typeof PLAN_KINDS)[number];
export type EffectKind = (typeof FINANCIAL_EFFECT_KINDS)[number];

// Copies of the contract's lists, typed against them so a rename fails the build: importing the
// values would pull Zod and every schema into the reading screens.
export const PLAN_SORT_CODES = ['number', 'title', 'department', 'updatedAt', 'startFiscalYear'] as const satisfies readonly PlanSort[];
export const PLAN_KIND_CODES = ['reform', 'improvement'] as const satisfies readonly PlanKindCode[];
export const EFFECT_KIND_CODES = ['revenue', 'expenditure'] as const satisfies readonly EffectKind[];

export interface YearAmount {
  readonly fiscalYear: number;
  readonly amount: number;
}

export interface FinancialEffectYear {
  readonly fiscalYear: number;
  readonly planned: number;
  /** Null for a year with no actual reported yet (not the same as an effect of 0 yen). */
  readonly actual: number | null;
  readonly plannedCumulative: number;
  readonly actualCumulative: number | null;
}

const sumByYear = (entries: readonly YearAmount[]) => {
  const totals = new Map<number, number>();
  for (const { fiscalYear, amount } of entries) totals.set(fiscalYear, (totals.get(fiscalYear) ?? 0) + amount);
  return totals;
};

/**
 * Planned against actual financial effect per fiscal year and cumulatively, in integer yen. The
 * actual cumulative stops at the first year without actuals, so a gap is never read as 0 yen saved.
 */
export function financialEffectTotals(
  years: readonly number[],
  planned: readonly YearAmount[],
  actual: readonly YearAmount[],
): FinancialEffectYear[] {
  const plannedByYear = sumByYear(planned);
  const actualByYear = sumByYear(actual);
  let plannedCumulative = 0;
  let actualCumulative: number | null = 0;
  return [...years]
    .sort((a, b) => a - b)
    .map((fiscalYear) => {
      const plannedAmount = plannedByYear.get(fiscalYear) ?? 0;
      const actualAmount = actualByYear.has(fiscalYear) ? actualByYear.get(fiscalYear)! : null;
      plannedCumulative += plannedAmount;
      actualCumulative = actualAmount === null || actualCumulative === null ? null : actualCumulative + actualAmount;
      return { fiscalYear, planned: plannedAmount, actual: actualAmount, plannedCumulative, actualCumulative };
    });
}

import type { CalendarDate } from '../calendar/japan-time.js';

export interface Era {
  readonly name: string;
  /** One-kanji form used in dense tables (`令5`, `平30`). */
  readonly kanji: string;
  /** Latin initial used in `R5`, `H30`. */
  readonly letter: string;
  readonly start: CalendarDate;
}

// Meiji is dated from its proclamation (1868-10-23) as the brief specifies; nothing before 1868 is
// supported, so the retroactive start on lunar New Year never matters.
export const ERAS: readonly Era[] = [
  { name: '明治', kanji: '明', letter: 'M', start: { year: 1868, month: 10, day: 23 } },
  { name: '大正', kanji: '大', letter: 'T', start: { year: 1912, month: 7, day: 30 } },
  { name: '昭和', kanji: '昭', letter: 'S', start: { year: 1926, month: 12, day: 25 } },
  { name: '平成', kanji: '平', letter: 'H', start: { year: 1989, month: 1, day: 8 } },
  { name: '令和', kanji: '令', letter: 'R', start: { year: 2019, month: 5, day: 1 } },
];

/**
 * A fiscal year takes the era in force on 31 December of the calendar year it starts in. Every era
 * begins on or before 31 December of its first year, so that is simply the latest era whose
 * start year is not after `fiscalYear`.
 */
export function eraOfFiscalYear(fiscalYear: number): { era: Era; eraYear: number } | undefined {
  let found: Era | undefined;
  for (const era of ERAS) {
    if (era.start.year <= fiscalYear) found = era;
  }
  return found && { era: found, eraYear: fiscalYear - found.start.year + 1 };
}

/** Looks an era up by its name, one-kanji form or (upper-case) letter. */
export function findEra(token: string): Era | undefined {
  return ERAS.find((era) => era.name === token || era.kanji === token || era.letter === token);
}

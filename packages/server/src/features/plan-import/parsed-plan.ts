import { randomUUID } from 'node:crypto';
import type { CellError, PlanSheet, Target } from '@gyokaku/contracts';
import { normalizeInput } from '@gyokaku/domain';
import { isProblem, type CellReading } from './cell-values.js';

/**
 * One plan read from a workbook — a template sheet or a row — before validation: the whole sheet
 * it describes, the cell each field came from, and what could not be read.
 */
export interface ParsedPlan {
  sheet: string;
  /** For a row sheet, the 1-based row. */
  row: number | null;
  /** The existing plan it stands for, if any. */
  planId: string | null;
  /** The version it was read from: the template's hidden version, or the plan's at preview for a row. */
  workbookVersion: number | null;
  candidate: PlanSheet;
  /** Field path (`targets.0.unit`) → cell address (`C24`). */
  addresses: Map<string, string>;
  errors: CellError[];
  /** A year of the period was unreadable: the period checks would only repeat that error. */
  unreadablePeriod: boolean;
}

/**
 * Stands in for a department or framework node that could not be found, so the rest of the sheet
 * can still be validated; its own cell already carries the error.
 */
export const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';

/** A new plan's sheet before any cell is read; the outline's period stands in until the years are read. */
export function emptySheet(outline: { startFiscalYear: number; endFiscalYear: number }): PlanSheet {
  return {
    number: '',
    title: '',
    frameworkNodeId: UNKNOWN_ID,
    relistedNodeIds: [],
    leadDepartmentId: UNKNOWN_ID,
    collaboratingDepartmentIds: [],
    currentSituation: '',
    aim: '',
    actions: '',
    kind: 'improvement',
    startFiscalYear: outline.startFiscalYear,
    endFiscalYear: outline.endFiscalYear,
    schedule: [],
    targets: [],
    noTargetReason: '',
    financialEffects: [],
    citizenEffect: '',
    sdgGoals: [],
    tags: [],
    predecessorPlanId: null,
  };
}

/** Collects the addresses and problems of one sheet or row while its cells are read. */
export class CellCollector {
  readonly addresses = new Map<string, string>();
  readonly errors: CellError[] = [];

  constructor(readonly sheet: string) {}

  at(field: string, cell: string): void {
    if (!this.addresses.has(field)) this.addresses.set(field, cell);
  }

  /** The value read, or `fallback` with the problem recorded against the cell. */
  read<T>(field: string, cell: string, label: string, reading: CellReading<T>, fallback: T): T {
    this.at(field, cell);
    if (!isProblem(reading)) return reading.value;
    this.fail(field, cell, reading.problem.code, `${label}：${reading.problem.message}`);
    return fallback;
  }

  fail(field: string, cell: string, code: string, message: string): void {
    this.errors.push({ sheet: this.sheet, cell, field, code, message });
  }
}

const indicatorKey = (indicator: string) => normalizeInput(indicator).replace(/\s+/gu, '');

/**
 * Target ids survive the round trip, because progress reports attach actual values to them: a
 * target keeps its id when its indicator is unchanged, otherwise the one in the same position;
 * only a target that matches neither is new.
 */
export function keepTargetIds(read: Omit<Target, 'id'>[], previous: readonly Target[]): Target[] {
  const unused = new Set(previous.map((target) => target.id));
  const byIndicator = read.map((target) => {
    const match = previous.find((p) => unused.has(p.id) && indicatorKey(p.indicator) === indicatorKey(target.indicator));
    if (match) unused.delete(match.id);
    return match?.id;
  });
  return read.map((target, index) => {
    let id = byIndicator[index];
    if (!id) {
      const positional = previous[index];
      id = positional && unused.has(positional.id) ? positional.id : undefined;
      if (id) unused.delete(id);
    }
    return { id: id ?? randomUUID(), ...target };
  });
}

import type { FrameworkNode, Municipality, OutlineDetailResponse, Plan } from '@gyokaku/contracts';

/**
 * What the documents read: only the fields printed, so the API's objects satisfy these unchanged
 * and a test or a benchmark can build them by hand.
 */
export type DocumentPlan = Pick<
  Plan,
  | 'id'
  | 'number'
  | 'title'
  | 'frameworkNodeId'
  | 'relistedNodeIds'
  | 'leadDepartment'
  | 'collaboratingDepartments'
  | 'currentSituation'
  | 'aim'
  | 'actions'
  | 'kind'
  | 'startFiscalYear'
  | 'endFiscalYear'
  | 'schedule'
  | 'targets'
  | 'noTargetReason'
  | 'financialEffects'
  | 'citizenEffect'
  | 'sdgGoals'
  | 'tags'
  | 'predecessorPlan'
> & {
  /** Only the codes are printed (in the workbook's チェック column). */
  checks: readonly Pick<Plan['checks'][number], 'code'>[];
  /** Extensions of the end year, printed beside the period when present. */
  periodChanges?: Pick<Plan['periodChanges'][number], 'previousEndFiscalYear' | 'endFiscalYear' | 'reason'>[];
};

export type DocumentFrameworkNode = Pick<FrameworkNode, 'id' | 'parentId' | 'position' | 'title'>;

export type DocumentOutline = Pick<
  OutlineDetailResponse,
  'title' | 'theme' | 'startFiscalYear' | 'endFiscalYear' | 'status' | 'frameworkLevels'
> & { nodes: readonly DocumentFrameworkNode[] };

export type DocumentMunicipality = Pick<Municipality, 'name'> & {
  settings: Pick<Municipality['settings'], 'yearStyle'>;
};

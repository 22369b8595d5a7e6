import { DomainError } from '../errors/domain-error.js';

/**
 * One edge of a reorganisation: `predecessorId` ceased and `successorId` took over (part of) it.
 * A rename is one link, a merge several links into one successor, a split several links out of one
 * predecessor, of which exactly one is `primary` — the successor that inherits the plans.
 */
export interface DepartmentLink {
  readonly predecessorId: string;
  readonly successorId: string;
  readonly primary: boolean;
}

export interface LineageQuery {
  readonly departmentId: string;
  readonly links: readonly DepartmentLink[];
}

function linksByPredecessor(links: readonly DepartmentLink[]): Map<string, DepartmentLink[]> {
  const index = new Map<string, DepartmentLink[]>();
  for (const link of links) {
    const list = index.get(link.predecessorId);
    if (list) list.push(link);
    else index.set(link.predecessorId, [link]);
  }
  return index;
}

function cycleError(id: string): DomainError {
  return new DomainError('department_lineage_cycle', `部署の変遷が循環しています: ${id}`);
}

/**
 * The departments that exist today and descend from `departmentId` (itself when it was never
 * reorganised), in link order without duplicates. A split-then-merge diamond yields its leaf once.
 */
export function currentSuccessors({ departmentId, links }: LineageQuery): string[] {
  const next = linksByPredecessor(links);
  const leaves: string[] = [];
  const finished = new Set<string>();
  const onPath = new Set<string>();

  const visit = (id: string): void => {
    if (onPath.has(id)) throw cycleError(id);
    if (finished.has(id)) return;
    onPath.add(id);
    const outgoing = next.get(id) ?? [];
    if (outgoing.length === 0) leaves.push(id);
    for (const link of outgoing) visit(link.successorId);
    onPath.delete(id);
    finished.add(id);
  };

  visit(departmentId);
  return leaves;
}

/**
 * The single current department that inherits `departmentId`'s plans: follows the only link, or
 * the primary one at a split. A split without exactly one primary successor cannot be resolved
 * and throws `department_lineage_ambiguous` rather than guessing.
 */
export function primarySuccessor({ departmentId, links }: LineageQuery): string {
  const next = linksByPredecessor(links);
  const visited = new Set<string>([departmentId]);
  let current = departmentId;
  for (;;) {
    const outgoing = next.get(current) ?? [];
    if (outgoing.length === 0) return current;
    const candidates = outgoing.length === 1 ? outgoing : outgoing.filter((link) => link.primary);
    const successorIds = [...new Set(candidates.map((link) => link.successorId))];
    const [successor] = successorIds;
    if (successor === undefined || successorIds.length > 1) {
      throw new DomainError('department_lineage_ambiguous', `分割後の主たる承継部署が一つに定まりません: ${current}`);
    }
    if (visited.has(successor)) throw cycleError(successor);
    visited.add(successor);
    current = successor;
  }
}

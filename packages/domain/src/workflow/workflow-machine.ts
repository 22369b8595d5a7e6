import { DomainError, type DomainErrorCode } from '../errors/domain-error.js';

/**
 * What a person is to one item going through a department → approver → secretariat (→ HQ)
 * workflow. The server derives it from the user's roles and the item's lead department.
 */
export const WORKFLOW_ACTORS = ['drafter', 'approver', 'secretariat', 'hq'] as const;
export type WorkflowActor = (typeof WORKFLOW_ACTORS)[number];

export interface WorkflowTransition<State extends string> {
  readonly from: readonly State[];
  readonly to: State;
  readonly by: readonly WorkflowActor[];
  /** A return or a refusal must say why. */
  readonly needsComment: boolean;
}

export interface WorkflowSpec<State extends string, Action extends string> {
  /** What goes through it, in Japanese: 提案, 報告. */
  readonly noun: string;
  readonly actions: readonly Action[];
  readonly stateLabels: Readonly<Record<State, string>>;
  readonly actionLabels: Readonly<Record<Action, string>>;
  readonly transitions: Readonly<Record<Action, WorkflowTransition<State>>>;
  readonly codes: { readonly invalid: DomainErrorCode; readonly forbidden: DomainErrorCode };
}

export interface Workflow<State extends string, Action extends string> {
  /**
   * The state after `action`. Refuses an action the state does not allow (a conflict: someone may
   * have moved it first) before one the person may not take, and a return without a reason.
   */
  transition(options: { from: State; action: Action; actors: readonly WorkflowActor[]; comment?: string }): State;
  /** The actions this person can take now, in the order a screen offers them. */
  available(state: State, actors: readonly WorkflowActor[]): Action[];
  needsComment(action: Action): boolean;
  isAction(value: unknown): value is Action;
}

export function defineWorkflow<State extends string, Action extends string>(spec: WorkflowSpec<State, Action>): Workflow<State, Action> {
  const isAction = (value: unknown): value is Action => (spec.actions as readonly unknown[]).includes(value);
  return {
    isAction,
    needsComment: (action) => spec.transitions[action].needsComment,
    available: (state, actors) =>
      spec.actions.filter((action) => {
        const transition = spec.transitions[action];
        return transition.from.includes(state) && transition.by.some((actor) => actors.includes(actor));
      }),
    transition({ from, action, actors, comment }) {
      const transition = isAction(action) ? spec.transitions[action] : undefined;
      if (!transition || !transition.from.includes(from)) {
        const state = spec.stateLabels[from] ?? from;
        const step = transition ? spec.actionLabels[action] : action;
        throw new DomainError(
          spec.codes.invalid,
          `「${state}」の${spec.noun}には「${step}」を行えません。画面を更新して最新の状態を確認してください。`,
        );
      }
      if (!transition.by.some((actor) => actors.includes(actor))) {
        throw new DomainError(spec.codes.forbidden, `「${spec.actionLabels[action]}」を行う権限がありません。`);
      }
      if (transition.needsComment && !comment?.trim()) {
        throw new DomainError('reason_required', `「${spec.actionLabels[action]}」には理由またはコメントが必要です。`);
      }
      return transition.to;
    },
  };
}

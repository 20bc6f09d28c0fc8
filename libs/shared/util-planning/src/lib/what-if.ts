import {
  byId,
  EPSILON,
  type Plan,
  type PlanOptions,
  type PlanResult,
  PlanError,
  type PlanStep,
} from './plan';
import { computePlan } from './schedule';

/** A change to try on a plan without writing it. */
export type PlanEdit =
  | { readonly kind: 'add'; readonly step: PlanStep }
  /** the step leaves the plan, and so do the requirements on it: its dependents no longer wait for it */
  | { readonly kind: 'remove'; readonly stepId: string }
  /** new requirements (when given) and/or a pin to a wave (null removes a pin) */
  | {
      readonly kind: 'move';
      readonly stepId: string;
      readonly requires?: readonly string[] | null;
      readonly notBeforeWave?: number | null;
    };

export interface StepChange {
  readonly id: string;
  readonly waveBefore: number | null;
  readonly waveAfter: number | null;
  readonly earliestFinishBefore: number | null;
  readonly earliestFinishAfter: number | null;
  readonly waveFinishBefore: number | null;
  readonly waveFinishAfter: number | null;
}

export interface PlanDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** steps in both plans whose wave, earliest finish or finish by waves changed, by id */
  readonly changed: readonly StepChange[];
  readonly earliestFinishBefore: number;
  readonly earliestFinishAfter: number;
  /** after minus before, weeks */
  readonly earliestFinishDelta: number;
  readonly wavesFinishBefore: number;
  readonly wavesFinishAfter: number;
  readonly wavesFinishDelta: number;
  readonly wavesBefore: number;
  readonly wavesAfter: number;
  readonly criticalPathBefore: readonly string[];
  readonly criticalPathAfter: readonly string[];
  /** cycles the edits made (each by its sorted steps), and cycles they broke */
  readonly cyclesAdded: readonly (readonly string[])[];
  readonly cyclesRemoved: readonly (readonly string[])[];
}

export interface WhatIfResult {
  readonly plan: Plan;
  readonly base: PlanResult;
  readonly result: PlanResult;
  readonly diff: PlanDiff;
}

/** The plan with the edits applied in order; throws a PlanError naming the edit that cannot apply. */
export function applyEdits(plan: Plan, edits: readonly PlanEdit[]): Plan {
  let steps: PlanStep[] = [...plan.steps];
  edits.forEach((edit, i) => {
    const where = `edit ${i + 1} (${edit.kind})`;
    const at = (id: string): number => {
      const index = steps.findIndex((s) => s.id === id);
      if (index < 0) throw new PlanError(`${where}: there is no step ${id} in the plan`);
      return index;
    };
    switch (edit.kind) {
      case 'add':
        if (!edit.step.id) throw new PlanError(`${where}: the new step needs an id`);
        if (steps.some((s) => s.id === edit.step.id))
          throw new PlanError(`${where}: the plan already has a step ${edit.step.id}`);
        steps.push(edit.step);
        break;
      case 'remove':
        at(edit.stepId);
        steps = steps
          .filter((s) => s.id !== edit.stepId)
          .map((s) =>
            s.requires?.includes(edit.stepId)
              ? { ...s, requires: s.requires.filter((r) => r !== edit.stepId) }
              : s,
          );
        break;
      case 'move': {
        const index = at(edit.stepId);
        const w = edit.notBeforeWave;
        if (w !== undefined && w !== null && !(Number.isInteger(w) && w >= 1))
          throw new PlanError(`${where}: a step is pinned to a wave from 1 on, not ${w}`);
        steps[index] = {
          ...steps[index],
          ...(edit.requires !== undefined && edit.requires !== null ? { requires: [...edit.requires] } : {}),
          ...(w !== undefined ? { notBeforeWave: w } : {}),
        };
        break;
      }
    }
  });
  return { steps };
}

const differs = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a !== b : Math.abs(a - b) > EPSILON;

/** What changed from one computed plan to another. */
export function diffPlans(before: PlanResult, after: PlanResult): PlanDiff {
  const old = new Map(before.steps.map((s) => [s.id, s]));
  const now = new Map(after.steps.map((s) => [s.id, s]));
  const changed: StepChange[] = [];
  for (const [id, b] of old) {
    const a = now.get(id);
    if (!a) continue;
    if (
      differs(b.wave, a.wave) ||
      differs(b.earliestFinish, a.earliestFinish) ||
      differs(b.waveFinish, a.waveFinish)
    )
      changed.push({
        id,
        waveBefore: b.wave,
        waveAfter: a.wave,
        earliestFinishBefore: b.earliestFinish,
        earliestFinishAfter: a.earliestFinish,
        waveFinishBefore: b.waveFinish,
        waveFinishAfter: a.waveFinish,
      });
  }
  const key = (c: readonly string[]): string => c.join('\u0000');
  const oldCycles = new Set(before.cycles.map(key));
  const newCycles = new Set(after.cycles.map(key));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)).sort(byId),
    removed: [...old.keys()].filter((id) => !now.has(id)).sort(byId),
    changed: changed.sort((x, y) => byId(x.id, y.id)),
    earliestFinishBefore: before.earliestFinish,
    earliestFinishAfter: after.earliestFinish,
    earliestFinishDelta: after.earliestFinish - before.earliestFinish,
    wavesFinishBefore: before.wavesFinish,
    wavesFinishAfter: after.wavesFinish,
    wavesFinishDelta: after.wavesFinish - before.wavesFinish,
    wavesBefore: before.waves.length,
    wavesAfter: after.waves.length,
    criticalPathBefore: before.criticalPath,
    criticalPathAfter: after.criticalPath,
    cyclesAdded: after.cycles.filter((c) => !oldCycles.has(key(c))),
    cyclesRemoved: before.cycles.filter((c) => !newCycles.has(key(c))),
  };
}

/** The plan computed as it is and with the edits, and the difference: nothing is written anywhere. */
export function whatIf(plan: Plan, edits: readonly PlanEdit[], options: PlanOptions = {}): WhatIfResult {
  const edited = applyEdits(plan, edits);
  const base = computePlan(plan, options);
  const result = computePlan(edited, options);
  return { plan: edited, base, result, diff: diffPlans(base, result) };
}

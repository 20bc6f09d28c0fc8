import type { PlanEditInput, TransformationWhatIfQuery } from '@streamscape/web-api';

/** What-if edits as the user builds them, and what they become for `transformationWhatIf`. */

export type WhatIfEdit =
  | { kind: 'MOVE'; stepId: string; notBeforeWave?: number; requires?: string[] }
  | { kind: 'REMOVE'; stepId: string }
  | {
      kind: 'ADD';
      stepId: string;
      name?: string;
      effortWeeks: number;
      requires: string[];
      notBeforeWave?: number;
    };

/**
 * Adds an edit to the list, keeping the list minimal: a second move of a step replaces the first, removing a
 * step that an earlier edit added drops that edit (and its moves), removing or moving a removed step is a no-op.
 */
export function addEdit(edits: readonly WhatIfEdit[], edit: WhatIfEdit): WhatIfEdit[] {
  const removed = edits.some((e) => e.kind === 'REMOVE' && e.stepId === edit.stepId);
  if (removed && edit.kind !== 'ADD') return [...edits];
  if (edit.kind === 'REMOVE' && edits.some((e) => e.kind === 'ADD' && e.stepId === edit.stepId)) {
    return edits.filter((e) => e.stepId !== edit.stepId);
  }
  if (edit.kind === 'MOVE') {
    const at = edits.findIndex((e) => e.kind === 'MOVE' && e.stepId === edit.stepId);
    if (at >= 0) return edits.map((e, i) => (i === at ? edit : e));
  }
  if (edit.kind === 'REMOVE')
    return [...edits.filter((e) => !(e.kind === 'MOVE' && e.stepId === edit.stepId)), edit];
  return [...edits, edit];
}

/** The API's input, fields that do not apply to the kind left out. */
export function toPlanEditInputs(edits: readonly WhatIfEdit[]): PlanEditInput[] {
  return edits.map((e) => {
    if (e.kind === 'REMOVE') return { kind: 'REMOVE', stepId: e.stepId };
    if (e.kind === 'MOVE') {
      return {
        kind: 'MOVE',
        stepId: e.stepId,
        ...(e.notBeforeWave !== undefined ? { notBeforeWave: e.notBeforeWave } : {}),
        ...(e.requires ? { requires: e.requires } : {}),
      };
    }
    return {
      kind: 'ADD',
      stepId: e.stepId,
      effortWeeks: e.effortWeeks,
      requires: e.requires,
      ...(e.name ? { name: e.name } : {}),
      ...(e.notBeforeWave ? { notBeforeWave: e.notBeforeWave } : {}),
    };
  });
}

export interface NewStepForm {
  id: string;
  name: string;
  effortWeeks: number | string;
  requires: string[];
}

/** Why a new step cannot be added, or null: ids are slugs and unique in the plan, effort is weeks >= 0. */
export function newStepProblem(form: NewStepForm, existing: ReadonlySet<string>): string | null {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(form.id)) return 'The id is lower-case letters, digits and dashes.';
  if (existing.has(form.id)) return `A step ${form.id} is already in the plan.`;
  const effort = Number(form.effortWeeks);
  if (form.effortWeeks === '' || !Number.isFinite(effort) || effort < 0)
    return 'The effort is a number of weeks, 0 or more.';
  return null;
}

/** One line per edit, for the list of edits. */
export function describeEdit(edit: WhatIfEdit, names: ReadonlyMap<string, string>): string {
  const name = names.get(edit.stepId) ?? edit.stepId;
  if (edit.kind === 'REMOVE') return `Remove ${name}`;
  if (edit.kind === 'ADD') {
    const requires = edit.requires.length
      ? `, after ${edit.requires.map((id) => names.get(id) ?? id).join(', ')}`
      : '';
    return `Add ${edit.name || edit.stepId} (${edit.effortWeeks} weeks${requires})`;
  }
  const parts = [
    edit.notBeforeWave === 0
      ? 'unpinned'
      : edit.notBeforeWave
        ? `not before wave ${edit.notBeforeWave}`
        : null,
    edit.requires
      ? `requires ${edit.requires.length ? edit.requires.map((id) => names.get(id) ?? id).join(', ') : 'nothing'}`
      : null,
  ].filter(Boolean);
  return `Move ${name}: ${parts.join('; ') || 'unchanged'}`;
}

type Diff = TransformationWhatIfQuery['transformationWhatIf']['diff'];

export interface DiffSummary {
  earliestFinish: string;
  wavesFinish: string;
  waves: string;
  /** steps whose wave changed: `name: wave 1 → 2` */
  moved: string[];
}

function weeks(before: number, after: number, delta: number): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${before} → ${after} weeks (${sign}${Math.abs(delta)})`;
}

export function summariseDiff(diff: Diff, names: ReadonlyMap<string, string>): DiffSummary {
  const wave = (w: number | null | undefined) =>
    w === null || w === undefined ? 'none' : w === 0 ? 'done' : `wave ${w}`;
  return {
    earliestFinish: weeks(diff.earliestFinishBefore, diff.earliestFinishAfter, diff.earliestFinishDelta),
    wavesFinish: weeks(diff.wavesFinishBefore, diff.wavesFinishAfter, diff.wavesFinishDelta),
    waves: `${diff.wavesBefore} → ${diff.wavesAfter}`,
    moved: diff.changed
      .filter((c) => c.waveBefore !== c.waveAfter)
      .map((c) => `${names.get(c.id) ?? c.id}: ${wave(c.waveBefore)} → ${wave(c.waveAfter)}`),
  };
}

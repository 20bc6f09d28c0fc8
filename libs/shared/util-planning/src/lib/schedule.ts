import { findCycles } from './cycles';
import {
  byId,
  EPSILON,
  isDone,
  type Plan,
  type PlanOptions,
  type PlanResult,
  PlanError,
  type PlanStep,
  type StepSchedule,
  type UnknownRequirement,
  type Wave,
} from './plan';

/**
 * Computes a plan (docs/transformation.md, Algorithms):
 * - cycles among the open (not done) steps, Tarjan's SCC; the steps in a cycle and every step that
 *   requires one of them, directly or not, are unschedulable;
 * - earliest/latest start and finish by effort (the critical path method, unlimited capacity), slack,
 *   the critical path (the longest chain by effort) and the plan's earliest finish;
 * - waves: a step's wave comes after the waves of everything it requires; with a capacity, each wave
 *   takes the ready steps by urgency (latest start, then id) while their effort fits, the rest move on.
 * Done steps count as finished at week 0; requirements naming unknown steps are reported and ignored.
 */
export function computePlan(plan: Plan, options: PlanOptions = {}): PlanResult {
  const capacity =
    options.capacityWeeksPerWave && options.capacityWeeksPerWave > 0 ? options.capacityWeeksPerWave : null;
  const stepById = new Map<string, PlanStep>();
  for (const s of plan.steps) {
    if (stepById.has(s.id)) throw new PlanError(`Step ${s.id} appears twice in the plan`);
    stepById.set(s.id, s);
  }

  const effort = new Map<string, number>();
  const unestimated: string[] = [];
  const done: string[] = [];
  const open: string[] = [];
  for (const s of plan.steps) {
    const e = s.effortWeeks;
    const valid = typeof e === 'number' && Number.isFinite(e) && e >= 0;
    if (!valid) unestimated.push(s.id);
    effort.set(s.id, valid ? e : 0);
    (isDone(s.status) ? done : open).push(s.id);
  }
  const doneSet = new Set(done);

  // what each open step waits for: known, open, each once
  const unknownRequirements: UnknownRequirement[] = [];
  const requires = new Map<string, string[]>();
  for (const s of plan.steps) {
    const list: string[] = [];
    for (const r of new Set(s.requires ?? [])) {
      if (!stepById.has(r)) unknownRequirements.push({ step: s.id, requires: r });
      else if (!doneSet.has(r)) list.push(r);
    }
    requires.set(s.id, doneSet.has(s.id) ? [] : list);
  }
  const dependents = new Map<string, string[]>(open.map((id) => [id, []]));
  for (const id of open) for (const r of requires.get(id)!) dependents.get(r)!.push(id);

  const cycles = findCycles(open, (id) => requires.get(id)!);
  const unschedulableSet = new Set<string>(cycles.flat());
  const queue = [...unschedulableSet];
  while (queue.length > 0) {
    for (const d of dependents.get(queue.pop()!)!) {
      if (!unschedulableSet.has(d)) {
        unschedulableSet.add(d);
        queue.push(d);
      }
    }
  }
  const schedulable = open.filter((id) => !unschedulableSet.has(id));

  // topological order (Kahn), stable in plan order
  const waiting = new Map<string, number>();
  for (const id of schedulable) waiting.set(id, requires.get(id)!.length);
  const topo: string[] = schedulable.filter((id) => waiting.get(id) === 0);
  for (let i = 0; i < topo.length; i++) {
    for (const d of dependents.get(topo[i])!) {
      const left = waiting.get(d)! - 1;
      waiting.set(d, left);
      if (left === 0) topo.push(d);
    }
  }

  // forward pass: earliest start and finish
  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  let earliestFinish = 0;
  for (const id of topo) {
    let start = 0;
    for (const r of requires.get(id)!) start = Math.max(start, ef.get(r)!);
    es.set(id, start);
    ef.set(id, start + effort.get(id)!);
    earliestFinish = Math.max(earliestFinish, ef.get(id)!);
  }
  // backward pass: latest finish and start
  const lf = new Map<string, number>();
  const ls = new Map<string, number>();
  for (let i = topo.length - 1; i >= 0; i--) {
    const id = topo[i];
    let finish = earliestFinish;
    for (const d of dependents.get(id)!) finish = Math.min(finish, ls.get(d)!);
    lf.set(id, finish);
    ls.set(id, finish - effort.get(id)!);
  }

  const criticalPath = longestChain(topo, es, ef, requires);
  const { waves, waveOf, oversized } = waveSchedule(
    schedulable,
    requires,
    dependents,
    effort,
    ls,
    stepById,
    capacity,
  );
  const waveStart = new Map<number, number>();
  for (const w of waves) waveStart.set(w.wave, w.startWeek);

  const steps: StepSchedule[] = plan.steps.map((s) => {
    const id = s.id;
    const e = effort.get(id)!;
    if (doneSet.has(id))
      return {
        id,
        state: 'DONE',
        effortWeeks: e,
        wave: 0,
        waveFinish: 0,
        earliestStart: 0,
        earliestFinish: 0,
        latestStart: 0,
        latestFinish: 0,
        slack: 0,
        critical: false,
      };
    if (unschedulableSet.has(id))
      return {
        id,
        state: 'UNSCHEDULABLE',
        effortWeeks: e,
        wave: null,
        waveFinish: null,
        earliestStart: null,
        earliestFinish: null,
        latestStart: null,
        latestFinish: null,
        slack: null,
        critical: false,
      };
    const slack = ls.get(id)! - es.get(id)!;
    const wave = waveOf.get(id)!;
    return {
      id,
      state: 'SCHEDULED',
      effortWeeks: e,
      wave,
      waveFinish: waveStart.get(wave)! + e,
      earliestStart: es.get(id)!,
      earliestFinish: ef.get(id)!,
      latestStart: ls.get(id)!,
      latestFinish: lf.get(id)!,
      slack: Math.abs(slack) < EPSILON ? 0 : slack,
      critical: Math.abs(slack) < EPSILON,
    };
  });

  const last = waves[waves.length - 1];
  return {
    steps,
    waves,
    criticalPath,
    earliestFinish,
    wavesFinish: last ? last.startWeek + last.durationWeeks : 0,
    cycles,
    unschedulable: open.filter((id) => unschedulableSet.has(id)),
    unknownRequirements,
    oversized,
    unestimated,
    done,
    capacityWeeksPerWave: capacity,
  };
}

/** The longest chain by effort: back from the latest finish, always through a predecessor that ends just in time. */
function longestChain(
  topo: readonly string[],
  es: ReadonlyMap<string, number>,
  ef: ReadonlyMap<string, number>,
  requires: ReadonlyMap<string, readonly string[]>,
): string[] {
  let end: string | null = null;
  for (const id of topo) {
    if (end === null) end = id;
    else {
      const d = ef.get(id)! - ef.get(end)!;
      if (d > EPSILON || (Math.abs(d) <= EPSILON && id < end)) end = id;
    }
  }
  const chain: string[] = [];
  for (let at = end; at !== null;) {
    chain.push(at);
    const start = es.get(at)!;
    let prev: string | null = null;
    for (const r of requires.get(at)!)
      if (Math.abs(ef.get(r)! - start) <= EPSILON && (prev === null || r < prev)) prev = r;
    at = prev;
  }
  return chain.reverse();
}

function waveSchedule(
  schedulable: readonly string[],
  requires: ReadonlyMap<string, readonly string[]>,
  dependents: ReadonlyMap<string, readonly string[]>,
  effort: ReadonlyMap<string, number>,
  latestStart: ReadonlyMap<string, number>,
  stepById: ReadonlyMap<string, PlanStep>,
  capacity: number | null,
): { waves: Wave[]; waveOf: Map<string, number>; oversized: string[] } {
  const pins = new Map<string, number>();
  for (const id of schedulable) {
    const w = stepById.get(id)!.notBeforeWave;
    pins.set(id, typeof w === 'number' && Number.isFinite(w) ? Math.max(1, Math.floor(w)) : 1);
  }
  const urgency = (a: string, b: string): number => latestStart.get(a)! - latestStart.get(b)! || byId(a, b);

  const waiting = new Map<string, number>();
  for (const id of schedulable) waiting.set(id, requires.get(id)!.length);
  // the ready steps, kept in order of urgency: each wave is one pass over them, without sorting
  let ready = schedulable.filter((id) => waiting.get(id) === 0).sort(urgency);
  const waveOf = new Map<string, number>();
  const oversized: string[] = [];
  const waves: Wave[] = [];
  let wave = 0;
  let startWeek = 0;
  while (ready.length > 0) {
    wave++;
    let firstPin = Number.POSITIVE_INFINITY;
    for (const id of ready) firstPin = Math.min(firstPin, pins.get(id)!);
    // everything ready is pinned later: go straight to the first pinned wave (no empty waves)
    if (firstPin > wave) wave = firstPin;
    const chosen: string[] = [];
    const rest: string[] = [];
    let used = 0;
    for (const id of ready) {
      const e = effort.get(id)!;
      if (
        pins.get(id)! <= wave &&
        (chosen.length === 0 || capacity === null || used + e <= capacity + EPSILON)
      ) {
        chosen.push(id);
        used += e;
        if (capacity !== null && e > capacity + EPSILON) oversized.push(id);
      } else rest.push(id);
    }
    const unlocked: string[] = [];
    let duration = 0;
    for (const id of chosen) {
      waveOf.set(id, wave);
      duration = Math.max(duration, effort.get(id)!);
      for (const d of dependents.get(id)!) {
        const left = waiting.get(d)! - 1;
        waiting.set(d, left);
        if (left === 0) unlocked.push(d);
      }
    }
    waves.push({ wave, steps: chosen.sort(byId), effortWeeks: used, startWeek, durationWeeks: duration });
    startWeek += duration;
    ready = merge(rest, unlocked.sort(urgency), urgency);
  }
  return { waves, waveOf, oversized: oversized.sort(byId) };
}

/** Two sorted lists as one. */
function merge<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] {
  if (b.length === 0) return a as T[];
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(order(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

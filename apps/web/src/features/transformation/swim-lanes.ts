import type { ComputedPlanFieldsFragment } from '@streamscape/web-api';

/** The plan as swim lanes: one lane per wave, each step a bar from its wave's start as long as its effort. */

export interface SwimLaneBar {
  id: string;
  name: string;
  startWeek: number;
  effortWeeks: number;
  /** on the plan's critical path (the longest chain by effort) */
  onCriticalPath: boolean;
  /** slack 0 */
  critical: boolean;
  /** the what-if changed its wave or finish, or added it */
  changed: boolean;
  /** a finding is about it (friction, unprepared change, cycle) */
  flagged: boolean;
}

export interface SwimLane {
  wave: number;
  startWeek: number;
  durationWeeks: number;
  effortWeeks: number;
  bars: SwimLaneBar[];
}

export interface SwimLanes {
  lanes: SwimLane[];
  /** when the last wave ends: the width of the time axis */
  totalWeeks: number;
  done: string[];
  /** in a cycle or waiting for one: no wave */
  unschedulable: string[];
}

export interface SwimLaneOptions {
  names?: ReadonlyMap<string, string>;
  changed?: ReadonlySet<string>;
  flagged?: ReadonlySet<string>;
}

type Plan = Pick<
  ComputedPlanFieldsFragment,
  'waves' | 'steps' | 'criticalPath' | 'done' | 'unschedulable' | 'wavesFinishWeeks'
>;

export function toSwimLanes(plan: Plan, options: SwimLaneOptions = {}): SwimLanes {
  const steps = new Map(plan.steps.map((s) => [s.id, s]));
  const onPath = new Set(plan.criticalPath);
  const lanes = [...plan.waves]
    .sort((a, b) => a.wave - b.wave)
    .map((wave) => ({
      wave: wave.wave,
      startWeek: wave.startWeek,
      durationWeeks: wave.durationWeeks,
      effortWeeks: wave.effortWeeks,
      bars: wave.steps
        .map((id) => {
          const step = steps.get(id);
          return {
            id,
            name: options.names?.get(id) ?? id,
            startWeek: wave.startWeek,
            effortWeeks: step?.effortWeeks ?? 0,
            onCriticalPath: onPath.has(id),
            critical: step?.critical ?? false,
            changed: options.changed?.has(id) ?? false,
            flagged: options.flagged?.has(id) ?? false,
          };
        })
        // the critical path first, then the longest: the lane reads like a Gantt chart
        .sort(
          (a, b) =>
            Number(b.onCriticalPath) - Number(a.onCriticalPath) ||
            b.effortWeeks - a.effortWeeks ||
            a.id.localeCompare(b.id),
        ),
    }));
  const laneEnd = Math.max(0, ...lanes.map((l) => l.startWeek + l.durationWeeks));
  return {
    lanes,
    totalWeeks: Math.max(plan.wavesFinishWeeks, laneEnd),
    done: [...plan.done],
    unschedulable: [...plan.unschedulable],
  };
}

/** A bar's place on the time axis, in percent of its width. */
export function barGeometry(bar: Pick<SwimLaneBar, 'startWeek' | 'effortWeeks'>, totalWeeks: number) {
  if (totalWeeks <= 0) return { left: 0, width: 0 };
  const left = (bar.startWeek / totalWeeks) * 100;
  // a step without effort still shows as a sliver
  const width = Math.max((bar.effortWeeks / totalWeeks) * 100, 0.8);
  return { left: Math.min(left, 100), width: Math.min(width, 100 - Math.min(left, 99.2)) };
}

/** The step ids a finding of the view is about (`transformation-step:<id>`). */
export function stepsInFindings(findings: readonly { about: readonly string[] }[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    for (const id of f.about)
      if (id.startsWith('transformation-step:')) out.add(id.slice('transformation-step:'.length));
  }
  return out;
}

/**
 * Flow facts: work items with their stage passages, deployments, incidents and survey measures.
 *
 * Rows are handed to a sink one at a time and never collected, so memory stays flat however
 * large `--scale` gets; only per-stream state (a few counters, the recent defects a duplicate can
 * point to, one stream's incidents for sorting) is held. Every stream, stage and team draws from
 * its own forked RNG, so facts of division 1 do not depend on how many divisions follow.
 *
 * The shapes follow how development work behaves: arrivals are Poisson on working days, durations
 * are log-normal (many quick items, a long tail), waiting dominates working time (flow efficiency
 * well below 50 %), and the catalog's flow profiles bend this where the demo needs a phenomenon
 * (a queue, late defect discovery, duplicate-heavy triage).
 */
import type { FlowModel, FlowStage, FlowStream, FlowTeam } from './landscape';
import type { FactFile, IntegrationLevel, OperatingMode } from './model';
import { Rng } from './rng';

export interface FactsOptions {
  seed: number;
  /** Window start (inclusive) and end (exclusive), epoch milliseconds, UTC midnight. */
  windowStart: number;
  windowEnd: number;
}

export interface FactSink {
  write(file: FactFile, row: string[]): void;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Items are generated from this long before the window so it opens with realistic work in progress. */
const WARM_UP_DAYS = 60;
/** How many recent defects a duplicate may point to. */
const DUPLICATE_HORIZON = 60;

type ItemType = 'feature' | 'defect' | 'risk' | 'debt';
type Resolution = 'fixed' | 'duplicate' | 'not-a-defect' | 'wont-fix';
type Severity = 'low' | 'medium' | 'high' | 'critical';

const DEFAULT_MIX: [number, number, number, number] = [55, 28, 5, 12];

/** Where defects are found, by integration level, for each escape profile. */
const FOUND_WEIGHTS: Record<'low' | 'normal' | 'high', Record<IntegrationLevel, number>> = {
  low: { component: 50, subsystem: 30, system: 14, product: 5, customer: 1 },
  normal: { component: 34, subsystem: 28, system: 22, product: 12, customer: 4 },
  high: { component: 8, subsystem: 12, system: 22, product: 55, customer: 3 },
};
/** Where defects are made: mostly where the parts are designed. */
const INJECT_WEIGHTS: Record<IntegrationLevel, number> = {
  component: 60,
  subsystem: 22,
  system: 10,
  product: 6,
  customer: 2,
};

/** Defects found late (vehicle, customer) are more often severe. */
const EARLY_SEVERITY: [Severity, number][] = [
  ['low', 30],
  ['medium', 42],
  ['high', 21],
  ['critical', 7],
];
const LATE_SEVERITY: [Severity, number][] = [
  ['low', 15],
  ['medium', 40],
  ['high', 33],
  ['critical', 12],
];
/** Median days a defect waits before someone starts on it. */
const BACKLOG_DAYS: Record<Severity, number> = { critical: 0.3, high: 1.5, medium: 4, low: 9 };

const MODE_WAIT: Record<OperatingMode, number> = { project: 1.35, hybrid: 1, product: 0.7 };
const DEPLOY_FAILURE: Record<OperatingMode, number> = { product: 0.07, hybrid: 0.13, project: 0.2 };
const DEPLOY_LEAD_DAYS: Record<OperatingMode, number> = { product: 1.2, hybrid: 4, project: 14 };
const RESTORE_HOURS: Record<OperatingMode, number> = { product: 3, hybrid: 10, project: 28 };
const WORK_FACTOR: Record<ItemType | 'triage', number> = {
  feature: 1,
  defect: 0.55,
  debt: 0.8,
  risk: 0.35,
  triage: 0.15,
};

export type FactCounts = Record<FactFile, number>;

export function generateFacts(
  flow: FlowModel,
  options: FactsOptions,
  sink: FactSink,
  onStreamDone?: (stream: FlowStream, index: number, counts: FactCounts) => void,
): FactCounts {
  const root = Rng.root(options.seed).fork('facts');
  const counts: FactCounts = { 'work-items': 0, passages: 0, deployments: 0, incidents: 0, measures: 0 };
  const counted: FactSink = {
    write(file, row) {
      counts[file]++;
      sink.write(file, row);
    },
  };
  flow.streams.forEach((stream, index) => {
    new StreamFacts(stream, options, root, counted).generate();
    onStreamDone?.(stream, index, counts);
  });
  for (const team of flow.teams) engagementSurveys(team, options, root.fork(`measures/${team.id}`), counted);
  return counts;
}

interface Passage {
  stage: FlowStage;
  enteredAt: number;
  leftAt: number;
  activeHours: number;
}

interface RecentDefect {
  id: string;
  foundIndex: number;
}

interface FailedDeployment {
  id: string;
  stage: FlowStage;
  at: number;
}

class StreamFacts {
  private itemNumber = 0;
  private readonly recentDefects: RecentDefect[] = [];
  private readonly mix: [number, number, number, number];

  constructor(
    private readonly stream: FlowStream,
    private readonly options: FactsOptions,
    private readonly root: Rng,
    private readonly sink: FactSink,
  ) {
    this.mix = stream.profile.mix ?? DEFAULT_MIX;
  }

  generate(): void {
    this.workItems(this.root.fork(`items/${this.stream.id}`));
    const failed: FailedDeployment[] = [];
    let deploymentNumber = 0;
    for (const stage of this.stream.stages) {
      if (stage.deploysPerWeek <= 0) continue;
      deploymentNumber = this.deployments(
        stage,
        this.root.fork(`deployments/${stage.id}`),
        deploymentNumber,
        failed,
      );
    }
    this.incidents(failed, this.root.fork(`incidents/${this.stream.id}`));
  }

  // ---- work items ---------------------------------------------------------------------------

  private workItems(rng: Rng): void {
    const { windowStart, windowEnd } = this.options;
    for (let day = windowStart - WARM_UP_DAYS * DAY; day < windowEnd; day += DAY) {
      const weekday = isWeekday(day);
      const count = rng.poisson(this.stream.itemsPerWorkingDay * (weekday ? 1 : 0.06));
      const minutes: number[] = [];
      for (let i = 0; i < count; i++)
        minutes.push(weekday ? rng.int(7 * 60, 19 * 60 - 1) : rng.int(9 * 60, 18 * 60 - 1));
      minutes.sort((a, b) => a - b);
      for (const m of minutes) this.workItem(rng, day + m * MINUTE);
    }
  }

  private workItem(rng: Rng, createdAt: number): void {
    const stream = this.stream;
    const path = stream.path;
    const id = `${stream.key}-${++this.itemNumber}`;
    const type = rng.weighted<ItemType>([
      ['feature', this.mix[0]],
      ['defect', this.mix[1]],
      ['risk', this.mix[2]],
      ['debt', this.mix[3]],
    ]);

    let stages: FlowStage[];
    let severity: Severity | undefined;
    let resolution: Resolution | undefined;
    let foundIndex = -1;
    let injectedIndex = -1;
    let duplicateOf: string | undefined;
    let startWaitDays: number;
    let expedite = false;
    const modeWait = MODE_WAIT[stream.operatingMode];

    if (type === 'defect') {
      const r = rng.next();
      const duplicateShare = stream.profile.duplicateShare ?? 0.05;
      const notADefectShare = stream.profile.notADefectShare ?? 0.07;
      const escape = FOUND_WEIGHTS[stream.profile.escape ?? 'normal'];
      if (r < duplicateShare && this.recentDefects.length > 0) {
        const original = rng.pick(this.recentDefects);
        resolution = 'duplicate';
        duplicateOf = original.id;
        foundIndex = original.foundIndex; // the same symptom, reported again where it showed up
      } else {
        if (r < duplicateShare + notADefectShare) resolution = 'not-a-defect';
        else if (r < duplicateShare + notADefectShare + 0.03) resolution = 'wont-fix';
        else resolution = 'fixed';
        foundIndex = rng.weighted(path.map((s, i) => [i, escape[s.level]] as const));
      }
      const late = path[foundIndex].level === 'product' || path[foundIndex].level === 'customer';
      severity = rng.weighted<Severity>(late ? LATE_SEVERITY : EARLY_SEVERITY);

      if (resolution === 'fixed' || resolution === 'wont-fix') {
        injectedIndex = rng.weighted(
          path.slice(0, foundIndex + 1).map((s, i) => [i, INJECT_WEIGHTS[s.level]] as const),
        );
      }
      // A fix goes back to where the defect was made and is re-verified up to where it was found.
      stages = resolution === 'fixed' ? path.slice(injectedIndex, foundIndex + 1) : [path[foundIndex]];
      expedite = severity === 'critical' || severity === 'high';
      startWaitDays = rng.lognormal(resolution === 'fixed' ? BACKLOG_DAYS[severity] : 1.5, 0.8);
    } else if (type === 'feature') {
      stages = path;
      startWaitDays = rng.lognormal(7 * modeWait, 0.9);
    } else if (type === 'debt') {
      stages = path.slice(0, Math.min(path.length, rng.int(1, 2)));
      startWaitDays = rng.lognormal(12 * modeWait, 1);
    } else {
      const at = rng.int(0, path.length - 1);
      stages = path.slice(at, at + 1);
      startWaitDays = rng.lognormal(4, 0.8);
    }

    const triage = resolution === 'duplicate' || resolution === 'not-a-defect';
    const startedAt = ceilMinute(createdAt + startWaitDays * DAY);
    const passages: Passage[] = [];
    let t = startedAt;
    for (const stage of stages) {
      const waitDays = triage
        ? rng.lognormal(0.6, 0.7)
        : stage.queue
          ? rng.lognormal(stage.waitDays, 0.45) // a structural queue: long for everyone, expedited or not
          : rng.lognormal(stage.waitDays * modeWait * (expedite ? 0.4 : 1), 0.75);
      const active = Math.max(
        0.25,
        rng.lognormal(stage.template.activeHours * WORK_FACTOR[triage ? 'triage' : type], 0.6),
      );
      // Active hours spread over working days: calendar time is 1.4-3.2x the hours worked.
      const elapsedHours = waitDays * 24 + active * rng.float(1.4, 3.2);
      const leftAt = ceilMinute(t + elapsedHours * HOUR);
      passages.push({ stage, enteredAt: t, leftAt, activeHours: active });
      t = ceilMinute(leftAt + rng.lognormal(1.5, 0.8) * HOUR); // hand-over to the next stage
    }
    const doneAt = passages.length > 0 ? passages[passages.length - 1].leftAt : startedAt;

    this.emit({
      id,
      type,
      createdAt,
      startedAt,
      doneAt,
      passages,
      severity,
      resolution,
      foundIndex,
      injectedIndex,
      duplicateOf,
    });
  }

  private emit(item: {
    id: string;
    type: ItemType;
    createdAt: number;
    startedAt: number;
    doneAt: number;
    passages: Passage[];
    severity?: string;
    resolution?: Resolution;
    foundIndex: number;
    injectedIndex: number;
    duplicateOf?: string;
  }): void {
    const { windowStart, windowEnd } = this.options;
    const done = item.doneAt < windowEnd;
    // Work finished before the window is history the window does not need.
    if (done && item.doneAt < windowStart) return;
    const started = item.startedAt < windowEnd;
    const path = this.stream.path;

    this.sink.write('work-items', [
      item.id,
      item.type,
      this.stream.id,
      iso(item.createdAt),
      started ? iso(item.startedAt) : '',
      done ? iso(item.doneAt) : '',
      done && item.resolution ? item.resolution : '',
      item.severity ?? '',
      item.foundIndex >= 0 ? path[item.foundIndex].id : '',
      started && item.injectedIndex >= 0 ? path[item.injectedIndex].id : '',
      done && item.duplicateOf ? item.duplicateOf : '',
    ]);
    if (started) {
      for (const p of item.passages) {
        if (p.enteredAt >= windowEnd) break;
        const open = p.leftAt >= windowEnd;
        // An open passage reports the share of its work done by the end of the window.
        const active = open
          ? (p.activeHours * (windowEnd - p.enteredAt)) / (p.leftAt - p.enteredAt)
          : p.activeHours;
        this.sink.write('passages', [
          item.id,
          p.stage.id,
          iso(p.enteredAt),
          open ? '' : iso(p.leftAt),
          floor1(active),
        ]);
      }
    }
    if (item.type === 'defect' && (item.resolution === 'fixed' || item.resolution === 'wont-fix')) {
      this.recentDefects.push({ id: item.id, foundIndex: item.foundIndex });
      if (this.recentDefects.length > DUPLICATE_HORIZON) this.recentDefects.shift();
    }
  }

  // ---- deployments and incidents --------------------------------------------------------------

  private deployments(stage: FlowStage, rng: Rng, number: number, failed: FailedDeployment[]): number {
    const mode = this.stream.operatingMode;
    const { windowStart, windowEnd } = this.options;
    const failure =
      DEPLOY_FAILURE[mode] * (stage.level === 'customer' ? 0.8 : stage.level === 'subsystem' ? 1.2 : 1);
    for (let day = windowStart; day < windowEnd; day += DAY) {
      const weekday = isWeekday(day);
      // Product-mode streams deploy on weekends now and then (automated pipelines); projects do not.
      const perDay = (stage.deploysPerWeek / 5) * (weekday ? 1 : mode === 'product' ? 0.1 : 0);
      const n = rng.poisson(perDay);
      const minutes: number[] = [];
      for (let i = 0; i < n; i++) minutes.push(rng.int(8 * 60, 18 * 60 - 1));
      minutes.sort((a, b) => a - b);
      for (const m of minutes) {
        const at = day + m * MINUTE;
        const id = `${this.stream.key}-dep-${++number}`;
        const status = rng.chance(failure) ? 'failed' : 'success';
        const changeCreatedAt = ceilMinute(at - rng.lognormal(DEPLOY_LEAD_DAYS[mode], 0.8) * DAY);
        this.sink.write('deployments', [id, stage.id, '', iso(at), status, iso(changeCreatedAt)]);
        if (status === 'failed') failed.push({ id, stage, at });
      }
    }
    return number;
  }

  private incidents(failed: FailedDeployment[], rng: Rng): void {
    const mode = this.stream.operatingMode;
    const { windowStart, windowEnd } = this.options;
    const incidents: {
      stage?: string;
      stream?: string;
      openedAt: number;
      resolvedAt: number;
      causedBy?: string;
    }[] = [];
    for (const f of failed) {
      const production = f.stage.level === 'product' || f.stage.level === 'customer';
      // A failed production release often hurts customers; a failed test deployment breaks the stage.
      if (!rng.chance(production ? 0.5 : 0.12)) continue;
      const openedAt = ceilMinute(f.at + rng.lognormal(2, 1) * HOUR);
      const restore = rng.lognormal(RESTORE_HOURS[mode] * (production ? 1 : 0.6), 1);
      incidents.push({
        stage: production ? undefined : f.stage.id,
        stream: production ? this.stream.id : undefined,
        openedAt,
        resolvedAt: ceilMinute(openedAt + restore * HOUR),
        causedBy: f.id,
      });
    }
    // Customer-facing streams also have incidents no deployment caused (load, third parties, data).
    if (this.stream.stages.some((s) => s.level === 'customer')) {
      for (let day = windowStart; day < windowEnd; day += DAY) {
        if (!rng.chance(0.2 / 7)) continue;
        const openedAt = day + rng.int(0, 24 * 60 - 1) * MINUTE;
        const restore = rng.lognormal(RESTORE_HOURS[mode], 1);
        incidents.push({
          stream: this.stream.id,
          openedAt,
          resolvedAt: ceilMinute(openedAt + restore * HOUR),
        });
      }
    }
    incidents.sort((a, b) => a.openedAt - b.openedAt);
    let n = 0;
    for (const inc of incidents) {
      if (inc.openedAt >= windowEnd) continue;
      this.sink.write('incidents', [
        `${this.stream.key}-inc-${++n}`,
        inc.stage ?? '',
        inc.stream ?? '',
        iso(inc.openedAt),
        inc.resolvedAt < windowEnd ? iso(inc.resolvedAt) : '',
        inc.causedBy ?? '',
      ]);
    }
  }
}

/**
 * Quarterly engagement survey (scale 1-5) per team. Overloaded teams and project-mode teams score
 * lower - the correlation the engagement views are meant to surface.
 */
function engagementSurveys(team: FlowTeam, options: FactsOptions, rng: Rng, sink: FactSink): void {
  const base =
    3.8 +
    rng.float(-0.3, 0.3) -
    0.05 * Math.max(0, team.ownsCount - 8) -
    (team.operatingMode === 'project' ? 0.15 : 0);
  const drift = rng.float(-0.05, 0.06);
  let quarter = 0;
  for (const at of surveyDates(options)) {
    const value = Math.min(5, Math.max(1, base + drift * quarter++ + rng.float(-0.12, 0.12)));
    sink.write('measures', [`team:${team.id}`, 'engagement', iso(at), value.toFixed(2)]);
  }
}

/** The 15th of March, June, September and December at 10:00 UTC, inside the window. */
export function surveyDates(options: FactsOptions): number[] {
  const dates: number[] = [];
  const start = new Date(options.windowStart);
  for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) < options.windowEnd; y++) {
    for (const month of [2, 5, 8, 11]) {
      const at = Date.UTC(y, month, 15, 10);
      if (at >= options.windowStart && at < options.windowEnd) dates.push(at);
    }
  }
  return dates;
}

// ---- helpers ------------------------------------------------------------------------------------

function isWeekday(ms: number): boolean {
  const d = new Date(ms).getUTCDay();
  return d !== 0 && d !== 6;
}

function ceilMinute(ms: number): number {
  return Math.ceil(ms / MINUTE) * MINUTE;
}

/** ISO 8601 UTC without milliseconds: 2026-03-04T09:15:00Z. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** One decimal, rounded down, so a reported active time never exceeds the elapsed time. */
function floor1(hours: number): string {
  return (Math.floor(hours * 10) / 10).toFixed(1);
}

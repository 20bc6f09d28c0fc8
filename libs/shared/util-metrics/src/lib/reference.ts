import { DAY_MS, HOUR_MS, dayOf, type DayRange } from './calendar';
import {
  cellsFromRaw,
  FAMILIES,
  levelField,
  routeKey,
  type Cells,
  type FamilyName,
  type RawKey,
} from './cells';
import { NO_STREAM } from './scope';

/**
 * The reference implementation of the cells: plain JavaScript over fact rows as the files spell them
 * (landscape-format.md, "Facts"). The graph layer computes the same cells in Cypher; specs hold the two
 * to each other, and unit tests of the formulas start from facts through here.
 */
export interface WorkItemFact {
  readonly id: string;
  readonly type: string;
  readonly valueStream?: string | null;
  readonly createdAt: string;
  readonly startedAt?: string | null;
  readonly doneAt?: string | null;
  readonly resolution?: string | null;
  readonly foundIn?: string | null;
  readonly injectedIn?: string | null;
}

export interface PassageFact {
  readonly workItem: string;
  readonly stage: string;
  readonly enteredAt: string;
  readonly leftAt?: string | null;
  readonly activeHours?: number | null;
}

export interface DeploymentFact {
  readonly id: string;
  readonly stage?: string | null;
  readonly valueStream?: string | null;
  readonly at: string;
  readonly status: string;
  readonly changeCreatedAt?: string | null;
}

export interface IncidentFact {
  readonly id: string;
  readonly stage?: string | null;
  readonly valueStream?: string | null;
  readonly openedAt: string;
  readonly resolvedAt?: string | null;
  readonly causedBy?: string | null;
}

export interface MeasureFact {
  /** a reference, `team:bms-software` */
  readonly scope: string;
  readonly metric: string;
  readonly at: string;
  readonly value: number;
}

export interface FactSet {
  readonly workItems: readonly WorkItemFact[];
  readonly passages: readonly PassageFact[];
  readonly deployments: readonly DeploymentFact[];
  readonly incidents: readonly IncidentFact[];
  readonly measures?: readonly MeasureFact[];
}

/** Raw per-key facts of each family over a range, as the graph layer's statements return them. */
export type RawFamilies = Record<FamilyName, Map<string, RawKey>>;

const ms = (iso: string | null | undefined): number | null => (iso ? Date.parse(iso) : null);
const hours = (a: number, b: number) => (b - a) / HOUR_MS;
/** hours from an instant to the end of its UTC day */
const toDayEnd = (t: number) => (DAY_MS - (((t % DAY_MS) + DAY_MS) % DAY_MS)) / HOUR_MS;
/** neither a duplicate nor a non-defect: a defect that was one */
const realDefect = (resolution: string | null | undefined) =>
  resolution !== 'duplicate' && resolution !== 'not-a-defect';

class RawBuilder {
  readonly keys = new Map<
    string,
    { levels: Record<string, number>; days: Map<number, Record<string, number>> }
  >();

  constructor(private readonly range: DayRange) {}

  private key(key: string) {
    let k = this.keys.get(key);
    if (!k) this.keys.set(key, (k = { levels: {}, days: new Map() }));
    return k;
  }

  /** adds to a field on the day of `t`, if that day is in the range */
  add(key: string, t: number, field: string, value: number): void {
    const day = dayOf(t);
    if (day < this.range.firstDay || day >= this.range.endDay) return;
    const days = this.key(key).days;
    const d = days.get(day) ?? {};
    d[field] = (d[field] ?? 0) + value;
    days.set(day, d);
  }

  /** an interval [start, end) of a load: its entry and exit events, and the level at the range start */
  interval(key: string, load: string, prefix: string, start: number, end: number | null): void {
    const rangeStart = this.range.firstDay * DAY_MS;
    this.add(key, start, `${prefix}Entries`, 1);
    this.add(key, start, `${prefix}EntryHours`, toDayEnd(start));
    if (end !== null) {
      this.add(key, end, `${prefix}Exits`, 1);
      this.add(key, end, `${prefix}ExitHours`, toDayEnd(end));
    }
    if (start < rangeStart && (end === null || end >= rangeStart)) {
      const levels = this.key(key).levels;
      levels[`${load}Level`] = (levels[`${load}Level`] ?? 0) + 1;
    }
  }

  result(): Map<string, RawKey> {
    return this.keys;
  }
}

/** The raw facts of every key of every family over a range. */
export function referenceRaw(facts: FactSet, range: DayRange): RawFamilies {
  const stage = new RawBuilder(range);
  const stream = new RawBuilder(range);
  const route = new RawBuilder(range);
  const items = new Map(facts.workItems.map((w) => [w.id, w]));
  const passagesOf = new Map<string, PassageFact[]>();
  for (const p of facts.passages) passagesOf.set(p.workItem, [...(passagesOf.get(p.workItem) ?? []), p]);

  for (const p of facts.passages) {
    const e = ms(p.enteredAt)!;
    const l = ms(p.leftAt);
    stage.interval(p.stage, 'loadHours', 'pass', e, l);
    if (l === null) continue;
    const elapsed = hours(e, l);
    stage.add(p.stage, l, 'passagesDone', 1);
    stage.add(p.stage, l, 'elapsedHours', elapsed);
    if (p.activeHours !== null && p.activeHours !== undefined) {
      stage.add(p.stage, l, 'measuredCount', 1);
      stage.add(p.stage, l, 'measuredHours', elapsed);
      stage.add(p.stage, l, 'activeHours', p.activeHours);
      stage.add(p.stage, l, 'waitHours', Math.max(0, elapsed - p.activeHours));
    }
    const type = items.get(p.workItem)?.type;
    if (type) stage.add(p.stage, l, `done${type[0].toUpperCase()}${type.slice(1)}`, 1);
  }

  for (const w of facts.workItems) {
    const created = ms(w.createdAt)!;
    const started = ms(w.startedAt);
    const done = ms(w.doneAt);
    const key = w.valueStream ?? NO_STREAM;
    const passages = passagesOf.get(w.id) ?? [];
    if (started !== null) stream.interval(key, 'loadHours', 'item', started, done);
    if (done !== null) {
      stream.add(key, done, 'itemsDone', 1);
      stream.add(key, done, `done${w.type[0].toUpperCase()}${w.type.slice(1)}`, 1);
      if (started !== null) {
        stream.add(key, done, 'flowCount', 1);
        stream.add(key, done, 'flowHours', hours(started, done));
        stream.add(
          key,
          done,
          'flowActiveHours',
          passages.reduce((a, p) => a + (p.activeHours ?? 0), 0),
        );
      }
    }
    if (w.type !== 'defect') continue;

    stream.interval(key, 'defectLoadHours', 'defect', created, done);
    stream.add(key, created, 'defectsCreated', 1);
    if (w.foundIn) {
      stage.interval(w.foundIn, 'defectLoadHours', 'defect', created, done);
      stage.add(w.foundIn, created, 'defectsCreated', 1);
    }
    if (done !== null) {
      const closed = (b: RawBuilder, k: string) => {
        b.add(k, done, 'defectsClosed', 1);
        if (w.resolution === 'duplicate') b.add(k, done, 'duplicatesClosed', 1);
        if (w.resolution === 'not-a-defect') b.add(k, done, 'nonDefectsClosed', 1);
        if (realDefect(w.resolution)) {
          b.add(k, done, 'resolutionCount', 1);
          b.add(k, done, 'resolutionHours', hours(created, done));
        }
      };
      closed(stream, key);
      if (w.foundIn) closed(stage, w.foundIn);
      if (realDefect(w.resolution)) {
        if (started !== null) {
          stream.add(key, done, 'backlogCount', 1);
          stream.add(key, done, 'backlogHours', hours(created, started));
        }
        const byStage = new Map<string, number>();
        for (const p of passages) {
          const l = ms(p.leftAt);
          if (l !== null) byStage.set(p.stage, (byStage.get(p.stage) ?? 0) + hours(ms(p.enteredAt)!, l));
        }
        for (const [s, h] of byStage) {
          stage.add(s, done, 'phaseCount', 1);
          stage.add(s, done, 'phaseHours', h);
        }
      }
    }
    if (w.injectedIn && w.foundIn && realDefect(w.resolution)) {
      const k = routeKey(w.injectedIn, w.foundIn);
      route.add(k, created, 'defects', 1);
      const fix = passages
        .filter((p) => p.stage === w.injectedIn && ms(p.enteredAt)! >= created)
        .sort((a, b) => ms(a.enteredAt)! - ms(b.enteredAt)!)[0];
      const left = ms(fix?.leftAt);
      if (left !== null) {
        route.add(k, left, 'feedbackCount', 1);
        route.add(k, left, 'feedbackHours', hours(created, left));
      }
    }
  }

  const causedIncident = new Set(facts.incidents.map((i) => i.causedBy).filter((x): x is string => !!x));
  for (const d of facts.deployments) {
    const at = ms(d.at)!;
    const b = d.stage ? stage : stream;
    const key = d.stage ?? d.valueStream ?? NO_STREAM;
    b.add(key, at, 'deployments', 1);
    if (d.status === 'failed' || causedIncident.has(d.id)) b.add(key, at, 'failedDeployments', 1);
    const change = ms(d.changeCreatedAt);
    if (change !== null) {
      b.add(key, at, 'leadCount', 1);
      b.add(key, at, 'leadHours', Math.max(0, hours(change, at)));
    }
  }
  for (const i of facts.incidents) {
    const opened = ms(i.openedAt)!;
    const b = i.stage ? stage : stream;
    const key = i.stage ?? i.valueStream ?? NO_STREAM;
    b.add(key, opened, 'incidents', 1);
    const resolved = ms(i.resolvedAt);
    if (resolved !== null) {
      b.add(key, opened, 'restoredCount', 1);
      b.add(key, opened, 'restoreHours', Math.max(0, hours(opened, resolved)));
    }
  }
  return { stage: stage.result(), stream: stream.result(), route: route.result() };
}

/** Cells per family, key and day over a range (loads derived), computed from the facts. */
export function referenceCells(
  facts: FactSet,
  range: DayRange,
): Record<FamilyName, Map<string, Map<number, Cells>>> {
  const raw = referenceRaw(facts, range);
  const out = {} as Record<FamilyName, Map<string, Map<number, Cells>>>;
  for (const name of Object.keys(FAMILIES) as FamilyName[]) {
    const family = FAMILIES[name];
    const keys = new Map<string, Map<number, Cells>>();
    for (const [key, r] of raw[name]) {
      const { days } = cellsFromRaw(family, range, {
        levels: Object.fromEntries(family.loads.map((l) => [levelField(l), r.levels[levelField(l)] ?? 0])),
        days: r.days,
      });
      if (days.size) keys.set(key, days);
    }
    out[name] = keys;
  }
  return out;
}

import { type DayRange } from './calendar';

/**
 * Metrics are computed from cells: sums and counts of facts per key (a stage, a stream, a defect route)
 * and UTC day. Every cell is additive over keys and days, so a stage's cells summed over its days give
 * the window, and a domain's are the sum of its streams'. Rollups store exactly these cells per ISO week.
 */
export type FamilyName = 'stage' | 'stream' | 'route';

/** A level that changes by events (passages entering and leaving, items starting and ending). */
export interface LoadDef {
  /** the cell that holds the hours of the level within a day (its time-integral) */
  readonly field: string;
  /** raw event fields: how many entered, hours from each entry to the end of its day, the same for exits */
  readonly events: readonly [entries: string, entryHours: string, exits: string, exitHours: string];
}

export interface Family {
  readonly name: FamilyName;
  readonly fields: readonly string[];
  readonly loads: readonly LoadDef[];
}

const load = (field: string, prefix: string): LoadDef => ({
  field,
  events: [`${prefix}Entries`, `${prefix}EntryHours`, `${prefix}Exits`, `${prefix}ExitHours`],
});

/** Cells of a stage: its passages, the deployments and incidents of the stage, the defects found in it. */
export const STAGE_FAMILY: Family = {
  name: 'stage',
  fields: [
    'passagesDone', // passages that left the stage (leftAt)
    'elapsedHours', // their leftAt - enteredAt
    'measuredCount', // of them, passages that state activeHours
    'measuredHours', // their elapsed hours
    'activeHours', // their activeHours
    'waitHours', // their max(0, elapsed - active)
    'doneFeature', // passages done by item type
    'doneDefect',
    'doneRisk',
    'doneDebt',
    'loadHours', // time-integral of open passages
    'deployments', // deployments OF the stage (at)
    'failedDeployments', // failed, or caused an incident
    'leadCount', // deployments that name changeCreatedAt
    'leadHours',
    'incidents', // incidents OF the stage (openedAt)
    'restoredCount', // of them, resolved
    'restoreHours',
    'defectsCreated', // defects FOUND_IN the stage (createdAt)
    'defectsClosed', // defects FOUND_IN the stage (doneAt)
    'duplicatesClosed',
    'nonDefectsClosed',
    'resolutionCount', // closed, neither duplicate nor not-a-defect
    'resolutionHours', // their doneAt - createdAt
    'defectLoadHours', // time-integral of open defects found in the stage
    'phaseCount', // defects done (doneAt), not duplicate/not-a-defect, that passed the stage
    'phaseHours', // their hours in the stage (closed passages)
  ],
  loads: [load('loadHours', 'pass'), load('defectLoadHours', 'defect')],
};

/** Cells of a value stream's own work items (IN_STREAM) and the deployments and incidents OF the stream itself. */
export const STREAM_FAMILY: Family = {
  name: 'stream',
  fields: [
    'itemsDone', // doneAt
    'doneFeature',
    'doneDefect',
    'doneRisk',
    'doneDebt',
    'flowCount', // done items that state startedAt
    'flowHours', // their doneAt - startedAt
    'flowActiveHours', // the activeHours of their passages
    'loadHours', // time-integral of items started and not done
    'defectsCreated',
    'defectsClosed',
    'duplicatesClosed',
    'nonDefectsClosed',
    'resolutionCount',
    'resolutionHours',
    'backlogCount', // closed defects (as resolutionCount) that state startedAt
    'backlogHours', // their startedAt - createdAt
    'defectLoadHours', // time-integral of defects created and not done
    'deployments',
    'failedDeployments',
    'leadCount',
    'leadHours',
    'incidents',
    'restoredCount',
    'restoreHours',
  ],
  loads: [load('loadHours', 'item'), load('defectLoadHours', 'defect')],
};

/** Cells of a defect route `injected>found`: where defects were made and where they were found. */
export const ROUTE_FAMILY: Family = {
  name: 'route',
  fields: [
    'defects', // defects created, neither duplicate nor not-a-defect, that name both stages
    'feedbackCount', // of them (by the day the fix left the injection stage), fixes that passed back
    'feedbackHours', // fix leftAt - createdAt
  ],
  loads: [],
};

export const FAMILIES: Record<FamilyName, Family> = {
  stage: STAGE_FAMILY,
  stream: STREAM_FAMILY,
  route: ROUTE_FAMILY,
};

export type Cells = number[];

/** Field name -> index in a family's cells. */
export const fieldIndex = (family: Family): Readonly<Record<string, number>> =>
  Object.fromEntries(family.fields.map((f, i) => [f, i]));

/** Cells by field name, for formulas. */
export type CellView = Readonly<Record<string, number>>;

export const emptyCells = (family: Family): Cells => new Array<number>(family.fields.length).fill(0);

export function addCells(into: Cells, add: readonly number[]): Cells {
  for (let i = 0; i < into.length; i++) into[i] += add[i] ?? 0;
  return into;
}

export function viewCells(family: Family, cells: readonly number[]): CellView {
  return Object.fromEntries(family.fields.map((f, i) => [f, cells[i] ?? 0]));
}

export const routeKey = (injected: string, found: string): string => `${injected}>${found}`;

export function parseRouteKey(key: string): { injected: string; found: string } {
  const at = key.indexOf('>');
  return { injected: key.slice(0, at), found: key.slice(at + 1) };
}

/** Raw facts of one key and day as the data layer aggregates them: cell fields and load events by name. */
export type RawDay = Readonly<Record<string, number>>;

/** One key's raw facts over a range: events per day, and the levels (open passages, items, defects) at its start. */
export interface RawKey {
  readonly levels: Readonly<Record<string, number>>;
  readonly days: ReadonlyMap<number, RawDay>;
}

/** The level field of a load at the start of a range (`loadHours` -> `loadHoursLevel`). */
export const levelField = (l: LoadDef): string => `${l.field}Level`;

/**
 * Cells per day from raw facts: event fields copied, each load's hours derived from its level at the range
 * start and its events (a passage open all day adds 24 hours; one entering at 18:00 adds 6). Every day of the
 * range gets cells, since an open passage loads days without events. Also gives the levels at the range end.
 */
export function cellsFromRaw(
  family: Family,
  range: DayRange,
  raw: RawKey,
): { days: Map<number, Cells>; levels: Record<string, number> } {
  const levels: Record<string, number> = {};
  for (const l of family.loads) levels[levelField(l)] = raw.levels[levelField(l)] ?? 0;
  const days = new Map<number, Cells>();
  const zero: RawDay = {};
  for (let day = range.firstDay; day < range.endDay; day++) {
    const r = raw.days.get(day) ?? zero;
    const cells = family.fields.map((f) => r[f] ?? 0);
    let any = cells.some((v) => v !== 0);
    for (const l of family.loads) {
      const [entries, entryHours, exits, exitHours] = l.events.map((e) => r[e] ?? 0);
      const level = levels[levelField(l)];
      const hours = 24 * level + entryHours - exitHours;
      cells[family.fields.indexOf(l.field)] = hours;
      levels[levelField(l)] = level + entries - exits;
      if (hours !== 0) any = true;
    }
    if (any) days.set(day, cells);
  }
  return { days, levels };
}

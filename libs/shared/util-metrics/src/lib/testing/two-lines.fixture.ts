import { FAMILIES, type FamilyName } from '../cells';
import type { PerformanceStructure, StageNode } from '../structure';
import type { PeriodCells } from '../subject';

const LEVELS = ['component', 'subsystem', 'system', 'product'];

const line = (stream: string, prefix: string): StageNode[] =>
  ['a', 'b', 'c', 'd'].map((x, i, all) => ({
    id: `${prefix}${x}`,
    name: `${prefix}${x}`.toUpperCase(),
    stream,
    order: i + 1,
    level: LEVELS[i],
    flowsTo: i < 3 ? [`${prefix}${all[i + 1]}`] : [],
  }));

/** Two streams of one domain, each a four-stage Assembly Line: s (a..d) and t (ta..td). */
export const TWO_LINES: PerformanceStructure = {
  enterprise: { id: 'e', name: 'E' },
  domains: [{ id: 'dom', name: 'Dom' }],
  streams: [
    { id: 's', name: 'Stream S', parent: null, domain: 'dom' },
    { id: 't', name: 'Stream T', parent: null, domain: 'dom' },
  ],
  stages: [...line('s', ''), ...line('t', 't')],
  integrationPoints: [{ id: 'ip-b', name: 'IP at B', stage: 'b', level: 'subsystem' }],
  feedbackLoops: [{ from: 'd', to: 'a', delayDays: 30 }],
  teams: [],
  orgUnits: [],
};

/** Cells of a family from named values. */
export function cells(family: FamilyName, values: Record<string, number>): number[] {
  const fields = FAMILIES[family].fields;
  for (const k of Object.keys(values)) if (!fields.includes(k)) throw new Error(`no field ${k}`);
  return fields.map((f) => values[f] ?? 0);
}

/** Passages of a stage with a mean wait of `days` (no active time). */
export const waiting = (n: number, days: number) =>
  cells('stage', {
    passagesDone: n,
    measuredCount: n,
    elapsedHours: n * days * 24,
    measuredHours: n * days * 24,
    waitHours: n * days * 24,
  });

export function period(parts: {
  stages?: Record<string, number[]>;
  streams?: Record<string, number[]>;
  routes?: Record<string, { defects?: number; fixes?: number; days?: number }>;
}): PeriodCells {
  return {
    stages: new Map(Object.entries(parts.stages ?? {})),
    streams: new Map(Object.entries(parts.streams ?? {})),
    routes: new Map(
      Object.entries(parts.routes ?? {}).map(([k, r]) => [
        k,
        cells('route', {
          defects: r.defects ?? 0,
          feedbackCount: r.fixes ?? 0,
          feedbackHours: (r.fixes ?? 0) * (r.days ?? 0) * 24,
        }),
      ]),
    ),
    measures: [],
  };
}

import { kebab, toFileEnum } from '@streamscape/domain';
import { rows, type Tx } from '../graph';
import { toJs } from '../values';
import { measurementCypher as cypher } from './cypher';
import { num } from './raw';

export interface ObjectiveRecord {
  readonly id: string;
  readonly name: string;
  /** time-to-market, productivity, quality, engagement; null when not stated */
  readonly parameter: string | null;
}

export interface KeyResultRecord {
  readonly id: string;
  readonly name: string;
  readonly objective: string | null;
  readonly kpi: string | null;
  readonly target: { readonly value: number | null; readonly by: string | null };
}

export interface KpiRecord {
  readonly id: string;
  readonly name: string;
  /** a metric id as the files spell it (`lead-time-for-changes`) */
  readonly metric: string;
  /** an ISO 8601 duration (`P90D`), null when not stated */
  readonly window: string | null;
  readonly target: { readonly value: number | null; readonly direction: 'up' | 'down' | null };
  /** the scope as a reference (`value-stream:ev-drive`), null when it no longer exists */
  readonly scope: string | null;
}

export interface MeasurementSystem {
  readonly objectives: readonly ObjectiveRecord[];
  readonly keyResults: readonly KeyResultRecord[];
  readonly kpis: readonly KpiRecord[];
}

const numberOrNull = (v: unknown, what: string) => (v === null || v === undefined ? null : num(v, what));

/** Objectives, key results and KPIs as the landscape states them (enums in file spelling). */
export async function readMeasurementSystem(tx: Tx): Promise<MeasurementSystem> {
  const objectives = await rows<{ id: string; name: string; parameter: string | null }>(
    tx,
    cypher.objectives,
  );
  const keyResults = await rows<{
    id: string;
    name: string;
    targetValue: unknown;
    targetBy: unknown;
    objective: string | null;
    kpi: string | null;
  }>(tx, cypher.keyResults);
  const kpis = await rows<{
    id: string;
    name: string;
    metric: string;
    window: string | null;
    targetValue: unknown;
    targetDirection: string | null;
    scope: { label: string; id: string } | null;
  }>(tx, cypher.kpis);
  return {
    objectives: objectives.map((o) => ({ ...o, parameter: o.parameter ? toFileEnum(o.parameter) : null })),
    keyResults: keyResults.map((r) => ({
      id: r.id,
      name: r.name,
      objective: r.objective ?? null,
      kpi: r.kpi ?? null,
      target: {
        value: numberOrNull(r.targetValue, `target of ${r.id}`),
        by: r.targetBy === null || r.targetBy === undefined ? null : String(toJs(r.targetBy)),
      },
    })),
    kpis: kpis.map((k) => ({
      id: k.id,
      name: k.name,
      metric: toFileEnum(k.metric),
      window: k.window ?? null,
      target: {
        value: numberOrNull(k.targetValue, `target of ${k.id}`),
        direction: k.targetDirection ? (toFileEnum(k.targetDirection) as 'up' | 'down') : null,
      },
      scope: k.scope ? `${kebab(k.scope.label)}:${k.scope.id}` : null,
    })),
  };
}

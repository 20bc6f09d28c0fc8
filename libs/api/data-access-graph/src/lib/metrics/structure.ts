import { toFileEnum } from '@streamscape/domain';
import type { PerformanceStructure } from '@streamscape/metrics';
import { rows, type Tx } from '../graph';
import { structureCypher as cypher } from './cypher';
import { num } from './raw';

const lower = (v: unknown): string | null => (typeof v === 'string' ? toFileEnum(v) : null);

/** The landscape the metrics are anchored to (domains, streams, stages, flows, loops, teams), in one read. */
export async function readPerformanceStructure(tx: Tx): Promise<PerformanceStructure> {
  const [enterprise] = await rows<{ id: string; name: string }>(tx, cypher.enterprise);
  const domains = await rows<{ id: string; name: string }>(tx, cypher.domains);
  const streams = await rows<{ id: string; name: string; parent: string | null; domain: string | null }>(
    tx,
    cypher.streams,
  );
  const stages = await rows<{
    id: string;
    name: string;
    order: unknown;
    level: unknown;
    stream: string | null;
    flowsTo: string[];
  }>(tx, cypher.stages);
  const points = await rows<{ id: string; name: string; level: unknown; stage: string | null }>(
    tx,
    cypher.integrationPoints,
  );
  const loops = await rows<{ from: string; to: string; delayDays: unknown }>(tx, cypher.feedbackLoops);
  const teams = await rows<{
    id: string;
    name: string;
    streams: string[];
    stages: string[];
    orgUnit: string | null;
  }>(tx, cypher.teams);
  const orgUnits = await rows<{ id: string; name: string; parent: string | null }>(tx, cypher.orgUnits);
  return {
    enterprise: enterprise ?? null,
    domains,
    streams: streams.map((v) => ({
      id: v.id,
      name: v.name,
      parent: v.parent ?? null,
      domain: v.domain ?? null,
    })),
    stages: stages
      .filter((s) => s.stream !== null)
      .map((s) => ({
        id: s.id,
        name: s.name,
        stream: s.stream!,
        order: num(s.order, `order of stage ${s.id}`),
        level: lower(s.level),
        flowsTo: s.flowsTo,
      })),
    integrationPoints: points.map((p) => ({
      id: p.id,
      name: p.name,
      stage: p.stage ?? null,
      level: lower(p.level),
    })),
    feedbackLoops: loops.map((l) => ({
      from: l.from,
      to: l.to,
      delayDays:
        l.delayDays === null || l.delayDays === undefined ? null : num(l.delayDays, 'feedback delay'),
    })),
    teams: teams.map((t) => ({ ...t, orgUnit: t.orgUnit ?? null })),
    orgUnits: orgUnits.map((o) => ({ ...o, parent: o.parent ?? null })),
  };
}

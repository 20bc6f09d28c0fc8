import type { Topology } from './structure';

export const SCOPE_KINDS = [
  'enterprise',
  'domain',
  'value-stream',
  'stage',
  'integration-point',
  'team',
  'org-unit',
] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface ScopeRef {
  readonly kind: ScopeKind;
  /** absent for the enterprise */
  readonly id?: string | null;
}

/**
 * What a scope covers. `grain` says where flow metrics come from: `stream` scopes count their streams' work
 * items, `stage` scopes (a stage, an integration point, a team that works on stages only) count passages.
 */
export interface ResolvedScope {
  readonly kind: ScopeKind;
  readonly id: string | null;
  readonly name: string;
  /** the scope as a node id of the view (`domain:adas`) */
  readonly ref: string;
  readonly grain: 'stage' | 'stream';
  readonly stages: readonly string[];
  /** streams whose own work items count; the enterprise also counts items that name no stream (key '') */
  readonly streams: readonly string[];
  /** measured entities (`Team:x`, `Stage:y`) whose measures count; null = every measure */
  readonly measured: readonly string[] | null;
  /** the domains the scope covers (for the comparison table) */
  readonly domains: readonly string[];
}

export class ScopeNotFoundError extends Error {
  constructor(readonly scope: ScopeRef) {
    super(scope.id ? `No ${scope.kind} ${scope.id} in the landscape` : `A ${scope.kind} scope needs an id`);
    this.name = 'ScopeNotFoundError';
  }
}

/** Items that name no value stream still belong to the enterprise. */
export const NO_STREAM = '';

const unique = <T>(list: Iterable<T>): T[] => [...new Set(list)];

/** Resolves a scope against the landscape; throws ScopeNotFoundError for an unknown id. */
export function resolveScope(topology: Topology, scope: ScopeRef): ResolvedScope {
  const s = topology.structure;
  const id = scope.id ?? null;
  const fromStreams = (
    kind: ScopeKind,
    name: string,
    ref: string,
    streams: string[],
    extra: string[] = [],
  ) => {
    const stages = streams.flatMap((v) => topology.streamStages(v).map((x) => x.id));
    return {
      kind,
      id,
      name,
      ref,
      grain: 'stream' as const,
      stages,
      streams,
      measured: unique([
        ...extra,
        ...streams.map((v) => `ValueStream:${v}`),
        ...stages.map((x) => `Stage:${x}`),
        ...teamsOn(topology, streams, stages).map((t) => `Team:${t}`),
      ]),
      domains: unique(streams.map((v) => topology.streams.get(v)?.domain).filter((d): d is string => !!d)),
    };
  };

  switch (scope.kind) {
    case 'enterprise': {
      if (id && s.enterprise && id !== s.enterprise.id) throw new ScopeNotFoundError(scope);
      return {
        kind: 'enterprise',
        id: s.enterprise?.id ?? id,
        name: s.enterprise?.name ?? 'Enterprise',
        ref: `enterprise:${s.enterprise?.id ?? id ?? ''}`,
        grain: 'stream',
        stages: s.stages.map((x) => x.id),
        streams: [...s.streams.map((v) => v.id), NO_STREAM],
        measured: null,
        domains: s.domains.map((d) => d.id),
      };
    }
    case 'domain': {
      const d = id ? topology.domains.get(id) : undefined;
      if (!d) throw new ScopeNotFoundError(scope);
      return fromStreams('domain', d.name, `domain:${d.id}`, topology.streamsOfDomain(d.id), [
        `Domain:${d.id}`,
      ]);
    }
    case 'value-stream': {
      const v = id ? topology.streams.get(id) : undefined;
      if (!v) throw new ScopeNotFoundError(scope);
      return fromStreams('value-stream', v.name, `value-stream:${v.id}`, topology.streamFamily(v.id));
    }
    case 'stage':
    case 'integration-point': {
      const point = scope.kind === 'integration-point' && id ? topology.integrationPoints.get(id) : undefined;
      const stageId = scope.kind === 'stage' ? id : (point?.stage ?? null);
      const stage = stageId ? topology.stages.get(stageId) : undefined;
      if (!stage || (scope.kind === 'integration-point' && !point)) throw new ScopeNotFoundError(scope);
      const name = point ? point.name : stage.name;
      return {
        kind: scope.kind,
        id,
        name,
        ref: point ? `integration-point:${point.id}` : `stage:${stage.id}`,
        grain: 'stage',
        stages: [stage.id],
        streams: [],
        measured: unique([
          ...(point ? [`IntegrationPoint:${point.id}`] : []),
          `Stage:${stage.id}`,
          ...teamsOn(topology, [], [stage.id]).map((t) => `Team:${t}`),
        ]),
        domains: unique([topology.streams.get(stage.stream)?.domain].filter((x): x is string => !!x)),
      };
    }
    case 'team':
    case 'org-unit': {
      const teams =
        scope.kind === 'team'
          ? id && topology.teams.has(id)
            ? [id]
            : null
          : id && topology.orgUnits.has(id)
            ? teamsOfOrgUnit(topology, id)
            : null;
      if (!teams) throw new ScopeNotFoundError(scope);
      const name = scope.kind === 'team' ? topology.teams.get(id!)!.name : topology.orgUnits.get(id!)!.name;
      const streams = unique(teams.flatMap((t) => topology.teams.get(t)!.streams));
      const ownStages = unique(teams.flatMap((t) => topology.teams.get(t)!.stages));
      const stages = unique([
        ...streams.flatMap((v) => topology.streamStages(v).map((x) => x.id)),
        ...ownStages,
      ]);
      const units = scope.kind === 'org-unit' ? orgUnitFamily(topology, id!).map((o) => `OrgUnit:${o}`) : [];
      return {
        kind: scope.kind,
        id,
        name,
        ref: `${scope.kind}:${id}`,
        grain: streams.length ? 'stream' : 'stage',
        stages,
        streams,
        measured: unique([...units, ...teams.map((t) => `Team:${t}`)]),
        domains: unique(streams.map((v) => topology.streams.get(v)?.domain).filter((d): d is string => !!d)),
      };
    }
  }
}

const teamsOn = (topology: Topology, streams: readonly string[], stages: readonly string[]): string[] =>
  topology.teamsOn(streams, stages);

/** The org unit and the units part of it, recursively. */
function orgUnitFamily(topology: Topology, id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) {
    for (const o of topology.structure.orgUnits)
      if (o.parent === out[i] && !out.includes(o.id)) out.push(o.id);
  }
  return out;
}

function teamsOfOrgUnit(topology: Topology, id: string): string[] {
  const units = new Set(orgUnitFamily(topology, id));
  return topology.structure.teams.filter((t) => t.orgUnit && units.has(t.orgUnit)).map((t) => t.id);
}

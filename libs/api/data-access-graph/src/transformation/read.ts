import { KIND_NAMES, kebab } from '@streamscape/domain';
import {
  computePlan,
  type FrictionFacts,
  frictionFindings,
  type ModeDependency,
  type Plan,
  type PlanOptions,
} from '@streamscape/planning';
import { rows, type Tx, type TxOptions } from '../lib/graph';
import { toSafeNumber } from '../lib/values';
import { nodeContext, transformationCypher as cypher } from './cypher';
import type {
  ComponentGenerationData,
  StepData,
  StreamModeData,
  TransformationData,
  TransformationLandscapeData,
} from './types';

type Row = Record<string, unknown>;

/** The view is interactive: it fails within this time rather than holding a connection. */
export const TRANSFORMATION_READ_TIMEOUT_MS = 15_000;

/** Anything that runs read work in a transaction: `Graph`, or the API's `GraphHost`. */
export interface TransformationReader {
  read<T>(operation: string, work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T>;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? [...new Set(v.map(String))] : []);
const optNumber = (v: unknown, what: string): number | null =>
  v === null || v === undefined ? null : toSafeNumber(v, what);
const scalar = (v: unknown, what: string): string | number | boolean | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'low' in v) return toSafeNumber(v, what);
  return String(v);
};

const refNames = new Map<string, string>();
/** `ValueStream`, `ev-drive` -> `value-stream:ev-drive` */
export function refOf(kind: string | null | undefined, id: string): string {
  const k = kind ?? 'Node';
  let name = refNames.get(k);
  if (name === undefined) refNames.set(k, (name = kebab(k)));
  return `${name}:${id}`;
}
const pairRef = (v: unknown): string | null => {
  if (!Array.isArray(v) || v[1] === null || v[1] === undefined) return null;
  return refOf(str(v[0]), String(v[1]));
};
const refs = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.map(pairRef).filter((r): r is string => r !== null))] : [];

function step(r: Row): StepData {
  const id = String(r['id']);
  return {
    id,
    name: str(r['name']),
    description: str(r['description']),
    status: str(r['status']),
    effortWeeks: optNumber(r['effortWeeks'], `effortWeeks of step ${id}`),
    plannedStart: str(r['plannedStart']),
    initiative: str(r['initiative']),
    requires: strings(r['requires']).sort(),
    changes: refs(r['changes']).sort(),
    sets: (Array.isArray(r['sets']) ? (r['sets'] as Row[]) : [])
      .map((s) => ({
        target: refOf(str(s['kind']), String(s['id'])),
        field: String(s['field']),
        value: scalar(s['value'], `value set by step ${id}`),
      }))
      .sort((a, b) => (a.target + a.field < b.target + b.field ? -1 : 1)),
  };
}

/** The initiative's steps and, transitively, every step they require; all steps without an initiative. */
function scope(all: readonly StepData[], initiativeId: string | null): StepData[] {
  if (initiativeId === null) return [...all];
  const byId = new Map(all.map((s) => [s.id, s]));
  const chosen = new Set<string>();
  const queue = all.filter((s) => s.initiative === initiativeId).map((s) => s.id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (chosen.has(id)) continue;
    chosen.add(id);
    queue.push(...(byId.get(id)?.requires ?? []));
  }
  return all.filter((s) => chosen.has(s.id));
}

/** Own mode, else the parent stream's, else the domain's. */
function withEffectiveModes(streams: readonly Row[], domains: ReadonlyMap<string, Row>): StreamModeData[] {
  const byId = new Map(streams.map((s) => [String(s['id']), s]));
  const resolved = new Map<string, { domain: string | null; mode: string | null; target: string | null }>();
  const resolve = (
    id: string,
    seen: Set<string>,
  ): { domain: string | null; mode: string | null; target: string | null } => {
    const known = resolved.get(id);
    if (known) return known;
    const s = byId.get(id)!;
    const parentId = str(s['parent']);
    const parent =
      parentId && byId.has(parentId) && !seen.has(parentId)
        ? resolve(parentId, seen.add(parentId))
        : { domain: null, mode: null, target: null };
    const domainId = str(s['domain']) ?? parent.domain;
    const domain = domainId ? domains.get(domainId) : undefined;
    const result = {
      domain: domainId,
      mode: str(s['mode']) ?? parent.mode ?? str(domain?.['mode']),
      target: str(s['targetMode']) ?? parent.target ?? str(domain?.['targetMode']),
    };
    resolved.set(id, result);
    return result;
  };
  return streams.map((s) => {
    const id = String(s['id']);
    const r = resolve(id, new Set([id]));
    return {
      id,
      name: str(s['name']),
      parent: str(s['parent']),
      domain: r.domain,
      mode: str(s['mode']),
      targetMode: str(s['targetMode']),
      effectiveMode: r.mode,
      effectiveTargetMode: r.target,
    };
  });
}

const componentEvidence = (pairs: unknown): string[] =>
  Array.isArray(pairs)
    ? [
        ...new Set(
          (pairs as unknown[][]).flatMap((p) => [
            refOf('Component', String(p[0])),
            refOf('Component', String(p[1])),
          ]),
        ),
      ]
    : [];

/**
 * Everything the transformation view draws and its rules judge, in one read transaction with the
 * statements pipelined.
 */
export async function readTransformationData(
  tx: Tx,
  initiativeId?: string | null,
): Promise<TransformationData> {
  const params = { kinds: [...KIND_NAMES] };
  const run = (statement: string) => rows<Row>(tx, statement, params);
  const [
    initiatives,
    steps,
    domains,
    streams,
    teams,
    components,
    generations,
    generationDeps,
    streamComponent,
    teamComponent,
    streamIntegration,
    streamFlow,
    context,
  ] = await Promise.all([
    run(cypher.initiatives),
    run(cypher.steps),
    run(cypher.domains),
    run(cypher.streams),
    run(cypher.teams),
    run(cypher.components),
    run(cypher.generations),
    run(cypher.generationDependencies),
    run(cypher.streamComponentDependencies),
    run(cypher.teamComponentDependencies),
    run(cypher.streamIntegrationDependencies),
    run(cypher.streamFlowDependencies),
    run(cypher.touchedContext),
  ]);

  const domainRows = new Map(domains.map((d) => [String(d['id']), d]));
  const stream = (id: unknown) => refOf('ValueStream', String(id));
  const team = (id: unknown) => refOf('Team', String(id));
  const modeDependencies: ModeDependency[] = [
    ...streamComponent.map((r) => ({
      from: stream(r['from']),
      to: stream(r['to']),
      via: 'COMPONENT' as const,
      evidence: componentEvidence(r['pairs']),
    })),
    ...teamComponent.map((r) => ({
      from: team(r['from']),
      to: team(r['to']),
      via: 'COMPONENT' as const,
      evidence: componentEvidence(r['pairs']),
    })),
    ...streamIntegration.map((r) => ({
      from: stream(r['from']),
      to: stream(r['to']),
      via: 'INTEGRATION_POINT' as const,
      evidence: strings(r['points']).map((id) => refOf('IntegrationPoint', id)),
    })),
    ...streamFlow.map((r) => ({
      from: stream(r['from']),
      to: stream(r['to']),
      via: 'FLOW' as const,
      evidence: [
        ...new Set(
          (r['stages'] as unknown[][]).flatMap((p) => [
            refOf('Stage', String(p[0])),
            refOf('Stage', String(p[1])),
          ]),
        ),
      ],
    })),
  ];

  const { context: contextOf, names: touched } = contextRows(context);

  const id = initiativeId ?? null;
  return {
    initiativeId: id,
    initiatives: initiatives.map((r) => ({
      id: String(r['id']),
      name: str(r['name']),
      description: str(r['description']),
      owner:
        r['ownerId'] === null || r['ownerId'] === undefined
          ? null
          : refOf(str(r['ownerKind']), String(r['ownerId'])),
    })),
    steps: scope(steps.map(step), id),
    domains: domains.map((d) => ({
      id: String(d['id']),
      name: str(d['name']),
      mode: str(d['mode']),
      targetMode: str(d['targetMode']),
    })),
    streams: withEffectiveModes(streams, domainRows),
    teams: teams.map((t) => ({
      id: String(t['id']),
      name: str(t['name']),
      type: str(t['type']),
      mode: str(t['mode']),
      streams: strings(t['streams']).sort(),
    })),
    components: components.map((c): ComponentGenerationData => ({
      id: String(c['id']),
      name: str(c['name']),
      generation: str(c['generation']),
      streams: strings(c['streams']).sort(),
      owners: strings(c['owners']).sort(),
    })),
    generations: generations.map((g) => ({
      id: String(g['id']),
      name: str(g['name']),
      product: str(g['product']),
      productName: str(g['productName']),
      status: str(g['status']),
      endOfLife: str(g['endOfLife']),
    })),
    generationDependencies: generationDeps.map((r) => ({
      from: refOf('Component', String(r['from'])),
      to: refOf('Component', String(r['to'])),
      weight: optNumber(r['weight'], 'dependency weight') ?? 1,
    })),
    modeDependencies,
    context: contextOf,
    touched,
  };
}

function contextRows(found: readonly Row[]): {
  context: Record<string, string[]>;
  names: Record<string, string | null>;
} {
  const context: Record<string, string[]> = {};
  const names: Record<string, string | null> = {};
  for (const r of found) {
    const ref = refOf(str(r['kind']), String(r['id']));
    names[ref] = str(r['name']);
    context[ref] = [...new Set([...refs(r['containers']), ...refs(r['owners'])])].sort();
  }
  return { context, names };
}

/**
 * The context of any nodes (references such as `component:updater`; unknown kinds and ids are left out):
 * for what a step tried in a what-if changes.
 */
export async function readNodeContext(
  tx: Tx,
  nodeRefs: readonly string[],
): Promise<{ context: Record<string, string[]>; names: Record<string, string | null> }> {
  const byKind = new Map<string, string[]>();
  for (const r of new Set(nodeRefs)) {
    const at = r.indexOf(':');
    const kind = KIND_NAMES.find((k) => kebab(k) === r.slice(0, at));
    if (kind && at > 0) byKind.set(kind, [...(byKind.get(kind) ?? []), r.slice(at + 1)]);
  }
  const found = await Promise.all(
    [...byKind].map(([kind, ids]) => rows<Row>(tx, nodeContext(kind), { ids, kinds: [...KIND_NAMES] })),
  );
  return contextRows(found.flat());
}

/** The plan as the planning maths sees it. */
export function planOf(data: Pick<TransformationData, 'steps'>): Plan {
  return {
    steps: data.steps.map((s) => ({
      id: s.id,
      effortWeeks: s.effortWeeks,
      requires: s.requires,
      status: s.status,
      plannedStart: s.plannedStart,
    })),
  };
}

/** The facts the friction rules judge: streams by their effective mode, teams by their own. */
export function frictionFactsOf(data: TransformationData): FrictionFacts {
  const name = (x: { id: string; name: string | null }) => x.name ?? x.id;
  return {
    holders: [
      ...data.streams.map((s) => ({ ref: refOf('ValueStream', s.id), name: name(s), mode: s.effectiveMode })),
      ...data.teams.map((t) => ({ ref: refOf('Team', t.id), name: name(t), mode: t.mode })),
    ],
    modeDependencies: data.modeDependencies,
    components: data.components
      .filter((c) => c.generation === 'NEXT' || c.generation === 'LEGACY')
      .map((c) => ({ ref: refOf('Component', c.id), name: name(c), generation: c.generation })),
    componentDependencies: data.generationDependencies,
    steps: data.steps.map((s) => ({
      ref: refOf('TransformationStep', s.id),
      id: s.id,
      name: name(s),
      status: s.status,
      requires: s.requires,
      touches: [...new Set([...s.changes, ...s.sets.map((x) => x.target)])],
    })),
    context: data.context,
  };
}

/** The computed part of the view: the plan (with the capacity given) and the friction findings. */
export function computeTransformationLandscape(
  data: TransformationData,
  options: PlanOptions = {},
): TransformationLandscapeData {
  const plan = computePlan(planOf(data), options);
  return { ...data, plan, findings: frictionFindings(frictionFactsOf(data), plan.cycles) };
}

/**
 * The transformation view of one initiative (or of every step): operating modes, generations, the steps
 * with what they change and require, the computed plan and the friction findings, as plain JSON. An
 * unknown initiative gives a view without steps (`initiatives` tells whether it exists).
 */
export async function readTransformationLandscape(
  graph: TransformationReader,
  initiativeId?: string | null,
  options: PlanOptions = {},
): Promise<TransformationLandscapeData> {
  const data = await graph.read('transformationLandscape', (tx) => readTransformationData(tx, initiativeId), {
    timeoutMs: TRANSFORMATION_READ_TIMEOUT_MS,
  });
  return computeTransformationLandscape(data, options);
}

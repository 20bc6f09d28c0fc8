/**
 * The part of the landscape the metrics are anchored to: domains, value streams (sub-streams by `parent`),
 * stages with their order and Assembly Line flows, integration points, feedback loops, and the teams and
 * org units that measures (engagement) are taken on.
 */
export interface NamedNode {
  readonly id: string;
  readonly name: string;
}

export interface StreamNode extends NamedNode {
  /** the parent stream of a sub-stream */
  readonly parent: string | null;
  /** the domain the stream (or its top-level parent) is part of */
  readonly domain: string | null;
}

export interface StageNode extends NamedNode {
  readonly stream: string;
  readonly order: number;
  /** component, subsystem, system, product, customer (lower case), when stated */
  readonly level: string | null;
  readonly flowsTo: readonly string[];
}

export interface IntegrationPointNode extends NamedNode {
  readonly stage: string | null;
  readonly level: string | null;
}

/** A declared feedback loop: defects found at `from` go back to `to` (FEEDBACK_TO). */
export interface FeedbackLoop {
  readonly from: string;
  readonly to: string;
  readonly delayDays: number | null;
}

export interface TeamNode extends NamedNode {
  readonly streams: readonly string[];
  readonly stages: readonly string[];
  readonly orgUnit: string | null;
}

export interface OrgUnitNode extends NamedNode {
  readonly parent: string | null;
}

export interface PerformanceStructure {
  readonly enterprise: NamedNode | null;
  readonly domains: readonly NamedNode[];
  readonly streams: readonly StreamNode[];
  readonly stages: readonly StageNode[];
  readonly integrationPoints: readonly IntegrationPointNode[];
  readonly feedbackLoops: readonly FeedbackLoop[];
  readonly teams: readonly TeamNode[];
  readonly orgUnits: readonly OrgUnitNode[];
}

export const LEVELS = ['component', 'subsystem', 'system', 'product', 'customer'] as const;

/** System integration or later on the Assembly Line. */
export const isLateLevel = (level: string | null): boolean =>
  level === 'system' || level === 'product' || level === 'customer';

/** Lookups over a structure, built once per request. */
export class Topology {
  readonly stages: ReadonlyMap<string, StageNode>;
  readonly streams: ReadonlyMap<string, StreamNode>;
  readonly domains: ReadonlyMap<string, NamedNode>;
  readonly integrationPoints: ReadonlyMap<string, IntegrationPointNode>;
  readonly teams: ReadonlyMap<string, TeamNode>;
  readonly orgUnits: ReadonlyMap<string, OrgUnitNode>;
  private readonly stagesOfStream = new Map<string, StageNode[]>();
  private readonly childStreams = new Map<string, StreamNode[]>();
  private readonly flowsFrom = new Map<string, string[]>();
  private readonly upstreamCache = new Map<string, ReadonlySet<string>>();
  private readonly teamsByStream = new Map<string, string[]>();
  private readonly teamsByStage = new Map<string, string[]>();

  constructor(readonly structure: PerformanceStructure) {
    this.stages = new Map(structure.stages.map((s) => [s.id, s]));
    this.streams = new Map(structure.streams.map((s) => [s.id, s]));
    this.domains = new Map(structure.domains.map((d) => [d.id, d]));
    this.integrationPoints = new Map(structure.integrationPoints.map((p) => [p.id, p]));
    this.teams = new Map(structure.teams.map((t) => [t.id, t]));
    this.orgUnits = new Map(structure.orgUnits.map((o) => [o.id, o]));
    for (const s of structure.stages) {
      push(this.stagesOfStream, s.stream, s);
      for (const next of s.flowsTo) push(this.flowsFrom, next, s.id);
    }
    for (const list of this.stagesOfStream.values())
      list.sort((a, b) => a.order - b.order || cmp(a.id, b.id));
    for (const v of structure.streams) if (v.parent) push(this.childStreams, v.parent, v);
    for (const t of structure.teams) {
      for (const v of t.streams) push(this.teamsByStream, v, t.id);
      for (const x of t.stages) push(this.teamsByStage, x, t.id);
    }
  }

  /** Teams that work on any of these streams or stages. */
  teamsOn(streams: readonly string[], stages: readonly string[]): string[] {
    const out = new Set<string>();
    for (const v of streams) for (const t of this.teamsByStream.get(v) ?? []) out.add(t);
    for (const x of stages) for (const t of this.teamsByStage.get(x) ?? []) out.add(t);
    return [...out];
  }

  /** The stream and its sub-streams, recursively, the stream first. */
  streamFamily(id: string): string[] {
    const out: string[] = [];
    const visit = (v: string) => {
      if (out.includes(v)) return;
      out.push(v);
      for (const c of this.childStreams.get(v) ?? []) visit(c.id);
    };
    visit(id);
    return out;
  }

  streamStages(stream: string): readonly StageNode[] {
    return this.stagesOfStream.get(stream) ?? [];
  }

  streamsOfDomain(domain: string): string[] {
    return this.structure.streams.filter((v) => v.domain === domain).map((v) => v.id);
  }

  /** Stages that flow into `stage` directly. */
  predecessors(stage: string): readonly string[] {
    return this.flowsFrom.get(stage) ?? [];
  }

  /**
   * "In or before" a stage: the stage itself, every stage with a FLOWS_TO path to it, and the stages of its
   * own stream with a lower `order` (for streams that state no flows).
   */
  upstream(stage: string): ReadonlySet<string> {
    const cached = this.upstreamCache.get(stage);
    if (cached) return cached;
    const out = new Set<string>([stage]);
    const s = this.stages.get(stage);
    const queue = [stage];
    if (s) for (const other of this.streamStages(s.stream)) if (other.order < s.order) queue.push(other.id);
    while (queue.length) {
      const next = queue.pop()!;
      out.add(next);
      for (const p of this.predecessors(next)) if (!out.has(p)) queue.push(p);
    }
    this.upstreamCache.set(stage, out);
    return out;
  }

  /** The stages a stage flows to, directly. */
  successors(stage: string): readonly string[] {
    return this.stages.get(stage)?.flowsTo ?? [];
  }

  order(stage: string): number | null {
    return this.stages.get(stage)?.order ?? null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

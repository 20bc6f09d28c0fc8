/**
 * Turns the catalog into landscape documents (one list per output file) and into the flow model
 * the fact generator needs (stream paths, stage parameters, arrival rates, teams).
 *
 * `--scale N` builds N divisions: division 1 uses the catalog keys as ids, division k > 1 suffixes
 * every per-division id with `-k`. The enterprise, its business units and sites are shared. Each
 * division draws from its own forked RNG, so division 1 - and with it the whole scale-1 output -
 * never changes when more divisions are added.
 */
import {
  BUDGETS,
  DECISIONS,
  DEPARTMENTS,
  DEPENDENCIES,
  DOMAINS,
  ENTERPRISE,
  EXTRA_FEEDBACK,
  FINDINGS,
  INITIATIVE,
  INTERACTIONS,
  KEY_RESULTS,
  KPIS,
  NEVER_INTERACT,
  OBJECTIVES,
  PATTERNS,
  SHARED_ORG_UNITS,
  STEPS,
  nameFromKey,
  type DomainDef,
  type FlowProfile,
  type StageTemplate,
  type StreamDef,
  type TeamDef,
} from './catalog';
import {
  ID_PATTERN,
  doc,
  kindSlug,
  parseRef,
  ref,
  type ComponentGeneration,
  type Doc,
  type IntegrationLevel,
  type InteractionMode,
  type Kind,
  type OperatingMode,
  type TeamType,
} from './model';
import { Rng } from './rng';

export interface LandscapeOptions {
  seed: number;
  scale: number;
}

export interface LandscapeFile {
  /** File name inside `<out>/landscape/`. */
  name: string;
  docs: Doc[];
}

/** A stage as the fact generator sees it. */
export interface FlowStage {
  id: string;
  streamId: string;
  order: number;
  level: IntegrationLevel;
  template: StageTemplate;
  /** Median wait in days (the template's, or the stream's queue override). */
  waitDays: number;
  /** Deployments per week, already adjusted to the stream's operating mode. */
  deploysPerWeek: number;
  queue: boolean;
}

export interface FlowStream {
  id: string;
  division: number;
  /** Jira-style key prefix of work item, deployment and incident ids. */
  key: string;
  domainId: string;
  operatingMode: OperatingMode;
  /** The stream's own stages, in order. */
  stages: FlowStage[];
  /** Stages a work item of this stream passes: own stages, then the parent's downstream stages. */
  path: FlowStage[];
  /** Mean work items created per working day. */
  itemsPerWorkingDay: number;
  profile: FlowProfile;
}

export interface FlowTeam {
  id: string;
  type: TeamType;
  size: number;
  operatingMode: OperatingMode;
  ownsCount: number;
}

export interface FlowModel {
  streams: FlowStream[];
  teams: FlowTeam[];
}

export interface BuiltLandscape {
  files: LandscapeFile[];
  flow: FlowModel;
}

/** Work items a 7-person stream-aligned team creates per working day (all types together). */
const ITEMS_PER_TEAM_DAY = 1.6;
const TEAM_TYPE_RATE: Record<TeamType, number> = {
  'stream-aligned': 1,
  'complicated-subsystem': 0.8,
  platform: 0.5,
  enabling: 0,
};
const DEPLOY_MODE_FACTOR: Record<OperatingMode, number> = { product: 1, hybrid: 0.5, project: 0.25 };

export function buildLandscape(options: LandscapeOptions): BuiltLandscape {
  if (!Number.isInteger(options.scale) || options.scale < 1) throw new Error('scale must be an integer >= 1');
  const root = Rng.root(options.seed);

  const enterpriseDocs: Doc[] = [
    doc('Enterprise', { id: ENTERPRISE.key, name: ENTERPRISE.name, description: ENTERPRISE.description }),
    ...SHARED_ORG_UNITS.map((ou) =>
      doc(
        'OrgUnit',
        { id: ou.key, name: ou.name, description: ou.description },
        { type: ou.type, partOf: ou.partOf },
      ),
    ),
  ];
  const budgetDocs: Doc[] = [];
  const domainFiles: LandscapeFile[] = [];
  const transformationDocs: Doc[] = [];
  const findingDocs: Doc[] = [];
  const flow: FlowModel = { streams: [], teams: [] };

  for (let division = 1; division <= options.scale; division++) {
    const built = new DivisionBuilder(division, root.fork(`landscape/${division}`)).build();
    enterpriseDocs.push(...built.departments);
    budgetDocs.push(...built.budgets);
    domainFiles.push(...built.domainFiles);
    transformationDocs.push(...built.transformation);
    findingDocs.push(...built.findings);
    flow.streams.push(...built.flow.streams);
    flow.teams.push(...built.flow.teams);
  }

  return {
    files: [
      { name: 'enterprise.yaml', docs: [...enterpriseDocs, ...budgetDocs] },
      ...domainFiles,
      { name: 'transformation.yaml', docs: transformationDocs },
      { name: 'findings.yaml', docs: findingDocs },
    ],
    flow,
  };
}

// ---------------------------------------------------------------------------------------------

const SHARED_KEYS = new Set<string>([ENTERPRISE.key, ...SHARED_ORG_UNITS.map((o) => o.key)]);

interface ComponentRecord {
  id: string;
  key: string;
  partOf?: string; // component id
  generation: ComponentGeneration;
  dependsOn: { id: string; weight?: number }[];
  owner?: string; // team id
}

interface StreamRecord {
  def: StreamDef;
  id: string;
  domain: DomainDef;
  parent?: StreamRecord;
  stages: { id: string; order: number; template: StageTemplate }[];
}

interface TeamRecord {
  def: TeamDef;
  id: string;
  domain: DomainDef;
  size: number;
  memberOf: string; // ref
  worksOn: string[]; // refs
  owns: string[]; // component ids
  interactsWith: { team: string; mode: InteractionMode }[];
  streamIds: string[]; // value streams it works on (directly or through a stage)
}

/** Builds one division: a full copy of the catalog with suffixed ids. */
class DivisionBuilder {
  private readonly streams = new Map<string, StreamRecord>(); // by catalog key
  private readonly stageIndex = new Map<string, { stream: StreamRecord; order: number }>(); // by stage id
  private readonly components = new Map<string, ComponentRecord>(); // by catalog key
  private readonly builds = new Map<string, string[]>(); // stage id -> component ids
  private readonly teams = new Map<string, TeamRecord>(); // by catalog key

  constructor(
    private readonly division: number,
    private readonly rng: Rng,
  ) {}

  /** Catalog key -> id of this division. */
  private id(key: string): string {
    const id = this.division === 1 || SHARED_KEYS.has(key) ? key : `${key}-${this.division}`;
    if (!ID_PATTERN.test(id)) throw new Error(`invalid id: ${id}`);
    return id;
  }

  /** Catalog reference (`kind:key`) -> reference of this division (`kind:key-k`). */
  private ref(catalogRef: string): string {
    const { kind, id } = parseRef(catalogRef);
    return ref(kind, this.id(id));
  }

  /** Catalog reference -> bare id, checking it has the expected kind (fields allowing one kind). */
  private bare(catalogRef: string, kind: Kind): string {
    const parsed = parseRef(catalogRef);
    if (parsed.kind !== kind) throw new Error(`expected a ${kindSlug(kind)} reference, got ${catalogRef}`);
    return this.id(parsed.id);
  }

  private name(name: string): string {
    return this.division === 1 ? name : `${name} (D${this.division})`;
  }

  build() {
    for (const domain of DOMAINS) for (const s of domain.streams) this.registerStream(s, domain, undefined);
    for (const domain of DOMAINS) for (const s of domain.streams) this.registerComponents(s);
    this.addDependencies();
    for (const domain of DOMAINS) for (const t of domain.teams) this.registerTeam(t, domain);
    this.assignOwnership();
    this.addInteractions();

    return {
      departments: DEPARTMENTS.map((ou) =>
        doc(
          'OrgUnit',
          { id: this.id(ou.key), name: this.name(ou.name), description: ou.description },
          { type: ou.type, partOf: this.ref(ou.partOf) },
        ),
      ),
      budgets: this.budgetDocs(),
      domainFiles: DOMAINS.map((d) => ({ name: `${this.id(d.key)}.yaml`, docs: this.domainDocs(d) })),
      transformation: this.transformationDocs(),
      findings: this.findingDocs(),
      flow: this.flowModel(),
    };
  }

  // ---- structure ------------------------------------------------------------------------

  private registerStream(def: StreamDef, domain: DomainDef, parent: StreamRecord | undefined): void {
    const id = this.id(def.key);
    const [from, to] = def.stages;
    const stages = PATTERNS[def.pattern].slice(from, to + 1).map((template, i) => ({
      id: this.id(`${def.key}-${template.key}`),
      order: from + i + 1, // orders continue across sub-stream and parent: the Assembly Line is one line
      template,
    }));
    const record: StreamRecord = { def, id, domain, parent, stages };
    this.streams.set(def.key, record);
    for (const s of stages) this.stageIndex.set(s.id, { stream: record, order: s.order });
    for (const sub of def.subStreams ?? []) this.registerStream(sub, domain, record);
  }

  /** Components of a stream's subsystems, and which stage builds them. */
  private registerComponents(def: StreamDef): void {
    const stream = this.streams.get(def.key)!;
    const first = stream.stages[0];
    // Parts are built where the line starts; the assembly where parts are first integrated.
    const assemblyStage =
      stream.stages.find((s) => s.template.level === 'subsystem') ??
      stream.stages.find((s) => s.template.level === 'system') ??
      first;
    for (const sub of def.subsystems) {
      const generation = def.componentGeneration ?? 'current';
      this.addComponent(sub.key, undefined, generation, assemblyStage.id);
      for (const part of sub.parts) {
        const partGeneration = sub.next?.includes(part)
          ? 'next'
          : sub.legacy?.includes(part)
            ? 'legacy'
            : generation;
        this.addComponent(part, sub.key, partGeneration, first.id);
      }
    }
    for (const key of def.alsoBuilds ?? []) this.pushBuild(first.id, this.id(key));
    for (const sub of def.subStreams ?? []) this.registerComponents(sub);
  }

  private addComponent(
    key: string,
    partOfKey: string | undefined,
    generation: ComponentGeneration,
    stageId: string,
  ): void {
    if (this.components.has(key)) throw new Error(`component defined twice: ${key}`);
    const id = this.id(key);
    this.components.set(key, { id, key, partOf: partOfKey && this.id(partOfKey), generation, dependsOn: [] });
    this.pushBuild(stageId, id);
  }

  private pushBuild(stageId: string, componentId: string): void {
    const list = this.builds.get(stageId) ?? [];
    list.push(componentId);
    this.builds.set(stageId, list);
  }

  private component(key: string): ComponentRecord {
    const c = this.components.get(key);
    if (!c) throw new Error(`unknown component in catalog: ${key}`);
    return c;
  }

  private addDependencies(): void {
    const rng = this.rng.fork('dependencies');
    // Within a subsystem, a part depends on one or two earlier parts (earlier only: no cycles),
    // the way a control software depends on its board and a board on its power stage.
    for (const domain of DOMAINS) {
      for (const stream of allStreams(domain.streams)) {
        for (const sub of stream.subsystems) {
          sub.parts.forEach((part, i) => {
            if (i === 0 || !rng.chance(0.65)) return;
            const targets = new Set([rng.int(0, i - 1)]);
            if (i > 1 && rng.chance(0.25)) targets.add(rng.int(0, i - 1));
            for (const t of [...targets].sort((a, b) => a - b)) {
              this.component(part).dependsOn.push({ id: this.id(sub.parts[t]) });
            }
          });
        }
      }
    }
    for (const [from, to, weight] of DEPENDENCIES) {
      const source = this.component(from);
      const target = this.component(to);
      if (source.dependsOn.some((d) => d.id === target.id)) continue;
      source.dependsOn.push({ id: target.id, weight });
    }
  }

  private registerTeam(def: TeamDef, domain: DomainDef): void {
    const rng = this.rng.fork(`team/${def.key}`);
    const worksOn = def.worksOn.map((r) => this.ref(r));
    const streamIds: string[] = [];
    for (const r of def.worksOn) {
      const { kind, id } = parseRef(r);
      const streamId = kind === 'Stage' ? this.stageIndex.get(this.id(id))?.stream.id : this.id(id);
      if (!streamId) throw new Error(`team ${def.key} works on unknown ${r}`);
      if (!streamIds.includes(streamId)) streamIds.push(streamId);
    }
    this.teams.set(def.key, {
      def,
      id: this.id(def.key),
      domain,
      size: rng.int(5, 9),
      memberOf: ref('OrgUnit', this.id(def.memberOf ?? domain.department)),
      worksOn,
      owns: [],
      interactsWith: [],
      streamIds,
    });
  }

  private assignOwnership(): void {
    for (const team of this.teams.values()) {
      const keys: string[] = [];
      for (const entry of team.def.owns ?? []) {
        if (entry.endsWith('/*')) {
          const sub = findSubsystem(entry.slice(0, -2));
          keys.push(sub.key, ...sub.parts);
        } else keys.push(entry);
      }
      for (const key of keys) {
        if (team.def.ownsExcept?.includes(key)) continue;
        const c = this.component(key);
        if (c.owner) throw new Error(`component ${key} owned by ${c.owner} and ${team.id}`);
        c.owner = team.id;
        team.owns.push(c.id);
      }
    }
  }

  /**
   * Explicit interactions from the catalog, then one per pair of teams whose components depend on
   * each other - except the NEVER_INTERACT pairs, which are the Conway mismatches the demo shows.
   */
  private addInteractions(): void {
    const teamById = new Map([...this.teams.values()].map((t) => [t.id, t]));
    const componentById = new Map([...this.components.values()].map((c) => [c.id, c]));
    const never = new Set(
      NEVER_INTERACT.flatMap(([a, b]) => [`${this.id(a)}|${this.id(b)}`, `${this.id(b)}|${this.id(a)}`]),
    );
    const linked = (a: TeamRecord, b: TeamRecord) =>
      a.interactsWith.some((i) => i.team === b.id) || b.interactsWith.some((i) => i.team === a.id);
    const add = (a: TeamRecord, b: TeamRecord, mode: InteractionMode) => {
      if (a === b || linked(a, b)) return;
      if (never.has(`${a.id}|${b.id}`)) throw new Error(`catalog makes ${a.id} and ${b.id} interact`);
      a.interactsWith.push({ team: b.id, mode });
    };
    for (const [a, b, mode] of INTERACTIONS) add(this.teamByKey(a), this.teamByKey(b), mode);
    for (const c of this.components.values()) {
      for (const dep of c.dependsOn) {
        const target = componentById.get(dep.id)!;
        if (!c.owner || !target.owner || c.owner === target.owner) continue;
        if (never.has(`${c.owner}|${target.owner}`)) continue;
        const a = teamById.get(c.owner)!;
        const b = teamById.get(target.owner)!;
        add(a, b, a.streamIds.some((s) => b.streamIds.includes(s)) ? 'collaboration' : 'x-as-a-service');
      }
    }
  }

  private teamByKey(key: string): TeamRecord {
    const t = this.teams.get(key);
    if (!t) throw new Error(`unknown team in catalog: ${key}`);
    return t;
  }

  // ---- documents --------------------------------------------------------------------------

  private domainDocs(domain: DomainDef): Doc[] {
    const docs: Doc[] = [
      doc(
        'Domain',
        {
          id: this.id(domain.key),
          name: this.name(domain.name),
          description: domain.description,
          tags: domain.tags,
        },
        {
          partOf: ref('Enterprise', ENTERPRISE.key),
          operatingMode: domain.operatingMode,
          targetOperatingMode: domain.targetOperatingMode,
          obligations: domain.obligations.map((o) => ({ kind: o.kind, target: this.ref(o.target) })),
        },
      ),
    ];
    for (const def of allStreams(domain.streams)) docs.push(...this.streamDocs(this.streams.get(def.key)!));
    for (const ip of domain.integrationPoints) {
      docs.push(
        doc(
          'IntegrationPoint',
          { id: this.id(ip.key), name: this.name(ip.name), description: ip.description },
          {
            at: ref('Stage', this.id(ip.at)),
            level: ip.level,
            responsible: ip.responsible.map((r) => this.ref(r)),
          },
        ),
      );
    }
    for (const p of domain.products) {
      docs.push(doc('Product', { id: this.id(p.key), name: this.name(p.name), description: p.description }));
    }
    for (const p of domain.products) {
      for (const v of p.variants)
        docs.push(
          doc(
            'Variant',
            { id: this.id(v.key), name: this.name(v.name) },
            { of: ref('Product', this.id(p.key)) },
          ),
        );
      for (const g of p.generations) {
        docs.push(
          doc(
            'Generation',
            { id: this.id(g.key), name: this.name(g.name) },
            { of: ref('Product', this.id(p.key)), status: g.status, endOfLife: g.endOfLife },
          ),
        );
      }
    }
    for (const def of allStreams(domain.streams)) {
      for (const sub of def.subsystems) {
        for (const key of [sub.key, ...sub.parts]) docs.push(this.componentDoc(this.component(key)));
      }
    }
    for (const t of domain.teams) docs.push(this.teamDoc(this.teamByKey(t.key)));
    return docs;
  }

  private streamDocs(stream: StreamRecord): Doc[] {
    const def = stream.def;
    const docs: Doc[] = [
      doc(
        'ValueStream',
        { id: stream.id, name: this.name(def.name), description: def.description, tags: def.tags },
        {
          partOf: stream.parent
            ? ref('ValueStream', stream.parent.id)
            : ref('Domain', this.id(stream.domain.key)),
          type: def.type ?? 'development',
          operatingMode: def.operatingMode,
          targetOperatingMode: def.targetOperatingMode,
          canvas: { ...def.canvas },
          delivers: def.delivers.length > 0 ? def.delivers.map((r) => this.ref(r)) : undefined,
          deliversTo: def.deliversTo.length > 0 ? def.deliversTo.map((r) => this.ref(r)) : undefined,
        },
      ),
    ];
    stream.stages.forEach((stage, i) => {
      const t = stage.template;
      const next = stream.stages[i + 1] ?? this.parentStageAfter(stream, stage.order);
      docs.push(
        doc(
          'Stage',
          { id: stage.id, name: t.name },
          {
            valueStream: ref('ValueStream', stream.id),
            order: stage.order,
            integrationLevel: t.level,
            qualityGate: t.qualityGate,
            activities: [...t.activities],
            flowsTo: next ? [next.id] : undefined,
            feedbackTo: this.feedbackOf(stream, i),
            builds: this.builds.get(stage.id),
            wipLimit: def.operatingMode === 'product' ? t.wipLimit : undefined,
          },
        ),
      );
    });
    return docs;
  }

  /** A sub-stream's last stage flows into the parent's stage with the next order. */
  private parentStageAfter(stream: StreamRecord, order: number) {
    if (!stream.parent) return undefined;
    const target = stream.parent.stages.find((s) => s.order === order + 1);
    if (!target)
      throw new Error(`${stream.id}: parent ${stream.parent.id} has no stage with order ${order + 1}`);
    return target;
  }

  /**
   * Feedback loops: every stage reports back to the start of its own line, and a parent stream's
   * stages also to the start of each sub-stream (the inverter hears from the vehicle). Delays grow
   * with the distance travelled; `feedbackFactor` slows them where integration happens late.
   */
  private feedbackOf(stream: StreamRecord, index: number) {
    const stage = stream.stages[index];
    const t = stage.template;
    const loops: { stage: string; delayDays: number }[] = [];
    if (t.feedbackDays > 0) {
      const delay = Math.round(t.feedbackDays * (stream.def.feedbackFactor ?? 1));
      if (index > 0) loops.push({ stage: stream.stages[0].id, delayDays: delay });
      const systemStage = stream.stages.find((s) => s.template.level === 'system');
      if (
        t.level === 'product' &&
        systemStage &&
        systemStage !== stream.stages[0] &&
        systemStage.order < stage.order
      ) {
        loops.push({ stage: systemStage.id, delayDays: Math.max(1, Math.round(delay / 3)) });
      }
      for (const sub of stream.def.subStreams ?? []) {
        loops.push({ stage: this.streams.get(sub.key)!.stages[0].id, delayDays: delay });
      }
    }
    for (const extra of EXTRA_FEEDBACK) {
      if (this.id(parseRef(extra.from).id) === stage.id) {
        loops.push({ stage: this.bare(extra.to, 'Stage'), delayDays: extra.delayDays });
      }
    }
    return loops.length > 0 ? loops : undefined;
  }

  private componentDoc(c: ComponentRecord): Doc {
    return doc(
      'Component',
      { id: c.id, name: nameFromKey(c.key) + (this.division === 1 ? '' : ` (D${this.division})`) },
      {
        generation: c.generation,
        partOf: c.partOf,
        dependsOn:
          c.dependsOn.length > 0
            ? c.dependsOn.map((d) => (d.weight === undefined ? d.id : { component: d.id, weight: d.weight }))
            : undefined,
      },
    );
  }

  private teamDoc(t: TeamRecord): Doc {
    return doc(
      'Team',
      { id: t.id, name: this.name(t.def.name) },
      {
        type: t.def.type,
        size: t.size,
        memberOf: t.memberOf,
        worksOn: t.worksOn.length > 0 ? t.worksOn : undefined,
        owns: t.owns.length > 0 ? t.owns : undefined,
        interactsWith:
          t.interactsWith.length > 0
            ? t.interactsWith.map((i) => ({ team: i.team, mode: i.mode }))
            : undefined,
        operatingMode: t.def.operatingMode ?? t.domain.operatingMode,
      },
    );
  }

  private budgetDocs(): Doc[] {
    const rng = this.rng.fork('budgets');
    const docs: Doc[] = [];
    for (const b of BUDGETS) {
      for (const year of [2025, 2026] as const) {
        const millions = b.amounts[year];
        if (millions === undefined) continue;
        // Copies get slightly different amounts so that divisions are not identical on charts.
        const factor = this.division === 1 ? 1 : rng.int(85, 115) / 100;
        docs.push(
          doc(
            'Budget',
            { id: this.id(`fy${year}-${b.key}`), name: this.name(`${b.name} FY${year}`) },
            {
              providedBy: ref('OrgUnit', this.id(b.providedBy)),
              fiscalYear: year,
              amount: Math.round(millions * factor * 10) * 100_000,
              currency: 'EUR',
              model: b.model,
              funds: b.funds.map((r) => this.ref(r)),
            },
          ),
        );
      }
    }
    return docs;
  }

  private transformationDocs(): Doc[] {
    const initiative = this.id(INITIATIVE.key);
    const docs: Doc[] = [
      doc(
        'Initiative',
        { id: initiative, name: this.name(INITIATIVE.name), description: INITIATIVE.description },
        { owner: this.ref(INITIATIVE.owner) },
      ),
    ];
    const seen = new Set<string>();
    for (const s of STEPS) {
      for (const r of s.requires)
        if (!seen.has(r)) throw new Error(`step ${s.key} requires later or unknown step ${r}`);
      seen.add(s.key);
      docs.push(
        doc(
          'TransformationStep',
          { id: this.id(s.key), name: this.name(s.name), description: s.description },
          {
            initiative: ref('Initiative', initiative),
            status: s.status,
            effortWeeks: s.effortWeeks,
            plannedStart: s.plannedStart,
            changes: s.changes.map((r) => this.ref(r)),
            requires: s.requires.length > 0 ? s.requires.map((r) => this.id(r)) : undefined,
            sets: s.sets?.map((x) => ({ target: this.ref(x.target), field: x.field, value: x.value })),
          },
        ),
      );
    }
    for (const o of OBJECTIVES) {
      docs.push(
        doc('Objective', { id: this.id(o.key), name: this.name(o.name) }, { parameter: o.parameter }),
      );
    }
    for (const kr of KEY_RESULTS) {
      docs.push(
        doc(
          'KeyResult',
          { id: this.id(kr.key), name: this.name(kr.name) },
          {
            objective: ref('Objective', this.id(kr.objective)),
            kpi: ref('Kpi', this.id(kr.kpi)),
            target: { value: kr.target.value, by: kr.target.by },
          },
        ),
      );
    }
    for (const k of KPIS) {
      docs.push(
        doc(
          'Kpi',
          { id: this.id(k.key), name: this.name(k.name) },
          {
            metric: k.metric,
            scope: this.ref(k.scope),
            window: k.window,
            target: { value: k.target.value, direction: k.target.direction },
          },
        ),
      );
    }
    return docs;
  }

  private findingDocs(): Doc[] {
    return [
      ...FINDINGS.map((f) =>
        doc(
          'Finding',
          { id: this.id(f.key), name: this.name(f.name), description: f.description },
          { kind: f.kind, severity: f.severity, status: f.status, about: f.about.map((r) => this.ref(r)) },
        ),
      ),
      ...DECISIONS.map((d) =>
        doc(
          'Decision',
          { id: this.id(d.key), name: this.name(d.name) },
          {
            date: d.date,
            outcome: d.outcome,
            rationale: d.rationale,
            about: d.about.map((r) => this.ref(r)),
          },
        ),
      ),
    ];
  }

  // ---- flow model ---------------------------------------------------------------------------

  private flowModel(): FlowModel {
    const flowStages = new Map<string, FlowStage[]>(); // stream id -> own stages
    for (const s of this.streams.values()) {
      const mode = s.def.operatingMode;
      flowStages.set(
        s.id,
        s.stages.map((st) => {
          const queue = s.def.flow.queue?.stage === st.template.key;
          return {
            id: st.id,
            streamId: s.id,
            order: st.order,
            level: st.template.level,
            template: st.template,
            waitDays: queue ? s.def.flow.queue!.waitDays : st.template.waitDays,
            deploysPerWeek: st.template.deploysPerWeek * DEPLOY_MODE_FACTOR[mode],
            queue,
          };
        }),
      );
    }
    const pathOf = (s: StreamRecord): FlowStage[] => {
      const own = flowStages.get(s.id)!;
      if (!s.parent) return own;
      const last = own[own.length - 1].order;
      return [...own, ...pathOf(s.parent).filter((st) => st.order > last)];
    };

    // Arrival rate: the work a stream receives scales with the teams working on it.
    const rate = new Map<string, number>();
    for (const t of this.teams.values()) {
      const perStream =
        ((t.size / 7) * ITEMS_PER_TEAM_DAY * TEAM_TYPE_RATE[t.def.type]) / Math.max(1, t.streamIds.length);
      for (const s of t.streamIds) rate.set(s, (rate.get(s) ?? 0) + perStream);
    }

    return {
      streams: [...this.streams.values()].map((s) => ({
        id: s.id,
        division: this.division,
        key: this.division === 1 ? s.def.flow.key : `${s.def.flow.key}${this.division}`,
        domainId: this.id(s.domain.key),
        operatingMode: s.def.operatingMode,
        stages: flowStages.get(s.id)!,
        path: pathOf(s),
        itemsPerWorkingDay: (rate.get(s.id) ?? 0) * (s.def.flow.rate ?? 1),
        profile: s.def.flow,
      })),
      teams: [...this.teams.values()].map((t) => ({
        id: t.id,
        type: t.def.type,
        size: t.size,
        operatingMode: t.def.operatingMode ?? t.domain.operatingMode,
        ownsCount: t.owns.length,
      })),
    };
  }
}

function allStreams(streams: StreamDef[]): StreamDef[] {
  return streams.flatMap((s) => [s, ...allStreams(s.subStreams ?? [])]);
}

function findSubsystem(key: string) {
  for (const d of DOMAINS) {
    for (const s of allStreams(d.streams)) {
      const sub = s.subsystems.find((x) => x.key === key);
      if (sub) return sub;
    }
  }
  throw new Error(`unknown subsystem in catalog: ${key}`);
}

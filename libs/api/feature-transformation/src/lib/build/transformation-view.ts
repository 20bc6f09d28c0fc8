import { KIND_NAMES, kebab } from '@streamscape/domain';
import { type Finding, ViewGraph, type ViewEdgeData, type ViewNodeData } from '@streamscape/api-views';
import type { StepData, TransformationLandscapeData } from '@streamscape/graph';
import type { FrictionFinding, PlanDiff, PlanResult } from '@streamscape/planning';

/** `value-stream` -> `ValueStream` */
const MODEL_KINDS = new Map<string, string>(KIND_NAMES.map((k) => [kebab(k), k]));
/** the kinds the views draw (ViewNodeKind); a step may change others (the enterprise), which stay off the drawing */
const DRAWN = new Set([
  'OrgUnit',
  'Domain',
  'Budget',
  'ValueStream',
  'Stage',
  'IntegrationPoint',
  'Product',
  'Variant',
  'Generation',
  'Component',
  'Team',
  'Initiative',
  'TransformationStep',
]);

const ref = (kind: string, id: string): string => `${kebab(kind)}:${id}`;
const kindOfRef = (r: string): string | undefined => MODEL_KINDS.get(r.slice(0, r.indexOf(':')));
const nameOf = (x: { id: string; name: string | null }): string => x.name ?? x.id;

export interface ComputedPlanData {
  readonly capacityWeeksPerWave: number | null;
  readonly waves: PlanResult['waves'];
  readonly steps: PlanResult['steps'];
  readonly criticalPath: readonly string[];
  readonly earliestFinishWeeks: number;
  readonly wavesFinishWeeks: number;
  readonly cycles: readonly { steps: readonly string[] }[];
  readonly unschedulable: readonly string[];
  readonly unknownRequirements: PlanResult['unknownRequirements'];
  readonly oversized: readonly string[];
  readonly unestimated: readonly string[];
  readonly done: readonly string[];
}

/** The computed plan in the API's shape (cycles as objects, finishes named in weeks). */
export function planView(plan: PlanResult): ComputedPlanData {
  return {
    capacityWeeksPerWave: plan.capacityWeeksPerWave,
    waves: plan.waves,
    steps: plan.steps,
    criticalPath: plan.criticalPath,
    earliestFinishWeeks: plan.earliestFinish,
    wavesFinishWeeks: plan.wavesFinish,
    cycles: plan.cycles.map((steps) => ({ steps })),
    unschedulable: plan.unschedulable,
    unknownRequirements: plan.unknownRequirements,
    oversized: plan.oversized,
    unestimated: plan.unestimated,
    done: plan.done,
  };
}

export function diffView(diff: PlanDiff) {
  return {
    ...diff,
    cyclesAdded: diff.cyclesAdded.map((steps) => ({ steps })),
    cyclesRemoved: diff.cyclesRemoved.map((steps) => ({ steps })),
  };
}

/** Friction findings are computed findings in the views' shape. */
export const asFindings = (findings: readonly FrictionFinding[]): Finding[] => findings as Finding[];

export interface OperatingModeData {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly mode: string | null;
  readonly targetMode: string | null;
  readonly effectiveMode: string | null;
  readonly plannedMode: string | null;
  readonly plannedBy: string | null;
}

/**
 * Which mode each node is planned to run in: the value the last step that sets its `operatingMode` sets,
 * steps taken in plan order (wave, then earliest finish, then id; unscheduled steps last).
 */
export function plannedModes(
  steps: readonly StepData[],
  plan: PlanResult,
): Map<string, { mode: string; step: string }> {
  const at = new Map(plan.steps.map((s) => [s.id, s]));
  const order = (s: StepData): [number, number] => {
    const p = at.get(s.id);
    return [p?.wave ?? Number.MAX_SAFE_INTEGER, p?.earliestFinish ?? Number.MAX_SAFE_INTEGER];
  };
  const sorted = [...steps].sort((a, b) => {
    const [wa, fa] = order(a);
    const [wb, fb] = order(b);
    return wa - wb || fa - fb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const planned = new Map<string, { mode: string; step: string }>();
  for (const s of sorted)
    for (const set of s.sets)
      if (set.field === 'operatingMode' && set.value !== null)
        planned.set(set.target, { mode: String(set.value).toUpperCase().replace(/-/g, '_'), step: s.id });
  return planned;
}

export interface TransformationViewData {
  readonly initiative: { id: string; name: string; description: string | null; owner: string | null } | null;
  readonly initiatives: { id: string; name: string; description: string | null; owner: string | null }[];
  readonly nodes: ViewNodeData[];
  readonly edges: ViewEdgeData[];
  readonly operatingModes: OperatingModeData[];
  readonly modeCounts: { kind: string; mode: string; current: number; target: number }[];
  readonly generationCounts: { generation: string; components: number }[];
  readonly productGenerations: {
    id: string;
    name: string;
    product: string | null;
    status: string | null;
    endOfLife: string | null;
  }[];
  readonly steps: {
    id: string;
    name: string;
    description: string | null;
    status: string | null;
    effortWeeks: number | null;
    plannedStart: string | null;
    initiative: string | null;
    requires: readonly string[];
    changes: readonly string[];
    sets: { target: string; field: string; value: string | null }[];
  }[];
  readonly plan: ComputedPlanData;
  readonly findings: Finding[];
}

const MODES = ['PROJECT', 'PRODUCT', 'HYBRID'];

/** The transformation view: the read landscape with its plan, as nodes and edges ready for Cytoscape. */
export function buildTransformationView(data: TransformationLandscapeData): TransformationViewData {
  const g = new ViewGraph();
  const planned = plannedModes(data.steps, data.plan);
  const at = new Map(data.plan.steps.map((s) => [s.id, s]));
  const initiatives = data.initiatives.map((i) => ({
    id: i.id,
    name: i.name ?? i.id,
    description: i.description,
    owner: i.owner,
  }));

  for (const d of data.domains) {
    const r = ref('Domain', d.id);
    g.node(r, 'Domain', nameOf(d), null, {
      mode: d.mode,
      targetMode: d.targetMode,
      plannedMode: planned.get(r)?.mode,
    });
  }
  // parents before children: ViewGraph orders by depth
  for (const s of data.streams) {
    const r = ref('ValueStream', s.id);
    const parent = s.parent ? ref('ValueStream', s.parent) : s.domain ? ref('Domain', s.domain) : null;
    g.node(r, 'ValueStream', nameOf(s), parent, {
      mode: s.mode,
      targetMode: s.targetMode,
      effectiveMode: s.effectiveMode,
      effectiveTargetMode: s.effectiveTargetMode,
      plannedMode: planned.get(r)?.mode,
      modeChange:
        s.effectiveMode !== null &&
        s.effectiveTargetMode !== null &&
        s.effectiveMode !== s.effectiveTargetMode,
    });
  }
  for (const t of data.teams) {
    const r = ref('Team', t.id);
    g.node(r, 'Team', nameOf(t), null, { type: t.type, mode: t.mode, plannedMode: planned.get(r)?.mode });
  }

  // components: the legacy and next generations, what they depend on or is depended on by them, what steps change
  const components = new Map(data.components.map((c) => [ref('Component', c.id), c]));
  const shown = new Set<string>();
  for (const [r, c] of components) if (c.generation === 'LEGACY' || c.generation === 'NEXT') shown.add(r);
  for (const d of data.generationDependencies) shown.add(d.from).add(d.to);
  for (const s of data.steps)
    for (const x of [...s.changes, ...s.sets.map((y) => y.target)]) if (components.has(x)) shown.add(x);
  for (const r of [...shown].sort()) {
    const c = components.get(r);
    if (!c) continue;
    g.node(r, 'Component', nameOf(c), null, {
      generation: c.generation,
      streams: c.streams.length,
      owners: c.owners.join(', ') || null,
    });
  }
  for (const gen of data.generations)
    g.node(ref('Generation', gen.id), 'Generation', gen.name ?? gen.id, null, {
      status: gen.status,
      endOfLife: gen.endOfLife,
      product: gen.productName ?? gen.product,
    });

  const shownInitiatives = data.initiativeId
    ? initiatives.filter((i) => i.id === data.initiativeId)
    : initiatives.filter((i) => data.steps.some((s) => s.initiative === i.id));
  for (const i of shownInitiatives) g.node(ref('Initiative', i.id), 'Initiative', i.name, null, {});
  for (const s of data.steps) {
    const p = at.get(s.id);
    const r = ref('TransformationStep', s.id);
    g.node(r, 'TransformationStep', nameOf(s), null, {
      status: s.status,
      effortWeeks: s.effortWeeks,
      state: p?.state,
      wave: p?.wave,
      earliestStart: p?.earliestStart,
      earliestFinish: p?.earliestFinish,
      slack: p?.slack,
      critical: p?.critical,
    });
    if (s.initiative) g.edge('INCLUDES', ref('Initiative', s.initiative), r);
  }
  // what steps change, drawn when its kind is one the views draw
  for (const [r, name] of Object.entries(data.touched)) {
    const kind = kindOfRef(r);
    if (kind && DRAWN.has(kind) && !g.has(r)) g.node(r, kind, name ?? r.slice(r.indexOf(':') + 1));
  }
  for (const s of data.steps) {
    const r = ref('TransformationStep', s.id);
    for (const q of s.requires) g.edge('REQUIRES', r, ref('TransformationStep', q));
    for (const x of s.changes) g.edge('CHANGES', r, x);
    for (const set of s.sets)
      g.edge('SETS', r, set.target, { label: `${set.field} = ${set.value}`, discriminator: set.field });
  }

  for (const d of data.generationDependencies) g.edge('DEPENDS_ON', d.from, d.to, { weight: d.weight });
  const modeOf = new Map<string, string | null>([
    ...data.streams.map((s) => [ref('ValueStream', s.id), s.effectiveMode] as const),
    ...data.teams.map((t) => [ref('Team', t.id), t.mode] as const),
  ]);
  for (const d of data.modeDependencies)
    g.edge('DEPENDS_ON', d.from, d.to, {
      weight: d.evidence.length || 1,
      label: d.via.toLowerCase().replace('_', ' '),
      discriminator: d.via.toLowerCase(),
      attributes: {
        via: d.via,
        friction: modeOf.get(d.from) === 'PRODUCT' && modeOf.get(d.to) === 'PROJECT',
      },
    });

  const operatingModes: OperatingModeData[] = [
    ...data.domains.map((d) => ({
      id: ref('Domain', d.id),
      kind: 'DOMAIN',
      name: nameOf(d),
      mode: d.mode,
      targetMode: d.targetMode,
      effectiveMode: d.mode,
    })),
    ...data.streams.map((s) => ({
      id: ref('ValueStream', s.id),
      kind: 'VALUE_STREAM',
      name: nameOf(s),
      mode: s.mode,
      targetMode: s.targetMode,
      effectiveMode: s.effectiveMode,
    })),
    ...data.teams.map((t) => ({
      id: ref('Team', t.id),
      kind: 'TEAM',
      name: nameOf(t),
      mode: t.mode,
      targetMode: null,
      effectiveMode: t.mode,
    })),
  ].map((m) => ({
    ...m,
    plannedMode: planned.get(m.id)?.mode ?? null,
    plannedBy: planned.get(m.id)?.step ?? null,
  }));

  const modeCounts: TransformationViewData['modeCounts'] = [];
  for (const kind of ['DOMAIN', 'VALUE_STREAM', 'TEAM']) {
    const of = operatingModes.filter((m) => m.kind === kind);
    const bucket = (m: string | null) => (m && MODES.includes(m) ? m : 'UNKNOWN');
    for (const mode of [...MODES, 'UNKNOWN']) {
      const current = of.filter((m) => bucket(m.effectiveMode) === mode).length;
      const target = of.filter(
        (m) =>
          bucket(
            kind === 'TEAM' ? (m.plannedMode ?? m.mode) : (m.targetMode ?? m.plannedMode ?? m.effectiveMode),
          ) === mode,
      ).length;
      if (current > 0 || target > 0) modeCounts.push({ kind, mode, current, target });
    }
  }

  const generationCounts = ['LEGACY', 'CURRENT', 'NEXT', 'UNKNOWN']
    .map((generation) => ({
      generation,
      components: data.components.filter((c) => (c.generation ?? 'UNKNOWN') === generation).length,
    }))
    .filter((c) => c.components > 0);

  const { nodes, edges } = g.build();
  return {
    initiative: initiatives.find((i) => i.id === data.initiativeId) ?? null,
    initiatives,
    nodes,
    edges,
    operatingModes,
    modeCounts,
    generationCounts,
    productGenerations: data.generations.map((gen) => ({
      id: ref('Generation', gen.id),
      name: gen.name ?? gen.id,
      product: gen.product ? ref('Product', gen.product) : null,
      status: gen.status,
      endOfLife: gen.endOfLife,
    })),
    steps: data.steps.map((s) => ({
      ...s,
      name: nameOf(s),
      sets: s.sets.map((x) => ({ ...x, value: x.value === null ? null : String(x.value) })),
    })),
    plan: planView(data.plan),
    findings: asFindings(data.findings),
  };
}

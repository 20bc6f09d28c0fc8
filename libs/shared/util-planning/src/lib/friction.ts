import { byId, isDone } from './plan';

/**
 * The friction rules of the transformation view (docs/transformation.md, docs/findings.md). They judge
 * plain facts that the graph layer reads; every reference is a landscape reference (`value-stream:ota-platform`),
 * which is also the id of the view node.
 */

export type FrictionSeverity = 'LOW' | 'MEDIUM' | 'HIGH';
export type FrictionKind = 'STRENGTH' | 'WEAKNESS' | 'OPPORTUNITY' | 'ISSUE';

export interface FrictionRule {
  readonly id: string;
  readonly kind: FrictionKind;
  readonly severity: FrictionSeverity;
  readonly explanation: string;
}

export const FRICTION_RULES = {
  productDependsOnProject: {
    id: 'product-depends-on-project',
    kind: 'WEAKNESS',
    severity: 'HIGH',
    explanation:
      'A product-mode stream or team waits on a project-mode one: its continuous flow is paced by project milestones and budgets.',
  },
  nextGenerationOnLegacy: {
    id: 'next-generation-on-legacy',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation:
      'A next-generation component builds on a legacy one: the new generation inherits the old one’s end of life and release pace.',
  },
  changeWithoutPreparation: {
    id: 'change-without-preparation',
    kind: 'WEAKNESS',
    severity: 'MEDIUM',
    explanation:
      'The step changes something that none of the steps it requires prepares: the change lands on ground nobody made ready.',
  },
  planCycle: {
    id: 'plan-cycle',
    kind: 'ISSUE',
    severity: 'HIGH',
    explanation:
      'The steps require each other in a circle: none of them can start, and the plan cannot be done.',
  },
} as const satisfies Record<string, FrictionRule>;

export const FRICTION_RULE_LIST: readonly FrictionRule[] = Object.values(FRICTION_RULES);

/** A finding in the shape the views return (docs/findings.md). */
export interface FrictionFinding {
  readonly id: string;
  readonly rule: string;
  readonly source: string;
  readonly kind: FrictionKind;
  readonly severity: FrictionSeverity;
  readonly status: 'OPEN';
  readonly title: string;
  readonly description: string;
  /** subjects first, then the evidence */
  readonly about: readonly string[];
}

/** A stream or team and its current operating mode (PROJECT, PRODUCT, HYBRID; null when not known). */
export interface ModeHolder {
  readonly ref: string;
  readonly name: string;
  readonly mode: string | null;
}

export type DependencyVia = 'COMPONENT' | 'INTEGRATION_POINT' | 'FLOW';

/** `from` depends on `to` (streams or teams), shown by the evidence (components, integration point, stages). */
export interface ModeDependency {
  readonly from: string;
  readonly to: string;
  readonly via: DependencyVia;
  readonly evidence: readonly string[];
}

export interface ComponentFacts {
  readonly ref: string;
  readonly name: string;
  /** LEGACY, CURRENT or NEXT */
  readonly generation: string | null;
}

export interface StepFacts {
  readonly ref: string;
  readonly id: string;
  readonly name: string;
  readonly status: string | null;
  /** ids of the steps it requires */
  readonly requires: readonly string[];
  /** what it CHANGES and what it SETS fields of */
  readonly touches: readonly string[];
}

export interface FrictionFacts {
  readonly holders: readonly ModeHolder[];
  readonly modeDependencies: readonly ModeDependency[];
  readonly components: readonly ComponentFacts[];
  readonly componentDependencies: readonly { readonly from: string; readonly to: string }[];
  readonly steps: readonly StepFacts[];
  /** per node a step touches: what contains it (up to the enterprise), owns it or, for a team, what it works on */
  readonly context: Readonly<Record<string, readonly string[]>>;
}

function finding(
  rule: FrictionRule,
  subjects: readonly string[],
  evidence: readonly string[],
  title: string,
) {
  return {
    id: `${rule.id}:${subjects.join('+')}`,
    rule: rule.id,
    source: `rule:${rule.id}`,
    kind: rule.kind,
    severity: rule.severity,
    status: 'OPEN' as const,
    title,
    description: rule.explanation,
    about: [...new Set([...subjects, ...evidence])],
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const VIA_WORDS: Record<DependencyVia, [string, string]> = {
  COMPONENT: ['component dependency', 'component dependencies'],
  INTEGRATION_POINT: ['integration point', 'integration points'],
  FLOW: ['flow', 'flows'],
};

/** product-depends-on-project: one finding per pair, whatever the ways it depends. */
export function productDependsOnProject(facts: FrictionFacts): FrictionFinding[] {
  const holders = new Map(facts.holders.map((h) => [h.ref, h]));
  const pairs = new Map<
    string,
    { from: string; to: string; evidence: Set<string>; via: Map<DependencyVia, number> }
  >();
  for (const d of facts.modeDependencies) {
    const from = holders.get(d.from);
    const to = holders.get(d.to);
    if (!from || !to || from.ref === to.ref || from.mode !== 'PRODUCT' || to.mode !== 'PROJECT') continue;
    const key = `${d.from}+${d.to}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { from: d.from, to: d.to, evidence: new Set(), via: new Map() }));
    d.evidence.forEach((e) => pair.evidence.add(e));
    pair.via.set(d.via, (pair.via.get(d.via) ?? 0) + 1);
  }
  return [...pairs.values()].map((p) => {
    const ways = (['COMPONENT', 'INTEGRATION_POINT', 'FLOW'] as const)
      .filter((v) => p.via.has(v))
      .map((v) => {
        const n = p.via.get(v)!;
        return `${n} ${n === 1 ? VIA_WORDS[v][0] : VIA_WORDS[v][1]}`;
      });
    return finding(
      FRICTION_RULES.productDependsOnProject,
      [p.from, p.to],
      [...p.evidence].sort(byId),
      `${holders.get(p.from)!.name} (product mode) depends on ${holders.get(p.to)!.name} (project mode) through ${ways.join(' and ')}`,
    );
  });
}

/** next-generation-on-legacy: one finding per dependency of a NEXT component on a LEGACY one. */
export function nextGenerationOnLegacy(facts: FrictionFacts): FrictionFinding[] {
  const components = new Map(facts.components.map((c) => [c.ref, c]));
  const found: FrictionFinding[] = [];
  for (const d of facts.componentDependencies) {
    const from = components.get(d.from);
    const to = components.get(d.to);
    if (from?.generation !== 'NEXT' || to?.generation !== 'LEGACY') continue;
    found.push(
      finding(
        FRICTION_RULES.nextGenerationOnLegacy,
        [from.ref, to.ref],
        [],
        `${from.name} (next generation) depends on ${to.name} (legacy)`,
      ),
    );
  }
  return found;
}

/**
 * change-without-preparation. A node X that an open step S touches (CHANGES or SETS) is prepared when a
 * step that S requires, directly or through other steps, touches X or a node of X's context (what contains
 * X up to the enterprise, the teams that own it or are responsible for it, the streams a team works on).
 * One finding per step, about the step and the nodes nobody prepares. Done steps are not judged.
 */
export function changeWithoutPreparation(facts: FrictionFacts): FrictionFinding[] {
  const steps = new Map(facts.steps.map((s) => [s.id, s]));
  const found: FrictionFinding[] = [];
  for (const step of facts.steps) {
    if (isDone(step.status) || step.touches.length === 0) continue;
    const prepared = new Set<string>();
    const seen = new Set<string>([step.id]);
    const queue = [...step.requires];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const before = steps.get(id);
      if (!before) continue;
      before.touches.forEach((t) => prepared.add(t));
      queue.push(...before.requires);
    }
    const unprepared = [...new Set(step.touches)]
      .filter((x) => !prepared.has(x) && !(facts.context[x] ?? []).some((c) => prepared.has(c)))
      .sort(byId);
    if (unprepared.length === 0) continue;
    found.push(
      finding(
        FRICTION_RULES.changeWithoutPreparation,
        [step.ref],
        unprepared,
        `${step.name} changes ${plural(unprepared.length, 'node')} that no step it requires prepares: ${unprepared.join(', ')}`,
      ),
    );
  }
  return found;
}

/** plan-cycle: one finding per cycle, about its steps. */
export function planCycles(
  cycles: readonly (readonly string[])[],
  names: ReadonlyMap<string, string>,
  refOf: (stepId: string) => string,
): FrictionFinding[] {
  return cycles.map((cycle) =>
    finding(
      FRICTION_RULES.planCycle,
      cycle.map(refOf),
      [],
      `${plural(cycle.length, 'step')} require each other in a circle: ${cycle.map((id) => names.get(id) ?? id).join(', ')}`,
    ),
  );
}

const RANK: Record<FrictionSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** Most severe first, then by rule and id, like the other views. */
export function sortFrictionFindings(findings: readonly FrictionFinding[]): FrictionFinding[] {
  return findings
    .slice()
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || byId(a.rule, b.rule) || byId(a.id, b.id));
}

/** Every friction rule on the facts, plus the cycles of the computed plan. */
export function frictionFindings(
  facts: FrictionFacts,
  cycles: readonly (readonly string[])[] = [],
  refOf: (stepId: string) => string = (id) => `transformation-step:${id}`,
): FrictionFinding[] {
  const names = new Map(facts.steps.map((s) => [s.id, s.name]));
  return sortFrictionFindings([
    ...productDependsOnProject(facts),
    ...nextGenerationOnLegacy(facts),
    ...changeWithoutPreparation(facts),
    ...planCycles(cycles, names, refOf),
  ]);
}

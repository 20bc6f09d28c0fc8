import type { DomainData, TeamData } from '@streamscape/graph';
import { RULES } from './catalog';
import type { Coupling } from './coupling';
import { integrationPointWithoutResponsible, teamSplitAcrossDomains } from './enterprise-rules';
import { byId, computed, type Finding, listNames, nameOf, viewId } from './finding';
import type { FindingThresholds } from './thresholds';

const pairKey = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** Teams of the domain: they work on its streams or stages, or own one of its components. */
export function domainTeams(data: DomainData): TeamData[] {
  const inside = new Set(data.components.map((c) => c.id));
  return data.teams.filter(
    (t) => t.worksOn.some((w) => w.domain === data.domain.id) || t.owns.some((c) => inside.has(c)),
  );
}

const streamsOfTeam = (team: TeamData): string[] =>
  [...new Set(team.worksOn.map((w) => w.stream))].sort(byId);

/** team-cognitive-load: too many components owned or streams worked on (anywhere in the landscape). */
export function teamCognitiveLoad(teams: readonly TeamData[], t: FindingThresholds): Finding[] {
  return teams.flatMap((team) => {
    const components = team.owns.length;
    const streams = streamsOfTeam(team).length;
    const over = [
      components > t.maxComponentsPerTeam
        ? `owns ${components} components (limit ${t.maxComponentsPerTeam})`
        : null,
      streams > t.maxStreamsPerTeam ? `works on ${streams} streams (limit ${t.maxStreamsPerTeam})` : null,
    ].filter((x): x is string => x !== null);
    if (!over.length) return [];
    return [
      computed(
        RULES.teamCognitiveLoad,
        [viewId('Team', team.id)],
        [],
        `Team ${nameOf(team)} ${over.join(' and ')}`,
      ),
    ];
  });
}

/** high-coupling-between-sub-streams: pairs of sub-streams whose density is over the limit. */
export function highCouplingBetweenSubStreams(
  data: DomainData,
  result: Coupling,
  t: FindingThresholds,
): Finding[] {
  const names = new Map(data.streams.map((s) => [s.id, nameOf(s)]));
  return result.pairs
    .filter((p) => p.density > t.maxCouplingDensity && p.weight >= t.minCouplingWeight)
    .map((p) =>
      computed(
        RULES.highCouplingBetweenSubStreams,
        [viewId('ValueStream', p.a), viewId('ValueStream', p.b)],
        [],
        `${Math.round(p.density * 100)} % of the dependency weight around ${names.get(p.a)} and ${names.get(p.b)}` +
          ` runs between them (weight ${p.weight}, limit ${Math.round(t.maxCouplingDensity * 100)} %)`,
      ),
    );
}

/** Pairs of teams that interact, either way (by sorted ids). */
function interactingPairs(teams: readonly TeamData[]): Set<string> {
  const pairs = new Set<string>();
  for (const team of teams) for (const i of team.interactions) pairs.add(pairKey(team.id, i.team).join('\n'));
  return pairs;
}

/**
 * conway-dependency-without-interaction: a component of one team depends on a component of another,
 * and the two teams do not interact. One finding per pair of teams, with the components as evidence.
 */
export function conwayDependencyWithoutInteraction(data: DomainData): Finding[] {
  const owners = new Map<string, readonly string[]>([
    ...data.components.map((c) => [c.id, c.owners] as const),
    ...data.externalComponents.map((c) => [c.id, c.owners] as const),
  ]);
  const inside = new Set(data.components.map((c) => c.id));
  const dependencies = data.components.flatMap((c) => [
    ...c.dependsOn.map((d) => [c.id, d.id] as const),
    ...c.dependedOnBy.filter((d) => !inside.has(d.id)).map((d) => [d.id, c.id] as const),
  ]);
  const interacting = interactingPairs(data.teams);
  const names = new Map([
    ...data.teams.map((t) => [t.id, nameOf(t)] as const),
    ...data.components.map((c) => [c.id, nameOf(c)] as const),
    ...data.externalComponents.map((c) => [c.id, nameOf(c)] as const),
  ]);
  const found = new Map<string, { teams: [string, string]; edges: (readonly [string, string])[] }>();
  for (const [from, to] of dependencies) {
    for (const a of owners.get(from) ?? []) {
      for (const b of owners.get(to) ?? []) {
        const teams = pairKey(a, b);
        const key = teams.join('\n');
        if (a === b || interacting.has(key)) continue;
        const entry = found.get(key) ?? { teams, edges: [] };
        if (!entry.edges.some(([f, t]) => f === from && t === to)) entry.edges.push([from, to]);
        found.set(key, entry);
      }
    }
  }
  return [...found.values()].map(({ teams: [a, b], edges }) => {
    const components = [...new Set(edges.flat())].sort(byId);
    const [from, to] = edges.slice().sort((x, y) => byId(x.join(), y.join()))[0];
    const more = edges.length > 1 ? ` (and ${edges.length - 1} more dependencies)` : '';
    return computed(
      RULES.conwayDependencyWithoutInteraction,
      [viewId('Team', a), viewId('Team', b)],
      components.map((c) => viewId('Component', c)),
      `Teams ${names.get(a) ?? a} and ${names.get(b) ?? b} do not interact, yet ${names.get(from) ?? from}` +
        ` depends on ${names.get(to) ?? to}${more}`,
    );
  });
}

/** Interaction modes that claim a structural reason to work together (x-as-a-service may be tooling, facilitating is enabling). */
const STRUCTURAL_MODES = new Set(['COLLABORATION']);

/**
 * conway-interaction-without-dependency: two teams that own components collaborate although none of
 * their components depend on each other.
 */
export function conwayInteractionWithoutDependency(teams: readonly TeamData[]): Finding[] {
  const found = new Map<string, Finding>();
  for (const team of teams) {
    if (!team.owns.length) continue;
    for (const i of team.interactions) {
      if (!i.mode || !STRUCTURAL_MODES.has(i.mode) || i.dependent || i.owns === 0 || i.team === team.id)
        continue;
      const [a, b] = pairKey(team.id, i.team);
      const [nameA, nameB] =
        a === team.id ? [nameOf(team), i.name ?? i.team] : [i.name ?? i.team, nameOf(team)];
      const finding = computed(
        RULES.conwayInteractionWithoutDependency,
        [viewId('Team', a), viewId('Team', b)],
        [],
        `Teams ${nameA} and ${nameB} collaborate, yet none of their components depend on each other`,
      );
      found.set(finding.id, finding);
    }
  }
  return [...found.values()];
}

/**
 * consolidation-candidate: sibling streams of the same type that deliver variants of the same product,
 * or build at least `minSharedComponents` of the same components.
 */
export function consolidationCandidates(data: DomainData, t: FindingThresholds): Finding[] {
  const productOfVariant = new Map(data.products.flatMap((p) => p.variants.map((v) => [v.id, p] as const)));
  const variantsOf = (streamId: string): string[] =>
    data.streams
      .find((s) => s.id === streamId)!
      .delivers.filter((d) => d.kind === 'Variant' && productOfVariant.has(d.id))
      .map((d) => d.id);
  const builtBy = new Map<string, Set<string>>();
  for (const c of data.components) {
    for (const b of c.builtIn) builtBy.set(b.stream, (builtBy.get(b.stream) ?? new Set()).add(c.id));
  }
  const siblings = new Map<string, typeof data.streams>();
  for (const s of data.streams) {
    const key = viewId(s.parent.kind, s.parent.id);
    siblings.set(key, [...(siblings.get(key) ?? []), s]);
  }
  const findings: Finding[] = [];
  for (const group of siblings.values()) {
    const sorted = group.slice().sort((x, y) => byId(x.id, y.id));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const [a, b] = [sorted[i], sorted[j]];
        if ((a.type ?? 'DEVELOPMENT') !== (b.type ?? 'DEVELOPMENT')) continue;
        const [va, vb] = [variantsOf(a.id), variantsOf(b.id)];
        const products = [...new Set(va.map((v) => productOfVariant.get(v)!.id))]
          .filter((p) => vb.some((v) => productOfVariant.get(v)!.id === p))
          .sort(byId);
        const variants = [...new Set([...va, ...vb])]
          .filter((v) => products.includes(productOfVariant.get(v)!.id))
          .sort(byId);
        const shared = [...(builtBy.get(a.id) ?? [])].filter((c) => builtBy.get(b.id)?.has(c)).sort(byId);
        const overlap = shared.length >= t.minSharedComponents;
        if (!products.length && !overlap) continue;
        const reasons = [
          products.length
            ? `deliver variants of ${listNames(products.map((p) => nameOf(data.products.find((x) => x.id === p)!)))}`
            : null,
          shared.length ? `both build ${shared.length} of the same components` : null,
        ].filter((x): x is string => x !== null);
        findings.push(
          computed(
            RULES.consolidationCandidate,
            [viewId('ValueStream', a.id), viewId('ValueStream', b.id)],
            [
              ...products.map((p) => viewId('Product', p)),
              ...variants.map((v) => viewId('Variant', v)),
              ...shared.map((c) => viewId('Component', c)),
            ],
            `Parallel streams ${nameOf(a)} and ${nameOf(b)} ${reasons.join(' and ')}`,
          ),
        );
      }
    }
  }
  return findings;
}

/** orphan-component: built in the domain, owned by no team. */
export function orphanComponents(data: DomainData): Finding[] {
  return data.components
    .filter((c) => c.owners.length === 0)
    .map((c) =>
      computed(RULES.orphanComponent, [viewId('Component', c.id)], [], `Nobody owns component ${nameOf(c)}`),
    );
}

/** variant-fragmentation: a product whose variants are delivered by more streams than the limit. */
export function variantFragmentation(data: DomainData, t: FindingThresholds): Finding[] {
  return data.products.flatMap((p) => {
    const streams = [...new Set(p.variantDeliveries.map((d) => d.stream))].sort(byId);
    if (streams.length <= t.maxStreamsPerProduct) return [];
    const domains = new Set(p.variantDeliveries.map((d) => d.domain ?? ''));
    const variants = new Set(p.variantDeliveries.map((d) => d.variant));
    return [
      computed(
        RULES.variantFragmentation,
        [viewId('Product', p.id)],
        streams.map((s) => viewId('ValueStream', s)),
        `${variants.size} variants of ${nameOf(p)} come from ${streams.length} streams in ${domains.size} domains` +
          ` (limit ${t.maxStreamsPerProduct} streams)`,
      ),
    ];
  });
}

/** Every domain-design rule over one domain's data (coupling computed once, by the caller). */
export function domainFindings(data: DomainData, couplingResult: Coupling, t: FindingThresholds): Finding[] {
  const teams = domainTeams(data);
  return [
    ...integrationPointWithoutResponsible(data.integrationPoints),
    ...teamSplitAcrossDomains(
      teams.map((team) => ({
        id: team.id,
        name: team.name,
        domains: team.worksOn.map((w) => w.domain).filter((d): d is string => d !== null),
      })),
      t,
    ),
    ...teamCognitiveLoad(teams, t),
    ...highCouplingBetweenSubStreams(data, couplingResult, t),
    ...conwayDependencyWithoutInteraction(data),
    ...conwayInteractionWithoutDependency(teams),
    ...consolidationCandidates(data, t),
    ...orphanComponents(data),
    ...variantFragmentation(data, t),
  ];
}

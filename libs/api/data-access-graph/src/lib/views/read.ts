import { rows, type Tx } from '../graph';
import { toSafeNumber } from '../values';
import { viewsCypher as cypher } from './cypher';
import type {
  BudgetReach,
  DomainData,
  EnterpriseData,
  GenerationLife,
  IntegrationPointSummary,
  NamedRef,
  NodeRef,
  StoredFinding,
} from './types';

type Row = Record<string, unknown>;

/**
 * Runs a statement and hands back its records as objects. Values stay as the driver gives them; the
 * mappers below convert each field where it is read (integers through toSafeNumber, dates to ISO
 * strings), which spares a deep walk over every value of a large view.
 */
async function plain(tx: Tx, statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return rows<Row>(tx, statement, params);
}

/** strings as they are, Neo4j dates as ISO dates (their toString) */
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const list = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const num = (v: unknown, what: string): number => toSafeNumber(v ?? 0, what);
const optNumber = (v: unknown, what: string): number | null =>
  v === null || v === undefined ? null : toSafeNumber(v, what);

const ref = (r: Row): NodeRef => ({ kind: String(r['label']), id: String(r['id']) });
const named = (r: Row): NamedRef => ({ ...ref(r), name: str(r['name']) });

const generation = (r: Row): GenerationLife => ({
  id: String(r['id']),
  status: str(r['status']),
  endOfLife: str(r['endOfLife']),
});

function storedFinding(r: Row): StoredFinding {
  return {
    id: String(r['id']),
    name: str(r['name']),
    description: str(r['description']),
    kind: str(r['kind']),
    severity: str(r['severity']),
    status: str(r['status']),
    about: list(r['about']).map(ref),
  };
}

function integrationPoint(r: Row): IntegrationPointSummary {
  return {
    id: String(r['id']),
    name: str(r['name']),
    level: str(r['level']),
    stage: str(r['stage']),
    stream: str(r['stream']),
    domain: str(r['domain']),
    responsible: list(r['responsible']).map(named),
    deliveries: list(r['deliveries']).map((d) => ({ stream: String(d['stream']), domain: str(d['domain']) })),
  };
}

/**
 * Everything the enterprise-structure view draws and its rules judge, read in one transaction with the
 * statements pipelined (one round trip's wait, not eight).
 */
export async function readEnterpriseData(tx: Tx): Promise<EnterpriseData> {
  const [enterprise, domains, budgets, orgUnits, ips, dependencies, teams, findings] = await Promise.all([
    plain(tx, cypher.enterprise),
    plain(tx, cypher.domains),
    plain(tx, cypher.budgets),
    plain(tx, cypher.orgUnits),
    plain(tx, cypher.integrationPoints),
    plain(tx, cypher.domainDependencies),
    plain(tx, cypher.multiDomainTeams),
    plain(tx, cypher.storedFindings),
  ]);
  return {
    enterprise: enterprise[0] ? { id: String(enterprise[0]['id']), name: str(enterprise[0]['name']) } : null,
    domains: domains.map((r) => ({
      id: String(r['id']),
      name: str(r['name']),
      operatingMode: str(r['operatingMode']),
      targetOperatingMode: str(r['targetOperatingMode']),
      valueStreams: num(r['valueStreams'], 'value streams'),
      subStreams: num(r['subStreams'], 'sub-streams'),
      teams: num(r['teams'], 'teams'),
      streams: list(r['streams']).map((v) => ({
        id: String(v['id']),
        name: str(v['name']),
        type: str(v['type']),
        operatingMode: str(v['operatingMode']),
        subStreams: num(v['subStreams'], 'sub-streams'),
      })),
      obligations: list(r['obligations']).map((o) => ({
        kind: String(o['kind']),
        target: named(o),
        status: str(o['status']),
        endOfLife: str(o['endOfLife']),
        product: o['product']
          ? { id: String((o['product'] as Row)['id']), name: str((o['product'] as Row)['name']) }
          : null,
        generations: list(o['generations']).map(generation),
      })),
    })),
    budgets: budgets.map((r) => ({
      id: String(r['id']),
      name: str(r['name']),
      model: String(r['model']),
      fiscalYear: num(r['fiscalYear'], 'fiscal year'),
      amount: num(r['amount'], 'amount'),
      currency: String(r['currency']),
      providedBy: str(r['providedBy']),
      targets: num(r['targets'], 'budget targets'),
      reaches: list(r['reaches']).map((x) => ({
        domain: String(x['domain']),
        via: x['via'] as BudgetReach['via'],
        target: String(x['target']),
      })),
    })),
    orgUnits: orgUnits.map((r) => ({
      id: String(r['id']),
      name: str(r['name']),
      type: str(r['type']),
      parent: str(r['parent']),
    })),
    integrationPoints: ips.map(integrationPoint),
    domainDependencies: dependencies.map((r) => ({
      source: String(r['source']),
      target: String(r['target']),
      weight: num(r['weight'], 'dependency weight'),
      dependencies: num(r['dependencies'], 'dependencies'),
    })),
    multiDomainTeams: teams.map((r) => ({
      id: String(r['id']),
      name: str(r['name']),
      type: str(r['type']),
      domains: list(r['domains']).map((d) => ({
        domain: String(d['domain']),
        streams: num(d['streams'], 'streams'),
      })),
    })),
    storedFindings: findings.map(storedFinding),
  };
}

/** Rows by the domain they were read for (`forDomain`). */
function byDomain(list: readonly Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const r of list) {
    const key = String(r['forDomain']);
    const rowsOf = map.get(key);
    if (rowsOf) rowsOf.push(r);
    else map.set(key, [r]);
  }
  return map;
}

/**
 * Everything the domain-design view draws and its rules judge, for each of the domains, in one
 * transaction with the statements pipelined (seven statements however many domains); domains that do
 * not exist are missing from the result.
 */
export async function readDomainsData(
  tx: Tx,
  domainIds: readonly string[],
): Promise<Map<string, DomainData>> {
  const params = { domainIds };
  const [domains, components, external, teams, products, ips, findings] = await Promise.all([
    plain(tx, cypher.domain, params),
    plain(tx, cypher.domainComponents, params),
    plain(tx, cypher.domainExternalComponents, params),
    plain(tx, cypher.domainTeams, params),
    plain(tx, cypher.domainProducts, params),
    plain(tx, cypher.domainIntegrationPoints, params),
    plain(tx, cypher.storedFindings),
  ]);
  const [componentsOf, externalOf, teamsOf, productsOf, ipsOf] = [
    components,
    external,
    teams,
    products,
    ips,
  ].map(byDomain);
  const storedFindings = findings.map(storedFinding);
  const result = new Map<string, DomainData>();
  for (const d of domains) {
    const id = String(d['id']);
    result.set(
      id,
      domainData(
        d,
        componentsOf.get(id) ?? [],
        externalOf.get(id) ?? [],
        teamsOf.get(id) ?? [],
        productsOf.get(id) ?? [],
        ipsOf.get(id) ?? [],
        storedFindings,
      ),
    );
  }
  return result;
}

/** One domain's view data; null when there is no such domain. */
export async function readDomainData(tx: Tx, domainId: string): Promise<DomainData | null> {
  return (await readDomainsData(tx, [domainId])).get(domainId) ?? null;
}

function domainData(
  d: Row,
  components: readonly Row[],
  external: readonly Row[],
  teams: readonly Row[],
  products: readonly Row[],
  ips: readonly Row[],
  storedFindings: readonly StoredFinding[],
): DomainData {
  return {
    domain: {
      id: String(d['id']),
      name: str(d['name']),
      operatingMode: str(d['operatingMode']),
      targetOperatingMode: str(d['targetOperatingMode']),
      obligations: list(d['obligations']).map((o) => ({ kind: String(o['kind']), target: named(o) })),
    },
    streams: list(d['streams']).map((s) => ({
      id: String(s['id']),
      name: str(s['name']),
      parent: { kind: String(s['parentLabel']), id: String(s['parent']) },
      type: str(s['type']),
      operatingMode: str(s['operatingMode']),
      targetOperatingMode: str(s['targetOperatingMode']),
      delivers: list(s['delivers']).map(ref),
      deliversTo: ids(s['deliversTo']),
    })),
    stages: list(d['stages']).map((s) => ({
      id: String(s['id']),
      name: str(s['name']),
      stream: String(s['stream']),
      order: num(s['order'], 'stage order'),
      integrationLevel: str(s['integrationLevel']),
      qualityGate: str(s['qualityGate']),
      wipLimit: optNumber(s['wipLimit'], 'WIP limit'),
      flowsTo: list(s['flowsTo']).map((f) => ({ id: String(f['id']), name: str(f['name']) })),
      feedbackTo: list(s['feedbackTo']).map((f) => ({
        id: String(f['id']),
        name: str(f['name']),
        delayDays: optNumber(f['delayDays'], 'feedback delay'),
      })),
    })),
    components: components.map((c) => ({
      id: String(c['id']),
      name: str(c['name']),
      generation: str(c['generation']),
      builtIn: list(c['builtIn']).map((b) => ({ stage: str(b['stage']), stream: String(b['stream']) })),
      owners: ids(c['owners']),
      dependsOn: list(c['dependsOn']).map((x) => ({
        id: String(x['id']),
        weight: num(x['weight'], 'weight'),
      })),
      dependedOnBy: list(c['dependedOnBy']).map((x) => ({
        id: String(x['id']),
        weight: num(x['weight'], 'weight'),
      })),
    })),
    externalComponents: external.map((c) => ({
      id: String(c['id']),
      name: str(c['name']),
      generation: str(c['generation']),
      owners: ids(c['owners']),
      domains: list(c['domains']).map((x) => ({ id: String(x['id']), name: str(x['name']) })),
    })),
    teams: teams.map((t) => ({
      id: String(t['id']),
      name: str(t['name']),
      type: str(t['type']),
      size: optNumber(t['size'], 'team size'),
      owns: ids(t['owns']),
      worksOn: list(t['worksOn']).map((w) => ({
        kind: String(w['label']),
        id: String(w['id']),
        stream: String(w['stream']),
        domain: str(w['domain']),
      })),
      interactions: list(t['interactions']).map((i) => ({
        team: String(i['team']),
        name: str(i['name']),
        mode: str(i['mode']),
        outgoing: i['outgoing'] === true,
        owns: num(i['owns'], 'owned components'),
        dependent: i['dependent'] === true,
      })),
    })),
    products: products.map((p) => ({
      id: String(p['id']),
      name: str(p['name']),
      variants: list(p['variants']).map((v) => ({ id: String(v['id']), name: str(v['name']) })),
      generations: list(p['generations']).map((g) => ({ ...generation(g), name: str(g['name']) })),
      variantDeliveries: list(p['variantDeliveries']).map((x) => ({
        variant: String(x['variant']),
        stream: String(x['stream']),
        domain: str(x['domain']),
      })),
    })),
    integrationPoints: ips.map(integrationPoint),
    storedFindings,
  };
}

/** Every domain's id, in order (the landscape-wide findings walk them one by one). */
export async function readDomainIds(tx: Tx): Promise<string[]> {
  return (await plain(tx, cypher.domainIds)).map((r) => String(r['id']));
}

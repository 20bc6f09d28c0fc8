/**
 * An independent reader of the generated files for the specs: it parses the YAML and CSV back and
 * checks them against landscape-format.md (reference kinds, duplicate ids, acyclic partOf and
 * requires, stage orders) and the fact rules (references resolve, timestamps consistent).
 *
 * It deliberately does not reuse the generator's internal model - a check that shares the
 * generator's assumptions would pass whatever the generator does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import YAML from 'yaml';
import {
  API_VERSION,
  FACT_COLUMNS,
  FACT_FILES,
  ID_PATTERN,
  KINDS,
  METRIC_IDS,
  kindFromSlug,
  type Doc,
  type FactFile,
  type Kind,
} from './model';

export interface LoadedDoc extends Doc {
  file: string;
  index: number;
}

export function loadLandscape(dir: string): LoadedDoc[] {
  const docs: LoadedDoc[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    YAML.parseAllDocuments(readFileSync(join(dir, file), 'utf8')).forEach((d, index) => {
      if (d.errors.length > 0) throw new Error(`${file}#${index}: ${d.errors[0].message}`);
      docs.push({ ...(d.toJS() as Doc), file, index });
    });
  }
  return docs;
}

// ---- reference rules of the format (field -> allowed kinds; '*' = any kind) -----------------------

type Rule = { path: string; kinds: Kind[] | '*'; required?: boolean };

const ANY = '*' as const;
const RULES: Partial<Record<Kind, Rule[]>> = {
  OrgUnit: [{ path: 'partOf', kinds: ['OrgUnit', 'Enterprise'] }],
  Domain: [
    { path: 'partOf', kinds: ['Enterprise'], required: true },
    { path: 'obligations[].target', kinds: ['Product', 'Generation', 'IntegrationPoint'] },
  ],
  Budget: [
    { path: 'providedBy', kinds: ['OrgUnit'] },
    { path: 'funds[]', kinds: ['Domain', 'ValueStream', 'Team'] },
  ],
  ValueStream: [
    { path: 'partOf', kinds: ['Domain', 'ValueStream'], required: true },
    { path: 'delivers[]', kinds: ['Product', 'Variant'] },
    { path: 'deliversTo[]', kinds: ['IntegrationPoint'] },
  ],
  Stage: [
    { path: 'valueStream', kinds: ['ValueStream'], required: true },
    { path: 'flowsTo[]', kinds: ['Stage'] },
    { path: 'feedbackTo[].stage', kinds: ['Stage'] },
    { path: 'builds[]', kinds: ['Component'] },
  ],
  IntegrationPoint: [
    { path: 'at', kinds: ['Stage'] },
    { path: 'responsible[]', kinds: ['Team', 'Domain'] },
  ],
  Variant: [{ path: 'of', kinds: ['Product'], required: true }],
  Generation: [{ path: 'of', kinds: ['Product'], required: true }],
  Component: [
    { path: 'partOf', kinds: ['Component'] },
    { path: 'dependsOn[]', kinds: ['Component'] },
  ],
  Team: [
    { path: 'memberOf', kinds: ['OrgUnit'] },
    { path: 'worksOn[]', kinds: ['ValueStream', 'Stage'] },
    { path: 'owns[]', kinds: ['Component'] },
    { path: 'interactsWith[].team', kinds: ['Team'] },
  ],
  KeyResult: [
    { path: 'objective', kinds: ['Objective'], required: true },
    { path: 'kpi', kinds: ['Kpi'] },
  ],
  Kpi: [{ path: 'scope', kinds: ANY, required: true }],
  Initiative: [{ path: 'owner', kinds: ['Team', 'OrgUnit'] }],
  TransformationStep: [
    { path: 'initiative', kinds: ['Initiative'] },
    { path: 'changes[]', kinds: ANY },
    { path: 'requires[]', kinds: ['TransformationStep'] },
    { path: 'sets[].target', kinds: ANY },
  ],
  Finding: [{ path: 'about[]', kinds: ANY }],
  Decision: [{ path: 'about[]', kinds: ANY }],
};

const ENUMS: { kind: Kind; field: string; values: string[] }[] = [
  { kind: 'OrgUnit', field: 'type', values: ['business-unit', 'department', 'site'] },
  { kind: 'Domain', field: 'operatingMode', values: ['project', 'product', 'hybrid'] },
  { kind: 'Domain', field: 'targetOperatingMode', values: ['project', 'product', 'hybrid'] },
  { kind: 'Budget', field: 'model', values: ['project', 'product', 'capacity'] },
  { kind: 'ValueStream', field: 'type', values: ['development', 'operational'] },
  { kind: 'ValueStream', field: 'operatingMode', values: ['project', 'product', 'hybrid'] },
  {
    kind: 'Stage',
    field: 'integrationLevel',
    values: ['component', 'subsystem', 'system', 'product', 'customer'],
  },
  {
    kind: 'IntegrationPoint',
    field: 'level',
    values: ['component', 'subsystem', 'system', 'product', 'customer'],
  },
  { kind: 'Generation', field: 'status', values: ['planned', 'active', 'legacy'] },
  { kind: 'Component', field: 'generation', values: ['legacy', 'current', 'next'] },
  {
    kind: 'Team',
    field: 'type',
    values: ['stream-aligned', 'platform', 'enabling', 'complicated-subsystem'],
  },
  { kind: 'Team', field: 'operatingMode', values: ['project', 'product', 'hybrid'] },
  {
    kind: 'Objective',
    field: 'parameter',
    values: ['time-to-market', 'productivity', 'quality', 'engagement'],
  },
  { kind: 'Kpi', field: 'metric', values: [...METRIC_IDS] },
  { kind: 'TransformationStep', field: 'status', values: ['proposed', 'planned', 'in-progress', 'done'] },
  { kind: 'Finding', field: 'kind', values: ['strength', 'weakness', 'opportunity', 'issue'] },
  { kind: 'Finding', field: 'severity', values: ['low', 'medium', 'high'] },
];

const REQUIRED: Partial<Record<Kind, string[]>> = {
  Budget: ['fiscalYear', 'amount', 'currency', 'model', 'funds'],
  Stage: ['order'],
  Kpi: ['metric'],
  Decision: ['date', 'outcome'],
};

/** The resolved landscape: ids per kind, references as (kind, id). */
export class LandscapeIndex {
  readonly byKind = new Map<Kind, Map<string, LoadedDoc>>();
  readonly errors: string[] = [];

  constructor(readonly docs: LoadedDoc[]) {
    for (const k of KINDS) this.byKind.set(k, new Map());
    for (const d of docs) {
      const where = `${d.file}#${d.index}`;
      if (d.apiVersion !== API_VERSION) this.errors.push(`${where}: apiVersion ${d.apiVersion}`);
      if (!KINDS.includes(d.kind)) {
        this.errors.push(`${where}: unknown kind ${d.kind}`);
        continue;
      }
      const id = d.metadata?.id;
      if (typeof id !== 'string' || !ID_PATTERN.test(id)) this.errors.push(`${where}: bad id ${id}`);
      if (!d.metadata?.name) this.errors.push(`${where}: missing name`);
      const ids = this.byKind.get(d.kind)!;
      if (ids.has(id)) this.errors.push(`${where}: duplicate ${d.kind} id ${id}`);
      ids.set(id, d);
    }
  }

  get(kind: Kind, id: string): LoadedDoc | undefined {
    return this.byKind.get(kind)!.get(id);
  }

  all(kind: Kind): LoadedDoc[] {
    return [...this.byKind.get(kind)!.values()];
  }

  /** Resolves a `kind:id` (or, where one kind is allowed, a bare id) against the allowed kinds. */
  resolve(value: unknown, kinds: Kind[] | '*'): { kind: Kind; id: string } | string {
    if (typeof value !== 'string') return `not a reference: ${JSON.stringify(value)}`;
    const colon = value.indexOf(':');
    const kind = colon > 0 ? kindFromSlug(value.slice(0, colon)) : undefined;
    let target: { kind: Kind; id: string };
    if (kind) target = { kind, id: value.slice(colon + 1) };
    else if (kinds !== ANY && kinds.length === 1) target = { kind: kinds[0], id: value };
    else return `bare id where several kinds are allowed: ${value}`;
    if (kinds !== ANY && !kinds.includes(target.kind)) return `wrong kind ${target.kind} for ${value}`;
    if (!this.get(target.kind, target.id)) return `dangling reference ${value}`;
    return target;
  }

  /** All references of one document field path (`feedbackTo[].stage`). */
  values(d: Doc, path: string): unknown[] {
    const [head, tail] = path.split('[]');
    const v = (d.spec as Record<string, unknown>)[head];
    if (tail === undefined) return v === undefined ? [] : [v];
    if (!Array.isArray(v)) return [];
    const key = tail.replace(/^\./, '');
    return v.map((item) => {
      if (key) return (item as Record<string, unknown>)[key];
      // dependsOn items may be a bare ref or { component, weight }
      return typeof item === 'object' && item !== null ? (item as Record<string, unknown>).component : item;
    });
  }
}

export function checkLandscape(index: LandscapeIndex): string[] {
  const errors = [...index.errors];
  for (const d of index.docs) {
    const where = `${d.file}#${d.index} ${d.kind}:${d.metadata.id}`;
    const spec = (d.spec ?? {}) as Record<string, unknown>;
    for (const rule of RULES[d.kind] ?? []) {
      const values = index.values(d, rule.path);
      if (rule.required && values.length === 0) errors.push(`${where}: missing ${rule.path}`);
      for (const v of values) {
        const r = index.resolve(v, rule.kinds);
        if (typeof r === 'string') errors.push(`${where}: ${rule.path}: ${r}`);
      }
    }
    for (const f of REQUIRED[d.kind] ?? []) if (spec[f] === undefined) errors.push(`${where}: missing ${f}`);
    for (const e of ENUMS) {
      if (e.kind === d.kind && spec[e.field] !== undefined && !e.values.includes(String(spec[e.field]))) {
        errors.push(`${where}: ${e.field} ${spec[e.field]} not in enum`);
      }
    }
  }
  errors.push(...acyclic(index, 'OrgUnit', ['OrgUnit', 'Enterprise']));
  errors.push(...acyclic(index, 'ValueStream', ['Domain', 'ValueStream']));
  errors.push(...acyclic(index, 'Component', ['Component']));
  errors.push(...acyclicMulti(index, 'TransformationStep', 'requires[]'));
  errors.push(...stageOrders(index));
  return errors;
}

/** Follows `partOf` upwards from every entity; reaching an entity twice is a cycle. */
function acyclic(index: LandscapeIndex, kind: Kind, allowed: Kind[]): string[] {
  const errors: string[] = [];
  for (const start of index.all(kind)) {
    const seen = new Set<string>([start.metadata.id]);
    let current: LoadedDoc | undefined = start;
    while (current) {
      const r = index.resolve((current.spec as Record<string, unknown>).partOf, allowed);
      if (typeof r === 'string' || r.kind !== kind) break;
      if (seen.has(r.id)) {
        errors.push(`${kind} ${start.metadata.id}: partOf cycle through ${r.id}`);
        break;
      }
      seen.add(r.id);
      current = index.get(kind, r.id);
    }
  }
  return errors;
}

function acyclicMulti(index: LandscapeIndex, kind: Kind, path: string): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const errors: string[] = [];
  const visit = (id: string): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      errors.push(`${kind} ${id}: ${path} cycle`);
      return;
    }
    state.set(id, 'visiting');
    const d = index.get(kind, id);
    for (const v of d ? index.values(d, path) : []) {
      const r = index.resolve(v, [kind]);
      if (typeof r !== 'string') visit(r.id);
    }
    state.set(id, 'done');
  };
  for (const d of index.all(kind)) visit(d.metadata.id);
  return errors;
}

/**
 * Orders are unique per stream. Along one Assembly Line - a stream and its sub-streams, whose
 * orders continue each other - flowsTo goes downstream (higher order) and feedbackTo upstream
 * (lower). Orders of unrelated streams (a vehicle programme and a supplier stream) do not compare.
 */
function stageOrders(index: LandscapeIndex): string[] {
  const errors: string[] = [];
  const orders = new Map<string, Set<number>>();
  const stage = (id: string) => {
    const spec = index.get('Stage', id)?.spec as Record<string, unknown>;
    return { order: Number(spec?.order), stream: String(spec?.valueStream).replace(/^value-stream:/, '') };
  };
  const ancestors = (stream: string): string[] => {
    const partOf = String((index.get('ValueStream', stream)?.spec as Record<string, unknown>)?.partOf);
    return partOf.startsWith('value-stream:')
      ? [stream, ...ancestors(partOf.slice('value-stream:'.length))]
      : [stream];
  };
  const sameLine = (a: string, b: string) => ancestors(a).includes(b) || ancestors(b).includes(a);
  for (const s of index.all('Stage')) {
    const { order: o, stream } = stage(s.metadata.id);
    if (!Number.isInteger(o) || o < 1) errors.push(`Stage ${s.metadata.id}: bad order ${o}`);
    const set = orders.get(stream) ?? new Set<number>();
    if (set.has(o)) errors.push(`Stage ${s.metadata.id}: order ${o} used twice in ${stream}`);
    set.add(o);
    orders.set(stream, set);
    for (const [path, downstream] of [
      ['flowsTo[]', true],
      ['feedbackTo[].stage', false],
    ] as const) {
      for (const v of index.values(s, path)) {
        const r = index.resolve(v, ['Stage']);
        if (typeof r === 'string') continue;
        const target = stage(r.id);
        if (path === 'flowsTo[]' && !sameLine(stream, target.stream))
          errors.push(`Stage ${s.metadata.id}: flowsTo ${r.id} leaves its line`);
        if (sameLine(stream, target.stream) && (downstream ? !(target.order > o) : !(target.order < o))) {
          errors.push(
            `Stage ${s.metadata.id}: ${path} ${r.id} is not ${downstream ? 'downstream' : 'upstream'}`,
          );
        }
      }
    }
  }
  return errors;
}

/**
 * The stages a work item of each stream passes, derived from the landscape alone: the stream's
 * stages by order, then wherever the last one flows to, onward through that stream's stages.
 */
export function streamPaths(index: LandscapeIndex): Map<string, string[]> {
  const stagesOf = new Map<string, { id: string; order: number; flowsTo: string[] }[]>();
  for (const s of index.all('Stage')) {
    const spec = s.spec as Record<string, unknown>;
    const stream = (index.resolve(spec.valueStream, ['ValueStream']) as { id: string }).id;
    const list = stagesOf.get(stream) ?? [];
    list.push({
      id: s.metadata.id,
      order: Number(spec.order),
      flowsTo: index.values(s, 'flowsTo[]').map(String),
    });
    stagesOf.set(stream, list);
  }
  for (const list of stagesOf.values()) list.sort((a, b) => a.order - b.order);
  const streamOfStage = new Map<string, string>();
  for (const [stream, list] of stagesOf) for (const s of list) streamOfStage.set(s.id, stream);

  const paths = new Map<string, string[]>();
  for (const [stream, list] of stagesOf) {
    const path = list.map((s) => s.id);
    let last = list[list.length - 1];
    while (last.flowsTo.length > 0) {
      const target = last.flowsTo[0].replace(/^stage:/, '');
      const next = stagesOf.get(streamOfStage.get(target)!)!;
      const rest = next.filter((s) => s.order >= next.find((x) => x.id === target)!.order);
      path.push(...rest.map((s) => s.id));
      last = rest[rest.length - 1];
    }
    paths.set(stream, path);
  }
  return paths;
}

// ---- facts -------------------------------------------------------------------------------------------

export type FactRows = Record<FactFile, Record<string, string>[]>;

export function loadFacts(dir: string): FactRows {
  const out = {} as FactRows;
  for (const f of FACT_FILES) {
    const text = readFileSync(join(dir, `${f}.csv`), 'utf8');
    const header = text.slice(0, text.indexOf('\n'));
    if (header !== FACT_COLUMNS[f].join(',')) throw new Error(`${f}.csv header: ${header}`);
    out[f] = parseCsv(text, { columns: true }) as Record<string, string>[];
  }
  return out;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export function checkFacts(index: LandscapeIndex, facts: FactRows): string[] {
  const errors: string[] = [];
  const paths = streamPaths(index);
  const err = (msg: string) => {
    if (errors.length < 50) errors.push(msg);
  };
  const time = (row: Record<string, string>, col: string, required = false): number | undefined => {
    const v = row[col];
    if (!v) {
      if (required) err(`${JSON.stringify(row)}: missing ${col}`);
      return undefined;
    }
    if (!ISO.test(v)) err(`${col} not ISO 8601 UTC: ${v}`);
    return Date.parse(v);
  };

  const items = new Map<string, Record<string, string>>();
  for (const w of facts['work-items']) {
    if (!ID_PATTERN.test(w.id)) err(`work item id ${w.id}`);
    if (items.has(w.id)) err(`duplicate work item ${w.id}`);
    items.set(w.id, w);
    if (!['feature', 'defect', 'risk', 'debt'].includes(w.type)) err(`${w.id}: type ${w.type}`);
    const path = paths.get(w.valueStream);
    if (!path) err(`${w.id}: unknown valueStream ${w.valueStream}`);
    const created = time(w, 'createdAt', true)!;
    const started = time(w, 'startedAt');
    const done = time(w, 'doneAt');
    if (started !== undefined && started < created) err(`${w.id}: started before created`);
    if (done !== undefined && (started === undefined || done < started)) err(`${w.id}: done before started`);
    if (w.resolution && !['fixed', 'duplicate', 'not-a-defect', 'wont-fix'].includes(w.resolution))
      err(`${w.id}: resolution ${w.resolution}`);
    for (const col of ['foundIn', 'injectedIn']) {
      if (w[col] && !index.get('Stage', w[col])) err(`${w.id}: ${col} ${w[col]} is no stage`);
      if (w[col] && path && !path.includes(w[col]))
        err(`${w.id}: ${col} ${w[col]} not on the path of ${w.valueStream}`);
    }
    if (w.foundIn && w.injectedIn && path && path.indexOf(w.injectedIn) > path.indexOf(w.foundIn)) {
      err(`${w.id}: injected after found`);
    }
    if (w.type !== 'defect' && (w.foundIn || w.injectedIn || w.severity))
      err(`${w.id}: defect fields on a ${w.type}`);
  }
  for (const w of facts['work-items']) {
    if (!w.duplicateOf) continue;
    const original = items.get(w.duplicateOf);
    if (w.resolution !== 'duplicate') err(`${w.id}: duplicateOf without resolution duplicate`);
    if (!original) err(`${w.id}: duplicateOf unknown ${w.duplicateOf}`);
    else if (original.type !== 'defect' || original.createdAt > w.createdAt)
      err(`${w.id}: duplicateOf is not an earlier defect`);
  }

  // passages: grouped per item (the generator writes them item by item, in path order)
  const byItem = new Map<string, Record<string, string>[]>();
  for (const p of facts.passages) {
    const list = byItem.get(p.workItem) ?? [];
    list.push(p);
    byItem.set(p.workItem, list);
  }
  for (const [id, list] of byItem) {
    const w = items.get(id);
    if (!w) {
      err(`passage of unknown work item ${id}`);
      continue;
    }
    if (!w.startedAt) err(`${id}: passages but not started`);
    const path = paths.get(w.valueStream) ?? [];
    let lastPos = -1;
    let lastLeft = -Infinity;
    list.forEach((p, i) => {
      const pos = path.indexOf(p.stage);
      if (pos < 0) err(`${id}: passage through ${p.stage}, not on the path of ${w.valueStream}`);
      if (pos <= lastPos) err(`${id}: passages out of stage order`);
      lastPos = pos;
      const entered = time(p, 'enteredAt', true)!;
      const left = time(p, 'leftAt');
      if (entered < lastLeft) err(`${id}: entered ${p.stage} before leaving the previous stage`);
      if (i === 0 && p.enteredAt !== w.startedAt) err(`${id}: first passage does not start at startedAt`);
      if (left === undefined && i !== list.length - 1) err(`${id}: open passage that is not the last`);
      const elapsedHours = ((left ?? entered) - entered) / 3_600_000;
      const active = Number(p.activeHours);
      if (!(active >= 0) || (left !== undefined && active > elapsedHours + 1e-9))
        err(`${id}: activeHours ${active} > elapsed ${elapsedHours}`);
      lastLeft = left ?? Infinity;
    });
    const last = list[list.length - 1];
    if (w.doneAt && last.leftAt !== w.doneAt) err(`${id}: doneAt is not the last leftAt`);
  }
  for (const w of facts['work-items']) {
    if (w.doneAt && w.startedAt && !byItem.has(w.id)) err(`${w.id}: done without passages`);
    if (w.type === 'defect' && w.doneAt && !w.resolution) err(`${w.id}: closed defect without resolution`);
  }

  const deployments = new Map<string, Record<string, string>>();
  for (const d of facts.deployments) {
    if (deployments.has(d.id)) err(`duplicate deployment ${d.id}`);
    deployments.set(d.id, d);
    checkStageOrStream(index, d, err);
    if (!['success', 'failed'].includes(d.status)) err(`${d.id}: status ${d.status}`);
    const at = time(d, 'at', true)!;
    const change = time(d, 'changeCreatedAt');
    if (change !== undefined && change > at) err(`${d.id}: change created after deployment`);
  }
  const incidents = new Set<string>();
  for (const i of facts.incidents) {
    if (incidents.has(i.id)) err(`duplicate incident ${i.id}`);
    incidents.add(i.id);
    checkStageOrStream(index, i, err);
    const opened = time(i, 'openedAt', true)!;
    const resolved = time(i, 'resolvedAt');
    if (resolved !== undefined && resolved < opened) err(`${i.id}: resolved before opened`);
    if (i.causedBy) {
      const d = deployments.get(i.causedBy);
      if (!d) err(`${i.id}: causedBy unknown deployment ${i.causedBy}`);
      else if (d.status !== 'failed' || Date.parse(d.at) > opened)
        err(`${i.id}: causedBy is not an earlier failed deployment`);
    }
  }
  for (const m of facts.measures) {
    const r = index.resolve(m.scope, ANY);
    if (typeof r === 'string') err(`measure scope: ${r}`);
    if (!(METRIC_IDS as readonly string[]).includes(m.metric)) err(`measure metric ${m.metric}`);
    time(m, 'at', true);
    if (!Number.isFinite(Number(m.value)) || m.value === '') err(`measure value ${m.value}`);
  }
  return errors;
}

function checkStageOrStream(
  index: LandscapeIndex,
  row: Record<string, string>,
  err: (m: string) => void,
): void {
  if (!row.stage && !row.valueStream) err(`${row.id}: neither stage nor valueStream`);
  if (row.stage && !index.get('Stage', row.stage)) err(`${row.id}: unknown stage ${row.stage}`);
  if (row.valueStream && !index.get('ValueStream', row.valueStream))
    err(`${row.id}: unknown valueStream ${row.valueStream}`);
  if (!ID_PATTERN.test(row.id)) err(`bad id ${row.id}`);
}

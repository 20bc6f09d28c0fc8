import { fieldIndex, ROUTE_FAMILY } from './cells';
import type { Topology } from './structure';

const RT = fieldIndex(ROUTE_FAMILY);
const DEFECTS = RT['defects'];
const FEEDBACK_COUNT = RT['feedbackCount'];
const FEEDBACK_HOURS = RT['feedbackHours'];

/** Defects of one route (injected in one stage, found in another) summed over a period. */
export interface RouteTotal {
  readonly injected: string;
  readonly found: string;
  readonly defects: number;
  readonly feedbackCount: number;
  readonly feedbackHours: number;
}

export interface Escape {
  /** defects in the denominator */
  readonly defects: number;
  readonly escaped: number;
  /** escaped defects by the stage that found them */
  readonly foundAfter: ReadonlyMap<string, number>;
}

/** Route totals of a period, indexed by the stage that injected and the stage that found the defects. */
export class RouteIndex {
  readonly all: readonly RouteTotal[];
  private readonly byInjected = new Map<string, RouteTotal[]>();
  private readonly byFound = new Map<string, RouteTotal[]>();
  private readonly stageEscapes = new Map<string, Escape>();
  private readonly byKey = new Map<string, RouteTotal>();
  /** per injecting stage, its routes with the `order` of the stage that found them, for one topology */
  private ordered: {
    topology: Topology;
    byInjected: Map<string, readonly { r: RouteTotal; found: number | null }[]>;
  } | null = null;

  constructor(cells: ReadonlyMap<string, readonly number[]>) {
    const all: RouteTotal[] = [];
    for (const [key, c] of cells) {
      const at = key.indexOf('>');
      const r: RouteTotal = {
        injected: key.slice(0, at),
        found: key.slice(at + 1),
        defects: c[DEFECTS] ?? 0,
        feedbackCount: c[FEEDBACK_COUNT] ?? 0,
        feedbackHours: c[FEEDBACK_HOURS] ?? 0,
      };
      all.push(r);
      // by the stages the key names (a key without `>` names them as parseRouteKey reads it)
      this.byKey.set(at < 0 ? `${r.injected}>${r.found}` : key, r);
      push(this.byInjected, r.injected, r);
      push(this.byFound, r.found, r);
    }
    this.all = all;
  }

  injectedIn(stage: string): readonly RouteTotal[] {
    return this.byInjected.get(stage) ?? [];
  }

  foundIn(stage: string): readonly RouteTotal[] {
    return this.byFound.get(stage) ?? [];
  }

  /** The route of defects injected in one stage and found in another, if the period has it. */
  route(injected: string, found: string): RouteTotal | undefined {
    return this.byKey.get(`${injected}>${found}`);
  }

  /** The routes injected in a stage, each with the order of the stage that found it (looked up once). */
  private injectedWithOrder(
    topology: Topology,
    stage: string,
  ): readonly { r: RouteTotal; found: number | null }[] {
    if (this.ordered?.topology !== topology) this.ordered = { topology, byInjected: new Map() };
    let list = this.ordered.byInjected.get(stage);
    if (!list) {
      list = this.injectedIn(stage).map((r) => ({ r, found: topology.order(r.found) }));
      this.ordered.byInjected.set(stage, list);
    }
    return list;
  }

  /**
   * Escape past one stage S: of the defects injected in or before S (Topology.upstream), those found in a stage
   * with a higher `order` than S escaped it. Defects whose stages the landscape no longer holds are left out.
   */
  stageEscape(topology: Topology, stage: string): Escape {
    // the view's stage nodes and the escape rule ask for the same stages: compute each once
    const known = this.stageEscapes.get(stage);
    if (known) return known;
    const escape = this.computeStageEscape(topology, stage);
    this.stageEscapes.set(stage, escape);
    return escape;
  }

  private computeStageEscape(topology: Topology, stage: string): Escape {
    const order = topology.order(stage);
    const acc = new EscapeSum();
    if (order === null) return acc.result();
    for (const injected of topology.upstream(stage)) {
      for (const { r, found } of this.injectedWithOrder(topology, injected)) {
        if (found !== null) acc.add(r, found > order);
      }
    }
    return acc.result();
  }

  /**
   * Escape above a stage (a stream, a domain): of the defects injected in the scope's stages, those found in a
   * stage of higher `order` than the one they were injected in escaped their origin.
   */
  scopeEscape(topology: Topology, stages: Iterable<string>): Escape {
    const acc = new EscapeSum();
    for (const injected of stages) {
      const from = topology.order(injected);
      if (from === null) continue;
      for (const { r, found: to } of this.injectedWithOrder(topology, injected)) {
        if (to !== null) acc.add(r, to > from);
      }
    }
    return acc.result();
  }

  /** Feedback from the scope's stages: fixes of defects found there that passed back through their origin. */
  feedback(stages: Iterable<string>): { count: number; hours: number } {
    let count = 0;
    let hours = 0;
    for (const found of stages) {
      for (const r of this.foundIn(found)) {
        count += r.feedbackCount;
        hours += r.feedbackHours;
      }
    }
    return { count, hours };
  }
}

class EscapeSum {
  private defects = 0;
  private escaped = 0;
  private readonly foundAfter = new Map<string, number>();

  add(r: RouteTotal, escaped: boolean): void {
    this.defects += r.defects;
    if (!escaped || r.defects === 0) return;
    this.escaped += r.defects;
    this.foundAfter.set(r.found, (this.foundAfter.get(r.found) ?? 0) + r.defects);
  }

  result(): Escape {
    return { defects: this.defects, escaped: this.escaped, foundAfter: this.foundAfter };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

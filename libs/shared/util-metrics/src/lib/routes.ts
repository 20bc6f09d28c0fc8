import { parseRouteKey, ROUTE_FAMILY, viewCells } from './cells';
import type { Topology } from './structure';

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

  constructor(cells: ReadonlyMap<string, readonly number[]>) {
    this.all = [...cells].map(([key, c]) => {
      const v = viewCells(ROUTE_FAMILY, c);
      return {
        ...parseRouteKey(key),
        defects: v['defects'],
        feedbackCount: v['feedbackCount'],
        feedbackHours: v['feedbackHours'],
      };
    });
    for (const r of this.all) {
      push(this.byInjected, r.injected, r);
      push(this.byFound, r.found, r);
    }
  }

  injectedIn(stage: string): readonly RouteTotal[] {
    return this.byInjected.get(stage) ?? [];
  }

  foundIn(stage: string): readonly RouteTotal[] {
    return this.byFound.get(stage) ?? [];
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
      for (const r of this.injectedIn(injected)) {
        const found = topology.order(r.found);
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
      for (const r of this.injectedIn(injected)) {
        const to = topology.order(r.found);
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

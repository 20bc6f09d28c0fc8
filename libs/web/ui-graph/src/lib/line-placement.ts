import { nameWidth } from './labels';
import type { Positions } from './layout-cache';
import { DOMAIN_HEADLINE, headlineFontSize, insideHeadlinePadding, STREAM_HEADLINE } from './styles';
import type { GraphElements, GraphNodeElement } from './types';

/** The panel a picture is fitted into, in screen pixels: the zoom it is shown at decides how big names grow. */
export interface Canvas {
  width: number;
  height: number;
}
/** A landscape graph panel, when the real one is not known. */
export const LANDSCAPE_CANVAS: Canvas = { width: 1000, height: 625 };

/** A Stage's box, as styles.ts draws it, its name inside. */
export const STAGE_BOX = { w: 132, h: 36 };
/** Any other leaf (an integration point, a stream without Stages): a small shape, its name below, some air. */
export const ITEM_BOX = { w: 150, h: 60 };
/** The padding styles.ts gives a compound (a value stream's grows with its name: `insideHeadlinePadding`). */
export const COMPOUND_PADDING = 30;
/** Font size of a compound's name that does not grow (an enterprise). */
const COMPOUND_FONT = 14;
/** GraphService fits the picture with this much room around it. */
const FIT_PADDING = 24;
/** between two Stages of a line: room for the flow's arrow */
const FLOW_GAP = 56;
/** between parallel Stages (one rank) of a line */
const LANE_GAP = 24;
/** between boxes stacked in their parent (sub-streams in a stream, streams in a domain) and below a line */
const STACK_GAP = 32;
/** between sub-streams and the line they flow into, side by side: the flows converge in it */
const MERGE_GAP = 96;
/** between tiled boxes (domains at the enterprise scope, streams at a domain scope) */
const TILE_GAP = { x: 120, y: 48 };
/** a wrapped name's line height, in em */
const LINE_EM = 1.25;
/** above a domain's box its name is moved up by this (styles.ts) and framed by a 3px border */
const HEADLINE_MARGIN = 12;
/** the most top-level boxes whose packings are tried, spread over all of them */
const MAX_PACKINGS = 120;

/** What `placeLines` assumed: the zoom the names were given room for (the picture is shown at it or larger). */
export interface LinePlacement {
  positions: Positions;
  zoom: number;
}

/**
 * Positions for Assembly Lines, computed in one pass: each stream's Stages left to right in flow order (parallel
 * Stages one above the other), sub-streams stacked inside their stream (beside the line they flow into), streams
 * stacked inside their domain, other leaves (integration points) in a row below, and the top-level boxes
 * (domains, or streams at a domain scope) tiled to fill a landscape panel. Compounds follow their children.
 */
export function linePlacement(elements: GraphElements, canvas: Canvas = LANDSCAPE_CANVAS): Positions {
  return placeLines(elements, canvas).positions;
}

export function placeLines(elements: GraphElements, canvas: Canvas = LANDSCAPE_CANVAS): LinePlacement {
  const tree = treeOf(elements);
  const ranks = flowRanks(elements, tree);
  // names grow as the view zooms out, which depends on the picture's size: size it for a zoom until it is
  // shown at that zoom or closer (a few rounds); failing that, for the largest names
  let zoom = 1;
  for (let round = 0; round < 6; round++) {
    const positions: Positions = {};
    const picture = pictureOf(tree, ranks, zoom, canvas, positions);
    const fits = fitZoom(picture.w, picture.h + picture.above, canvas);
    if (fits >= zoom * 0.98) {
      picture.place(0, picture.above);
      return { positions, zoom };
    }
    zoom = fits * 0.95;
  }
  const positions: Positions = {};
  // the zoom at which every name has grown to its largest
  const smallest = 1e-3;
  const picture = pictureOf(tree, ranks, smallest, canvas, positions);
  picture.place(0, picture.above);
  return { positions, zoom: smallest };
}

interface Tree {
  nodes: Map<string, GraphNodeElement>;
  children: Map<string, string[]>;
  roots: string[];
}

function treeOf(elements: GraphElements): Tree {
  const nodes = new Map(elements.nodes.map((n) => [n.data.id, n]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const n of elements.nodes) {
    const parent = n.data.parent;
    if (parent && nodes.has(parent)) {
      const siblings = children.get(parent);
      if (siblings) siblings.push(n.data.id);
      else children.set(parent, [n.data.id]);
    } else roots.push(n.data.id);
  }
  return { nodes, children, roots };
}

/**
 * Each linked Stage's rank in flow order: the longest chain of FLOWS_TO (and of `order` within a line) leading
 * to it. Feedback loops are not flows; a flow closing a cycle is left out, so every cycle still gets ranks.
 * Stages without flow or order have no rank.
 */
function flowRanks(elements: GraphElements, tree: Tree): Map<string, number> {
  const next = new Map<string, string[]>();
  const linked = new Set<string>();
  const fed = new Set<string>();
  const link = (source: string, target: string) => {
    if (source === target || !tree.nodes.has(source) || !tree.nodes.has(target)) return;
    const out = next.get(source);
    if (out) out.push(target);
    else next.set(source, [target]);
    linked.add(source).add(target);
    fed.add(target);
  };
  for (const e of elements.edges) if (e.data.kind === 'FLOWS_TO') link(e.data.source, e.data.target);
  for (const line of [...tree.children.values(), tree.roots]) {
    const ordered = line
      .map((id) => ({ id, order: tree.nodes.get(id)?.data.attributes['order'] }))
      .filter((s): s is { id: string; order: number } => typeof s.order === 'number')
      .sort((a, b) => a.order - b.order);
    // Stages of one order run in parallel: each follows every Stage of the order before
    let before: string[] = [];
    let current: string[] = [];
    ordered.forEach((s, i) => {
      if (i > 0 && s.order !== ordered[i - 1].order) [before, current] = [current, []];
      for (const b of before) link(b, s.id);
      current.push(s.id);
    });
  }

  // depth first, sources first; finishing order reversed is a topological order of the flows that close no cycle
  const finished: string[] = [];
  const seen = new Set<string>();
  const visit = (start: string) => {
    const stack: [string, number][] = [[start, 0]];
    seen.add(start);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const out = next.get(top[0]) ?? [];
      if (top[1] < out.length) {
        const target = out[top[1]++];
        if (!seen.has(target)) {
          seen.add(target);
          stack.push([target, 0]);
        }
      } else {
        finished.push(top[0]);
        stack.pop();
      }
    }
  };
  const inOrder = elements.nodes.map((n) => n.data.id).filter((id) => linked.has(id));
  for (const id of inOrder) if (!fed.has(id) && !seen.has(id)) visit(id);
  for (const id of inOrder) if (!seen.has(id)) visit(id);

  const finishedAt = new Map(finished.map((id, i) => [id, i]));
  const ranks = new Map<string, number>();
  for (let i = finished.length - 1; i >= 0; i--) {
    const id = finished[i];
    const rank = ranks.get(id) ?? 0;
    ranks.set(id, rank);
    for (const target of next.get(id) ?? []) {
      // a target finished later was still open: the flow closes a cycle
      if ((finishedAt.get(target) ?? i) < i) ranks.set(target, Math.max(ranks.get(target) ?? 0, rank + 1));
    }
  }
  return ranks;
}

interface Range {
  min: number;
  max: number;
}

interface Block {
  w: number;
  h: number;
  /** room a name above the box takes (a domain's headline), outside `h` */
  above: number;
  /** the flow ranks of the Stages inside: a stream's line goes beside the sub-streams flowing into it */
  ranks: Range | null;
  /** where its first column of Stages starts, from its left: a line lines up with the sub-streams above it */
  inset: number;
  /** top left corner of the box */
  place(x: number, y: number): void;
}

interface Line extends Block {
  /** how many of the line's columns come before Stages of this rank */
  columnsBefore(rank: number): number;
}

const EMPTY: Block = { w: 0, h: 0, above: 0, ranks: null, inset: 0, place: () => undefined };

function union(a: Range | null, b: Range | null): Range | null {
  if (!a || !b) return a ?? b;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

function fitZoom(w: number, h: number, canvas: Canvas): number {
  const width = Math.max(canvas.width - 2 * FIT_PADDING, 1);
  const height = Math.max(canvas.height - 2 * FIT_PADDING, 1);
  return Math.min(width / Math.max(w, 1), height / Math.max(h, 1));
}

/** Lines a name wraps into at `lineChars` characters a line, breaking at spaces only, and the longest one. */
export function wrappedLines(label: string, lineChars: number): { lines: number; longest: number } {
  let lines = 0;
  let length = 0;
  let longest = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (length > 0 && length + 1 + word.length <= lineChars) length += 1 + word.length;
    else {
      lines++;
      length = word.length;
    }
    longest = Math.max(longest, length);
  }
  return { lines: Math.max(lines, 1), longest };
}

/** The whole picture, names sized for `zoom`; `positions` fill in when it is placed. */
function pictureOf(
  tree: Tree,
  ranks: Map<string, number>,
  zoom: number,
  canvas: Canvas,
  positions: Positions,
) {
  const domainFont = headlineFontSize(DOMAIN_HEADLINE, zoom, 'lines');
  const streamFont = headlineFontSize(STREAM_HEADLINE, zoom, 'lines');
  const kindOf = (id: string) => tree.nodes.get(id)?.data.kind ?? '';

  const leaf = (id: string, box: { w: number; h: number }, centreY: number): Block => ({
    w: box.w,
    h: box.h,
    above: 0,
    ranks: null,
    inset: 0,
    place: (x, y) => {
      positions[id] = { x: x + box.w / 2, y: y + centreY };
    },
  });

  const line = (stages: string[]): Line | null => {
    if (!stages.length) return null;
    const byRank = new Map<number, string[]>();
    const loose: string[] = [];
    for (const id of stages) {
      const rank = ranks.get(id);
      const column = rank === undefined ? undefined : byRank.get(rank);
      if (rank === undefined) loose.push(id);
      else if (column) column.push(id);
      else byRank.set(rank, [id]);
    }
    const ranked = [...byRank.keys()].sort((a, b) => a - b);
    // Stages without flows follow the line in the order they came
    const columns = [...ranked.map((r) => byRank.get(r) ?? []), ...loose.map((id) => [id])];
    const lanes = Math.max(...columns.map((c) => c.length));
    const step = STAGE_BOX.w + FLOW_GAP;
    const h = lanes * STAGE_BOX.h + (lanes - 1) * LANE_GAP;
    return {
      w: columns.length * step - FLOW_GAP,
      h,
      above: 0,
      ranks: ranked.length ? { min: ranked[0], max: ranked[ranked.length - 1] } : null,
      inset: 0,
      columnsBefore: (rank) => ranked.filter((r) => r < rank).length,
      place: (x, y) =>
        columns.forEach((column, i) => {
          const top = y + (h - (column.length * (STAGE_BOX.h + LANE_GAP) - LANE_GAP)) / 2;
          column.forEach((id, lane) =>
            leaf(id, STAGE_BOX, STAGE_BOX.h / 2).place(x + i * step, top + lane * (STAGE_BOX.h + LANE_GAP)),
          );
        }),
    };
  };

  const stack = (blocks: Block[]): Block | null => {
    if (!blocks.length) return null;
    const h = blocks.reduce((sum, b, i) => sum + b.h + (i > 0 ? STACK_GAP + b.above : 0), 0);
    return {
      w: Math.max(...blocks.map((b) => b.w)),
      h,
      above: blocks[0].above,
      ranks: blocks.reduce<Range | null>((r, b) => union(r, b.ranks), null),
      inset: Math.min(...blocks.map((b) => b.inset)),
      place: (x, y) => {
        let top = y;
        blocks.forEach((b, i) => {
          if (i > 0) top += STACK_GAP + b.above;
          b.place(x, top);
          top += b.h;
        });
      },
    };
  };

  const beside = (left: Block, right: Block): Block => {
    const h = Math.max(left.h, right.h);
    return {
      w: left.w + MERGE_GAP + right.w,
      h,
      above: Math.max(left.above, right.above),
      ranks: union(left.ranks, right.ranks),
      inset: left.inset,
      place: (x, y) => {
        left.place(x, y + (h - left.h) / 2);
        right.place(x + left.w + MERGE_GAP, y + (h - right.h) / 2);
      },
    };
  };

  /**
   * A stream's own line and its sub-streams: side by side when one flows into the other, else one above the
   * other, the sub-streams on top when they feed the line (their flows then leave their boxes downwards, away
   * from their names), lined up with the column of the line their first Stages share a rank with.
   */
  const arrange = (own: Line | null, nested: Block | null): Block => {
    if (!own || !nested) return own ?? nested ?? EMPTY;
    const l = own.ranks;
    const n = nested.ranks;
    if (l && n && l.min > n.max) return beside(nested, own);
    if (l && n && l.max < n.min) return beside(own, nested);
    const column = n ? own.columnsBefore(n.min) * (STAGE_BOX.w + FLOW_GAP) : 0;
    const shift = column - nested.inset;
    const ownX = Math.max(0, -shift);
    const nestedX = Math.max(0, shift);
    const feeds = !!(l && n && n.max < l.max);
    const first = feeds ? nested : own;
    const second = feeds ? own : nested;
    const gap = STACK_GAP + second.above;
    return {
      w: Math.max(ownX + own.w, nestedX + nested.w),
      h: first.h + gap + second.h,
      above: first.above,
      ranks: union(l, n),
      inset: Math.min(ownX, nestedX + nested.inset),
      place: (x, y) => {
        own.place(x + ownX, feeds ? y + nested.h + gap : y);
        nested.place(x + nestedX, feeds ? y : y + own.h + gap);
      },
    };
  };

  /** Other leaves in rows below the rest, as wide as it (or a squarish grid alone). */
  const withItems = (body: Block, items: string[]): Block => {
    if (!items.length) return body;
    const cols =
      body.w > 0 ? Math.max(1, Math.floor(body.w / ITEM_BOX.w)) : Math.ceil(Math.sqrt(items.length * 2));
    const rows = Math.ceil(items.length / cols);
    const gap = body.h > 0 ? STACK_GAP : 0;
    return {
      w: Math.max(body.w, Math.min(cols, items.length) * ITEM_BOX.w),
      h: body.h + gap + rows * ITEM_BOX.h,
      above: body.above,
      ranks: body.ranks,
      inset: body.inset,
      place: (x, y) => {
        body.place(x, y);
        items.forEach((id, i) =>
          // the shape at the top of its cell, the name below it
          leaf(id, ITEM_BOX, 18).place(
            x + (i % cols) * ITEM_BOX.w,
            y + body.h + gap + Math.floor(i / cols) * ITEM_BOX.h,
          ),
        );
      },
    };
  };

  /** What a compound holds; `tiled`: its compounds fill a landscape panel instead of stacking. */
  const content = (kids: readonly string[], tiled: boolean): Block => {
    const stages: string[] = [];
    const items: string[] = [];
    const nested: Block[] = [];
    for (const id of kids) {
      if (tree.children.has(id)) nested.push(compound(id));
      else if (kindOf(id) === 'STAGE') stages.push(id);
      else items.push(id);
    }
    return withItems(arrange(line(stages), tiled ? tile(nested) : stack(nested)), items);
  };

  /**
   * The box around a compound's content: its padding, its name inside the top (the box at least as wide, the
   * content on its left, as GraphService draws streams) or, a domain's, wrapped above it.
   */
  const boxed = (id: string, body: Block): Block => {
    const node = tree.nodes.get(id);
    const label = node?.data.short ?? node?.data.label ?? '';
    const kind = kindOf(id);
    let pad = COMPOUND_PADDING;
    let inner = body.w;
    let above = 0;
    let headline = 0;
    if (kind === 'VALUE_STREAM') {
      pad = insideHeadlinePadding(streamFont);
      inner = Math.max(body.w, nameWidth(label, streamFont));
    } else if (kind === 'DOMAIN') {
      const wrap = wrappedLines(label, DOMAIN_HEADLINE.lineChars ?? 12);
      above = wrap.lines * LINE_EM * domainFont + HEADLINE_MARGIN;
      headline = nameWidth('x'.repeat(wrap.longest), domainFont);
    } else {
      // a name that does not grow (the enterprise's) runs over the box's sides when wider than it
      headline = nameWidth(label, COMPOUND_FONT);
    }
    const box = inner + 2 * pad;
    const w = Math.max(box, headline);
    const left = (w - box) / 2;
    return {
      w,
      h: body.above + body.h + 2 * pad,
      above,
      ranks: body.ranks,
      inset: left + pad + body.inset,
      place: (x, y) => body.place(x + left + pad, y + pad + body.above),
    };
  };

  const compound = (id: string): Block => boxed(id, content(tree.children.get(id) ?? [], false));

  /** Boxes in rows, as many to a row as fill the panel best. */
  const tile = (blocks: Block[]): Block | null => {
    if (blocks.length <= 1) return blocks[0] ?? null;
    const widths: number[] = [];
    let sum = 0;
    for (const b of blocks) {
      sum += (widths.length ? TILE_GAP.x : 0) + b.w;
      widths.push(sum);
    }
    const every = Math.max(1, Math.ceil(blocks.length / MAX_PACKINGS));
    let best: ReturnType<typeof rowsOf> | null = null;
    let bestZoom = -1;
    for (let k = 0; k < widths.length; k += every) {
      const rows = rowsOf(blocks, widths[k]);
      const fits = fitZoom(rows.w, rows.h, canvas);
      if (fits > bestZoom) [best, bestZoom] = [rows, fits];
    }
    return best;
  };

  // one root holding everything (the enterprise, the domain in view) frames the boxes tiled inside it
  const frames: string[] = [];
  let top = tree.roots;
  while (top.length === 1 && tree.children.has(top[0])) {
    const kids = tree.children.get(top[0]) ?? [];
    if (kids.some((k) => kindOf(k) === 'STAGE' && !tree.children.has(k))) break;
    frames.push(top[0]);
    top = kids;
  }
  let picture = content(top, true);
  for (const id of frames.reverse()) picture = boxed(id, picture);
  return picture;
}

/** Boxes left to right, a new row when `width` is used up; each row leaves room for its names above. */
function rowsOf(blocks: Block[], width: number): Block {
  const rows: { blocks: Block[]; above: number; h: number }[] = [];
  let x = 0;
  let widest = 0;
  for (const b of blocks) {
    let row = rows.at(-1);
    if (!row || (x > 0 && x + b.w > width)) {
      row = { blocks: [], above: 0, h: 0 };
      rows.push(row);
      x = 0;
    }
    row.blocks.push(b);
    row.above = Math.max(row.above, b.above);
    row.h = Math.max(row.h, b.h);
    x += b.w + TILE_GAP.x;
    widest = Math.max(widest, x - TILE_GAP.x);
  }
  const ranks = blocks.reduce<Range | null>((r, b) => union(r, b.ranks), null);
  return {
    w: widest,
    inset: 0,
    // the first row's names stay inside: whatever frames the rows grows around them
    h: rows.reduce((sum, r) => sum + r.above + r.h, 0) + (rows.length - 1) * TILE_GAP.y,
    above: 0,
    ranks,
    place: (x0, y0) => {
      let y = y0;
      for (const row of rows) {
        let x = x0;
        for (const b of row.blocks) {
          b.place(x, y + row.above);
          x += b.w + TILE_GAP.x;
        }
        y += row.above + row.h + TILE_GAP.y;
      }
    },
  };
}

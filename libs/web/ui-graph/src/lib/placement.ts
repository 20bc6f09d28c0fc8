import type { Positions } from './layout-cache';
import { nameWidth } from './labels';
import {
  headlineFontSize,
  insideHeadlinePadding,
  ORG_UNIT_HEADLINE,
  STREAM_HEADLINE,
  type HeadlineLabel,
} from './styles';
import type { GraphElements } from './types';

/** Which band of the picture a top-level node goes to; anything else runs along the bottom. */
export interface Bands {
  left: readonly string[];
  middle: readonly string[];
}

/**
 * What is to change (initiatives and their transformation steps), who pays and who works (org units with their
 * budgets, teams) beside what is built (domains with their streams, stages, components); what is owed (products,
 * generations, variants) and what is used (components outside domains) below. Enterprise view, domain design and
 * transformation view.
 */
export const LANDSCAPE_BANDS: Bands = {
  left: ['INITIATIVE', 'TRANSFORMATION_STEP', 'ORG_UNIT', 'BUDGET', 'TEAM'],
  middle: ['DOMAIN'],
};

interface Cell {
  w: number;
  h: number;
  /** columns per row relative to rows: below 1 makes tall blocks (wide labels side by side collide) */
  ratio: number;
  /** room a compound's box takes around its children (padding, a name inside the top) */
  pad: number;
  /** where a leaf's centre sits from the top of its cell: high up when its name below needs the room */
  top?: number;
}
/** Small cells in the side bands (their labels show only close up), roomy ones for the named value streams. */
const SIDE: Cell = { w: 140, h: 64, ratio: 1.5, pad: 70 };
/**
 * An org unit without units of its own shows its name below it, grown as the view zooms out (up to two lines
 * of about 270px, HEADLINE_LABELS): side by side in small cells, the names would run into each other.
 */
const NAMED: Cell = { w: 290, h: 124, ratio: 1.5, pad: 70, top: 20 };
// one column up to six leaves: named value streams side by side would run into each other
const MIDDLE: Cell = { w: 300, h: 90, ratio: 0.15, pad: 32 };
/** org units and streams have their names inside the top of their boxes, growing as the view zooms out */
const INSIDE_HEADLINES: Record<string, HeadlineLabel> = {
  ORG_UNIT: ORG_UNIT_HEADLINE,
  VALUE_STREAM: STREAM_HEADLINE,
};
/** their padding grows with the name */
const NAME_PADDING: Record<string, number> = {
  ORG_UNIT: insideHeadlinePadding(ORG_UNIT_HEADLINE.max),
  VALUE_STREAM: insideHeadlinePadding(STREAM_HEADLINE.max),
};
/** about the zoom at which the whole enterprise fits a panel: names get room for their size there */
const OVERVIEW_ZOOM = 0.2;
/** a domain's column: its headline takes two lines of about this width at the zoom that shows everything */
const MIDDLE_COLUMN = 480;
/** between boxes in a band: both paddings and a label (org unit names grow as the view zooms out) */
const INNER_GAP = 40;
const SIDE_GAP = 60;
/** between domains: room for a headline label of two lines above each box */
const MIDDLE_GAP = { x: 120, y: 230 };
const BAND_GAP = 360;
/** side and bottom bands fold at the middle band's size, or at these when it is smaller */
const MIN_BAND = { w: 1400, h: 1000 };

interface Block {
  width: number;
  height: number;
  place(x: number, y: number): void;
}

/**
 * A deterministic, readable placement computed in one pass, no force simulation (a 2,000-element domain design
 * takes milliseconds instead of a second of fcose): domains in a grid in the middle holding their streams,
 * sub-streams, stages and components as nested blocks; org units with the budgets they provide and teams in a
 * band on the left; the rest (products, generations, variants) in a band below. Compounds follow their
 * children, so every box is as compact as its grid.
 */
export function bandPlacement(elements: GraphElements, bands: Bands): Positions {
  const children = new Map<string, string[]>();
  const kindOf = new Map<string, string>();
  const labelOf = new Map<string, string>();
  const roots: string[] = [];
  for (const n of elements.nodes) {
    kindOf.set(n.data.id, n.data.kind);
    labelOf.set(n.data.id, n.data.short ?? n.data.label);
    if (n.data.parent) children.set(n.data.parent, [...(children.get(n.data.parent) ?? []), n.data.id]);
    else roots.push(n.data.id);
  }
  const positions: Positions = {};

  const blockOf = (id: string, cell: Cell): Block => {
    const kids = children.get(id);
    if (!kids) {
      return {
        width: cell.w,
        height: cell.h,
        place: (x, y) => {
          positions[id] = { x: x + cell.w / 2, y: y + cell.h / 2 };
        },
      };
    }
    const leaves = kids.filter((k) => !children.has(k));
    // named org units in their roomier grid above the rest (budgets)
    const named = leafGrid(
      leaves.filter((k) => kindOf.get(k) === 'ORG_UNIT'),
      NAMED,
    );
    const plain = leafGrid(
      leaves.filter((k) => kindOf.get(k) !== 'ORG_UNIT'),
      cell,
    );
    const grid = { w: Math.max(named.width, plain.width), h: named.height + plain.height };
    const inner = kids.filter((k) => children.has(k)).map((k) => blockOf(k, cell));
    // nested boxes fold into rows about as wide as the whole is high
    const area = inner.reduce((sum, b) => sum + (b.width + INNER_GAP) * (b.height + INNER_GAP), 0);
    const nested = flow(inner, Math.max(grid.w, 2 * cell.w, Math.sqrt(area) * 1.2), INNER_GAP);
    const gap = leaves.length && nested.height ? INNER_GAP : 0;
    const p = Math.max(cell.pad, NAME_PADDING[kindOf.get(id) ?? ''] ?? 0);
    // a name wider than its box runs over the box's sides (and widens the box holding it): room on both sides
    const box = Math.max(grid.w, nested.width) + 2 * p;
    const width = Math.max(box, nameRoom(id));
    return {
      width,
      height: grid.h + gap + nested.height + 2 * p,
      place: (x0, y) => {
        const x = x0 + (width - box) / 2;
        named.place(x + p, y + p);
        plain.place(x + p, y + p + named.height);
        nested.place(x + p, y + p + grid.h + gap);
      },
    };
  };

  /** How wide the name inside the top of a compound is drawn at the overview's zoom (0 for other names). */
  function nameRoom(id: string): number {
    const headline = INSIDE_HEADLINES[kindOf.get(id) ?? ''];
    return headline
      ? nameWidth(labelOf.get(id) ?? '', headlineFontSize(headline, OVERVIEW_ZOOM, 'bands'))
      : 0;
  }

  const band = (kinds: readonly string[]) => roots.filter((id) => kinds.includes(kindOf.get(id) ?? ''));
  const banded = new Set([...bands.left, ...bands.middle]);

  // the middle: domains in rows about as wide as the whole is high, each at least as wide as its name
  const middleBlocks = band(bands.middle).map((id) => centred(blockOf(id, MIDDLE), MIDDLE_COLUMN));
  const middleArea = middleBlocks.reduce(
    (sum, b) => sum + (b.width + MIDDLE_GAP.x) * (b.height + MIDDLE_GAP.y),
    0,
  );
  const middle = flow(middleBlocks, Math.sqrt(middleArea) * 1.1, MIDDLE_GAP.x, MIDDLE_GAP.y);
  middle.place(0, 0);
  const middleHeight = middle.height + MIDDLE_GAP.y;
  const middleWidth = middle.width;

  // the left band: columns of blocks, right-aligned towards the middle; lone nodes of a kind share one grid
  const leftIds = band(bands.left);
  const lone = leftIds.filter((id) => !children.has(id));
  // in the order the bands name them: what the view is about first (the plan, in the transformation view)
  const loneKinds = bands.left.filter((kind) => lone.some((id) => kindOf.get(id) === kind));
  const left = columns(
    [
      ...leftIds.filter((id) => children.has(id)).map((id) => blockOf(id, SIDE)),
      ...loneKinds.map((kind) => grid(lone.filter((id) => kindOf.get(id) === kind))),
    ],
    Math.max(middleHeight, MIN_BAND.h),
    SIDE_GAP,
  );
  left.place(-BAND_GAP - left.width, 0);

  // below: everything else (products with their generations, teams), folded at the middle band's width
  const rest = roots.filter((id) => !banded.has(kindOf.get(id) ?? '')).map((id) => blockOf(id, SIDE));
  flow(rest, Math.max(middleWidth, MIN_BAND.w), INNER_GAP).place(0, middleHeight + INNER_GAP);
  return positions;

  function grid(ids: string[]): Block {
    return leafGrid(ids, kindOf.get(ids[0]) === 'ORG_UNIT' ? NAMED : SIDE, SIDE.ratio);
  }

  /** Leaves in cells; many (a sub-stream's components) make a square grid, a few named ones keep `ratio`. */
  function leafGrid(ids: string[], cell: Cell, ratio = ids.length > 8 ? 1 : cell.ratio): Block {
    const cols = ids.length ? Math.max(1, Math.ceil(Math.sqrt(ids.length * ratio))) : 1;
    return {
      width: ids.length ? cols * cell.w : 0,
      height: Math.ceil(ids.length / cols) * cell.h,
      place: (x, y) =>
        ids.forEach((id, i) => {
          positions[id] = {
            x: x + (i % cols) * cell.w + cell.w / 2,
            y: y + Math.floor(i / cols) * cell.h + (cell.top ?? cell.h / 2),
          };
        }),
    };
  }
}

/** A block widened to `width` at least, its content in the middle. */
function centred(b: Block, width: number): Block {
  if (b.width >= width) return b;
  return { width, height: b.height, place: (x, y) => b.place(x + (width - b.width) / 2, y) };
}

/** Blocks left to right, a new row when `width` is used up. */
function flow(blocks: Block[], width: number, gap: number, rowGap = gap): Block {
  const rows: { blocks: Block[]; height: number }[] = [];
  let x = 0;
  let widest = 0;
  for (const b of blocks) {
    let row = rows.at(-1);
    if (!row || (x > 0 && x + b.width > width)) {
      row = { blocks: [], height: 0 };
      rows.push(row);
      x = 0;
    }
    row.blocks.push(b);
    row.height = Math.max(row.height, b.height);
    x += b.width + gap;
    widest = Math.max(widest, x - gap);
  }
  return {
    width: widest,
    height: rows.reduce((sum, r) => sum + r.height, 0) + Math.max(0, rows.length - 1) * rowGap,
    place: (x0, y0) => {
      let y = y0;
      for (const row of rows) {
        let x = x0;
        for (const b of row.blocks) {
          b.place(x, y);
          x += b.width + gap;
        }
        y += row.height + rowGap;
      }
    },
  };
}

/** Blocks top to bottom, a new column when `height` is used up; each block at its column's right edge. */
function columns(blocks: Block[], height: number, gap: number): Block {
  const cols: { blocks: Block[]; width: number }[] = [];
  let y = 0;
  for (const b of blocks) {
    let col = cols.at(-1);
    if (!col || (y > 0 && y + b.height > height)) {
      col = { blocks: [], width: 0 };
      cols.push(col);
      y = 0;
    }
    col.blocks.push(b);
    col.width = Math.max(col.width, b.width);
    y += b.height + gap;
  }
  return {
    width: cols.reduce((sum, c) => sum + c.width, 0) + Math.max(0, cols.length - 1) * gap,
    height,
    place: (x0, y0) => {
      let x = x0;
      for (const col of cols) {
        let y = y0;
        for (const b of col.blocks) {
          b.place(x + col.width - b.width, y);
          y += b.height + gap;
        }
        x += col.width + gap;
      }
    },
  };
}

import type { Positions } from './layout-cache';
import type { GraphElements } from './types';

/** Which band of the picture a top-level node goes to; anything else runs along the bottom. */
export interface Bands {
  left: readonly string[];
  middle: readonly string[];
}

/**
 * Who pays and who works (org units with their budgets, teams) beside what is built (domains with their streams,
 * stages, components); what is owed (products, generations, variants) below. Enterprise view and domain design.
 */
export const LANDSCAPE_BANDS: Bands = {
  left: ['ORG_UNIT', 'BUDGET', 'TEAM'],
  middle: ['DOMAIN'],
};

interface Cell {
  w: number;
  h: number;
  /** columns per row relative to rows: below 1 makes tall blocks (wide labels side by side collide) */
  ratio: number;
  /** room a compound's box takes around its children (padding, a name inside the top) */
  pad: number;
}
/** Small cells in the side bands (their labels show only close up), roomy ones for the named value streams. */
const SIDE: Cell = { w: 140, h: 64, ratio: 1.5, pad: 70 };
// one column up to six leaves: named value streams side by side would run into each other
const MIDDLE: Cell = { w: 300, h: 90, ratio: 0.15, pad: 32 };
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
  const roots: string[] = [];
  for (const n of elements.nodes) {
    kindOf.set(n.data.id, n.data.kind);
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
    const leaves = kids.filter((k) => !children.has(k)).map((k) => blockOf(k, cell));
    // many leaves (a sub-stream's components) make a square grid; a few named ones keep the cell's ratio
    const ratio = leaves.length > 8 ? 1 : cell.ratio;
    const cols = leaves.length ? Math.max(1, Math.ceil(Math.sqrt(leaves.length * ratio))) : 0;
    const grid = { w: cols * cell.w, h: Math.ceil(leaves.length / Math.max(cols, 1)) * cell.h };
    const inner = kids.filter((k) => children.has(k)).map((k) => blockOf(k, cell));
    // nested boxes fold into rows about as wide as the whole is high
    const area = inner.reduce((sum, b) => sum + (b.width + INNER_GAP) * (b.height + INNER_GAP), 0);
    const nested = flow(inner, Math.max(grid.w, 2 * cell.w, Math.sqrt(area) * 1.2), INNER_GAP);
    const gap = leaves.length && nested.height ? INNER_GAP : 0;
    const p = cell.pad;
    return {
      width: Math.max(grid.w, nested.width) + 2 * p,
      height: grid.h + gap + nested.height + 2 * p,
      place: (x, y) => {
        leaves.forEach((b, i) => b.place(x + p + (i % cols) * cell.w, y + p + Math.floor(i / cols) * cell.h));
        nested.place(x + p, y + p + grid.h + gap);
      },
    };
  };

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
  const loneKinds = [...new Set(lone.map((id) => kindOf.get(id) ?? ''))];
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
    const cols = Math.max(1, Math.ceil(Math.sqrt(ids.length * SIDE.ratio)));
    return {
      width: cols * SIDE.w,
      height: Math.ceil(ids.length / cols) * SIDE.h,
      place: (x, y) =>
        ids.forEach((id, i) => {
          positions[id] = {
            x: x + (i % cols) * SIDE.w + SIDE.w / 2,
            y: y + Math.floor(i / cols) * SIDE.h + SIDE.h / 2,
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

/** Blocks top to bottom, a new column when `height` is used up. */
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
          b.place(x, y);
          y += b.height + gap;
        }
        x += col.width + gap;
      }
    },
  };
}

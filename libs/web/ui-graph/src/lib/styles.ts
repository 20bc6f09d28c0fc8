import type { StylesheetJson } from 'cytoscape';
import { legibleFontSize, MIN_LEGIBLE_PX } from './labels';
import type { LayoutName } from './types';

export type GraphTheme = 'light' | 'dark';

/** One colour per node kind, shared with the legend. */
export const KIND_COLOURS: Record<string, string> = {
  DOMAIN: '#1c7ed6',
  VALUE_STREAM: '#0ca678',
  STAGE: '#37b24d',
  INTEGRATION_POINT: '#f59f00',
  ORG_UNIT: '#7048e8',
  BUDGET: '#ae3ec9',
  TEAM: '#1098ad',
  COMPONENT: '#868e96',
  PRODUCT: '#d6336c',
  VARIANT: '#e64980',
  GENERATION: '#f76707',
  INITIATIVE: '#364fc7',
  TRANSFORMATION_STEP: '#4c6ef5',
};

const ALERT = '#e03131';
const HIGHLIGHT = '#fab005';

/** A domain's name above its box, wrapped: with the layouts that leave room above each domain for it. */
export const DOMAIN_HEADLINE: HeadlineLabel = {
  selector: 'node.domain.compound',
  base: 24,
  minPx: 18,
  max: 110,
  lineChars: 12,
  layouts: ['bands', 'lines'],
  // the bands give a domain a column of about 600px: larger, its longest word would run into the next one
  maxIn: { bands: 88 },
};
/** A value stream's name inside the top of its box, in any layout: its padding grows with the name. */
export const STREAM_HEADLINE: HeadlineLabel = {
  selector: 'node.value-stream.compound',
  base: 14,
  minPx: 10,
  max: 36,
  inside: true,
  fitsName: ['lines'],
  // the enterprise's Assembly Lines are shown zoomed far out: the placement leaves room for larger names
  maxIn: { lines: 48 },
};

/** An org unit's name inside the top of its box, with the enterprise's bands. */
export const ORG_UNIT_HEADLINE: HeadlineLabel = {
  selector: 'node.org-unit.compound',
  base: 17,
  minPx: 13,
  max: 70,
  inside: true,
  layouts: ['bands'],
};

/**
 * Labels that must be readable at any zoom (a projector shows the whole enterprise at once): their font grows
 * as the view zooms out, so that they stay at least `minPx` on screen (see `legibleFontSize`).
 */
export const HEADLINE_LABELS: readonly HeadlineLabel[] = [
  DOMAIN_HEADLINE,
  ORG_UNIT_HEADLINE,
  { selector: 'node.org-unit:childless', base: 13, minPx: 10, max: 32, lineChars: 14, layouts: ['bands'] },
  { selector: 'node.value-stream:childless', base: 13, minPx: 10, max: 32, lineChars: 22 },
  STREAM_HEADLINE,
];
export interface HeadlineLabel {
  selector: string;
  /** font size at zoom 1 and above */
  base: number;
  /** smallest on-screen size */
  minPx: number;
  max: number;
  /** wrapped labels: characters per line, so the wrap width grows with the font */
  lineChars?: number;
  /** a compound's name inside the top of its box: margin and padding grow with the font */
  inside?: boolean;
  /** with these layouts, which leave room for it, the box is at least as wide as its name inside (`nameWidth`) */
  fitsName?: readonly LayoutName[];
  /** another `max` with these layouts, by the room they leave for the name */
  maxIn?: Partial<Record<LayoutName, number>>;
  /**
   * only with these layouts, which place their boxes with room for grown names; elsewhere (another domain at
   * the edge of a force layout, say) they would cover their neighbours. Missing: every layout.
   */
  layouts?: readonly LayoutName[];
}

/** The font size of a headline at this zoom with this layout (what `scaleHeadlines` sets). */
export function headlineFontSize(headline: HeadlineLabel, zoom: number, layout: LayoutName | null): number {
  const max = (layout && headline.maxIn?.[layout]) || headline.max;
  return legibleFontSize(headline.base, zoom, headline.minPx, max);
}

/** A compound's padding when its name grows inside the top of its box (what `scaleHeadlines` sets). */
export function insideHeadlinePadding(fontSize: number): number {
  return Math.round(fontSize * 1.4 + 12);
}

export interface StyleOptions {
  theme: GraphTheme;
  /** straight, cheap edges for big graphs */
  haystack: boolean;
}

export function graphStyles({ theme, haystack }: StyleOptions): StylesheetJson {
  const text = theme === 'dark' ? '#e9ecef' : '#212529';
  const outline = theme === 'dark' ? '#1a1b1e' : '#ffffff';
  const compoundFill = theme === 'dark' ? '#25262b' : '#f1f3f5';
  const edge = theme === 'dark' ? '#5c5f66' : '#adb5bd';
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: text,
        'font-size': 12,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-outline-color': outline,
        'text-outline-width': 2,
        // labels are skipped below this on-screen size (font size x zoom): zoomed out, the shapes speak
        'min-zoomed-font-size': MIN_LEGIBLE_PX,
        'background-color': '#868e96',
        width: 26,
        height: 26,
      },
    },
    // the mappers cut long names; the full name shows on hover
    { selector: 'node[short]', style: { label: 'data(short)' } },
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': colour },
    })),
    { selector: 'node.domain, node.org-unit', style: { shape: 'round-rectangle' } },
    { selector: 'node.budget', style: { shape: 'diamond', width: 20, height: 20 } },
    { selector: 'node.integration-point', style: { shape: 'hexagon' } },
    { selector: 'node.team', style: { shape: 'ellipse' } },
    // what is to change stands out from what is: steps are tags pointing on, their initiative a star
    { selector: 'node.transformation-step', style: { shape: 'tag', width: 36, height: 24 } },
    { selector: 'node.initiative', style: { shape: 'star', width: 34, height: 34 } },
    {
      // a long name takes two lines rather than being cut: the box holds them
      selector: 'node.stage',
      style: {
        shape: 'round-rectangle',
        width: 132,
        height: 36,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-wrap': 'wrap',
        'text-max-width': '124px',
        'font-size': 11,
        color: '#fff',
        'text-outline-width': 0,
      },
    },
    {
      selector: 'node.stage.gated',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': text },
    },
    { selector: 'node.component', style: { shape: 'rectangle', width: 18, height: 18 } },
    {
      selector: 'node.compound',
      style: {
        'background-opacity': 0.12,
        'background-color': compoundFill,
        'border-width': 2,
        'border-color': '#868e96',
        // the name inside the top of the box: a layout that ignores labels cannot let it run into the box above
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 24,
        'text-wrap': 'none',
        'font-weight': 'bold',
        'font-size': 14,
        color: text,
        'text-outline-width': 0,
        padding: '30px',
      },
    },
    {
      // above the box, wrapped: the font grows as the view zooms out (HEADLINE_LABELS), a long name takes two lines
      selector: 'node.domain.compound',
      style: {
        'font-size': 24,
        'min-zoomed-font-size': 0,
        'text-margin-y': -8,
        'text-wrap': 'wrap',
        'text-max-width': '300px',
        'border-width': 3,
        'background-opacity': 0.06,
      },
    },
    { selector: 'node.org-unit.compound', style: { 'font-size': 17, 'min-zoomed-font-size': 0 } },
    { selector: 'node.org-unit:childless', style: { 'font-size': 13, 'text-wrap': 'wrap' } },
    {
      selector: 'node.value-stream:childless',
      style: { 'font-size': 13, 'font-weight': 'bold', 'text-wrap': 'wrap', 'text-max-width': '230px' },
    },
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
      selector: `node.compound[kind = "${kind}"]`,
      style: { 'border-color': colour },
    })),
    // performance heat map: the metric's colour fills stages and outlines the streams and domains holding them
    { selector: 'node.heat', style: { 'background-color': 'data(heat)' } },
    { selector: 'node.stage.heat', style: { color: '#212529' } },
    { selector: 'node.compound.heat', style: { 'border-color': 'data(heat)', 'border-width': 4 } },
    {
      selector: 'node.legacy',
      style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#f76707', opacity: 0.85 },
    },
    { selector: 'node.external', style: { 'background-opacity': 0.45 } },
    {
      selector: 'node.unowned',
      style: { 'border-width': 4, 'border-color': ALERT, 'background-color': ALERT, 'font-weight': 'bold' },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': edge,
        'target-arrow-color': edge,
        'target-arrow-shape': haystack ? 'none' : 'triangle',
        'curve-style': haystack ? 'haystack' : 'bezier',
        'arrow-scale': 0.8,
        opacity: 0.8,
        'font-size': 10,
        color: text,
        'text-background-color': outline,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': MIN_LEGIBLE_PX + 1,
      },
    },
    { selector: 'edge[label]', style: { label: 'data(label)' } },
    {
      selector: 'edge.funds',
      style: { 'line-color': '#ae3ec9', 'target-arrow-color': '#ae3ec9', opacity: 0.55 },
    },
    {
      selector: 'edge.flows-to',
      style: { 'line-color': '#37b24d', 'target-arrow-color': '#37b24d', width: 3 },
    },
    {
      // feedback loops run back from a later stage: drawn below the line, dashed
      selector: 'edge.feedback',
      style: {
        'curve-style': haystack ? 'haystack' : 'unbundled-bezier',
        'control-point-distances': [60],
        'control-point-weights': [0.5],
        'line-style': 'dashed',
        'line-color': '#f03e3e',
        'target-arrow-color': '#f03e3e',
        opacity: 0.6,
      },
    },
    // context, not the message: what domains owe and who answers for integration points stay in the background
    { selector: 'edge.obliged-to, edge.responsible-for, edge.works-in', style: { opacity: 0.35 } },
    {
      selector: 'edge.cross-domain',
      style: { 'line-color': '#1c7ed6', 'target-arrow-color': '#1c7ed6', 'line-style': 'dashed' },
    },
    { selector: 'edge.responsible-for', style: { 'line-color': '#f59f00', 'target-arrow-color': '#f59f00' } },
    {
      selector: 'edge.coupling',
      style: { 'line-color': ALERT, 'target-arrow-shape': 'none', 'line-style': 'dotted' },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      selector: 'node.highlighted',
      style: {
        'border-width': 5,
        'border-color': HIGHLIGHT,
        'border-style': 'solid',
        opacity: 1,
        'z-index': 10,
      },
    },
    {
      selector: 'edge.highlighted',
      style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, opacity: 1 },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': HIGHLIGHT, 'overlay-opacity': 0.25, 'overlay-padding': 6 },
    },
  ];
}

import type { StylesheetJson } from 'cytoscape';

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
};

const ALERT = '#e03131';
const HIGHLIGHT = '#fab005';

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
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-outline-color': outline,
        'text-outline-width': 2,
        // labels are skipped below this on-screen size: zoomed out, the shapes speak
        'min-zoomed-font-size': 7,
        'background-color': '#868e96',
        width: 26,
        height: 26,
      },
    },
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': colour },
    })),
    { selector: 'node.domain, node.org-unit', style: { shape: 'round-rectangle' } },
    { selector: 'node.budget', style: { shape: 'diamond', width: 20, height: 20 } },
    { selector: 'node.integration-point', style: { shape: 'hexagon' } },
    { selector: 'node.team', style: { shape: 'ellipse' } },
    {
      selector: 'node.stage',
      style: {
        shape: 'round-rectangle',
        width: 90,
        height: 34,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '84px',
        'font-size': 10,
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
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-weight': 'bold',
        'font-size': 13,
        color: text,
        'text-outline-width': 0,
        padding: '14px',
      },
    },
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
      selector: `node.compound[kind = "${kind}"]`,
      style: { 'border-color': colour },
    })),
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
        'font-size': 9,
        color: text,
        'text-outline-color': outline,
        'text-outline-width': 2,
        'min-zoomed-font-size': 9,
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
      },
    },
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

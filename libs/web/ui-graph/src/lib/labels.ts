/** On-screen size (px) below which a label is not drawn: smaller text is noise, on a projector even more so. */
export const MIN_LEGIBLE_PX = 8;

/** Whether text of this model font size can be read at this zoom (what Cytoscape's `min-zoomed-font-size` decides). */
export function labelIsLegible(fontSize: number, zoom: number, minPx = MIN_LEGIBLE_PX): boolean {
  return fontSize * zoom >= minPx;
}

/**
 * The model font size that keeps a headline label (a domain, an org unit) at least `minPx` on screen at this
 * zoom: never smaller than `base`, never larger than `max` (zoomed far out, a giant label would cover the graph).
 */
export function legibleFontSize(base: number, zoom: number, minPx: number, max = base * 4): number {
  if (!(zoom > 0)) return base;
  return Math.round(Math.min(max, Math.max(base, minPx / zoom)));
}

/** A name cut at a word boundary near `max` characters, with an ellipsis; the full name goes to the tooltip. */
export function truncateLabel(label: string, max: number): string {
  const text = label.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // a word boundary only when it keeps most of the room; else a hard cut
  return `${(space >= max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:-]+$/, '')}…`;
}

/** How many characters a node's label may show, by kind: headlines get more room than leaves. */
export function labelLength(kind: string, isParent: boolean): number {
  if (kind === 'DOMAIN') return 36;
  if (isParent) return 32;
  if (kind === 'STAGE') return 22;
  if (kind === 'VALUE_STREAM' || kind === 'ORG_UNIT') return 26;
  return 22;
}

/** Average width of a character of a bold sans-serif name, in em: a little more than measured, to be safe. */
const CHAR_EM = 0.6;

/** About how wide a one-line name is drawn at this font size (layouts leave room for it, boxes grow to it). */
export function nameWidth(label: string, fontSize: number): number {
  return Math.ceil(label.length * CHAR_EM * fontSize);
}

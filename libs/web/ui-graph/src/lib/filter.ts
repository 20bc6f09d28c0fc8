import type { GraphElements, GraphFilter, GraphNodeData } from './types';

export function isFilterEmpty(filter: GraphFilter): boolean {
  return !filter.kinds?.length && !filter.tags?.length && !filter.text?.trim();
}

function matches(node: GraphNodeData, filter: GraphFilter): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(node.kind)) return false;
  if (filter.tags?.length && !filter.tags.every((t) => node.tags.includes(t))) return false;
  const text = filter.text?.trim().toLowerCase();
  if (text && !node.label.toLowerCase().includes(text) && !node.id.toLowerCase().includes(text)) return false;
  return true;
}

/**
 * The node ids a filter leaves visible: the nodes that match, and the compound parents that hold them
 * (a stage shown without its stream would lose its place).
 */
export function visibleNodeIds(elements: GraphElements, filter: GraphFilter): Set<string> {
  if (isFilterEmpty(filter)) return new Set(elements.nodes.map((n) => n.data.id));
  const parentOf = new Map(elements.nodes.map((n) => [n.data.id, n.data.parent]));
  const visible = new Set<string>();
  for (const node of elements.nodes) {
    if (!matches(node.data, filter)) continue;
    let id: string | undefined = node.data.id;
    while (id && !visible.has(id)) {
      visible.add(id);
      id = parentOf.get(id);
    }
  }
  return visible;
}

/** The kinds and tags present, for the filter bar's choices. */
export function filterChoices(elements: GraphElements): { kinds: string[]; tags: string[] } {
  const kinds = new Set<string>();
  const tags = new Set<string>();
  for (const node of elements.nodes) {
    kinds.add(node.data.kind);
    node.data.tags.forEach((t) => tags.add(t));
  }
  return { kinds: [...kinds].sort(), tags: [...tags].sort() };
}

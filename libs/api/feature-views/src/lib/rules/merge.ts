import type { StoredFinding } from '@streamscape/graph';
import { byId, type Finding, type FindingKind, type FindingStatus, type Severity, viewId } from './finding';

/** A stored finding (imported or recorded by people) in the shape of the computed ones. */
export function fromStored(f: StoredFinding): Finding {
  return {
    id: viewId('Finding', f.id),
    rule: null,
    source: 'manual',
    kind: f.kind as FindingKind | null,
    severity: f.severity as Severity | null,
    status: f.status as FindingStatus | null,
    title: f.name ?? f.id,
    description: f.description,
    about: f.about.map((a) => viewId(a.kind, a.id)),
  };
}

/** Stored findings about at least one of the nodes. */
export function storedAbout(stored: readonly StoredFinding[], nodeIds: ReadonlySet<string>): Finding[] {
  return stored.map(fromStored).filter((f) => f.about.some((id) => nodeIds.has(id)));
}

const SEVERITY_RANK: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** Most severe first; computed before stored; then by rule and id (a stable order for clients and tests). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .slice()
    .sort(
      (a, b) =>
        (SEVERITY_RANK[a.severity ?? ''] ?? 3) - (SEVERITY_RANK[b.severity ?? ''] ?? 3) ||
        Number(a.rule === null) - Number(b.rule === null) ||
        byId(a.rule ?? '', b.rule ?? '') ||
        byId(a.id, b.id),
    );
}

/** One finding per id; the same finding seen from two views keeps everything either saw it about. */
export function mergeFindings(...lists: readonly (readonly Finding[])[]): Finding[] {
  const merged = new Map<string, Finding>();
  for (const f of lists.flat()) {
    const seen = merged.get(f.id);
    merged.set(f.id, seen ? { ...seen, about: [...new Set([...seen.about, ...f.about])] } : f);
  }
  return sortFindings([...merged.values()]);
}

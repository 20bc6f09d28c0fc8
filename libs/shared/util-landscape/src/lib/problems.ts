/** A problem found in the input, located as precisely as the input allows. */
export interface Problem {
  readonly file: string;
  /** 1-based index of the document in its file, or of the row for fact files */
  readonly document?: number;
  readonly line?: number;
  /** dotted path of the field, e.g. `spec.obligations[0].target` */
  readonly field?: string;
  readonly reason: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file + (p.line ? `:${p.line}` : ''), p.document ? `document ${p.document}` : undefined]
    .filter(Boolean)
    .join(' ');
  return `${where}${p.field ? ` ${p.field}` : ''}: ${p.reason}`;
}

/** `['spec', 'obligations', 0, 'target']` -> `spec.obligations[0].target` */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

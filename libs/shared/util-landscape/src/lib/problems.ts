/** A problem found in the input, located as precisely as the input allows. */
export interface Problem {
  readonly file: string;
  /** 1-based index of the document in its file, or of the row for fact files */
  readonly document?: number;
  readonly line?: number;
  /** dotted path of the field, e.g. `spec.obligations[0].target` */
  readonly field?: string;
  readonly reason: string;
  /** in a workbook: the sheet; `line` is then the row and `field` the column header */
  readonly sheet?: string;
  /** in a workbook: the cell, e.g. `C5` */
  readonly cell?: string;
}

/** Where a path of a document lies in a workbook: its sheet, cell and column header. */
export type SheetPlace = Required<Pick<Problem, 'sheet'>> & Pick<Problem, 'cell' | 'field'>;

export function formatProblem(p: Problem): string {
  if (p.sheet !== undefined) return formatSheetProblem(p, p.sheet);
  const where = [p.file + (p.line ? `:${p.line}` : ''), p.document ? `document ${p.document}` : undefined]
    .filter(Boolean)
    .join(' ');
  return `${where}${p.field ? ` ${p.field}` : ''}: ${p.reason}`;
}

/** `landscape.xlsx team!E5 size: must be integer`; a sheet-wide problem reads `landscape.xlsx sheet "Sheet1": ...`. */
function formatSheetProblem(p: Problem, sheet: string): string {
  // Excel's own notation quotes a sheet name only when it could not be read otherwise
  const name = /[\s!']/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  const where = p.cell
    ? `${name}!${p.cell}`
    : p.line
      ? `${name} row ${p.line}`
      : `sheet ${JSON.stringify(sheet)}`;
  return `${p.file} ${where}${p.field ? ` ${p.field}` : ''}: ${p.reason}`;
}

/** `['spec', 'obligations', 0, 'target']` -> `spec.obligations[0].target` */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

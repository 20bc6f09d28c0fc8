import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  API_VERSION,
  isGroupField,
  isRefField,
  KINDS,
  type KindDef,
  type ScalarType,
} from '@streamscape/domain';
import {
  fieldPath,
  sortEntities,
  toDocument,
  type Entity,
  type Problem,
  type SheetPlace,
  type SourceDocument,
} from '@streamscape/landscape';

/**
 * Landscape workbooks (.xlsx): one sheet per kind, one entity per row, read into the same documents
 * as YAML files so that every check of the format applies unchanged (docs/spreadsheets.md).
 */

export const WORKBOOK_EXTENSIONS = ['.xlsx'];

/** How a column's cells are read and written. */
export type CellKind = 'text' | 'integer' | 'number' | 'date' | 'list' | 'items';

/** A column of a kind's sheet. */
export interface Column {
  /** as export writes it: the field's name, or `canvas.purpose` for a member of a group field */
  readonly header: string;
  /** where the cell's value goes in the document */
  readonly path: readonly string[];
  readonly cell: CellKind;
}

const CELL_OF_TYPE: Record<ScalarType, CellKind> = {
  string: 'text',
  duration: 'text',
  scalar: 'text',
  integer: 'integer',
  number: 'number',
  date: 'date',
  'string-list': 'list',
};

/** The columns of a kind's sheet, in the order export writes them. */
export function sheetColumns(def: KindDef): Column[] {
  const columns: Column[] = [
    { header: 'id', path: ['metadata', 'id'], cell: 'text' },
    { header: 'name', path: ['metadata', 'name'], cell: 'text' },
    { header: 'description', path: ['metadata', 'description'], cell: 'text' },
    { header: 'tags', path: ['metadata', 'tags'], cell: 'list' },
  ];
  for (const field of def.fields) {
    if (isRefField(field)) {
      const cell = !field.many ? 'text' : field.item ? 'items' : 'list';
      columns.push({ header: field.name, path: ['spec', field.name], cell });
    } else if (isGroupField(field)) {
      for (const member of field.group) {
        columns.push({
          header: `${field.name}.${member.name}`,
          path: ['spec', field.name, member.name],
          cell: CELL_OF_TYPE[member.type],
        });
      }
    } else {
      columns.push({ header: field.name, path: ['spec', field.name], cell: CELL_OF_TYPE[field.type] });
    }
  }
  return columns;
}

/** The sheet export writes a kind to: its file name in YAML exports (`value-stream`). */
export const sheetName = (def: KindDef): string => def.refName;

const kindsBySheet = new Map<string, KindDef>(
  KINDS.flatMap((k) => [
    [k.refName, k],
    [k.kind.toLowerCase(), k],
  ]),
);

/** The kind a sheet holds: `value-stream` or `ValueStream`, in any case. */
export const kindOfSheet = (name: string): KindDef | undefined => kindsBySheet.get(name.trim().toLowerCase());

/** Sheets for people, which the reader skips. */
const NOTES_SHEETS = ['readme', 'about'];

// an Excel cell holds at most this many characters
const CELL_LIMIT = 32_767;

// loaded on first use: exceljs is large, and most users of this library never see a workbook
async function excel(): Promise<Pick<typeof import('exceljs'), 'Workbook'>> {
  const loaded = await import('exceljs');
  // a native import of this CommonJS module (as under tsx) puts its exports under `default`
  return loaded.Workbook ? loaded : loaded.default;
}

export interface LoadedWorkbook {
  readonly documents: SourceDocument[];
  readonly problems: Problem[];
}

/** Reads a workbook file; `file` is its name in messages. */
export async function readWorkbookFile(path: string, file: string): Promise<LoadedWorkbook> {
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { documents: [], problems: [{ file, reason: `not a readable .xlsx workbook (${why})` }] };
  }
  return workbookDocuments(workbook, file);
}

/**
 * Reads `<kind>.csv` (`team.csv`, `value-stream.csv`: one sheet saved as CSV) as that kind's sheet; null when
 * the file's name is not a kind. Every cell stays text, as the CSV has it: the columns' rules read it.
 */
export async function readKindCsvFile(path: string, file: string): Promise<LoadedWorkbook | null> {
  const def = kindOfSheet(basename(path, extname(path)));
  if (!def) return null;
  let rows: string[][];
  try {
    rows = parseCsv(await readFile(path, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { documents: [], problems: [{ file, reason: `not a readable CSV file (${why})` }] };
  }
  const workbook = new (await excel()).Workbook();
  const sheet = workbook.addWorksheet(sheetName(def));
  rows.forEach((row) => sheet.addRow(row.map((cell) => (cell === '' ? null : cell))));
  return workbookDocuments(workbook, file);
}

/** The kinds' sheets of a landscape workbook as CSV files (`team.csv`), for kinds that have rows. */
export function kindCsvFiles(workbook: Workbook): { name: string; text: string }[] {
  return workbook.worksheets
    .filter((sheet) => kindOfSheet(sheet.name) && sheet.rowCount > 1)
    .map((sheet) => {
      const rows: string[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row) => {
        const width = sheet.getRow(1).cellCount;
        rows.push(Array.from({ length: width }, (_, i) => csvText(row.getCell(i + 1).value)));
      });
      return { name: `${sheet.name}.csv`, text: stringifyCsv(rows) };
    });
}

/** A cell as CSV text: dates as YYYY-MM-DD, as the reader takes them back. */
function csvText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The documents of a workbook's rows, and what is wrong with its sheets, headers and cells. */
export function workbookDocuments(workbook: Workbook, file: string): LoadedWorkbook {
  const documents: SourceDocument[] = [];
  const problems: Problem[] = [];
  for (const sheet of workbook.worksheets) {
    if (NOTES_SHEETS.includes(sheet.name.trim().toLowerCase())) continue;
    const def = kindOfSheet(sheet.name);
    if (!def) {
      problems.push({
        file,
        sheet: sheet.name,
        reason: `not a kind: name a sheet after the kind it holds (${KINDS.map(sheetName).join(', ')}), or README for notes`,
      });
      continue;
    }
    readSheet(sheet, def, file, documents, problems);
  }
  return { documents, problems };
}

type Plain = string | number | boolean | Date;

function readSheet(
  sheet: Worksheet,
  def: KindDef,
  file: string,
  documents: SourceDocument[],
  problems: Problem[],
) {
  const all = sheetColumns(def);
  const byHeader = new Map(all.map((c) => [c.header.toLowerCase(), c]));
  const columns = new Map<number, Column>();
  const headed = new Set<number>();
  const letter = (col: number) => sheet.getColumn(col).letter;
  const problem = (row: number, col: number | undefined, field: string | undefined, reason: string) =>
    problems.push({
      file,
      sheet: sheet.name,
      line: row,
      ...(col === undefined ? {} : { cell: `${letter(col)}${row}` }),
      field,
      reason,
    });

  sheet.getRow(1).eachCell((cell, col) => {
    const header = plain(cell.value);
    if (header === undefined) return;
    headed.add(col);
    const text = typeof header === 'object' && !(header instanceof Date) ? '' : textOf(header).trim();
    const column = byHeader.get(text.toLowerCase());
    const taken = [...columns].find(([, c]) => c === column);
    if (!column) {
      problem(1, col, text, `unknown column: a ${def.kind} has ${all.map((c) => c.header).join(', ')}`);
    } else if (taken) {
      problem(1, col, text, `the column is already at ${letter(taken[0])}1`);
    } else {
      columns.set(col, column);
    }
  });

  const headerless = new Set<number>();
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const cells = new Map<Column, { col: number; value: unknown; json: boolean }>();
    row.eachCell((cell, col) => {
      const value = plain(cell.value);
      if (value === undefined) return;
      const column = columns.get(col);
      if (!column) {
        // a value under an unknown header was reported with the header; one without any header, once
        if (!headed.has(col) && !headerless.has(col)) {
          headerless.add(col);
          problem(r, col, undefined, 'a value in a column without a header');
        }
        return;
      }
      if (typeof value === 'object' && 'error' in value) {
        problem(r, col, column.header, value.error);
        return;
      }
      const read = fromCell(column, value);
      if ('reason' in read) problem(r, col, column.header, read.reason);
      else cells.set(column, { col, value: read.value, json: read.json === true });
    });
    // an empty row, or one whose only values were reported above
    if (cells.size === 0) return;

    const value: Record<string, unknown> = {
      apiVersion: API_VERSION,
      kind: def.kind,
      metadata: {},
      spec: {},
    };
    for (const [column, cell] of cells) put(value, column.path, cell.value);
    const placeOf = (path: readonly (string | number)[]): SheetPlace => {
      const prefixOf = (c: Column) => c.path.every((key, i) => path[i] === key);
      const column = [...cells.keys()].find(prefixOf) ?? [...columns.values()].find(prefixOf);
      if (!column) {
        // a field the sheet has no column for, e.g. a required one
        const field = all.find(prefixOf)?.header ?? (path.length > 1 ? fieldPath(path.slice(1)) : undefined);
        return { sheet: sheet.name, field };
      }
      const cell = cells.get(column);
      const col = cell?.col ?? [...columns].find(([, c]) => c === column)![0];
      const inside = path.slice(column.path.length);
      return {
        sheet: sheet.name,
        cell: `${letter(col)}${r}`,
        // inside a JSON cell, say where: `obligations[1].kind`
        field: cell?.json && inside.length ? fieldPath([column.header, ...inside]) : column.header,
      };
    };
    documents.push({ file, index: documents.length + 1, value, lineOf: () => r, placeOf });
  });
}

/** A cell's value as a plain value; rich text and links as their text, formulas as their result. */
function plain(value: CellValue): Plain | { error: string } | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return plain(value.richText.map((t) => t.text).join(''));
  if ('hyperlink' in value) return plain(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined
      ? { error: 'a formula without a computed value: open and save the workbook in Excel' }
      : plain(value.result);
  }
  if ('error' in value) return { error: `the cell holds the error ${value.error}` };
  return undefined;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

type Read = { value: unknown; json?: boolean } | { reason: string };

/** A cell's value as the document wants it; what is still wrong (a word in a number column) the validator reports. */
function fromCell(column: Column, value: Plain): Read {
  switch (column.cell) {
    case 'text':
      return { value: typeof value === 'string' || typeof value === 'boolean' ? value : textOf(value) };
    case 'integer':
    case 'number':
      return { value: typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value) : value };
    case 'date':
      if (value instanceof Date) {
        const date = dayOf(value);
        return date ? { value: date } : { reason: 'a date without a time of day expected' };
      }
      if (typeof value === 'number')
        return { reason: `a date expected (YYYY-MM-DD), got the number ${value}: format the cell as a date` };
      return { value: typeof value === 'string' ? value.trim() : value };
    case 'list':
    case 'items':
      return listFromCell(textOf(value).trim(), column.cell === 'items');
  }
}

function listFromCell(text: string, items: boolean): Read {
  if (text.startsWith('[') || (items && text.startsWith('{'))) {
    try {
      const parsed: unknown = JSON.parse(text);
      return { value: Array.isArray(parsed) ? parsed : [parsed], json: true };
    } catch (error) {
      return { reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const parts = text.includes('\n') ? text.split(/\r?\n/) : text.split(/[,;]/);
  return { value: parts.map((p) => p.trim()).filter(Boolean) };
}

function textOf(value: Plain): string {
  if (value instanceof Date) return dayOf(value) ?? value.toISOString();
  return String(value);
}

/** `2031-12-31` for a date at midnight; Excel dates carry no time zone, exceljs reads them as UTC. */
function dayOf(date: Date): string | undefined {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : undefined;
}

function put(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let at = target;
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[path[path.length - 1]] = value;
}

/**
 * Drops validation problems at cells the reader has already reported (a malformed cell is left out of
 * its document, which the validator may then find missing): one problem per cell.
 */
export function withoutReportedCells(validation: readonly Problem[], read: readonly Problem[]): Problem[] {
  const key = (p: Problem) => `${p.file}\u0000${p.sheet}\u0000${p.cell}`;
  const reported = new Set(read.filter((p) => p.cell).map(key));
  return validation.filter((p) => !p.cell || !reported.has(key(p)));
}

/**
 * A workbook of the entities: a README sheet, then one sheet per kind (every kind, so that the workbook
 * also serves as a template) with the columns the reader reads, one row per entity, sorted by id.
 */
export async function landscapeWorkbook(entities: readonly Entity[]): Promise<Workbook> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Streamscape';
  addReadme(workbook);
  const byKind = new Map<string, Entity[]>();
  for (const e of sortEntities(entities)) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  for (const def of KINDS) {
    const columns = sheetColumns(def);
    const sheet = workbook.addWorksheet(sheetName(def), { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    for (const entity of byKind.get(def.kind) ?? []) {
      const doc = toDocument(entity) as unknown as Record<string, unknown>;
      const row = sheet.addRow(
        columns.map((c) => toCell(c, valueAt(doc, c.path), `${def.refName}:${entity.id}`)),
      );
      row.eachCell((cell, col) => {
        if (columns[col - 1].cell === 'date') cell.numFmt = 'yyyy-mm-dd';
        if (typeof cell.value === 'string' && cell.value.includes('\n')) cell.alignment = { wrapText: true };
      });
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      let longest = c.header.length;
      column.eachCell({ includeEmpty: false }, (cell) => {
        const text = cell.value instanceof Date ? 'yyyy-mm-dd' : String(cell.value ?? '');
        for (const line of text.split('\n')) longest = Math.max(longest, line.length);
      });
      column.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return workbook;
}

function addReadme(workbook: Workbook) {
  const sheet = workbook.addWorksheet('README');
  const lines = [
    'Streamscape landscape (streamscape/v1)',
    '',
    'One sheet per kind, one entity per row; the first row names the columns. Empty cells leave a field out.',
    'References are kind:id (value-stream:ev-drive), or the bare id where a field allows one kind only.',
    'Lists (tags, references, activities): one item per line, or on one line separated by commas or semicolons.',
    'Lists of objects (obligations, feedbackTo, interactsWith, sets, dependsOn with weights): a JSON array.',
    'Dates: date cells or YYYY-MM-DD text. This README sheet is skipped on import.',
    'Check with `streamscape validate <file>.xlsx`, import with `streamscape import <file>.xlsx`.',
    'The format: docs/spreadsheets.md and docs/landscape-format.md.',
  ];
  lines.forEach((line) => sheet.addRow([line]));
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getColumn(1).width = 110;
}

function valueAt(doc: Record<string, unknown>, path: readonly string[]): unknown {
  let at: unknown = doc;
  for (const key of path) at = (at as Record<string, unknown> | undefined)?.[key];
  return at;
}

function toCell(column: Column, value: unknown, entity: string): CellValue {
  if (value === undefined || value === null) return null;
  let cell: CellValue;
  switch (column.cell) {
    case 'date':
      return new Date(`${String(value)}T00:00:00Z`);
    case 'list':
    case 'items': {
      const items = value as unknown[];
      cell = items.every((i) => typeof i === 'string') ? listCell(items as string[]) : objectsCell(items);
      break;
    }
    default:
      cell = value as string | number;
  }
  if (typeof cell === 'string' && cell.length > CELL_LIMIT) {
    throw new Error(
      `${entity} ${column.header}: ${cell.length.toLocaleString('en')} characters do not fit in a cell (${CELL_LIMIT.toLocaleString('en')} at most); export as YAML`,
    );
  }
  return cell;
}

/** The shortest form the reader splits back into exactly these items. */
function listCell(items: readonly string[]): string {
  const plainItem = (i: string) => i !== '' && i === i.trim() && !/[\r\n]/.test(i) && !/^[[{]/.test(i);
  if (items.length === 0 || !items.every(plainItem)) return JSON.stringify(items);
  if (!items.some((i) => /[,;]/.test(i))) return items.join(', ');
  return items.length > 1 ? items.join('\n') : JSON.stringify(items);
}

/** A JSON array with one item per line, so that a wrapped cell reads like a list. */
function objectsCell(items: readonly unknown[]): string {
  return `[${items.map((i) => JSON.stringify(i)).join(',\n')}]`;
}

import { promises as fs } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { SheetPlace } from './problems';

/** One document of a landscape file, with what is needed to point the user at its lines. */
export interface SourceDocument {
  readonly file: string;
  /** 1-based position of the document in its file */
  readonly index: number;
  readonly value: unknown;
  /** 1-based line of a path inside the document (the nearest existing ancestor), if known */
  lineOf(path: readonly (string | number)[]): number | undefined;
  /** for a row of a workbook (where `lineOf` gives the row): the sheet, cell and column of a path */
  placeOf?(path: readonly (string | number)[]): SheetPlace;
}

export interface SourceProblem {
  readonly file: string;
  readonly document?: number;
  readonly line?: number;
  readonly reason: string;
}

export interface LoadedSources {
  readonly documents: SourceDocument[];
  readonly problems: SourceProblem[];
}

export const LANDSCAPE_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Parses a YAML stream (or JSON, which is YAML) into its documents; a JSON array yields one document per item. */
export function parseSource(file: string, text: string): LoadedSources {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const documents: SourceDocument[] = [];
  const problems: SourceProblem[] = [];
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs)) {
    problems.push({ file, reason: 'not a YAML stream' });
  }
  let index = 0;
  for (const doc of list) {
    if (doc.errors.length) {
      for (const e of doc.errors) {
        problems.push({
          file,
          document: index + 1,
          line: lineAt(e.pos[0]),
          reason: e.message.split('\n')[0],
        });
      }
      index++;
      continue;
    }
    if (doc.contents === null) continue; // an empty document, e.g. after a trailing `---`
    const value = doc.toJS({ maxAliasCount: 100 });
    const locate = (root: Node | null) => (path: readonly (string | number)[]) => {
      let node: Node | null = root;
      let line = node?.range ? lineAt(node.range[0]) : undefined;
      for (const key of path) {
        if (!(isMap(node) || isSeq(node))) break;
        const next = node.get(key, true) as Node | undefined;
        if (!next?.range) break;
        node = next;
        line = lineAt(next.range[0]);
      }
      return line;
    };
    if (Array.isArray(value) && isSeq(doc.contents)) {
      // a JSON array of documents
      const seq = doc.contents;
      value.forEach((item, i) => {
        const itemNode = seq.items[i] as Node;
        documents.push({ file, index: ++index, value: item, lineOf: locate(itemNode) });
      });
    } else {
      documents.push({ file, index: ++index, value, lineOf: locate(doc.contents as Node) });
    }
  }
  return { documents, problems };
}

/** Expands files and folders (recursively) into the landscape files they hold, in a stable order. */
export async function listLandscapeFiles(
  paths: readonly string[],
  extraExtensions: readonly string[] = [],
): Promise<string[]> {
  const extensions = [...LANDSCAPE_EXTENSIONS, ...extraExtensions];
  const out: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => {
      throw new Error(`${p}: no such file or folder`);
    });
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(p, { withFileTypes: true })).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      const children = entries
        .filter((e) => e.isDirectory() || extensions.includes(extname(e.name)))
        .map((e) => join(p, e.name));
      out.push(...(await listLandscapeFiles(children, extraExtensions)));
    } else {
      out.push(p);
    }
  }
  return out;
}

export async function loadSources(paths: readonly string[], cwd = process.cwd()): Promise<LoadedSources> {
  const documents: SourceDocument[] = [];
  const problems: SourceProblem[] = [];
  for (const path of await listLandscapeFiles(paths)) {
    const loaded = parseSource(displayPath(path, cwd), await fs.readFile(path, 'utf8'));
    documents.push(...loaded.documents);
    problems.push(...loaded.problems);
  }
  return { documents, problems };
}

/** A file name for messages: relative to `cwd` when inside it, absolute otherwise. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(cwd, path);
}

/**
 * Output: landscape YAML files and streamed fact CSVs.
 *
 * Both writers are synchronous on purpose: the generator is a single-threaded batch job, and
 * synchronous writes in large chunks give bounded memory without back-pressure bookkeeping.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import YAML from 'yaml';
import type { Doc } from './model';
import type { LandscapeFile } from './landscape';

/** Flow style for short lists and small records keeps files readable: `tags: [ev, hardware]`. */
const FLOW_MAX_CHARS = 90;

export function landscapeFileText(file: LandscapeFile, header: string): string {
  const body = file.docs.map(docToYaml).join('---\n');
  return `${header}${body}`;
}

export function docToYaml(d: Doc): string {
  const document = new YAML.Document(d);
  YAML.visit(document, {
    Seq(_, node) {
      if (node.items.every((i) => YAML.isScalar(i)) && flowLength(node.items) <= FLOW_MAX_CHARS)
        node.flow = true;
    },
    Map(_, node, path) {
      // Small records inside lists ({ kind: maintain, target: ... }) read best on one line.
      const parent = path[path.length - 1];
      if (
        YAML.isSeq(parent) &&
        node.items.every((p) => YAML.isScalar(p.value)) &&
        flowLength(node.items) <= FLOW_MAX_CHARS
      ) {
        node.flow = true;
      }
    },
  });
  // lineWidth 0: never fold long descriptions; a diff of one sentence should be one line.
  // The quoting and padding match the repository's Prettier style (`[a, b]`, `{ a: b }`, 'x'),
  // so `prettier --check` accepts the committed example as generated.
  const text = document.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: true });
  return text.replace(/^(\s*- )\{(.*)\}$/gm, '$1{ $2 }');
}

function flowLength(items: unknown[]): number {
  return items.reduce<number>((n, item) => n + String(item).length + 2, 2);
}

/** Writes the landscape files into `dir`, replacing YAML files a previous run may have left. */
export function writeLandscape(
  dir: string,
  files: LandscapeFile[],
  header: string,
): { name: string; bytes: number; docs: number }[] {
  mkdirSync(dir, { recursive: true });
  const names = new Set(files.map((f) => f.name));
  // A smaller --scale writes fewer domain files; stale ones would silently double the landscape.
  for (const old of readdirSync(dir)) if (old.endsWith('.yaml') && !names.has(old)) rmSync(join(dir, old));
  return files.map((f) => {
    const text = landscapeFileText(f, header);
    writeFileSync(join(dir, f.name), text);
    return { name: f.name, bytes: Buffer.byteLength(text), docs: f.docs.length };
  });
}

/**
 * A CSV file written row by row: rows are buffered in small batches, formatted by csv-stringify
 * (quoting where needed) and appended with one write per batch.
 */
export class CsvWriter {
  private readonly fd: number;
  private batch: string[][] = [];
  rows = 0;
  bytes = 0;

  constructor(
    readonly path: string,
    columns: readonly string[],
    private readonly batchSize = 4096,
  ) {
    this.fd = openSync(path, 'w');
    this.append(stringify([columns as string[]]));
  }

  write(row: string[]): void {
    this.batch.push(row);
    this.rows++;
    if (this.batch.length >= this.batchSize) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.append(stringify(this.batch));
    this.batch = [];
  }

  private append(text: string): void {
    const buffer = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < buffer.length;) offset += writeSync(this.fd, buffer, offset);
    this.bytes += buffer.length;
  }
}

export function ensureDir(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
}

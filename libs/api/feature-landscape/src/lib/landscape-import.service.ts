import { Injectable } from '@nestjs/common';
import { ApiError, type Principal } from '@streamscape/api-graphql';
import { actorOf } from '@streamscape/api-audit';
import { GraphHost } from '@streamscape/graph-nest';
import { FACT_EXTENSIONS, formatProblem, LANDSCAPE_EXTENSIONS, type Problem } from '@streamscape/landscape';
import type { ImportMode } from '@streamscape/graph';
import { importLandscape, type ImportSummary, WORKBOOK_EXTENSIONS } from '@streamscape/landscape-io';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/** A file as the upload hands it over: stored on disk under a random name (`path`). */
export interface UploadedFile {
  readonly originalname: string;
  readonly path: string;
}

export interface ImportRequest {
  /** `merge` or `replace`, as the form says it */
  readonly mode: string;
  /** check only: report problems, write nothing */
  readonly dryRun: boolean;
}

export type ImportAnswer =
  | { readonly ok: true; readonly dryRun: boolean; readonly summary: ImportSummary }
  | { readonly ok: false; readonly problems: readonly (Problem & { readonly text: string })[] };

export const IMPORT_EXTENSIONS = [...LANDSCAPE_EXTENSIONS, ...WORKBOOK_EXTENSIONS, ...FACT_EXTENSIONS];

/**
 * Imports uploaded landscape files (YAML, JSON, workbooks) and fact files as the CLI does: all validated first,
 * then written all or nothing, recorded in the audit trail under the signed-in user.
 */
@Injectable()
export class LandscapeImportService {
  constructor(private readonly graph: GraphHost) {}

  async import(
    files: readonly UploadedFile[],
    request: ImportRequest,
    principal: Principal,
  ): Promise<ImportAnswer> {
    const folder = await mkdtemp(join(tmpdir(), 'streamscape-import-'));
    try {
      const mode = request.mode;
      if (mode !== 'merge' && mode !== 'replace') {
        throw ApiError.badInput(`mode must be merge or replace, not ${mode}`, [
          { field: 'mode', message: 'merge or replace' },
        ]);
      }
      if (!files.length)
        throw ApiError.badInput('Choose at least one file to import', [{ field: 'files', message: 'none' }]);
      const names = new Set<string>();
      for (const file of files) {
        const name = safeName(file.originalname);
        if (!IMPORT_EXTENSIONS.includes(extname(name).toLowerCase())) {
          throw ApiError.badInput(`${name}: not a landscape or fact file (${IMPORT_EXTENSIONS.join(', ')})`, [
            { field: 'files', message: `${name}: unsupported file type` },
          ]);
        }
        if (names.has(name)) {
          throw ApiError.badInput(`${name} is uploaded twice`, [
            { field: 'files', message: `${name}: twice` },
          ]);
        }
        names.add(name);
        // under its own name, which the file kinds and the problems go by
        await rename(file.path, join(folder, name));
      }
      const result = await importLandscape(this.graph.graph, [folder], {
        mode: mode satisfies ImportMode,
        dryRun: request.dryRun,
        cwd: folder,
        audit: actorOf(principal),
      });
      if (!result.ok)
        return { ok: false, problems: result.problems.map((p) => ({ ...p, text: formatProblem(p) })) };
      return { ok: true, dryRun: request.dryRun, summary: result.summary };
    } finally {
      await rm(folder, { recursive: true, force: true });
      // whatever was not moved into the folder (a refused upload)
      await Promise.all(files.map((f) => rm(f.path, { force: true })));
    }
  }
}

/** The file's own name, without any folder a browser or a crafted request puts in front of it. */
function safeName(original: string): string {
  const name = basename(original.replace(/\\/g, '/')).replace(/[^\w.\- ]/g, '_');
  return name && name !== '.' && name !== '..' ? name : 'upload';
}

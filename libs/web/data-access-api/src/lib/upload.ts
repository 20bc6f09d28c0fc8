import { ApiRequestError } from './errors';
import { apiFileUrl } from './files';
import { authorizationHeader } from './request';

/** What POST /landscape/import answers (libs/api/feature-landscape, landscape-import.service.ts). */
export interface ImportProblem {
  readonly file: string;
  readonly line?: number;
  readonly document?: number;
  readonly sheet?: string;
  readonly cell?: string;
  readonly field?: string;
  readonly reason: string;
  /** the whole problem as the CLI prints it */
  readonly text: string;
}

export interface ImportChanges {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  readonly total: number;
}

export interface ImportSummary {
  readonly files: { readonly landscape: number; readonly facts: number };
  readonly entities: ImportChanges;
  readonly facts: Readonly<Record<string, number>>;
  readonly journaled: boolean;
  readonly durationMs: number;
}

export type ImportAnswer =
  | { readonly ok: true; readonly dryRun: boolean; readonly summary: ImportSummary }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export interface ImportChoice {
  /** merge (the default) keeps what the files leave out; replace removes it */
  readonly mode: 'merge' | 'replace';
  /** check only */
  readonly dryRun: boolean;
}

export const IMPORT_PATH = '/landscape/import';
/** What the API reads: landscape files, workbooks, fact files. */
export const IMPORT_ACCEPT = '.yaml,.yml,.json,.xlsx,.csv,.ndjson,.jsonl';

/** Uploads files to be checked or imported; problems with the files come back as an answer, not an error. */
export async function uploadLandscape(
  files: readonly File[],
  choice: ImportChoice,
  fetchImpl: typeof fetch = fetch,
): Promise<ImportAnswer> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  form.append('mode', choice.mode);
  form.append('dryRun', String(choice.dryRun));
  const url = apiFileUrl(IMPORT_PATH);
  let response: Response;
  try {
    response = await fetchImpl(url, { method: 'POST', body: form, headers: await authorizationHeader() });
  } catch {
    throw new ApiRequestError('NETWORK', `The import at ${url} is not reachable`);
  }
  const body = (await response.json().catch(() => null)) as
    (ImportAnswer & { message?: string; code?: string }) | null;
  if (response.status === 200 || response.status === 422) {
    if (body && typeof body.ok === 'boolean') return body;
  }
  const message = body?.message ?? `The import answered HTTP ${response.status}`;
  if (response.status === 401) throw new ApiRequestError('UNAUTHENTICATED', message);
  if (response.status === 403) throw new ApiRequestError('FORBIDDEN', message);
  if (response.status === 400) throw new ApiRequestError('BAD_USER_INPUT', message);
  if (response.status === 413)
    throw new ApiRequestError('BAD_USER_INPUT', 'The files are too large to upload');
  throw new ApiRequestError('HTTP', message);
}

/** Where a problem lies, as a person reads it: `team!D7`, `teams.yaml:12`, `document 2`. */
export function problemPlace(problem: ImportProblem): string {
  if (problem.sheet !== undefined) {
    return problem.cell
      ? `${problem.sheet}!${problem.cell}`
      : problem.line
        ? `${problem.sheet} row ${problem.line}`
        : problem.sheet;
  }
  const parts = [
    problem.line ? `line ${problem.line}` : null,
    problem.document ? `document ${problem.document}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

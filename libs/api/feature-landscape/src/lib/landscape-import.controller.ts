import { Body, Controller, HttpCode, Post, Req, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { tmpdir } from 'node:os';
import { AuthService, Role, Roles, type AuthRequest } from '@streamscape/api-graphql';
import { LandscapeImportService, type UploadedFile } from './landscape-import.service';

/** Per request: what a browser upload of a landscape and its facts may reasonably hold (written to disk). */
export const UPLOAD_LIMITS = { files: 50, fileSize: 200 * 1024 * 1024 };

interface ImportForm {
  readonly mode?: string;
  readonly dryRun?: string;
}

/**
 * `POST /landscape/import` (admin): multipart `files` (landscape YAML/JSON, workbooks, fact CSV/NDJSON), `mode`
 * (`merge`, the default, or `replace`) and `dryRun` (`true`: check only). 200 with the summary; 422 with every
 * problem when the files are not sound (nothing written).
 */
@Controller('landscape')
export class LandscapeImportController {
  constructor(
    private readonly auth: AuthService,
    private readonly imports: LandscapeImportService,
  ) {}

  @Post('import')
  @Roles(Role.ADMIN)
  @HttpCode(200)
  @UseInterceptors(FilesInterceptor('files', UPLOAD_LIMITS.files, { dest: tmpdir(), limits: UPLOAD_LIMITS }))
  async import(
    @UploadedFiles() files: UploadedFile[] | undefined,
    @Body() form: ImportForm,
    @Req() request: AuthRequest,
    @Res({ passthrough: true }) response: { status(code: number): unknown },
  ) {
    // the guard let an admin in; the audit trail wants who
    const principal = (await this.auth.principalOf(request))!;
    const answer = await this.imports.import(
      files ?? [],
      { mode: form.mode ?? 'merge', dryRun: form.dryRun === 'true' },
      principal,
    );
    if (!answer.ok) response.status(422);
    return answer;
  }
}

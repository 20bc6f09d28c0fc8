import { proxyApiUpload } from '../../api-file-proxy';

/** The API's import (POST /landscape/import, admins): the upload passes through unchanged. */
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return proxyApiUpload(request, '/landscape/import');
}

import { proxyApiFile } from '../api-file-proxy';

/** The API's landscape workbook (GET /landscape.xlsx), for whoever may read the views. */
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return proxyApiFile(
    request,
    '/landscape.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
}

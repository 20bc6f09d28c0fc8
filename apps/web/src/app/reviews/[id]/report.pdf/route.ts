import { proxyApiFile } from '../../../api-file-proxy';

/** The API's review report (GET /reviews/:id/report.pdf); a missing review and one you may not open look alike. */
export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return proxyApiFile(request, `/reviews/${encodeURIComponent(id)}/report.pdf`, 'application/pdf');
}

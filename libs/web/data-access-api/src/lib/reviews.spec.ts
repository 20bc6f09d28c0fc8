import { fetchReviewReport, reviewReportUrl } from './reviews';
import { setTokenGetter } from './request';

const pdfResponse = (status: number) =>
  new Response(status === 200 ? '%PDF-1.7' : 'no', {
    status,
    headers: { 'content-type': status === 200 ? 'application/pdf' : 'application/json' },
  });

describe('review report', () => {
  afterEach(() => setTokenGetter(null));

  it('goes through the app route unless the browser talks to the API directly', () => {
    expect(reviewReportUrl('/reviews/q1/report.pdf')).toBe('/reviews/q1/report.pdf');
  });

  it('sends the bearer token and answers the PDF', async () => {
    setTokenGetter(() => 'tok-1');
    const fetchImpl = jest.fn(async () => pdfResponse(200));
    const blob = await fetchReviewReport('/reviews/q1/report.pdf', fetchImpl as unknown as typeof fetch);
    expect(fetchImpl).toHaveBeenCalledWith('/reviews/q1/report.pdf', {
      headers: { authorization: 'Bearer tok-1' },
    });
    expect(await blob.text()).toBe('%PDF-1.7');
  });

  it('says the same for a review that does not exist and one that is not yours', async () => {
    const fetchImpl = (async () => pdfResponse(404)) as unknown as typeof fetch;
    await expect(fetchReviewReport('/reviews/x/report.pdf', fetchImpl)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'This review does not exist or you have no access',
    });
    const unauthenticated = (async () => pdfResponse(401)) as unknown as typeof fetch;
    await expect(fetchReviewReport('/reviews/x/report.pdf', unauthenticated)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

import { fetchLandscapeWorkbook, LANDSCAPE_WORKBOOK_PATH } from './files';
import { setTokenGetter } from './request';

const answer = (status: number) => new Response(status === 200 ? 'PK..' : 'no', { status });

describe('files the API serves', () => {
  afterEach(() => setTokenGetter(null));

  it('fetches the landscape workbook through the app route with the bearer token', async () => {
    setTokenGetter(() => 'tok-2');
    const fetchImpl = jest.fn(async () => answer(200));
    const blob = await fetchLandscapeWorkbook(fetchImpl as unknown as typeof fetch);
    expect(fetchImpl).toHaveBeenCalledWith(LANDSCAPE_WORKBOOK_PATH, {
      headers: { authorization: 'Bearer tok-2' },
    });
    expect(await blob.text()).toBe('PK..');
  });

  it('says what the API refused, by status', async () => {
    const refused = (status: number) =>
      fetchLandscapeWorkbook((async () => answer(status)) as unknown as typeof fetch);
    await expect(refused(401)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Sign in to get the landscape workbook',
    });
    await expect(refused(403)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(refused(500)).rejects.toMatchObject({
      code: 'HTTP',
      message: 'The landscape workbook answered HTTP 500',
    });
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(fetchLandscapeWorkbook(down)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

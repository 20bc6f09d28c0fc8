import { problemPlace, uploadLandscape, IMPORT_PATH } from './upload';
import { setTokenGetter } from './request';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('uploadLandscape', () => {
  afterEach(() => setTokenGetter(null));

  it('posts the files, the mode and the dry run with the bearer token', async () => {
    setTokenGetter(() => 'tok-3');
    const fetchImpl = jest.fn(async (_url: string, _init: RequestInit) =>
      json(200, { ok: true, dryRun: true, summary: {} }),
    );
    const file = new File(['kind: Team'], 'teams.yaml');
    const answer = await uploadLandscape(
      [file],
      { mode: 'replace', dryRun: true },
      fetchImpl as unknown as typeof fetch,
    );
    expect(answer).toEqual({ ok: true, dryRun: true, summary: {} });
    const [url, init] = fetchImpl.mock.calls[0];
    expect(url).toBe(IMPORT_PATH);
    expect(init.headers).toEqual({ authorization: 'Bearer tok-3' });
    const form = init.body as FormData;
    expect((form.get('files') as File).name).toBe('teams.yaml');
    expect(form.get('mode')).toBe('replace');
    expect(form.get('dryRun')).toBe('true');
  });

  it('hands back problems as an answer and refusals as errors', async () => {
    const problems = [{ file: 'a.yaml', reason: 'bad', text: 'a.yaml: bad' }];
    const answered = (status: number, body: unknown) =>
      uploadLandscape([], { mode: 'merge', dryRun: false }, (async () =>
        json(status, body)) as unknown as typeof fetch);
    await expect(answered(422, { ok: false, problems })).resolves.toEqual({ ok: false, problems });
    await expect(answered(403, { code: 'FORBIDDEN', message: 'needs admin' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'needs admin',
    });
    await expect(answered(400, { message: 'Choose at least one file to import' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(answered(502, { message: 'The API at x is not reachable' })).rejects.toMatchObject({
      code: 'HTTP',
    });
  });
});

describe('problemPlace', () => {
  it('reads as people point at a place in a file or a workbook', () => {
    expect(problemPlace({ file: 'l.xlsx', sheet: 'team', cell: 'D7', reason: '', text: '' })).toBe('team!D7');
    expect(problemPlace({ file: 'l.xlsx', sheet: 'domain', line: 4, reason: '', text: '' })).toBe(
      'domain row 4',
    );
    expect(problemPlace({ file: 't.yaml', line: 12, document: 2, reason: '', text: '' })).toBe(
      'line 12, document 2',
    );
    expect(problemPlace({ file: 't.yaml', reason: '', text: '' })).toBe('');
  });
});

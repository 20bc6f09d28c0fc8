import { Workbook, type CellValue } from 'exceljs';
import { promises as fs, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRefField, KINDS } from '@streamscape/domain';
import {
  canonicalText,
  formatProblem,
  loadSources,
  validateDocuments,
  type Problem,
} from '@streamscape/landscape';
import { validateLandscape } from './import';
import {
  kindCsvFiles,
  landscapeWorkbook,
  readKindCsvFile,
  sheetColumns,
  sheetName,
  withoutReportedCells,
  workbookDocuments,
  type LoadedWorkbook,
} from './spreadsheet';

const ROOT = join(__dirname, '../../../../..');
const FILE = 'landscape.xlsx';

/** A workbook in memory: sheet name -> rows, the first row being the headers. */
function book(sheets: Record<string, CellValue[][]>): Workbook {
  const workbook = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, i) => {
      row.forEach((value, j) => {
        if (value !== undefined) sheet.getRow(i + 1).getCell(j + 1).value = value;
      });
    });
  }
  return workbook;
}

const read = (workbook: Workbook): LoadedWorkbook => workbookDocuments(workbook, FILE);
const values = (workbook: Workbook) => read(workbook).documents.map((d) => d.value);

/** Every problem of a workbook, as an import reports them. */
function problems(workbook: Workbook): Problem[] {
  const loaded = read(workbook);
  return [
    ...loaded.problems,
    ...withoutReportedCells(validateDocuments(loaded.documents).problems, loaded.problems),
  ];
}

const lines = (workbook: Workbook) => problems(workbook).map(formatProblem);

const ENTERPRISE = {
  enterprise: [
    ['id', 'name'],
    ['acme', 'ACME'],
  ],
};

describe('reading a landscape workbook', () => {
  it('turns each row into a document of the sheet kind, with the cell values in the fields', () => {
    const workbook = book({
      ...ENTERPRISE,
      'org-unit': [
        ['id', 'name', 'type', 'partOf'],
        ['rnd', 'R&D', 'department', 'enterprise:acme'],
      ],
      team: [
        ['id', 'name', 'description', 'tags', 'type', 'size', 'memberOf'],
        ['alpha', 'Team Alpha', 'Builds the inverter', 'ev, core', 'stream-aligned', 7, 'rnd'],
      ],
    });
    expect(values(workbook)[2]).toEqual({
      apiVersion: 'streamscape/v1',
      kind: 'Team',
      metadata: { id: 'alpha', name: 'Team Alpha', description: 'Builds the inverter', tags: ['ev', 'core'] },
      spec: { type: 'stream-aligned', size: 7, memberOf: 'rnd' },
    });
    expect(problems(workbook)).toEqual([]);
  });

  it('takes the kind name for a sheet too, in any case, and skips a README sheet and empty rows', () => {
    const workbook = book({
      README: [['Our landscape'], ['kept by the architecture team']],
      ENTERPRISE: [
        ['id', 'name'],
        ['acme', 'ACME'],
      ],
      ValueStream: [
        ['ID', 'Name', 'partOf'],
        [],
        ['ev-drive', 'EV drive', 'domain:powertrain'],
        ['  ', null, ''],
      ],
      Domain: [
        ['id', 'name', 'partOf'],
        ['powertrain', 'Powertrain', 'acme'],
      ],
    });
    const docs = read(workbook).documents;
    expect(docs.map((d) => [(d.value as { kind: string }).kind, d.lineOf([])])).toEqual([
      ['Enterprise', 2],
      ['ValueStream', 3],
      ['Domain', 2],
    ]);
    expect(problems(workbook)).toEqual([]);
  });

  it('reads cells by the type of their field: numbers as text, dates, rich text, links and formulas', () => {
    const workbook = book({
      generation: [
        ['id', 'name', 'of', 'endOfLife'],
        ['g1', 2026, 'p', new Date(Date.UTC(2031, 11, 31))],
        ['g2', { richText: [{ text: 'Gen ' }, { text: 'two', font: { bold: true } }] }, 'p', '2032-06-30'],
      ],
      budget: [
        ['id', 'name', 'fiscalYear', 'amount', 'currency', 'model', 'funds'],
        ['b1', 'B1', '2026', { formula: 'A1*2', result: 1250.5 }, 'EUR', 'capacity', '[]'],
      ],
      product: [
        ['id', 'name', 'description'],
        ['p', 'P', { text: 'see the wiki', hyperlink: 'https://wiki.example/p' }],
      ],
    });
    expect(values(workbook)).toEqual([
      expect.objectContaining({
        metadata: { id: 'g1', name: '2026' },
        spec: { of: 'p', endOfLife: '2031-12-31' },
      }),
      expect.objectContaining({
        metadata: { id: 'g2', name: 'Gen two' },
        spec: { of: 'p', endOfLife: '2032-06-30' },
      }),
      expect.objectContaining({
        spec: { fiscalYear: 2026, amount: 1250.5, currency: 'EUR', model: 'capacity', funds: [] },
      }),
      expect.objectContaining({ metadata: { id: 'p', name: 'P', description: 'see the wiki' } }),
    ]);
    expect(problems(workbook)).toEqual([]);
  });

  it('splits lists at commas or semicolons, or at line ends when the cell has several lines', () => {
    const workbook = book({
      stage: [
        ['id', 'name', 'valueStream', 'order', 'activities', 'flowsTo'],
        ['s1', 'S1', 'vs', 1, 'design; code ,unit test', 's2'],
        ['s2', 'S2', 'vs', 2, 'Build-up, calibration\nDrive tests\n', 's3;s4'],
        ['s3', 'S3', 'vs', 3, '["a, b", "c"]', null],
      ],
    });
    expect(values(workbook).map((v) => (v as { spec: object }).spec)).toEqual([
      { valueStream: 'vs', order: 1, activities: ['design', 'code', 'unit test'], flowsTo: ['s2'] },
      {
        valueStream: 'vs',
        order: 2,
        activities: ['Build-up, calibration', 'Drive tests'],
        flowsTo: ['s3', 's4'],
      },
      { valueStream: 'vs', order: 3, activities: ['a, b', 'c'] },
    ]);
  });

  it('reads lists of objects as JSON, one object alone, and bare references where the field allows them', () => {
    const workbook = book({
      domain: [
        ['id', 'name', 'partOf', 'obligations'],
        [
          'pt',
          'PT',
          'acme',
          '[{"kind": "maintain", "target": "generation:g1"},\n {"kind": "deliver", "target": "product:p"}]',
        ],
      ],
      component: [
        ['id', 'name', 'dependsOn'],
        ['c1', 'C1', 'c2, c3'],
        ['c2', 'C2', '{"component": "c3", "weight": 0.5}'],
      ],
      'value-stream': [
        ['id', 'name', 'partOf', 'canvas.purpose', 'canvas.customers'],
        ['vs', 'VS', 'pt', 'Drive units', 'Vehicle programmes'],
      ],
    });
    expect(values(workbook).map((v) => (v as { spec: object }).spec)).toEqual([
      {
        partOf: 'acme',
        obligations: [
          { kind: 'maintain', target: 'generation:g1' },
          { kind: 'deliver', target: 'product:p' },
        ],
      },
      { dependsOn: ['c2', 'c3'] },
      { dependsOn: [{ component: 'c3', weight: 0.5 }] },
      { partOf: 'pt', canvas: { purpose: 'Drive units', customers: ['Vehicle programmes'] } },
    ]);
  });
});

describe('problems in a workbook', () => {
  it('names a sheet that is not a kind', () => {
    const workbook = book({ ...ENTERPRISE, Sheet1: [['id'], ['x']] });
    expect(problems(workbook)).toEqual([
      {
        file: FILE,
        sheet: 'Sheet1',
        reason: expect.stringMatching(/^not a kind: name a sheet after the kind/),
      },
    ]);
    expect(lines(workbook)[0]).toMatch(/^landscape\.xlsx sheet "Sheet1": not a kind/);
  });

  it('names the cell and header of an unknown or repeated column, and a value under no header', () => {
    const workbook = book({
      team: [
        ['id', 'name', 'colour', 'Name'],
        ['alpha', 'Alpha', 'red', 'Alpha', undefined, 'stray'],
      ],
    });
    expect(problems(workbook)).toEqual([
      expect.objectContaining({ sheet: 'team', cell: 'C1', line: 1, field: 'colour' }),
      {
        file: FILE,
        sheet: 'team',
        cell: 'D1',
        line: 1,
        field: 'Name',
        reason: 'the column is already at B1',
      },
      {
        file: FILE,
        sheet: 'team',
        cell: 'F2',
        line: 2,
        field: undefined,
        reason: 'a value in a column without a header',
      },
    ]);
    expect(lines(workbook)[0]).toMatch(
      /^landscape\.xlsx team!C1 colour: unknown column: a Team has id, name, /,
    );
  });

  it('names the cell of a malformed JSON cell, once, even where the field is required', () => {
    const workbook = book({
      ...ENTERPRISE,
      domain: [
        ['id', 'name', 'partOf'],
        ['pt', 'PT', 'acme'],
      ],
      budget: [
        ['id', 'name', 'fiscalYear', 'amount', 'currency', 'model', 'funds'],
        ['b1', 'B1', 2026, 10, 'EUR', 'project', '[domain:pt'],
      ],
    });
    expect(problems(workbook)).toEqual([
      {
        file: FILE,
        sheet: 'budget',
        line: 2,
        cell: 'G2',
        field: 'funds',
        reason: expect.stringContaining('not valid JSON'),
      },
    ]);
  });

  it('reports what the format checks at the cell, with the column as the field', () => {
    const workbook = book({
      ...ENTERPRISE,
      domain: [
        ['id', 'name', 'operatingMode', 'obligations'],
        ['pt', 'PT', 'agile', '[{"target": "product:p"}]'],
      ],
      team: [
        ['id', 'name', 'size', 'owns'],
        ['alpha', 'Alpha', 'seven', 'c1, nowhere'],
        ['alpha', 'Alpha again'],
      ],
      component: [
        ['id', 'name'],
        ['c1', 'C1'],
      ],
      product: [
        ['id', 'name'],
        ['p', 'P'],
      ],
    });
    expect(lines(workbook)).toEqual([
      'landscape.xlsx domain row 2 partOf: missing required field',
      'landscape.xlsx domain!C2 operatingMode: must be one of project, product, hybrid',
      'landscape.xlsx domain!D2 obligations[0].kind: missing required field',
      'landscape.xlsx team!C2 size: must be integer',
      'landscape.xlsx team!D2 owns: dangling reference: no Component with id "nowhere"',
      'landscape.xlsx team!A3 id: duplicate id: Team:alpha is already defined in landscape.xlsx team!A2',
    ]);
    expect(problems(workbook)[3]).toEqual({
      file: FILE,
      document: 3,
      line: 2,
      sheet: 'team',
      cell: 'C2',
      field: 'size',
      reason: 'must be integer',
    });
  });

  it('reports cells that hold an error, a formula without a result, or a date as a bare number', () => {
    const workbook = book({
      ...ENTERPRISE,
      decision: [
        ['id', 'name', 'date', 'outcome', 'rationale'],
        ['d1', 'D1', 46000, 'go', { error: '#N/A' }],
        ['d2', 'D2', new Date(Date.UTC(2026, 0, 5, 14, 30)), { formula: 'B2' } as CellValue, 'why'],
      ],
    });
    expect(lines(workbook)).toEqual([
      'landscape.xlsx decision!C2 date: a date expected (YYYY-MM-DD), got the number 46000: format the cell as a date',
      'landscape.xlsx decision!E2 rationale: the cell holds the error #N/A',
      'landscape.xlsx decision!C3 date: a date without a time of day expected',
      'landscape.xlsx decision!D3 outcome: a formula without a computed value: open and save the workbook in Excel',
    ]);
  });
});

describe('writing a landscape workbook', () => {
  async function reread(workbook: Workbook): Promise<Workbook> {
    const again = new Workbook();
    await again.xlsx.load(await workbook.xlsx.writeBuffer());
    return again;
  }

  it('round-trips the demo and the mini landscape: reading the written workbook gives the same entities', async () => {
    for (const landscape of ['examples/demo/landscape', 'libs/api/feature-landscape-io/src/fixtures/mini']) {
      const sources = await loadSources([join(ROOT, landscape)]);
      const original = validateDocuments(sources.documents);
      expect(original.problems).toEqual([]);

      const loaded = read(await reread(await landscapeWorkbook(original.entities)));
      expect(loaded.problems).toEqual([]);
      const again = validateDocuments(loaded.documents);
      expect(again.problems).toEqual([]);
      expect(canonicalText(again.entities)).toBe(canonicalText(original.entities));
    }
  });

  it('writes a README and a sheet per kind with bold, frozen headers and the columns the reader reads', async () => {
    const workbook = await reread(
      await landscapeWorkbook([
        { kind: 'Team', id: 'alpha', props: { name: 'Alpha', tags: ['a, b', 'c'] }, rels: [] },
        { kind: 'Team', id: 'beta', props: { name: 'Beta', tags: [] }, rels: [] },
      ]),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['README', ...KINDS.map((k) => k.refName)]);
    const team = workbook.getWorksheet('team')!;
    expect(team.getRow(1).values).toEqual([
      undefined,
      ...sheetColumns(KINDS.find((k) => k.kind === 'Team')!).map((c) => c.header),
    ]);
    expect(team.getCell('A1').font?.bold).toBe(true);
    expect(team.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(team.getColumn(1).width).toBeGreaterThanOrEqual(8);
    // items with commas go one per line; an empty list is written as [] so that it stays a list
    expect(team.getCell('D2').value).toBe('a, b\nc');
    expect(team.getCell('D3').value).toBe('[]');
  });
});

describe('workbooks among landscape files', () => {
  it('validates a folder mixing a workbook and YAML, references across both, and skips Excel lock files', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'streamscape-xlsx-'));
    try {
      await fs.writeFile(
        join(dir, 'enterprise.yaml'),
        'apiVersion: streamscape/v1\nkind: Enterprise\nmetadata: { id: acme, name: ACME }\n',
      );
      await book({
        domain: [
          ['id', 'name', 'partOf'],
          ['pt', 'PT', 'acme'],
        ],
      }).xlsx.writeFile(join(dir, 'domains.xlsx'));
      await fs.writeFile(join(dir, '~$domains.xlsx'), 'Excel holds this while the workbook is open');
      const valid = await validateLandscape([dir], { cwd: dir });
      expect(valid.ok && valid.plan.entities.map((e) => `${e.kind}:${e.id}`).sort()).toEqual([
        'Domain:pt',
        'Enterprise:acme',
      ]);

      await book({
        domain: [
          ['id', 'name', 'partOf'],
          ['pt', 'PT', 'acme'],
          ['pt', 'Again', 'acme'],
          ['fin', 'Finance', 'globex'],
        ],
      }).xlsx.writeFile(join(dir, 'domains.xlsx'));
      const invalid = await validateLandscape([dir], { cwd: dir });
      expect(invalid.ok ? [] : invalid.problems.map(formatProblem)).toEqual([
        'domains.xlsx domain!A3 id: duplicate id: Domain:pt is already defined in domains.xlsx domain!A2',
        'domains.xlsx domain!C4 partOf: dangling reference: no Enterprise with id "globex"',
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a file that is not a workbook', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'streamscape-xlsx-'));
    try {
      await fs.writeFile(join(dir, 'broken.xlsx'), 'not a zip');
      const result = await validateLandscape([dir], { cwd: dir });
      expect(result).toEqual({
        ok: false,
        problems: [{ file: 'broken.xlsx', reason: expect.stringMatching(/^not a readable \.xlsx workbook/) }],
      });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('docs/spreadsheets.md', () => {
  it('lists the columns of every kind as the reader reads them (update the table after changing the model)', () => {
    const note = {
      text: '',
      integer: ' (whole number)',
      number: ' (number)',
      date: ' (date)',
      list: ' (list)',
    };
    const expected = KINDS.map((def) => {
      const field = (name: string) => def.fields.find((f) => f.name === name);
      const columns = sheetColumns(def)
        .slice(4)
        .map((c) => {
          const f = field(c.path[1]);
          const required = f && 'required' in f && f.required ? '\\*' : '';
          const kind =
            c.cell !== 'items'
              ? note[c.cell]
              : f && isRefField(f) && f.item?.shorthand
                ? ' (list or JSON)'
                : ' (JSON)';
          return `\`${c.header}\`${required}${kind}`;
        });
      return [`\`${sheetName(def)}\``, columns.join(', ') || '-'];
    });
    const docs = readFileSync(join(ROOT, 'docs/spreadsheets.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## Columns per kind'), docs.indexOf('## How problems read'));
    const table = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\|/, '').replace(/\|$/, '').trim()));
    expect(table).toEqual(expected);
  });
});

describe('a kind per CSV file', () => {
  it('round-trips the demo through one CSV per kind: reading them gives the same entities', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'streamscape-csv-'));
    try {
      const original = validateDocuments(
        (await loadSources([join(ROOT, 'examples/demo/landscape')])).documents,
      );
      const csvs = kindCsvFiles(await landscapeWorkbook(original.entities));
      expect(csvs.map((c) => c.name)).toContain('value-stream.csv');
      for (const { name, text } of csvs) await fs.writeFile(join(dir, name), text);
      const valid = await validateLandscape([dir], { cwd: dir });
      if (!valid.ok) throw new Error(valid.problems.map(formatProblem).join('\n'));
      expect(canonicalText(valid.plan.entities)).toBe(canonicalText(original.entities));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps every cell as text, names sheet and cell of a problem, and refuses a CSV that is neither kind nor facts', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'streamscape-csv-'));
    try {
      await fs.writeFile(
        join(dir, 'team.csv'),
        'id,name,type,size,tags\n007,Bond,enabling,5,"a, b"\nt2,Two,enabling,many,\n',
      );
      const loaded = await readKindCsvFile(join(dir, 'team.csv'), 'team.csv');
      expect(loaded!.documents.map((d) => d.value)).toEqual([
        expect.objectContaining({ metadata: expect.objectContaining({ id: '007' }) }),
        expect.objectContaining({ metadata: expect.objectContaining({ id: 't2' }) }),
      ]);
      await fs.writeFile(join(dir, 'notes.csv'), 'a,b\n');
      const result = await validateLandscape([dir], { cwd: dir });
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
        expect.stringMatching(/^notes\.csv: neither a fact file .* nor a kind's CSV/),
        'team.csv team!D3 size: must be integer',
      ]);
      await fs.rm(join(dir, 'notes.csv'));
      const invalid = await validateLandscape([dir], { cwd: dir });
      expect(invalid.ok ? [] : invalid.problems.map(formatProblem)).toEqual([
        'team.csv team!D3 size: must be integer',
      ]);
      expect(await readKindCsvFile(join(dir, 'team.csv'), 'x')).not.toBeNull();
      expect(await readKindCsvFile(join(dir, 'nothing-known.csv'), 'x')).toBeNull();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

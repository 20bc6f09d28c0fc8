import { Workbook } from 'exceljs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, ROOT } from './testing/run-cli';

const MINI = join(ROOT, 'libs/api/feature-landscape-io/src/fixtures/mini');

describe('streamscape CLI', () => {
  it('validates a landscape and exits 0', () => {
    const { code, stdout } = cli(['validate', MINI]);
    expect(stdout).toContain('Valid: 27 entities in 3 files, 15 fact rows in 5 files.');
    expect(code).toBe(0);
  });

  it('lists every problem with its place and exits 1 on invalid input', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'streamscape-cli-'));
    try {
      await fs.writeFile(
        join(dir, 'bad.yaml'),
        'apiVersion: streamscape/v1\nkind: Domain\nmetadata: { id: pt, name: PT }\nspec: { partOf: enterprise:nowhere, operatingMode: agile }\n',
      );
      const { code, stderr } = cli(['validate', dir]);
      expect(stderr).toContain('2 problems found:');
      expect(stderr).toMatch(
        /bad\.yaml:4 document 1 spec\.partOf: dangling reference: no Enterprise with id "nowhere"/,
      );
      expect(stderr).toMatch(
        /bad\.yaml:4 document 1 spec\.operatingMode: must be one of project, product, hybrid/,
      );
      expect(code).toBe(1);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('validates a workbook, and names the sheet, cell and column of a bad cell', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'streamscape-cli-'));
    try {
      const workbook = new Workbook();
      workbook.addWorksheet('enterprise').addRows([
        ['id', 'name'],
        ['acme', 'ACME'],
      ]);
      const teams = workbook.addWorksheet('team');
      teams.addRows([
        ['id', 'name', 'type', 'size'],
        ['alpha', 'Team Alpha', 'stream-aligned', 7],
      ]);
      const file = join(dir, 'landscape.xlsx');
      await workbook.xlsx.writeFile(file);
      const valid = cli(['validate', file]);
      expect(valid.stdout).toContain('Valid: 2 entities in 1 files');
      expect(valid.code).toBe(0);

      teams.addRow(['beta', 'Team Beta', 'stream-aligned', 'seven']);
      await workbook.xlsx.writeFile(file);
      const { code, stderr } = cli(['validate', dir]);
      expect(stderr).toContain('1 problem found:');
      expect(stderr).toMatch(/landscape\.xlsx team!D3 size: must be integer/);
      expect(code).toBe(1);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    // two runs of the CLI, each a few seconds when the machine is busy
  });

  it('refuses facts in a workbook export before connecting', () => {
    const { code, stderr } = cli(['export', '--facts', 'out.xlsx'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(stderr).toContain('--facts needs a YAML or CSV export');
    expect(code).toBe(2);
  });

  it('exits 2 on a usage error', () => {
    const { code, stderr } = cli(['frobnicate']);
    expect(stderr).toContain("unknown command 'frobnicate'");
    expect(code).toBe(2);
  });

  it('exits 2 with a clear message when the database cannot be reached', () => {
    const { code, stderr } = cli(['stats'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(stderr).toContain('Neo4j is not reachable');
    expect(code).toBe(2);
  });

  it('prints help with the exit codes', () => {
    const { code, stdout } = cli(['--help']);
    expect(stdout).toContain('Exit codes: 0 ok, 1 invalid input, 2 usage or connection problem.');
    expect(stdout).toContain('export landscape.xlsx');
    expect(code).toBe(0);
  });
});

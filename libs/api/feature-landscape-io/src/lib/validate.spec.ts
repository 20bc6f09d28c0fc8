import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateLandscape } from './import';

const MINI = join(__dirname, '..', 'fixtures', 'mini');

describe('validateLandscape (no database)', () => {
  it('accepts the mini landscape with its facts', async () => {
    const result = await validateLandscape([MINI]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.entities).toHaveLength(27);
    expect(result.plan.factCounts).toEqual({
      'work-items': 4,
      deployments: 2,
      incidents: 2,
      passages: 4,
      measures: 3,
    });
  });

  it('refuses a fact file whose name says no fact type, and facts that point at missing facts', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'streamscape-validate-'));
    try {
      await fs.cp(MINI, dir, { recursive: true });
      await fs.writeFile(join(dir, 'facts', 'tickets.csv'), 'id\nx\n');
      await fs.appendFile(
        join(dir, 'facts', 'incidents.csv'),
        'inc-3,edu-system,,2026-02-03T12:00:00Z,,dep-404\n',
      );
      const result = await validateLandscape([dir], { cwd: dir });
      expect(result).toEqual({
        ok: false,
        problems: [
          { file: 'facts/tickets.csv', reason: expect.stringContaining('neither a fact file') },
          {
            file: 'facts/incidents.csv',
            line: 4,
            field: 'causedBy',
            reason: 'dangling reference: no Deployment with id "dep-404"',
          },
        ],
      });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

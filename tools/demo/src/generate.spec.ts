import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS, factWindow, generate, type GenerateOptions } from './generate';

const EXAMPLE = join(__dirname, '../../../examples/demo/landscape');

describe('demo generator', () => {
  const dirs: string[] = [];
  const run = (overrides: Partial<GenerateOptions>) => {
    const out = mkdtempSync(join(tmpdir(), 'streamscape-demo-'));
    dirs.push(out);
    generate({ out, ...DEFAULTS, facts: true, ...overrides });
    return out;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('keeps examples/demo/landscape identical to a fresh generation (regenerate it when this fails)', () => {
    const out = run({ facts: false });
    const files = readdirSync(join(out, 'landscape')).sort();
    expect(readdirSync(EXAMPLE).sort()).toEqual(files);
    for (const f of files) {
      expect({
        file: f,
        same: readFileSync(join(out, 'landscape', f)).equals(readFileSync(join(EXAMPLE, f))),
      }).toEqual({
        file: f,
        same: true,
      });
    }
  });

  it('is deterministic: same arguments, byte-identical landscape and facts', () => {
    const a = run({ months: 2 });
    const b = run({ months: 2 });
    for (const sub of ['landscape', 'facts']) {
      const files = readdirSync(join(a, sub)).sort();
      expect(readdirSync(join(b, sub)).sort()).toEqual(files);
      for (const f of files)
        expect(readFileSync(join(a, sub, f)).equals(readFileSync(join(b, sub, f)))).toBe(true);
    }
    const c = run({ months: 2, seed: 7 });
    expect(
      readFileSync(join(c, 'facts', 'work-items.csv')).equals(
        readFileSync(join(a, 'facts', 'work-items.csv')),
      ),
    ).toBe(false);
  });

  it('keeps division 1 unchanged when scaling up: scale 1 is contained in scale 2', () => {
    const one = run({ months: 2 });
    const two = run({ months: 2, scale: 2 });
    const docs = (dir: string, f: string) =>
      readFileSync(join(dir, 'landscape', f), 'utf8')
        .replace(/^#.*\n/gm, '')
        .split(/^---\n/m);
    for (const f of readdirSync(join(one, 'landscape'))) {
      const scaled = new Set(docs(two, f));
      for (const d of docs(one, f)) expect(scaled.has(d)).toBe(true);
    }
    expect(readdirSync(join(two, 'landscape'))).toContain('powertrain-2.yaml');
    for (const f of readdirSync(join(one, 'facts'))) {
      const small = readFileSync(join(one, 'facts', f), 'utf8');
      const large = readFileSync(join(two, 'facts', f), 'utf8');
      expect(large.length).toBeGreaterThan(small.length);
      expect(large.startsWith(small)).toBe(true);
    }
  });

  it('computes the fact window from --end and --months', () => {
    const w = factWindow('2026-10-31', 12);
    expect(new Date(w.start).toISOString()).toBe('2025-11-01T00:00:00.000Z');
    expect(new Date(w.end).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(() => factWindow('2026-02-30', 12)).toThrow();
  });
});

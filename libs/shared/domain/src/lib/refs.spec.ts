import { kindDef, KINDS, kebab } from './kinds';
import { formatRef, parseRef } from './refs';

describe('parseRef', () => {
  it('reads kind:id', () => {
    expect(parseRef('value-stream:ev-drive', ['ValueStream', 'Domain'])).toEqual({
      ok: true,
      ref: { kind: 'ValueStream', id: 'ev-drive' },
    });
  });

  it('accepts a bare id where the field allows one kind only', () => {
    expect(parseRef('ev-drive', ['Stage'])).toEqual({ ok: true, ref: { kind: 'Stage', id: 'ev-drive' } });
  });

  it('asks for the kind where the field allows several', () => {
    const result = parseRef('ev-drive', ['Domain', 'ValueStream']);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('must name its kind') });
  });

  it('refuses a reference to a kind the field does not take', () => {
    const result = parseRef('team:alpha', ['Component']);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('takes component') });
  });

  it('refuses unknown kinds and malformed ids', () => {
    expect(parseRef('widget:a', ['Component'])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown kind'),
    });
    expect(parseRef('component:Bad_Id', ['Component'])).toMatchObject({ ok: false });
    expect(parseRef(42, ['Component'])).toMatchObject({ ok: false, reason: expect.stringContaining('42') });
  });

  it('formats back to the shortest form the field accepts', () => {
    expect(formatRef({ kind: 'Stage', id: 's1' }, ['Stage'])).toBe('s1');
    expect(formatRef({ kind: 'Stage', id: 's1' }, ['Stage', 'ValueStream'])).toBe('stage:s1');
  });
});

describe('the kind registry', () => {
  it('spells every kind in kebab case for references', () => {
    expect(kebab('TransformationStep')).toBe('transformation-step');
    expect(kindDef('IntegrationPoint').refName).toBe('integration-point');
  });

  it('gives each relationship type one owning field per kind and direction', () => {
    for (const def of KINDS) {
      const seen = new Set<string>();
      for (const f of def.fields) {
        if (!('rel' in f)) continue;
        const key = `${f.rel}/${f.reverse ? 'in' : 'out'}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });
});

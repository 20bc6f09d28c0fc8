import { defineLoader, LoaderRegistry } from './loader-registry';

describe('LoaderRegistry', () => {
  const calls: string[][] = [];
  const nameOf = defineLoader<string, string>('Team.name', async (ids) => {
    calls.push([...ids]);
    return ids.map((id) => `Team ${id}`);
  });

  beforeEach(() => (calls.length = 0));

  it('creates a loader on first use and batches the loads of one tick', async () => {
    const loaders = new LoaderRegistry();
    expect(loaders.names).toEqual([]);
    const names = await Promise.all(['a', 'b', 'a'].map((id) => loaders.get(nameOf).load(id)));
    expect(names).toEqual(['Team a', 'Team b', 'Team a']);
    expect(calls).toEqual([['a', 'b']]);
    expect(loaders.get(nameOf)).toBe(loaders.get(nameOf));
    expect(loaders.names).toEqual(['Team.name']);
  });

  it('gives every request fresh loaders: nothing cached crosses requests', async () => {
    await new LoaderRegistry().get(nameOf).load('a');
    await new LoaderRegistry().get(nameOf).load('a');
    expect(calls).toEqual([['a'], ['a']]);
  });

  it('refuses two different loaders under one name', () => {
    const loaders = new LoaderRegistry();
    loaders.get(nameOf);
    const other = defineLoader<string, string>('Team.name', async (ids) => ids.map(String));
    expect(() => loaders.get(other)).toThrow('Two different loaders are named "Team.name"');
  });
});

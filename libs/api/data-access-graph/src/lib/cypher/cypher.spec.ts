import { kindDef, type RefFieldDef } from '@streamscape/domain';
import { factCypher } from './facts';
import { label, relType } from './identifiers';
import { landscapeCypher } from './landscape';
import { MIGRATIONS } from './schema';

const field = (kind: Parameters<typeof kindDef>[0], name: string) =>
  kindDef(kind).fields.find((f) => f.name === name) as RefFieldDef;

describe('generated Cypher', () => {
  it('reads a forward relationship field with its allowed target labels', () => {
    expect(
      landscapeCypher.readRelations(kindDef('ValueStream'), field('ValueStream', 'partOf'), true),
    ).toMatchSnapshot();
  });

  it('writes a reverse relationship from the target to the declaring entity', () => {
    expect(
      landscapeCypher.createRelations(kindDef('Budget'), field('Budget', 'providedBy'), 'OrgUnit'),
    ).toMatchSnapshot();
  });

  it('keeps values in parameters', () => {
    const statements = [
      landscapeCypher.upsertNodes(kindDef('Team')),
      landscapeCypher.deleteNodesNotIn(kindDef('Team')),
      factCypher.workItems,
      factCypher.passages,
      factCypher.measures('Team'),
    ];
    for (const s of statements) expect(s).toMatch(/\$(rows|ids)\b/);
  });

  it('creates a unique id constraint for every kind', () => {
    const first = MIGRATIONS[0].statements;
    expect(first).toContain(
      'CREATE CONSTRAINT valuestream_id_unique IF NOT EXISTS FOR (n:ValueStream) REQUIRE n.id IS UNIQUE',
    );
    expect(first).toContain(
      'CREATE CONSTRAINT workitem_id_unique IF NOT EXISTS FOR (n:WorkItem) REQUIRE n.id IS UNIQUE',
    );
    expect(first).toContain(
      'CREATE CONSTRAINT measure_key_unique IF NOT EXISTS FOR (n:Measure) REQUIRE n.key IS UNIQUE',
    );
  });

  it('refuses anything but a plain label or type as an identifier', () => {
    expect(label('ValueStream')).toBe('ValueStream');
    expect(() => label('Team) DETACH DELETE (n')).toThrow('Not a label');
    expect(() => relType('OWNS]->() DELETE r //')).toThrow('Not a relationship type');
  });
});

import { kindDef, KINDS } from '@streamscape/domain';
import { entityCypher } from './entity-cypher';
import { fieldLink, inverseLink, refField, referringLinks } from './entity-links';

const valueStream = kindDef('ValueStream');

describe('entity Cypher', () => {
  it('lists a kind in name order with its total, filters as parameters', () => {
    expect(entityCypher.list(valueStream)).toMatchSnapshot();
  });

  it('lists the children of a parent starting from the parent, over a reverse field too', () => {
    expect(
      entityCypher.list(valueStream, fieldLink(valueStream, refField('ValueStream', 'partOf'))),
    ).toMatchSnapshot();
    const budget = kindDef('Budget');
    expect(entityCypher.list(budget, fieldLink(budget, refField('Budget', 'providedBy')))).toContain(
      'MATCH (n:Budget)<-[:PROVIDES]-(p:OrgUnit {id: $parent})',
    );
  });

  it('reads a relationship field and its inverse for a batch of ids', () => {
    const partOf = refField('ValueStream', 'partOf');
    expect(entityCypher.related(fieldLink(valueStream, partOf))).toMatchSnapshot();
    expect(entityCypher.related(inverseLink(valueStream, partOf, 'Domain'))).toContain(
      'MATCH (n:Domain {id: id})<-[r:PART_OF]-(t:ValueStream)',
    );
    const stages = inverseLink(kindDef('Stage'), refField('Stage', 'valueStream'), 'ValueStream');
    expect(entityCypher.related(stages)).toContain('ORDER BY t.order, t.name, t.id');
  });

  it('counts the entities that refer to one, by referring kind, over forward and reverse fields', () => {
    expect(entityCypher.referringEntities(kindDef('OrgUnit'), referringLinks('OrgUnit'))).toMatchSnapshot();
  });

  it('walks partOf back from a would-be parent to find a cycle', () => {
    expect(
      entityCypher.chainBack(valueStream, fieldLink(valueStream, refField('ValueStream', 'partOf'))),
    ).toMatchSnapshot();
  });

  it('keeps values in parameters for every kind', () => {
    for (const def of KINDS) {
      const statements = [
        entityCypher.byIds(def),
        entityCypher.list(def),
        entityCypher.referringEntities(def, referringLinks(def.kind)),
        entityCypher.referringFacts(def),
        entityCypher.existing(def),
        entityCypher.detachDelete(def),
      ];
      for (const s of statements) {
        expect(s).toMatch(/\$(ids|id|search)\b/);
        expect(s).not.toMatch(/'[^']*'|"[^"]*"/);
      }
    }
  });

  it('lists, for a kind, every field of every kind that may refer to it', () => {
    const kinds = referringLinks('Stage').map((g) => g.kind);
    expect(kinds).toEqual([
      'Stage',
      'IntegrationPoint',
      'Team',
      'Kpi',
      'TransformationStep',
      'Finding',
      'Decision',
    ]);
    const team = referringLinks('Stage').find((g) => g.kind === 'Team')!;
    expect(team.links).toEqual([{ from: 'Stage', rel: 'WORKS_ON', direction: 'in', to: ['Team'] }]);
  });
});

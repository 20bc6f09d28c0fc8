import { nodeContext, transformationCypher } from './cypher';

describe('the transformation statements', () => {
  it.each(Object.entries(transformationCypher))('%s stays as reviewed', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('take values only as parameters', () => {
    for (const statement of [...Object.values(transformationCypher), nodeContext('Component')])
      expect(statement).not.toMatch(/\$\{|'[a-z][a-z0-9-]*:/);
  });

  it('take a label only from the model, never from input', () => {
    expect(nodeContext('ValueStream')).toContain('MATCH (x:ValueStream {id: nodeId})');
    expect(() => nodeContext('Team) DETACH DELETE (x')).toThrow('Not a label');
  });
});

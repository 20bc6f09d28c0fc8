// the landscape views (enterprise structure, domain design): their statements and the readers behind them
export * from './types';
export { viewsCypher } from './cypher';
export { readDomainData, readDomainIds, readDomainsData, readEnterpriseData } from './read';

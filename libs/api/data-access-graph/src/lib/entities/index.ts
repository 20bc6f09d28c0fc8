// entity kinds, readable and writable (query by id, lists, relationships, mutations): statements and stores
export * from './entity-links';
export * from './entity-store';

// entity kinds, readable and writable (query by id, lists, relationships, mutations): statements and stores
export {};

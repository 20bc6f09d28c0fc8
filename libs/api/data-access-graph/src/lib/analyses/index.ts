// the architects' structural analyses and the read-only Cypher console: statements and stores
export {};

// the landscape views (enterprise structure, domain design) and the findings computed by rules: statements and stores
export {};

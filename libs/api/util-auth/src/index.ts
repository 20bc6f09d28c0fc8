export * from './lib/token-verifier';

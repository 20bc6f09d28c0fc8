import { join } from 'node:path';

/**
 * Where the setup project saves ada.admin's signed-in browser state for the other specs: per run (run.mjs
 * sets E2E_AUTH_STATE in its own temporary folder), since parallel runs sign in to different Keycloaks.
 */
export const ADMIN_STATE =
  process.env['E2E_AUTH_STATE'] ??
  join(__dirname, '..', '..', '..', '..', 'tmp', 'web-e2e', '.auth', 'ada.admin.json');

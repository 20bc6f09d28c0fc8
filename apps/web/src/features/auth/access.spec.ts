import { accessFor, FULL_ACCESS, navItemAllowed, productRoles, type Access, type Permission } from './access';

const granted = (access: Access): Permission[] =>
  (Object.keys(access) as Permission[]).filter((permission) => access[permission]).sort();

describe('accessFor', () => {
  // the tokens Keycloak issues for the demo users: composites put viewer into every role, all four into admin
  it('viewer: reads, nothing else', () => {
    expect(granted(accessFor(['viewer', 'offline_access', 'default-roles-streamscape']))).toEqual(['read']);
  });

  it('architect: structure, analyses and the console, no plan, reviews or import', () => {
    expect(granted(accessFor(['viewer', 'architect']))).toEqual(['editStructure', 'read', 'runAnalyses']);
  });

  it('transformation lead: the plan and decisions, no structure or console', () => {
    expect(granted(accessFor(['viewer', 'transformation-lead']))).toEqual([
      'editTransformation',
      'read',
      'recordDecisions',
    ]);
  });

  it('admin: everything, even without the composite roles in the token (as the API lets admin through)', () => {
    const all = Object.keys(FULL_ACCESS).sort();
    expect(granted(accessFor(['admin']))).toEqual(all);
    expect(granted(accessFor(['viewer', 'architect', 'transformation-lead', 'admin']))).toEqual(all);
    expect(all).toEqual([
      'createReviews',
      'editStructure',
      'editTransformation',
      'import',
      'read',
      'readAuditTrail',
      'recordDecisions',
      'runAnalyses',
    ]);
  });

  it('architect without viewer cannot read, as the API rules say (viewer opens reading)', () => {
    expect(accessFor(['architect']).read).toBe(false);
  });

  it('no product role, or look-alike names: nothing', () => {
    expect(granted(accessFor([]))).toEqual([]);
    expect(granted(accessFor(['Admin', 'admins', 'realm-admin', 'uma_authorization']))).toEqual([]);
  });
});

describe('productRoles', () => {
  it('keeps the four product roles in their order and drops Keycloak’s own', () => {
    expect(productRoles(['offline_access', 'admin', 'viewer', 'uma_authorization', 'architect'])).toEqual([
      'viewer',
      'architect',
      'admin',
    ]);
  });
});

describe('navItemAllowed', () => {
  it('shows the Explorer to architects and admins only', () => {
    expect(navItemAllowed('/explorer', accessFor(['viewer']))).toBe(false);
    expect(navItemAllowed('/explorer', accessFor(['viewer', 'transformation-lead']))).toBe(false);
    expect(navItemAllowed('/explorer', accessFor(['viewer', 'architect']))).toBe(true);
    expect(navItemAllowed('/explorer', accessFor(['admin']))).toBe(true);
  });

  it('shows the views to every reader', () => {
    for (const href of ['/enterprise', '/domains', '/findings', '/entities', '/reviews']) {
      expect(navItemAllowed(href, accessFor(['viewer']))).toBe(true);
      expect(navItemAllowed(href, accessFor([]))).toBe(false);
    }
  });
});

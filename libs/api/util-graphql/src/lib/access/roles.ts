/** The realm roles of the product (product.md, Access); `admin` may do everything. */
export enum Role {
  VIEWER = 'viewer',
  ARCHITECT = 'architect',
  TRANSFORMATION_LEAD = 'transformation-lead',
  ADMIN = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

// What other features use: the signed-in user and what their roles allow.
export { useAccess, useAuth, type AuthContextValue } from './auth-provider';
export { accessFor, navItemAllowed, type Access, type Permission, type Role } from './access';

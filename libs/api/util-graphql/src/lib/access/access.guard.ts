import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requestContextOf } from '../context/request-context';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { ACCESS_RULE, type AccessRule, allows } from './access-rule';
import { type AuthRequest, AuthService } from './auth.service';
import type { Principal } from './principal';

/**
 * The global guard: every query, mutation, field resolver and route is closed unless its method or class
 * declares `@Public()` or `@Roles(...)`. Needs `fieldResolverEnhancers: ['guards']` to see field resolvers.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ApiError(ApiErrorCode.FORBIDDEN, `${targetOf(context)} has no access rule`);
    if (rule.public) return true;
    const principal = await this.principalOf(context);
    if (!principal) throw new ApiError(ApiErrorCode.UNAUTHENTICATED, `Sign in to use ${targetOf(context)}`);
    if (!allows(rule, principal)) {
      throw new ApiError(
        ApiErrorCode.FORBIDDEN,
        `${targetOf(context)} needs one of the roles: ${rule.roles.join(', ')}`,
      );
    }
    return true;
  }

  private async principalOf(context: ExecutionContext): Promise<Principal | null> {
    if (context.getType<GqlContextType>() === 'graphql') {
      const request = requestContextOf(context);
      if (request.authError) throw request.authError;
      return request.principal ?? null;
    }
    return this.auth.principalOf(context.switchToHttp().getRequest<AuthRequest>());
  }
}

/** `Query.landscapeStats` for GraphQL, `HealthController.readiness` for a route. */
function targetOf(context: ExecutionContext): string {
  if (context.getType<GqlContextType>() === 'graphql') {
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    return `${info.parentType.name}.${info.fieldName}`;
  }
  return `${context.getClass().name}.${context.getHandler().name}`;
}

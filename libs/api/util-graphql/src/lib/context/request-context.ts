import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import type { AuthService } from '../access/auth.service';
import type { Principal } from '../access/principal';
import { ApiError } from '../errors/api-error';
import { LoaderRegistry } from './loader-registry';

/** The GraphQL context of one request. */
export interface RequestContext {
  readonly req: IncomingMessage;
  /** null: anonymous, or credentials that were refused (then `authError` says why) */
  readonly principal: Principal | null;
  /** why the request's credentials were refused; the AccessGuard answers it on every field that is not public */
  readonly authError?: ApiError;
  readonly loaders: LoaderRegistry;
}

/**
 * Apollo's context function: resolves the principal and gives the request fresh loaders. A refused token
 * does not fail the whole request here (Apollo would answer HTTP 500): the guard reports it per field.
 */
export function requestContextFactory(auth: AuthService) {
  return async ({ req }: { req: IncomingMessage }): Promise<RequestContext> => {
    try {
      return { req, principal: await auth.principalOf(req), loaders: new LoaderRegistry() };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return { req, principal: null, authError: error, loaders: new LoaderRegistry() };
    }
  };
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** The request's LoaderRegistry, as a resolver parameter. */
export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext) => requestContextOf(context).loaders,
);

/** The request's principal (null when anonymous), as a resolver parameter. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext) => requestContextOf(context).principal,
);

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import type { AuthService } from '../access/auth.service';
import type { Principal } from '../access/principal';
import { LoaderRegistry } from './loader-registry';

/** The GraphQL context of one request. */
export interface RequestContext {
  readonly req: IncomingMessage;
  readonly principal: Principal | null;
  readonly loaders: LoaderRegistry;
}

/** Apollo's context function: resolves the principal and gives the request fresh loaders. */
export function requestContextFactory(auth: AuthService) {
  return async ({ req }: { req: IncomingMessage }): Promise<RequestContext> => ({
    req,
    principal: await auth.principalOf(req),
    loaders: new LoaderRegistry(),
  });
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

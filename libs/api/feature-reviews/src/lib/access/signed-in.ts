import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiError, ApiErrorCode, requestContextOf, type Principal } from '@streamscape/api-graphql';

/**
 * The request's principal, or UNAUTHENTICATED: for review fields, which the guard leaves open (`@Public`)
 * because a review opens to its audience, roles or groups, not to a role. A refused token gets its reason.
 */
export const SignedIn = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const request = requestContextOf(context);
  if (request.authError) throw request.authError;
  if (!request.principal) throw new ApiError(ApiErrorCode.UNAUTHENTICATED, 'Sign in to open reviews');
  return request.principal;
});

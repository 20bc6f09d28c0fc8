import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '@streamscape/api-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { mergeMap, type Observable } from 'rxjs';
import { AuditService } from './audit.service';

/**
 * Appends an AuditEvent for every mutation that succeeded, before its answer goes out. Root fields only
 * (interceptors do not run on field resolvers); a mutation the guard refused never gets here.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const { principal } = gql.getContext<RequestContext>();
    const args = gql.getArgs<Record<string, unknown>>();
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        try {
          await this.audit.recordMutation(principal, { operation: info.fieldName, args, result });
        } catch (error) {
          // the write is committed: the caller gets its answer, operators get the loud log line
          this.logger.error(
            `AUDIT EVENT LOST for ${info.fieldName} by ${principal?.id ?? 'anonymous'}: ${String(error)}`,
          );
        }
        return result;
      }),
    );
  }
}

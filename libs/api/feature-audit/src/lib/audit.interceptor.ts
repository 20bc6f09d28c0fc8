import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '@streamscape/api-graphql';
import { type MutationAudit, withMutationAudit } from '@streamscape/graph-nest';
import type { GraphQLResolveInfo } from 'graphql';
import { mergeMap, type Observable } from 'rxjs';
import { AuditService } from './audit.service';

/**
 * Records every mutation that succeeded in the audit trail. A mutation's service calls `auditWrite(tx, result)`
 * in the write transaction that makes its change, so that the change and its event commit together; a
 * mutation that made no such call is recorded after it returned, in a transaction of its own. Root fields only
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
    const operation = info.fieldName;
    let recorded = false;
    const audit: MutationAudit = {
      record: async (tx, result) => {
        await this.audit.recordMutationIn(tx, principal, { operation, args, result });
        recorded = true;
      },
    };
    // the handler binds the async context it is created in, so the resolver runs inside this mutation's audit
    return withMutationAudit(audit, () => next.handle()).pipe(
      mergeMap(async (result: unknown) => {
        if (recorded) return result;
        try {
          await this.audit.recordMutation(principal, { operation, args, result });
        } catch (error) {
          // the write is committed: the caller gets its answer, operators get the loud log line
          this.logger.error(
            `AUDIT EVENT LOST for ${operation} by ${principal?.id ?? 'anonymous'}: ${String(error)}`,
          );
        }
        return result;
      }),
    );
  }
}

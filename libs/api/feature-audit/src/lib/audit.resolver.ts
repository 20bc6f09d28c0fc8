import { Args, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, Role, Roles, type Connection } from '@streamscape/api-graphql';
import { AuditEvent, AuditEventConnection, AuditTrailArgs } from './audit-event.model';
import { AuditService } from './audit.service';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: 'The audit trail: every write (mutation, import), newest first. Admins only',
    complexity: connectionComplexity,
  })
  @Roles(Role.ADMIN)
  auditTrail(@Args() args: AuditTrailArgs): Promise<Connection<AuditEvent>> {
    return this.audit.trail(args);
  }
}

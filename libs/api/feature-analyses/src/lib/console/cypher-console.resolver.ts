import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@streamscape/api-graphql';
import { CypherArgs, CypherResult } from './cypher-result.model';
import { CypherConsoleService } from './cypher-console.service';

@Resolver()
export class CypherConsoleResolver {
  constructor(private readonly cypherConsole: CypherConsoleService) {}

  @Query(() => CypherResult, {
    description:
      'Runs a read-only Cypher query with a time limit and a row limit; anything that writes or administers is refused',
  })
  @Roles(Role.ARCHITECT)
  cypher(@Args() args: CypherArgs): Promise<CypherResult> {
    return this.cypherConsole.run(args);
  }
}

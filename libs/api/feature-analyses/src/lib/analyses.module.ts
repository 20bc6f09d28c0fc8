import { type DynamicModule, type FactoryProvider, Module, type ModuleMetadata } from '@nestjs/common';
import { ANALYSES_OPTIONS, type AnalysesOptions } from './analyses.options';
import { AnalysesResolver } from './analyses.resolver';
import { AnalysesService } from './analyses.service';
import { CypherConsoleResolver } from './console/cypher-console.resolver';
import { CypherConsoleService } from './console/cypher-console.service';

export interface AnalysesModuleAsyncOptions
  extends
    Pick<ModuleMetadata, 'imports'>,
    Pick<FactoryProvider<AnalysesOptions | Promise<AnalysesOptions>>, 'inject' | 'useFactory'> {}

/**
 * GraphQL API: the architects' structural analyses and the read-only Cypher console. Imported as it is,
 * the console has its default limits; `forRootAsync` sets them from configuration.
 */
@Module({ providers: [AnalysesService, AnalysesResolver, CypherConsoleService, CypherConsoleResolver] })
export class AnalysesModule {
  static forRootAsync(options: AnalysesModuleAsyncOptions): DynamicModule {
    return {
      module: AnalysesModule,
      imports: options.imports ?? [],
      providers: [
        { provide: ANALYSES_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
      ],
    };
  }
}

import {
  type DynamicModule,
  type FactoryProvider,
  Global,
  Module,
  type ModuleMetadata,
} from '@nestjs/common';
import { GRAPH_MODULE_OPTIONS, GraphHost, type GraphModuleOptions } from './graph-host';

export interface GraphModuleAsyncOptions
  extends
    Pick<ModuleMetadata, 'imports'>,
    Pick<FactoryProvider<GraphModuleOptions | Promise<GraphModuleOptions>>, 'inject' | 'useFactory'> {}

/** Gives every module the GraphHost (global: the graph is the app's one database). */
@Global()
@Module({})
export class GraphModule {
  static forRootAsync(options: GraphModuleAsyncOptions): DynamicModule {
    return {
      module: GraphModule,
      imports: options.imports ?? [],
      providers: [
        { provide: GRAPH_MODULE_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        GraphHost,
      ],
      exports: [GraphHost],
    };
  }
}

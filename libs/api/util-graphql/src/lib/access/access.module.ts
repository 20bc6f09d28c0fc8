import {
  type DynamicModule,
  type FactoryProvider,
  Global,
  Module,
  type ModuleMetadata,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { type AuthMode, AuthService, authServiceFor, type OidcSettings } from './auth.service';

export interface AccessModuleOptions {
  readonly mode: AuthMode;
  /** required for AUTH_MODE=oidc */
  readonly oidc?: OidcSettings;
}

export interface AccessModuleAsyncOptions
  extends
    Pick<ModuleMetadata, 'imports'>,
    Pick<FactoryProvider<AccessModuleOptions | Promise<AccessModuleOptions>>, 'inject' | 'useFactory'> {}

const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');

/** Importing it closes the whole API: the AccessGuard becomes global and AuthService resolves principals. */
@Global()
@Module({})
export class AccessModule {
  static forRootAsync(options: AccessModuleAsyncOptions): DynamicModule {
    return {
      module: AccessModule,
      imports: options.imports ?? [],
      providers: [
        { provide: ACCESS_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        {
          provide: AuthService,
          inject: [ACCESS_OPTIONS],
          useFactory: (o: AccessModuleOptions) => authServiceFor(o.mode, o.oidc),
        },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AuthService],
    };
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { ApiConfig } from '../config/api-config';

type Request = IncomingMessage & { body?: { operationName?: unknown } };

/**
 * JSON logs (pino). One line per /graphql request with its operationName and responseTime (ms); probes
 * and metric scrapes are not logged. Credentials never reach the log.
 */
export function loggerParams(config: ApiConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      autoLogging: { ignore: (req) => !(req.url ?? '').startsWith('/graphql') },
      customProps: (req) => {
        const operationName = operationNameOf(req as Request);
        return operationName ? { operationName } : {};
      },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      // method, url and status only: headers may carry credentials
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}

function operationNameOf(req: Request): string | undefined {
  const fromBody = req.body?.operationName;
  const name =
    typeof fromBody === 'string'
      ? fromBody
      : new URL(req.url ?? '', 'http://localhost').searchParams.get('operationName');
  return name && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : undefined;
}

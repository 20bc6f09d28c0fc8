import { gunzipSync, gzipSync } from 'node:zlib';

/** JSON, gzipped, as base64 text: how a snapshot's parts are kept in node properties. */
export function packJson(value: unknown): string {
  return gzipSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64');
}

export function unpackJson<T>(packed: string): T {
  return JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')) as T;
}

import { cpus, totalmem } from 'node:os';

/** What a benchmark ran on, printed with its numbers so they can be compared honestly. */
export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}, ${process.platform}/${process.arch}`;
}

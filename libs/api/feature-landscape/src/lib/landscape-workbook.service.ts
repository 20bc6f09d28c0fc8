import { Injectable } from '@nestjs/common';
import { readEntities } from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import { landscapeWorkbook } from '@streamscape/landscape-io';

/** A whole landscape can take a while to read at scale; this is still a bounded read. */
const WORKBOOK_READ_MS = 60_000;

export interface LandscapeWorkbookFile {
  readonly name: string;
  readonly content: Buffer;
}

/** The landscape as an Excel workbook (docs/spreadsheets.md), the same the CLI's `export landscape.xlsx` writes. */
@Injectable()
export class LandscapeWorkbookService {
  constructor(private readonly graph: GraphHost) {}

  async workbook(today = new Date()): Promise<LandscapeWorkbookFile> {
    const entities = await this.graph.read('landscapeWorkbook', (tx) => readEntities(tx), {
      timeoutMs: WORKBOOK_READ_MS,
    });
    const workbook = await landscapeWorkbook(entities);
    const enterprise = entities.find((e) => e.kind === 'Enterprise')?.id ?? 'landscape';
    return {
      name: `${enterprise.replace(/[^a-z0-9-]/g, '')}-landscape-${today.toISOString().slice(0, 10)}.xlsx`,
      content: Buffer.from(await workbook.xlsx.writeBuffer()),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { graphStats } from '@streamscape/graph';
import { GraphHost } from '@streamscape/graph-nest';
import type { LandscapeStats, NamedCount } from './landscape-stats.model';

@Injectable()
export class LandscapeStatsService {
  constructor(private readonly graph: GraphHost) {}

  async stats(): Promise<LandscapeStats> {
    const stats = await this.graph.read('landscapeStats', graphStats);
    return { nodes: byName(stats.nodes), relationships: byName(stats.relationships) };
  }
}

function byName(counts: Record<string, number>): NamedCount[] {
  return Object.entries(counts)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

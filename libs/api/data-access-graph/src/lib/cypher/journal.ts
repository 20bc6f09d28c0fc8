/** Statements of the import journal: one `Import` node per journaled import. */
export const journalCypher = {
  begin: `CREATE (i:Import {id: $id, mode: $mode, status: 'RUNNING', startedAt: datetime(), heartbeatAt: datetime(),
  host: $host, pid: $pid, entitySnapshot: $snapshot})`,
  heartbeat: 'MATCH (i:Import {id: $id}) SET i.heartbeatAt = datetime()',
  setStatus: 'MATCH (i:Import {id: $id}) SET i.status = $status, i.heartbeatAt = datetime()',
  close:
    'MATCH (i:Import {id: $id}) SET i.status = $status, i.finishedAt = datetime() REMOVE i.entitySnapshot',
  snapshot: 'MATCH (i:Import {id: $id}) RETURN i.entitySnapshot AS snapshot',
  open: `MATCH (i:Import) WHERE i.status IN ['RUNNING', 'ROLLING_BACK']
RETURN i.id AS id, i.status AS status, i.host AS host, i.pid AS pid, toString(i.startedAt) AS startedAt,
       duration.inSeconds(i.heartbeatAt, datetime()).seconds AS idleSeconds
ORDER BY startedAt`,
} as const;

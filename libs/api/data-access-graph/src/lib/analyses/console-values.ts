import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  type Node,
  type Relationship,
} from 'neo4j-driver';

/** A value that JSON can carry as it is. */
export type ConsoleJson = null | boolean | number | string | ConsoleJson[] | { [key: string]: ConsoleJson };

type JsonObject = { [key: string]: ConsoleJson };

/**
 * What the console answers for a driver value: nodes and relationships by element id with their
 * properties, paths as their nodes and relationships, temporals as ISO 8601 strings, integers as numbers
 * while exact and as strings beyond 2^53 (never rounded), non-finite floats as strings.
 */
export function toConsoleJson(value: unknown): ConsoleJson {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) return nodeJson(value);
  if (isRelationship(value)) return relationshipJson(value);
  if (isUnboundRelationship(value)) {
    return { id: value.elementId, type: value.type, properties: propertiesJson(value.properties) };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(nodeJson),
      relationships: value.segments.map((s) => relationshipJson(s.relationship)),
    };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: JsonObject = { srid: toConsoleJson(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point['z'] = value.z;
    return point;
  }
  if (ArrayBuffer.isView(value))
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (Array.isArray(value)) return value.map(toConsoleJson);
  if (typeof value === 'object') return propertiesJson(value as Record<string, unknown>);
  return String(value);
}

function nodeJson(node: Node): JsonObject {
  return { id: node.elementId, labels: [...node.labels], properties: propertiesJson(node.properties) };
}

function relationshipJson(rel: Relationship): JsonObject {
  return {
    id: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: propertiesJson(rel.properties),
  };
}

function propertiesJson(properties: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toConsoleJson(v)]));
}

/**
 * Console parameters as the driver should send them: whole numbers become Neo4j integers (a JavaScript
 * number would arrive as a float, and `LIMIT $n` refuses floats); everything else as it is.
 */
export function toConsoleParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toConsoleParam(v)]));
}

function toConsoleParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toConsoleParam);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toConsoleParam(v)]));
  }
  return value;
}

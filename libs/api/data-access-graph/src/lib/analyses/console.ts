import { Neo4jError, type Plan, type Result } from 'neo4j-driver';
import { GraphError } from '../errors';
import type { Tx, TxOptions } from '../graph';
import { type ConsoleJson, toConsoleJson, toConsoleParams } from './console-values';

/** What the console needs of a Graph (or of the API's GraphHost). */
export interface ConsoleReader {
  read<T>(operation: string, work: (tx: Tx) => Promise<T>, options?: TxOptions): Promise<T>;
}

export interface ConsoleLimits {
  /** time limit of each transaction, milliseconds */
  readonly timeoutMs: number;
  /** rows answered at most; the rest of the stream is never read */
  readonly maxRows: number;
}

export interface ConsoleResult {
  readonly columns: string[];
  readonly rows: ConsoleJson[][];
  /** the query had more rows than maxRows */
  readonly truncated: boolean;
  /** milliseconds the query took, from sending it to its last row read */
  readonly elapsedMs: number;
}

/** Why the console does not answer a query: it would write or administer, or Neo4j rejects it. */
export class CypherConsoleError extends Error {
  constructor(
    readonly reason: 'REFUSED' | 'INVALID',
    message: string,
  ) {
    super(message);
    this.name = 'CypherConsoleError';
  }
}

/** The query's plan, as far as refusing it needs: its type ('r', 'w', 'rw', 's') and its operators. */
export interface ConsolePlan {
  readonly queryType: string | undefined;
  readonly operators: readonly { readonly name: string; readonly details: string }[];
}

/** Procedures that only read the landscape or its schema; every other procedure call is refused. */
export const CONSOLE_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.ping',
];

/** SHOW commands that describe the schema; the others show other sessions' work or the server's settings. */
const SHOW_OPERATORS = ['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions'];

/** The prefix that makes Neo4j plan a query without running it, on a line of its own (see `consoleMessage`). */
const EXPLAIN = 'EXPLAIN\n';

/**
 * Why the console refuses a planned query, or undefined when it may run. Neo4j's own classification comes
 * first; then what it counts as reading but the console does not allow: LOAD CSV (files and URLs on the
 * server), procedures outside CONSOLE_PROCEDURES, and SHOW/TERMINATE commands that administer.
 */
export function consoleRefusal(plan: ConsolePlan): string | undefined {
  if (plan.queryType === 'w' || plan.queryType === 'rw') {
    return 'The console only reads: this query writes to the graph (CREATE, MERGE, SET, REMOVE, DELETE or a writing procedure)';
  }
  if (plan.queryType === 's') {
    return 'The console only reads: this query changes the schema or administers the database';
  }
  if (plan.queryType !== 'r') return 'The console only runs queries that Neo4j plans as read-only';
  for (const { name, details } of plan.operators) {
    if (name === 'LoadCSV')
      return 'The console does not run LOAD CSV: it reads files and URLs on the database server';
    if (name === 'ProcedureCall') {
      const procedure = details.split('(')[0].trim();
      if (!CONSOLE_PROCEDURES.includes(procedure)) {
        return `The console does not call ${procedure || 'this procedure'}: it calls only ${CONSOLE_PROCEDURES.join(', ')}`;
      }
    }
    if ((name.startsWith('Show') || name.startsWith('Terminate')) && !SHOW_OPERATORS.includes(name)) {
      return `The console does not run ${commandOf(name)}: it administers the database`;
    }
  }
  return undefined;
}

/**
 * Runs a user's query, read-only, in two steps: EXPLAIN first, to refuse what writes or administers before
 * it runs; then the query in a READ transaction (Neo4j refuses writes there too) within the time limit,
 * reading at most maxRows rows. Throws CypherConsoleError for a refused or invalid query, GraphError
 * (TIMEOUT, UNAVAILABLE) otherwise.
 */
export async function runConsoleQuery(
  reader: ConsoleReader,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<ConsoleResult> {
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(query)) {
    throw new CypherConsoleError(
      'INVALID',
      'Leave out EXPLAIN and PROFILE: the console plans the query itself',
    );
  }
  const driverParams = toConsoleParams(params);
  const options = { timeoutMs: limits.timeoutMs };
  const plan = await asConsoleError(
    () =>
      reader.read(
        'cypher console: explain',
        async (tx) => planOf(await tx.run(`${EXPLAIN}${query}`, driverParams)),
        options,
      ),
    EXPLAIN.length,
  );
  const refusal = consoleRefusal(plan);
  if (refusal) throw new CypherConsoleError('REFUSED', refusal);

  const started = performance.now();
  const answer = await asConsoleError(
    () =>
      reader.read('cypher console', (tx) => readRows(tx.run(query, driverParams), limits.maxRows), options),
    0,
  );
  return { ...answer, elapsedMs: Math.round(performance.now() - started) };
}

async function readRows(
  result: Result,
  maxRows: number,
): Promise<{ columns: string[]; rows: ConsoleJson[][]; truncated: boolean }> {
  const columns = [...(await result.keys())].map(String);
  const rows: ConsoleJson[][] = [];
  let truncated = false;
  for await (const record of result) {
    // one row past the limit says there are more; leaving the loop discards the rest of the stream
    if (rows.length === maxRows) {
      truncated = true;
      break;
    }
    rows.push(columns.map((_, i) => toConsoleJson(record.get(i))));
  }
  return { columns, rows, truncated };
}

function planOf(result: { summary: { queryType?: string; plan?: Plan | false } }): ConsolePlan {
  const operators: { name: string; details: string }[] = [];
  const walk = (plan: Plan) => {
    const details = (plan.arguments as Record<string, unknown>)['Details'];
    // operator types carry the runtime's database after '@' (ProcedureCall@neo4j)
    operators.push({
      name: plan.operatorType.split('@')[0],
      details: typeof details === 'string' ? details : '',
    });
    plan.children.forEach(walk);
  };
  if (result.summary.plan) walk(result.summary.plan);
  return { queryType: result.summary.queryType, operators };
}

/**
 * Neo4j's verdict on the user's statement becomes a CypherConsoleError; anything else stays as it is.
 * `shift`: characters put before the user's query.
 */
async function asConsoleError<T>(work: () => Promise<T>, shift: number): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const cause = error instanceof GraphError ? error.cause : error;
    if (!(cause instanceof Neo4jError)) throw error;
    const code = cause.code ?? '';
    if (code === 'Neo.ClientError.Statement.AccessMode') {
      throw new CypherConsoleError(
        'REFUSED',
        'The console only reads: Neo4j refused to write in a read transaction',
      );
    }
    if (code.includes('AdministrationCommand') || code.includes('NotSystemDatabase')) {
      throw new CypherConsoleError('REFUSED', 'The console does not run administration commands');
    }
    if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
      throw new CypherConsoleError(
        'INVALID',
        `Neo4j rejected the query: ${consoleMessage(cause.message, shift)}`,
      );
    }
    throw error;
  }
}

/**
 * The first line of Neo4j's message, its position in the user's query: `shift` characters (a line of their
 * own) were put before it.
 */
export function consoleMessage(message: string, shift: number): string {
  const first = message.split('\n')[0].trim();
  if (shift === 0) return first;
  return first.replace(
    /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/,
    (whole, line: string, column: string, offset: string) =>
      Number(line) > 1 && Number(offset) >= shift
        ? `(line ${Number(line) - 1}, column ${column} (offset: ${Number(offset) - shift}))`
        : whole,
  );
}

/** ShowTransactions -> SHOW TRANSACTIONS */
function commandOf(operator: string): string {
  return operator.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

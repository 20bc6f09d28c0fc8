import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Graph } from '@streamscape/graph';
import { connectTestGraph, resetGraph } from '@streamscape/graph/testing';
import { importLandscape } from '@streamscape/landscape-io';
import { AppModule } from '../app.module';

/** A GraphQL response body. */
export interface GraphQLBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** A GraphQL answer over HTTP: status, the raw text (to check what it does not say) and the parsed body. */
export interface GraphQLAnswer {
  readonly status: number;
  readonly text: string;
  readonly body: GraphQLBody;
}

export interface RequestOptions {
  readonly token?: string | null;
  readonly operationName?: string;
}

/** The real app on a free loopback port, and how to talk to it. */
export interface TestApp {
  readonly app: INestApplication;
  readonly url: string;
  /** POST /graphql, whatever the status. */
  request(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLAnswer>;
  /** POST /graphql, the body only. */
  post(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLBody>;
  close(): Promise<void>;
}

/** The app's environment on the test Neo4j (started by the global setup), quiet, with `overrides` on top. */
export function testEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: process.env['NEO4J_TEST_URI'],
    NEO4J_PASSWORD: process.env['NEO4J_TEST_PASSWORD'],
    ...overrides,
  };
}

/** Starts the app as main.ts composes it (AppModule) with `env` as its environment. */
export async function startTestApp(env: NodeJS.ProcessEnv = testEnv()): Promise<TestApp> {
  const app = await NestFactory.create(AppModule.forRoot({ env, schemaFile: false }), {
    logger: false,
    abortOnError: false,
  });
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const request: TestApp['request'] = async (query, variables = {}, { token, operationName } = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as GraphQLBody };
  };
  return {
    app,
    url,
    request,
    post: async (query, variables, options) => (await request(query, variables, options)).body,
    close: () => app.close(),
  };
}

/** The test graph, emptied, holding the landscape read from `sources` (files or folders); throws if it is invalid. */
export async function testGraphWith(sources: readonly string[]): Promise<Graph> {
  const graph = await connectTestGraph();
  await resetGraph(graph);
  if (sources.length) {
    const result = await importLandscape(graph, [...sources]);
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 5))}`);
  }
  return graph;
}

/** Empties and closes the test graph after a suite. */
export async function releaseTestGraph(graph: Graph | undefined): Promise<void> {
  if (!graph) return;
  await resetGraph(graph);
  await graph.close();
}

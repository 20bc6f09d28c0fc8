// the transformation view: its statements, the reader, and the plan and friction computed from what it reads
export * from './types';
export { nodeContext, transformationCypher } from './cypher';
export {
  computeTransformationLandscape,
  frictionFactsOf,
  planOf,
  readNodeContext,
  readTransformationData,
  readTransformationLandscape,
  TRANSFORMATION_READ_TIMEOUT_MS,
  type TransformationReader,
} from './read';

export * from './lib/types';
export * from './lib/scales';
export * from './lib/mappers';
export * from './lib/filter';
export { KIND_COLOURS, type GraphTheme } from './lib/styles';
export { GraphView, preloadGraph, type GraphCanvasProps } from './lib/graph-view';
export * from './lib/heat-scale';
export * from './lib/heat-map';
export { seededRandom } from './lib/spectral';

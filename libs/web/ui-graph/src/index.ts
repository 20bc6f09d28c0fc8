export * from './lib/types';
export * from './lib/scales';
export * from './lib/mappers';
export * from './lib/filter';
export { KIND_COLOURS, type GraphTheme } from './lib/styles';
export { GraphView, type GraphCanvasProps } from './lib/graph-view';

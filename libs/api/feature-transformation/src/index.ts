export * from './lib/transformation.module';
export { TransformationService } from './lib/transformation.service';
export { buildTransformationView, type TransformationViewData } from './lib/build/transformation-view';

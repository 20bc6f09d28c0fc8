export * from './lib/reviews.module';
export { mayOpen, viewerOf } from './lib/access/audience';
export { reportModel, type ReportModel } from './lib/report/report-model';

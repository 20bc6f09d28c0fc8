export { featureTestModule } from './feature-test-module';

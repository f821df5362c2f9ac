export { ClassificationEngine, ENGINE_NAME } from './classification.engine';
export type { ClassifyInput } from './classification.engine';

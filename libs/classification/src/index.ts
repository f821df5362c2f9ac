export { ClassificationEngine, ENGINE_NAME } from './classification.engine';
export type { ClassifyInput, ClassifyOptions } from './classification.engine';
export { admin1CodesFor, ISO_3166_2 } from './gazetteer/admin1-index';
export { currentAdmin1Code } from './gazetteer/package-data';

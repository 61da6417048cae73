// `localized-content/node`: everything that touches the filesystem.
export { loadResources, type LoadResourcesOptions } from './load-resources.js';
export { parseJsonFile, positionOf } from './json.js';

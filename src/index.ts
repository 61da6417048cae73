export { createContentLibrary } from './platform/bundle.js';
export * from './exports.js';

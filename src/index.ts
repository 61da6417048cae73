export { createContentLibrary } from './create.js';
export * from './exports.js';

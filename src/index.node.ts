// The Node entry of `localized-content`: the same API, with every built-in catalog by default.
export { createContentLibrary } from './platform/node.js';
export * from './exports.js';

// The Node entry of `localized-content`: the same API, with every built-in catalog by default.
export { createContentLibrary } from './node/create.js';
export * from './exports.js';

// `express4` is the npm alias of express@4, installed for these tests; it ships no types of its
// own. Its application API, as these tests use it, is the one @types/express describes.
declare module 'express4' {
  import express from 'express';
  export default express;
}

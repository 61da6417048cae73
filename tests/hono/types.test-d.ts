import { Hono } from 'hono';
import { expectTypeOf, test } from 'vitest';
import { localizedContent, type LocalizedEnv, type LocalizedRequest } from '../../src/hono/index.js';
import type { ContentLibrary, Resolution } from '../../src/index.js';

declare const library: ContentLibrary;

test("c.get('localized') is typed through the app's Variables", () => {
  const app = new Hono<LocalizedEnv>();
  app.use(localizedContent(library));
  app.get('/:locale/articles/:id', (c) => {
    expectTypeOf(c.get('localized')).toEqualTypeOf<LocalizedRequest>();
    expectTypeOf(c.get('localized').resolve(c.req.param('id'))).toEqualTypeOf<Resolution | null>();
    return c.text('');
  });
});

test('the middleware types the variable for the handlers chained after it', () => {
  new Hono().use(localizedContent(library)).get('/', (c) => {
    expectTypeOf(c.get('localized')).toEqualTypeOf<LocalizedRequest>();
    return c.text('');
  });
});

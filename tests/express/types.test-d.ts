import express from 'express';
import { expectTypeOf, test } from 'vitest';
import { localizedContent, type LocalizedRequest } from '../../src/express/index.js';
import type { ContentLibrary, Resolution, SwitcherLink } from '../../src/index.js';

declare const library: ContentLibrary;

test('req.localized and res.locals.localized are typed in Express handlers', () => {
  const app = express();
  app.use(localizedContent(library, { redirectRoot: true, url: '/{locale}/articles/{id}' }));
  app.get('/:locale/articles/:id', (req, res) => {
    expectTypeOf(req.localized).toEqualTypeOf<LocalizedRequest>();
    expectTypeOf(res.locals.localized).toEqualTypeOf<LocalizedRequest>();
    expectTypeOf(req.localized.resolve(req.params.id)).toEqualTypeOf<Resolution | null>();
    expectTypeOf(req.localized.switcher('x')).toEqualTypeOf<SwitcherLink[] | null>();
    expectTypeOf(req.localized.reader().uiLocale).toBeString();
  });
  // @ts-expect-error an unknown option
  localizedContent(library, { redirect: true });
});

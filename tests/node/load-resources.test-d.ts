/** Types of `localized-content/node`'s loader (vitest's typecheck, `npm test`). */
import { describe, expectTypeOf, it } from 'vitest';
import { createContentLibrary, type ContentLibraryOptions, type Resources } from '../../src/index.node.js';
import { loadResources, type LoadResourcesOptions } from '../../src/node/index.js';

describe('loadResources', () => {
  it('takes a folder as a path or a file URL, and gives the resources createContentLibrary takes', () => {
    expectTypeOf(loadResources).toBeCallableWith('content');
    expectTypeOf(loadResources).toBeCallableWith(new URL('file:///srv/content/'));
    expectTypeOf(loadResources).parameter(1).toEqualTypeOf<LoadResourcesOptions | undefined>();
    expectTypeOf(loadResources('content')).resolves.toEqualTypeOf<Resources>();
    expectTypeOf<Resources>().toExtend<NonNullable<ContentLibraryOptions['resources']>>();
    const resources: Resources = { en: { articles: {} } };
    expectTypeOf(createContentLibrary).toBeCallableWith({ defaultLocale: 'en', resources });
  });

  it('rejects what is no folder', () => {
    // @ts-expect-error a number is no folder
    void loadResources(42);
  });
});

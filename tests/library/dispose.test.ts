/**
 * Libraries made per request on a shared i18next instance: `dispose()` removes their listeners, and
 * a library dropped without it is not kept alive by the instance (its listeners hold a counter).
 * A library on its own content, dropped, is collected at once, without a turn of the event loop.
 */
import i18next from 'i18next';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function shared() {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { articles: { a: { title: 'A', body: 'a' } } }, fr: { articles: { a: { title: 'A fr', body: 'a' } } } }, fallbackLng: false });
  return i18n;
}
type Observed = { observers: Record<string, Map<unknown, number> | undefined> };
const listeners = (emitter: unknown, event: string) => (emitter as Observed).observers[event]?.size ?? 0;
const count = (i18n: Awaited<ReturnType<typeof shared>>) => listeners(i18n.store, 'added') + listeners(i18n.store, 'removed') + listeners(i18n, 'failedLoading');

async function settle(): Promise<number> {
  for (let i = 0; i < 6; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed / 2 ** 20;
}

describe('library.dispose()', () => {
  it('removes the listeners the library added to a shared instance, and no other', async () => {
    const i18n = await shared();
    const other = () => {};
    i18n.store.on('added', other);
    const before = count(i18n);
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    expect(count(i18n)).toBe(before + 3);
    library.dispose();
    expect(count(i18n)).toBe(before);
    library.dispose(); // twice is harmless
    expect(count(i18n)).toBe(before);
    expect(library.resolve('a', 'fr')?.locale).toBe('fr'); // still answers
  });

  it('a library that is not disposed follows changes to the store', async () => {
    const i18n = await shared();
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    expect(library.resolve('a', 'es')?.locale).toBe('en');
    i18n.addResourceBundle('es', 'articles', { a: { title: 'A es', body: 'a' } });
    expect(library.resolve('a', 'es')?.locale).toBe('es');
  });

  it('20,000 libraries made and disposed on one instance leave no listener and hold no memory', { timeout: 120_000 }, async () => {
    const i18n = await shared();
    const base = await settle();
    for (let i = 0; i < 20_000; i++) {
      const library = createContentLibrary({ defaultLocale: 'en', i18n });
      library.resolve('a', i % 2 ? 'fr' : 'en');
      library.dispose();
    }
    expect(count(i18n)).toBe(0);
    expect((await settle()) - base).toBeLessThan(5);
  });

  it('5,000 libraries dropped without dispose() are collected, and their listeners removed', { timeout: 120_000 }, async () => {
    const i18n = await shared();
    const base = await settle();
    for (let i = 0; i < 5_000; i++) createContentLibrary({ defaultLocale: 'en', i18n }).resolve('a', i % 2 ? 'fr' : 'en');
    const grown = (await settle()) - base;
    expect(grown).toBeLessThan(5);
    expect(count(i18n)).toBeLessThan(100);
  });

  it('libraries on their own content made in a synchronous loop and dropped are collected at once', () => {
    // About 6 MB of content each: a page build that makes one library per page, without awaiting.
    const content = (n: number) => ({
      en: { articles: Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`a${i}`, { title: `Title ${n} ${i}`, body: `${n} ${i} `.repeat(120) }])) },
    });
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed / 2 ** 20;
    };
    const base = heap();
    const one = () => createContentLibrary({ defaultLocale: 'en', resources: content(0) }).resolve('a1', 'en')?.entry.title;
    expect(one()).toBe('Title 0 1');
    const size = heap() - base; // one library's content, which i18next's logger keeps until another instance starts
    for (let n = 0; n < 8; n++) one();
    // Collected without a turn of the event loop: at most about one library's content stays.
    expect(heap() - base).toBeLessThan(size * 2 + 2);
  });
});

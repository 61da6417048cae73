/**
 * Live content: entries added, changed or removed at run time (i18next `addResourceBundle`, a backend
 * reload) are served from the next request on, without a restart; a failed reload keeps the last
 * good content and reports a `RELOAD_FAILED` problem.
 */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, type Problem } from '../../src/index.node.js';

type Content = Record<string, Record<string, Record<string, unknown>>>;

/** An i18next backend served from memory: what `content` holds now, or a failure when `failing`. */
function memoryBackend(initial: Content) {
  const state = { content: initial, failing: false, reads: [] as string[] };
  const backend: BackendModule = {
    type: 'backend',
    init() {},
    read(locale: string, namespace: string, callback: ReadCallback) {
      state.reads.push(`${locale}/${namespace}`);
      // Asynchronous, as a file or HTTP backend is; `false` as data means "do not retry".
      setImmediate(() => {
        if (state.failing) callback(new Error(`503 Service Unavailable: GET /locales/${locale}/${namespace}.json`), false);
        else callback(null, structuredClone(state.content[locale]?.[namespace] ?? {}));
      });
    },
  };
  return { backend, state };
}

async function librarySite(initial: Content) {
  const { backend, state } = memoryBackend(initial);
  const i18n = i18next.createInstance().use(backend);
  await i18n.init({ lng: 'en', preload: ['en', 'es'], ns: ['articles'], defaultNS: 'articles', fallbackLng: false });
  const seen: Problem[] = [];
  const library = createContentLibrary({ defaultLocale: 'en', i18n, locales: ['en', 'es', 'fr'], onProblem: (p) => seen.push(p) });
  return { i18n, library, state, seen };
}

const v1: Content = {
  en: { articles: { a: { title: 'A v1', body: 'Body v1' } } },
  es: { articles: {} },
};

describe('a backend reload', () => {
  it('reloadResources() with new content: served from the next request, no restart', async () => {
    const { i18n, library, state } = await librarySite(structuredClone(v1));
    expect(library.resolve('a', 'es')).toMatchObject({ locale: 'en', notice: { kind: 'unavailable' } });
    state.content = { en: { articles: { a: { title: 'A v2', body: 'Body v2' }, b: { title: 'B' } } }, es: { articles: { a: { title: 'A es', body: 'Cuerpo' } } } };
    await i18n.reloadResources(['en', 'es'], ['articles']);
    expect(library.resolve('a', 'es')).toMatchObject({ locale: 'es', notice: null, entry: { title: 'A es' } });
    expect(library.resolve('a', 'en')?.entry).toEqual({ title: 'A v2', body: 'Body v2' });
    expect(library.resolve('b', 'en')?.locale).toBe('en');
  });

  it('reloadResources() failing: the last good content is served and RELOAD_FAILED is reported', async () => {
    const { i18n, library, state, seen } = await librarySite(structuredClone(v1));
    const before = library.resolve('a', 'es');
    state.failing = true;
    await i18n.reloadResources(['en', 'es'], ['articles']);
    expect(state.reads.filter((r) => r === 'en/articles')).toHaveLength(2);
    expect(library.resolve('a', 'es')).toEqual(before);
    expect(library.resolve('a', 'en')?.entry).toEqual({ title: 'A v1', body: 'Body v1' });
    const problems = library.problems().filter((p) => p.code === 'RELOAD_FAILED');
    expect(problems.map((p) => [p.locale, p.key])).toEqual([['en', 'articles'], ['es', 'articles']]);
    expect(problems[0]!.message).toMatch(/articles.*en.*failed/);
    expect(seen.filter((p) => p.code === 'RELOAD_FAILED')).toHaveLength(2);
  });

  it('a reload that fails, then succeeds: the new content replaces the kept one', async () => {
    const { i18n, library, state } = await librarySite(structuredClone(v1));
    state.failing = true;
    await i18n.reloadResources(['en'], ['articles']);
    state.failing = false;
    state.content.en!.articles!.a = { title: 'A v3', body: 'Body v3' };
    await i18n.reloadResources(['en'], ['articles']);
    expect(library.resolve('a', 'en')?.entry.title).toBe('A v3');
  });
});

describe('i18next store changes at run time', () => {
  const make = async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { articles: { a: { title: 'A', body: 'B' } } } }, fallbackLng: false, initAsync: false });
    return { i18n, library: createContentLibrary({ defaultLocale: 'en', i18n }) };
  };

  it('addResourceBundle("fr", …) adds a language: site locales, alternates and resolve follow', async () => {
    const { i18n, library } = await make();
    expect(library.resolve('a', 'fr')?.locale).toBe('en');
    i18n.addResourceBundle('fr', 'articles', { a: { title: 'A fr', body: 'B fr' } });
    expect(library.locales()).toEqual(['en', 'fr']);
    expect(library.resolve('a', 'fr')).toMatchObject({ locale: 'fr', uiLocale: 'fr', notice: null });
    expect(library.resolve('a', 'en')?.alternates.map((x) => x.locale)).toEqual(['en', 'fr']);
  });

  it('addResource(…) completes a partial translation, field by field', async () => {
    const { i18n, library } = await make();
    i18n.addResourceBundle('es', 'articles', { a: { title: 'A es' } });
    expect(library.resolve('a', 'es')?.notice?.kind).toBe('partial');
    i18n.addResource('es', 'articles', 'a.body', 'B es');
    expect(library.resolve('a', 'es')).toMatchObject({ notice: null, entry: { title: 'A es', body: 'B es' } });
  });

  it('addResourceBundle(…, deep, overwrite) changes the source: the translation becomes outdated', async () => {
    const { i18n, library } = await make();
    const { sourceHash } = await import('../../src/index.node.js');
    i18n.addResourceBundle('es', 'articles', { a: { title: 'A es', body: 'B es', '@meta': { sourceHash: sourceHash({ title: 'A', body: 'B' }) } } });
    expect(library.resolve('a', 'es')?.notice).toBeNull();
    i18n.addResourceBundle('en', 'articles', { a: { body: 'B changed' } }, true, true);
    expect(library.resolve('a', 'es')?.notice?.kind).toBe('outdated');
  });

  it('removeResourceBundle("fr", …) stops serving that language', async () => {
    const { i18n, library } = await make();
    i18n.addResourceBundle('fr', 'articles', { a: { title: 'A fr', body: 'B fr' } });
    expect(library.resolve('a', 'fr')?.locale).toBe('fr');
    i18n.removeResourceBundle('fr', 'articles');
    expect(library.resolve('a', 'fr')?.locale).toBe('en');
  });

  it('a site notice override added at run time is used by the next notice', async () => {
    const { i18n, library } = await make();
    i18n.addResourceBundle('es', 'articles', {});
    expect(library.resolve('a', 'es')?.notice?.text).not.toMatch(/^Aviso/);
    i18n.addResourceBundle('es', 'notice', { unavailable: 'Aviso: {served}' });
    expect(library.resolve('a', 'es')?.notice?.text).toMatch(/^Aviso: /);
  });
});

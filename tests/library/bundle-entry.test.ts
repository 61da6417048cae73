/**
 * The bundle entry (browsers, edge runtimes): English alone unless catalogs are passed, compiled
 * built-in messages, and run-time parsing of a site's text overrides only with `parseMessage`.
 */
import { describe, expect, it } from 'vitest';
import es from '../../src/catalogs/generated/es.js';
import { createContentLibrary } from '../../src/index.js';
import { parseMessage } from '../../src/parser.js';

const resources = {
  en: { articles: { note: { title: 'Note' } } },
  es: { articles: {}, notice: { unavailable: 'Solo en {served}.' } },
  fr: { articles: {} },
};

describe('createContentLibrary from the bundle entry', () => {
  it('formats the compiled built-in catalogs it is given', () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources: { en: resources.en, es: { articles: {} } }, catalogs: [es] });
    expect(library.resolve('note', 'es')?.notice).toMatchObject({ locale: 'es', text: expect.stringContaining('inglés') });
  });

  it('falls back to English, the catalog it always carries', () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources, catalogs: [es] });
    expect(library.resolve('note', 'fr')?.notice?.locale).toBe('en');
  });

  it('without a parser, reports a text override and uses the built-in message', () => {
    const problems: string[] = [];
    const library = createContentLibrary({ defaultLocale: 'en', resources, catalogs: [es], onProblem: (p) => p.code === 'INVALID_MESSAGE' && problems.push(p.message) });
    expect(library.resolve('note', 'es')?.notice?.text).toContain('no está disponible');
    expect(problems).toEqual([expect.stringContaining("pass `parseMessage` from 'localized-content/parser'")]);
  });

  it('with parseMessage, applies the text override', () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources, catalogs: [es], parseMessage });
    expect(library.resolve('note', 'es')?.notice?.text).toBe('Solo en inglés.');
  });

  it('rejects a parseMessage that is not a function', () => {
    expect(() => createContentLibrary({ defaultLocale: 'en', resources, parseMessage: 'yes' as never })).toThrow(/parseMessage must be a function/);
  });
});

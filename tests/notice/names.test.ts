/**
 * The language names built-in catalogs carry (`@@names`, generated from CLDR by
 * scripts/gen-catalogs.mjs): they must say what Intl.DisplayNames says, so that a notice reads the
 * same whether a name comes from the table or from the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';

const generated = new URL('../../src/catalogs/generated/', import.meta.url);
const tables = readdirSync(generated)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, generated), 'utf8')) as { '@@locale': string; '@@names': Record<string, string> });
const corrected = (locale: string): Record<string, string> =>
  (JSON.parse(readFileSync(new URL(`../../locales/${locale}/notice.json`, import.meta.url), 'utf8')) as { '@@names'?: Record<string, string> })['@@names'] ?? {};
const header = readFileSync(new URL('en.ts', generated), 'utf8');
const generatedWith = /CLDR ([\d.]+)/.exec(header)?.[1];

describe('name tables', () => {
  it('every built-in catalog has one, naming the catalog languages and common regional forms', () => {
    expect(tables).toHaveLength(46);
    for (const table of tables) {
      const tags = Object.keys(table['@@names']);
      for (const tag of ['en', 'es', 'zh-Hant', 'pt-PT', 'en-GB', 'es-419', 'pt-BR', 'zh-TW']) expect(tags).toContain(tag);
    }
  });

  // The tables are this Node's CLDR when built; another CLDR version may name a language otherwise.
  const sameCldr = generatedWith === process.versions.cldr;
  it.skipIf(!sameCldr)(`agree with Intl.DisplayNames (CLDR ${generatedWith}) for every pair`, () => {
    const disagreements: string[] = [];
    for (const table of tables) {
      const names = new Intl.DisplayNames([table['@@locale']], { type: 'language', fallback: 'code' });
      // A catalog's own corrections (its "@@names") are meant to differ.
      const corrections = corrected(table['@@locale']);
      for (const [tag, name] of Object.entries(table['@@names'])) {
        const want = corrections[tag] ?? names.of(tag);
        if (want !== name) disagreements.push(`${table['@@locale']}: ${tag} → ${name} / ${want}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('notices name languages from the table, else from Intl.DisplayNames', () => {
  const resources = { en: { articles: { a: { title: 'A' } } }, es: { articles: {} } };
  const library = createContentLibrary({ defaultLocale: 'en', resources });

  it.each([
    ['a language the table names', 'es', 'inglés'],
    ['the reader’s language', 'es', 'español'],
  ])('%s', (_, reader, name) => {
    expect(library.resolve('a', reader)!.notice!.text).toContain(name);
  });

  it('a language outside the tables (Icelandic, for a Spanish reader)', () => {
    const spanish = createContentLibrary({ defaultLocale: 'is', resources: { is: { articles: { a: { title: 'A' } } }, es: { articles: {} } } });
    const islandes = new Intl.DisplayNames(['es'], { type: 'language' }).of('is')!;
    expect(tables.find((t) => t['@@locale'] === 'es')!['@@names']).not.toHaveProperty('is');
    expect(spanish.resolve('a', 'es')!.notice!.text).toContain(islandes);
  });
});

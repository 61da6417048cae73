/**
 * One test for a notice message, at run time and in `check` (src/notice/validate-message.ts): a
 * message that parses but fails when formatted with real arguments falls back to the built-in
 * message and is reported once; `check` rejects exactly what the library would reject.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, type Problem } from '../../src/index.node.js';
import { checkTree } from '../../src/tools/check/check-tree.js';

const article = (title: string) => ({ title, body: `<p>${title}</p>` });
const content = {
  en: { articles: { only: article('Only in English'), both: article('Both') } },
  fr: { articles: { both: article('Les deux') } },
};

function libraryWith(key: string, message: string, problems: Problem[] = []) {
  return createContentLibrary({
    defaultLocale: 'en',
    resources: { ...content, es: { notice: { [key]: message } } },
    locales: ['en', 'es', 'fr'],
    onProblem: (problem) => problems.push(problem),
  });
}
const plain = createContentLibrary({ defaultLocale: 'en', resources: content, locales: ['en', 'es', 'fr'] });

/** [key, message that parses but cannot be formatted with the library's arguments] */
const broken: [string, string][] = [
  ['unavailable', 'No disponible: {requested, date}'],
  ['unavailable', 'Hora: {served, time}'],
  ['unavailable', 'Precio {requested, number, ::currency/ABCD}'],
  ['alsoAvailable', 'También en {languages, date, short}'],
  // No error to catch: a language as a number prints "NaN", a count as a date prints 1970.
  ['unavailable', 'No disponible en {requested, number}'],
  ['alsoAvailable', 'También en {count, date} idiomas: {languages}'],
  ['unavailable', '{served, plural, one {# idioma} other {# idiomas}}'],
  // Says nothing: an empty notice box on the page.
  ['unavailable', ''],
  ['unavailable', '   '],
  ['alsoAvailable', '\u200f\n'],
  ['fallbackLabel', '{languageCode, select, en {} other {}}'],
  // Empty for every Spanish reader: the sample arguments must include the catalog's own language.
  ['unavailable', '{requestedCode, select, es {} other {No está en {requested}.}}'],
  // Empty in a branch that a Spanish reader of a French page takes.
  ['unavailable', '{servedCode, select, fr {} other {Se muestra en {served}.}}'],
  ['alsoAvailable', '{count, plural, one {} other {En # idiomas: {languages}}}'],
  // ICU quoting: an apostrophe before { makes the rest text; readers would see "{requested}".
  ['unavailable', "No está en l'{requested}; se muestra en {served}."],
  ['unavailable', "No está en '{requested}'."],
];

describe('a notice override that parses but fails when formatted', () => {
  it.each(broken)('es "%s": %j → the built-in message, INVALID_MESSAGE reported once', (key, message) => {
    const problems: Problem[] = [];
    const library = libraryWith(key, message, problems);
    for (const requested of ['es', 'es-MX', 'es, fr', 'es']) {
      expect(library.resolve('only', requested)?.notice).toEqual(plain.resolve('only', requested)?.notice);
      expect(library.switcher('only', requested)).toEqual(plain.switcher('only', requested));
      expect(library.alsoAvailable('both', requested)).toEqual(plain.alsoAvailable('both', requested));
    }
    expect(problems.map((p) => [p.code, p.locale, p.key])).toEqual([['INVALID_MESSAGE', 'es', key]]);
  });

  it.each([
    ['an array of text', ['Esta página no está en {requested}']],
    ['an array of objects', [{ type: 1, value: 'requested' }, { options: 'x' }]],
    ['a nested array', [[0, 'x']]],
  ])('an override that is %s (a site writes text; only built-in catalogs are syntax trees) is skipped and reported', (_, message) => {
    const problems: Problem[] = [];
    const library = createContentLibrary({
      defaultLocale: 'en',
      resources: { ...content, es: { notice: { unavailable: message } } },
      locales: ['en', 'es', 'fr'],
      onProblem: (problem) => problems.push(problem),
    });
    expect(library.resolve('only', 'es')?.notice).toEqual(plain.resolve('only', 'es')?.notice);
    expect(library.switcher('only', 'es')).toEqual(plain.switcher('only', 'es'));
    expect(problems.map((p) => [p.code, p.locale, p.key])).toEqual([['INVALID_MESSAGE', 'es', 'unavailable']]);
  });

  it('a bare {updated} in "outdated" (a Date where text goes) falls back too', () => {
    const problems: Problem[] = [];
    const outdated = {
      en: { articles: { a: { ...article('New'), '@meta': { updated: '2021-09-17' } } } },
      es: { articles: { a: { ...article('Viejo'), '@meta': { sourceHash: '0123456789abcdef' } } }, notice: { outdated: 'Actualizado el {updated}' } },
    };
    const library = createContentLibrary({ defaultLocale: 'en', resources: outdated, onProblem: (p) => problems.push(p) });
    const reference = createContentLibrary({ defaultLocale: 'en', resources: { en: outdated.en, es: { articles: outdated.es.articles } } });
    expect(library.resolve('a', 'es')?.notice).toEqual(reference.resolve('a', 'es')?.notice);
    expect(problems.map((p) => p.code)).toEqual(['INVALID_MESSAGE']);
  });

  it('a message that passes the sample test but throws for a real reader falls back once, at format time', () => {
    // The sample code is "en"; a Spanish reader's is "es", whose branch formats a label as a date.
    const problems: Problem[] = [];
    const library = libraryWith('unavailable', '{requestedCode, select, es {{requested, date}} other {Solo en {served}.}}', problems);
    for (let i = 0; i < 3; i++) expect(library.resolve('only', 'es')?.notice).toEqual(plain.resolve('only', 'es')?.notice);
    expect(problems.map((p) => [p.code, p.locale, p.key])).toEqual([['INVALID_MESSAGE', 'es', 'unavailable']]);
  });
});

describe('an empty notice override', () => {
  it.each([[''], [' \t '], ['\u200f']])('es "unavailable": %j is an error of check at its line and column', async (message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lc-validate-'));
    mkdirSync(path.join(dir, 'en'));
    mkdirSync(path.join(dir, 'es'));
    writeFileSync(path.join(dir, 'en', 'articles.json'), JSON.stringify(content.en.articles));
    writeFileSync(path.join(dir, 'es', 'notice.json'), `{\n  "@@locale": "es",\n  "unavailable": ${JSON.stringify(message)}\n}\n`);
    const { problems } = await checkTree(dir);
    expect(problems.filter((p) => p.rule === 'invalid-message').map((p) => [p.file.endsWith(path.join('es', 'notice.json')), p.line, p.column, p.severity, p.message])).toEqual([
      [true, 3, 19, 'error', '"unavailable" is empty: a notice must say something (a letter or a digit)'],
    ]);
  });
});

/** A tree with an English article and one notice catalog; what `check` says about the catalog. */
async function checkCatalog(locale: string, catalog: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lc-validate-'));
  mkdirSync(path.join(dir, 'en'));
  mkdirSync(path.join(dir, locale));
  writeFileSync(path.join(dir, 'en', 'articles.json'), JSON.stringify(content.en.articles));
  writeFileSync(path.join(dir, locale, 'notice.json'), `{\n  "@@locale": "${locale}",\n${Object.entries(catalog).map(([k, v]) => `  "${k}": ${JSON.stringify(v)}`).join(',\n')}\n}\n`);
  const { problems } = await checkTree(dir);
  return problems.filter((p) => p.severity === 'error').map((p) => [p.rule, p.line, p.column, p.message]);
}

describe('check reports what a real reader of the catalog would see', () => {
  it.each<[string, Record<string, string>, (string | number)[][]]>([
    // Plain text (no braces) is a message like any other: it says something. (That it leaves out
    // the English message's placeholders is a separate rule.)
    ['es', { alsoAvailable: 'Disponible también en otros idiomas.' }, [
      ['placeholder-mismatch', 3, 21, '"alsoAvailable": placeholder {languages} of the English message is missing'],
    ]],
    ['fr', { alsoAvailable: "Aussi disponible dans d'autres langues." }, [
      ['placeholder-mismatch', 3, 21, '"alsoAvailable": placeholder {languages} of the English message is missing'],
    ]],
    // Empty for the catalog's own readers.
    ['es', { unavailable: '{requestedCode, select, es {} other {No está en {requested}; se muestra en {served}.}}' }, [
      ['invalid-message', 3, 19, '"unavailable" is empty: a notice must say something (a letter or a digit)'],
    ]],
    ['es', { unavailable: '{servedCode, select, fr {} other {No está en {requested}; se muestra en {served}.}}' }, [
      ['invalid-message', 3, 19, '"unavailable" is empty when {servedCode} is "fr": a notice must say something (a letter or a digit)'],
    ]],
    // The apostrophe of "l'{requested}" quotes the rest of the message: reported where it is.
    ['fr', { unavailable: "Cette page n'existe pas en l'{requested} ; elle est proposée en {served}." }, [
      ['placeholder-mismatch', 3, 19, '"unavailable": placeholder {requested} of the English message is missing'],
      ['placeholder-mismatch', 3, 19, '"unavailable": placeholder {served} of the English message is missing'],
      ['invalid-message', 3, 47, `"unavailable" shows {requested} as text instead of filling it: an apostrophe before { starts quoted text in ICU; write '' or use ’`],
    ]],
    ['fr', { unavailable: "Cette page n'existe pas en l''{requested} ; elle est proposée en {served}." }, []],
    ['fr', { unavailable: 'Cette page n’existe pas en l’{requested} ; elle est proposée en {served}.' }, []],
  ])('%s %j', async (locale, catalog, expected) => {
    expect(await checkCatalog(locale, catalog)).toEqual(expected);
  });

  it('the library takes a plain-text override as written, and refuses the quoted one', () => {
    const problems: Problem[] = [];
    const library = createContentLibrary({
      defaultLocale: 'en',
      resources: { ...content, es: { notice: { alsoAvailable: 'Disponible también en otros idiomas.' } }, fr: { ...content.fr, notice: { unavailable: "Cette page n'existe pas en l'{requested} ; elle est proposée en {served}." } } },
      locales: ['en', 'es', 'fr'],
      onProblem: (p) => problems.push(p),
    });
    expect(library.alsoAvailable('both', 'es')?.text).toBe('Disponible también en otros idiomas.');
    expect(library.resolve('only', 'fr')?.notice?.text).toBe(plain.resolve('only', 'fr')?.notice?.text);
    expect(library.resolve('only', 'fr')?.notice?.text).not.toContain('{');
    expect(problems.map((p) => [p.code, p.locale, p.key])).toEqual([['INVALID_MESSAGE', 'fr', 'unavailable']]);
  });
});

describe('check and the library accept the same notice messages', () => {
  const messages: [key: string, message: string][] = [
    ...broken,
    ['unavailable', 'No está en {requested}; se muestra en {served}.'],
    ['unavailable', '{requestedCode, select, es {En {served}} other {Solo {served}}}'],
    ['outdated', 'Actualizado el {updated, date, long}: {served}.'],
    ['outdated', 'Actualizado el {updated}'],
    ['unavailable', '{requestedCode, plural, one {uno} other {otro}}'], // a code is no number: "other"
  ];

  it.each(messages)('es "%s": %j', async (key, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lc-validate-'));
    for (const [locale, data] of [['en', { articles: content.en.articles }], ['es', { notice: { '@@locale': 'es', [key]: message } }]] as const) {
      mkdirSync(path.join(dir, locale));
      for (const [namespace, value] of Object.entries(data)) writeFileSync(path.join(dir, locale, `${namespace}.json`), JSON.stringify(value, null, 2));
    }
    const checked = await checkTree(dir);
    const rejectedByCheck = checked.problems.some((p) => p.rule === 'invalid-message' && p.severity === 'error');
    const problems: Problem[] = [];
    const library = libraryWith(key, message, problems);
    library.resolve('only', 'es');
    library.alsoAvailable('both', 'es');
    library.switcher('only', 'es');
    const outdated = createContentLibrary({
      defaultLocale: 'en',
      resources: { en: { articles: { a: { ...article('New'), '@meta': { updated: '2021-09-17' } } } }, es: { articles: { a: { ...article('Viejo'), '@meta': { sourceHash: '0123456789abcdef' } } }, notice: { [key]: message } } },
      onProblem: (p) => problems.push(p),
    });
    outdated.resolve('a', 'es');
    expect(rejectedByCheck).toBe(problems.some((p) => p.code === 'INVALID_MESSAGE'));
  });
});

/**
 * Every plausible mistake of an integrator gets a clear answer: a `ConfigError` with a `code` at
 * creation, a reported problem, or simply the right result. Each row is one mistake; the message
 * must name the fix.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContentLibrary as createBundleLibrary } from '../../src/index.js';
import { createContentLibrary, requestLanguage, responseHeaders, switcherLinks, type Problem } from '../../src/index.node.js';
import { checkTree, loadResources } from '../../src/node/index.js';
import es from '../../src/catalogs/generated/es.js';
import * as esModule from '../../src/catalogs/generated/es.js';
import * as parserModule from '../../src/parser.js';
import * as i18nextModule from 'i18next';
import { cli } from '../helpers/cli.js';

const article = (title: string, body: string) => ({ title, date: '2021-09-17', body });
const site = {
  en: { articles: { report: article('Annual report', 'The year in figures.'), note: article('A note', 'Only in English.') } },
  fr: { articles: { report: { title: 'Rapport annuel' } } },
  de: { articles: { report: article('Jahresbericht', 'Das Jahr in Zahlen.') } },
  es: { articles: { report: article('Informe anual', 'El año en cifras.') } },
};

/** A locales folder written for one test, removed at the end. */
const roots: string[] = [];
function tree(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'lc-mistakes-'));
  roots.push(root);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), JSON.stringify(data, null, 2));
  }
  return root;
}
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const clean = () => tree({ 'en/articles.json': site.en.articles, 'fr/articles.json': site.fr.articles });

/** What a mistake led to: a thrown error, the problems reported, or the answer to check. */
type Outcome =
  | { readonly error: { readonly code?: string; readonly message: string } }
  | { readonly problems: readonly Problem[] }
  | { readonly answer: unknown; readonly message: string };

async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    const value = await run();
    return value as Outcome;
  } catch (error) {
    return { error: error as Error & { code?: string } };
  }
}

const problemsOf = (create: (onProblem: (p: Problem) => void) => unknown): Outcome => {
  const problems: Problem[] = [];
  create((p) => problems.push(p));
  return { problems };
};

const get = (path: string, headers: Record<string, string> = {}): Request => new Request(new URL(path, 'http://127.0.0.1'), { headers });

// [mistake, what happens, expected: ConfigError code | problem code | 'answer', the fix the message names]
const rows: [string, () => unknown, string, RegExp][] = [
  [
    "defaultLocale: 'en-US' with content under en/",
    () => problemsOf((onProblem) => createContentLibrary({ defaultLocale: 'en-US', resources: site, onProblem })),
    'DEFAULT_LOCALE_MATCHED',
    /set defaultLocale to en to say so/,
  ],
  [
    "defaultLocale: 'en-US': a French reader of a partial page gets the missing fields in English, not German",
    () => {
      const r = createContentLibrary({ defaultLocale: 'en-US', resources: site }).resolve('report', 'fr')!;
      return { answer: [r.entry.body, r.fieldLocales.body, r.notice?.kind], message: `body from ${r.fieldLocales.body}` };
    },
    'answer:The year in figures.|en|partial',
    /body from en/,
  ],
  [
    "defaultLocale: 'pt' when the content is in en, fr, de, es",
    () => createContentLibrary({ defaultLocale: 'pt', resources: site }),
    'DEFAULT_LOCALE_NOT_FOUND',
    /defaultLocale "pt" .*in en, fr, de, es; set defaultLocale to the language the entries are written in/,
  ],
  [
    "contentNamespace: 'article' (a typo)",
    () => createContentLibrary({ defaultLocale: 'en', resources: site, contentNamespace: 'article' }),
    'NAMESPACE_NOT_FOUND',
    /the namespaces found are articles\. Did you mean "articles"\?/,
  ],
  [
    "contentNamespace: 'posts' (no near name)",
    () => createContentLibrary({ defaultLocale: 'en', resources: site, contentNamespace: 'posts' }),
    'NAMESPACE_NOT_FOUND',
    /Set contentNamespace to the namespace that holds the entries/,
  ],
  [
    "a namespace that is not an object: { en: { articles: 'oops' } }",
    () => createContentLibrary({ defaultLocale: 'en', resources: { en: { articles: 'oops' } } }),
    'INVALID_RESOURCES',
    /resources\.en\.articles must be an object .*got a string/,
  ],
  [
    'a browser bundle without the catalog of a site language (es, fr)',
    () => problemsOf((onProblem) => createBundleLibrary({ defaultLocale: 'en', resources: site, onProblem })),
    'MISSING_CATALOG',
    /no notice catalog for fr, de, es: .*import fr from 'localized-content\/catalogs\/fr'; import de from 'localized-content\/catalogs\/de'; import es from 'localized-content\/catalogs\/es'; and pass catalogs: \[fr, de, es\]/,
  ],
  [
    'a browser bundle given es only, on an en/es/fr/de site',
    () => problemsOf((onProblem) => createBundleLibrary({ defaultLocale: 'en', resources: site, catalogs: [es], onProblem })),
    'MISSING_CATALOG',
    /no notice catalog for fr, de: .*pass catalogs: \[es, fr, de\]/,
  ],
  [
    "resolve(id, requestLanguage(…)) — the object, not its .requested",
    () => {
      const library = createContentLibrary({ defaultLocale: 'en', resources: site });
      const r = library.resolve('note', requestLanguage(get('/x', { 'accept-language': 'es' }), { locales: library.locales() }))!;
      return { answer: [r.uiLocale, r.locale, r.notice?.kind, r.notice?.locale], message: r.notice!.text };
    },
    'answer:es|en|unavailable|es',
    /no está disponible en español/,
  ],
  [
    'requestLanguage(req, { locales: library.locales }) — the function, not its result',
    () => {
      const library = createContentLibrary({ defaultLocale: 'en', resources: site });
      const lang = requestLanguage(get('/fr/articles/report'), { locales: library.locales });
      return { answer: [lang.requested, lang.source], message: `requested ${lang.requested.join()}` };
    },
    'answer:fr|path',
    /requested fr/,
  ],
  [
    'requestLanguage(req) without locales',
    () => requestLanguage(get('/x'), {} as never),
    'INVALID_OPTION',
    /\{ locales: library\.locales \}/,
  ],
  [
    'switcherLinks(items, { url }) without passing id again',
    () => {
      const library = createContentLibrary({ defaultLocale: 'en', resources: site });
      const hrefs = switcherLinks(library.switcher('report', 'fr'), { url: '/{locale}/articles/{id}' }).map((l) => l.href);
      return { answer: hrefs, message: hrefs.join(' ') };
    },
    'answer:/en/articles/report|/fr/articles/report|/de/articles/report|/es/articles/report',
    /\/fr\/articles\/report/,
  ],
  [
    'switcherLinks over items that carry no id, with {id} in the url',
    () => switcherLinks([{ locale: 'en' }] as never, { url: '/{locale}/articles/{id}' }),
    'INVALID_OPTION',
    /pass the items library\.switcher\(id, …\) returns, or \{ url, id \}/,
  ],
  [
    "resolve(id, 42): a value the types reject is no preference at run time, not a throw",
    () => {
      const r = createContentLibrary({ defaultLocale: 'en', resources: site }).resolve('report', 42 as never)!;
      return { answer: [r.requested, r.locale, r.match], message: 'no preference' };
    },
    'answer:|en|fallback',
    /no preference/,
  ],
  [
    "['es-MX', 'en'] on a Spanish site, entry in English only: match and notice agree",
    () => {
      const r = createContentLibrary({ defaultLocale: 'en', resources: site }).resolve('note', ['es-MX', 'en'])!;
      return { answer: [r.uiLocale, r.match, r.notice?.kind], message: r.notice!.text };
    },
    'answer:es|fallback|unavailable',
    /español/,
  ],
  [
    "outdated: 'source' and an out-of-date Spanish translation: the sentence says so, not \"not available\"",
    () => {
      const resources = {
        en: { articles: { a: { ...article('Title', 'Body'), '@meta': { updated: '2024-06-01' } } } },
        es: { articles: { a: { ...article('Título', 'Cuerpo'), '@meta': { sourceHash: 'from-an-older-source' } } } },
      };
      const r = createContentLibrary({ defaultLocale: 'en', resources, outdated: 'source' }).resolve('a', 'es')!;
      return { answer: [r.locale, r.notice?.kind, r.notice?.locale, r.notice?.text.includes('no está disponible')], message: r.notice!.text };
    },
    'answer:en|outdated|es|false',
    /^Esta página no está actualizada en español, por lo que se muestra en su idioma original \(inglés\)\.$/,
  ],
  [
    'a partial French page: Content-Language and fieldLocales name both languages',
    () => {
      const r = createContentLibrary({ defaultLocale: 'en', resources: site }).resolve('report', 'fr')!;
      const header = responseHeaders(r)['Content-Language']!;
      return { answer: [header, r.fieldLocales.title, r.fieldLocales.body], message: header };
    },
    'answer:fr, en|fr|en',
    /fr, en/,
  ],
  [
    'a locale folder named "spanish" (loadResources): left out and reported, the rest loads',
    async () => {
      const problems: { code: string; message: string }[] = [];
      const resources = await loadResources(tree({ 'en/articles.json': site.en.articles, 'spanish/articles.json': site.es.articles }), {
        onProblem: (problem) => problems.push(problem),
      });
      return { answer: [Object.keys(resources).join(','), problems.length, problems[0]?.code], message: problems[0]?.message ?? '' };
    },
    'answer:en|1|INVALID_LOCALE',
    /spanish.* is not a BCP 47 language tag \(rename it "es"\)/,
  ],
  [
    'a locale folder named "spanish" (check): an error with its path and position',
    async () => {
      const result = await checkTree(tree({ 'en/articles.json': site.en.articles, 'spanish/articles.json': site.es.articles }));
      const problem = result.problems.find((p) => p.rule === 'locale-folder')!;
      return { answer: [problem.severity, problem.file.endsWith('spanish/articles.json'), problem.line, problem.column], message: problem.message };
    },
    'answer:error|true|1|1',
    /folder "spanish" is not a BCP 47 language tag; rename it "es"/,
  ],
  [
    "catalogs: [es] after import * as es from 'localized-content/catalogs/es' (the module, not its default export)",
    () => createBundleLibrary({ defaultLocale: 'en', resources: site, catalogs: [esModule as never] }),
    'INVALID_CATALOG',
    /catalogs\[0\] is a module namespace \(import \* as …\), not the value it exports: import es from 'localized-content\/catalogs\/es' \(its default export\) and pass catalogs: \[es\], or pass es\.default/,
  ],
  [
    'a namespace given as a bundler-made module: resources.en.articles = { __esModule: true, default: {…} }',
    () => createContentLibrary({ defaultLocale: 'en', resources: { en: { articles: { __esModule: true, default: site.en.articles } } } }),
    'INVALID_OPTION',
    /resources\.en\.articles is a module namespace .*import data from '\.\/file\.json' with \{ type: 'json' \}/,
  ],
  [
    "parseMessage after import * as parser from 'localized-content/parser'",
    () => createBundleLibrary({ defaultLocale: 'en', resources: site, parseMessage: parserModule as never }),
    'INVALID_OPTION',
    /parseMessage is a module namespace .*import \{ parseMessage \} from 'localized-content\/parser'/,
  ],
  [
    "i18n after import * as i18next from 'i18next'",
    () => createContentLibrary({ defaultLocale: 'en', i18n: i18nextModule as never }),
    'INVALID_OPTION',
    /i18n is a module namespace .*import i18next from 'i18next' \(its default export\), initialize it, and pass i18n: i18next/,
  ],
  [
    "a catalog whose \"@@locale\" is 'spanish' (never reached by any reader)",
    () => createBundleLibrary({ defaultLocale: 'en', resources: site, catalogs: [{ ...es, '@@locale': 'spanish' }] }),
    'INVALID_CATALOG',
    /catalogs\[0\] has "@@locale": "spanish", which is not a BCP 47 language tag/,
  ],
  [
    "a catalog whose \"@@locale\" is 'es_mx'",
    () => createBundleLibrary({ defaultLocale: 'en', resources: site, catalogs: [{ ...es, '@@locale': 'es_mx' }] }),
    'INVALID_CATALOG',
    /which is not canonical; write "es-MX"/,
  ],
  ...(['check', 'status', 'resolve report es', 'stamp report fr'] as const).map((command): [string, () => unknown, string, RegExp] => [
    `localized-content ${command} --namespace article (a typo)`,
    async () => {
      const run = await cli([...command.split(' '), '--namespace', 'article', '--dir', clean()]);
      return { answer: [run.code, run.stdout], message: run.stderr };
    },
    'answer:1|',
    /namespace "article" holds no entries in any locale; the namespaces found are articles\. Did you mean "articles"\? \(NAMESPACE_NOT_FOUND\)/,
  ]),
];

describe('integrators’ mistakes: each gets a ConfigError with a code, a reported problem, or the right answer', () => {
  it('covers at least 15 mistakes', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  it.each(rows)('%s', async (_, run, expected, fix) => {
    const result = await outcome(run);
    if (expected.startsWith('answer:')) {
      expect(result).toHaveProperty('answer');
      const { answer, message } = result as { answer: unknown; message: string };
      const flat = (Array.isArray(answer) ? answer : [answer]).map((v) => (v === null || v === undefined ? '' : String(v))).join('|');
      expect(flat).toBe(expected.slice('answer:'.length));
      expect(message).toMatch(fix);
    } else if ('problems' in result) {
      const found = result.problems.filter((p) => p.code === expected);
      expect(found, `problems: ${JSON.stringify(result.problems)}`).toHaveLength(1);
      expect(found[0]!.message).toMatch(fix);
    } else {
      expect(result).toHaveProperty('error');
      const { error } = result as { error: { name?: string; code?: string; message: string } };
      expect(error.code, error.message).toBe(expected);
      expect(error.message).toMatch(fix);
    }
  });
});

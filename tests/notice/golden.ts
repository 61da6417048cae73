/**
 * Renders every notice a reader can see — every kind, in every label style, in every built-in
 * language — as Markdown, so that reviewers can read each sentence. `npm run golden` rewrites
 * docs/notices.md; a test compares, and another checks that nothing is missing.
 */
import { readdirSync, existsSync } from 'node:fs';
import { createContentLibrary } from '../../src/index.node.js';
import type { LabelStyle } from '../../src/index.js';

export const catalogLocales = readdirSync(new URL('../../locales/', import.meta.url))
  .filter((l) => existsSync(new URL(`../../locales/${l}/notice.json`, import.meta.url)))
  .sort();

const STYLES: readonly LabelStyle[] = ['localized', 'autonym', 'english-autonym'];

/** Dates of the source's last update: the first of a month (ordinals: "1er", "1º", "1η"), and another day. */
const DATES = ['2021-10-01', '2021-09-20'] as const;

/** Languages the "also available" lists take their items from, in this order (the reader's own is skipped). */
const LIST_LANGUAGES = ['en', 'fr', 'ar', 'zh', 'es', 'ru'];
const LIST_LENGTHS = [1, 2, 4] as const;

/** Pairs of one language in two scripts, shown in the sections of both catalogs concerned. */
const SCRIPT_PAIRS: Readonly<Record<string, string>> = { 'zh-Hant': 'zh', zh: 'zh-Hant', sr: 'sr-Latn' };

const text = (title: string) => ({ title, body: `<p>${title}.</p>` });
const sourceOf = (reader: string) => (reader === 'en' ? 'fr' : 'en');
const listFor = (reader: string, length: number) => LIST_LANGUAGES.filter((l) => l !== reader).slice(0, length);

/**
 * A site in every catalog language. For each source language (English; French for English readers)
 * one entry per situation, and per reader lists of one, two and four other languages.
 */
function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const locales = [...new Set([...catalogLocales, ...LIST_LANGUAGES, 'sr-Latn'])];
  const res: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const locale of locales) res[locale] = { articles: {} };
  const put = (locale: string, id: string, value: unknown) => (res[locale]!.articles![id] = value);
  for (const source of ['en', 'fr']) {
    const meta = (extra: object) => ({ '@meta': { source, ...extra } });
    put(source, `${source}-only`, { ...text('Source'), ...meta({}) });
    put(source, `${source}-partial`, { ...text('Source'), ...meta({}) });
    put(source, `${source}-undated`, { ...text('Source'), ...meta({}) });
    for (const date of DATES) put(source, `${source}-outdated-${date}`, { ...text('Source'), ...meta({ updated: date }) });
    for (const locale of catalogLocales) {
      if (locale === source) continue;
      put(locale, `${source}-partial`, { title: 'T' });
      const stale = { ...text('Old'), '@meta': { sourceHash: '0000000000000000' } };
      put(locale, `${source}-undated`, stale);
      for (const date of DATES) put(locale, `${source}-outdated-${date}`, stale);
    }
  }
  for (const reader of catalogLocales) {
    for (const length of LIST_LENGTHS) {
      const id = `${reader}-list-${length}`;
      for (const locale of [reader, ...listFor(reader, length)]) put(locale, id, { ...text('List'), '@meta': { source: reader } });
    }
  }
  for (const [reader, other] of Object.entries(SCRIPT_PAIRS)) {
    put(other, `${other}-script-only`, { ...text('Script'), '@meta': { source: other } });
    put(other, `${other}-script-partial`, { ...text('Script'), '@meta': { source: other } });
    put(reader, `${other}-script-partial`, { title: 'T' });
  }
  return res;
}

/** Isolates made visible: they are invisible characters that decide how mixed-direction text is laid out. */
function showIsolates(notice: string): string {
  return notice.replaceAll('\u2068', '[FSI]').replaceAll('\u2069', '[PDI]').replaceAll('\u2066', '[LRI]').replaceAll('\u2067', '[RLI]');
}

const englishName = (tag: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;

/** The rows of one (reader, style): `[kind, what, text]`. */
function rows(reader: string, style: LabelStyle, libs: ReturnType<typeof libraries>): [string, string, string | undefined][] {
  const { lib, sourceServed } = libs[style];
  const source = sourceOf(reader);
  const sourceName = englishName(source);
  const notice = (id: string) => lib.resolve(id, reader)?.notice?.text;
  const out: [string, string, string | undefined][] = [
    ['unavailable', `shown in ${sourceName}`, notice(`${source}-only`)],
    ['partial', `untranslated parts in ${sourceName}`, notice(`${source}-partial`)],
    ...DATES.map((date): [string, string, string | undefined] => ['outdated', `source updated ${date}`, notice(`${source}-outdated-${date}`)]),
    ['outdatedUndated', 'source changed, no date', notice(`${source}-undated`)],
    ['outdated, source served', `site option outdated: 'source'; the ${sourceName} source is shown`, sourceServed.resolve(`${source}-outdated-${DATES[0]}`, reader)?.notice?.text],
    ...LIST_LENGTHS.map((length): [string, string, string | undefined] => [
      'alsoAvailable',
      `${length} language${length === 1 ? '' : 's'}`,
      lib.alsoAvailable(`${reader}-list-${length}`, reader)?.text,
    ]),
    ['fallbackLabel', `switcher note, ${sourceName} shown`, lib.switcher(`${source}-only`, reader)?.find((item) => item.locale === reader)?.note?.text],
  ];
  const other = SCRIPT_PAIRS[reader];
  if (other !== undefined) {
    out.push(['unavailable', `other script: only ${englishName(other)}`, notice(`${other}-script-only`)]);
    out.push(['partial', `other script: untranslated parts in ${englishName(other)}`, notice(`${other}-script-partial`)]);
  }
  return out;
}

function libraries() {
  const res = resources();
  const locales = Object.keys(res);
  const make = (labelStyle: LabelStyle, outdated: 'translation' | 'source') =>
    createContentLibrary({ defaultLocale: 'en', resources: res, labelStyle, locales, outdated });
  return Object.fromEntries(STYLES.map((style) => [style, { lib: make(style, 'translation'), sourceServed: make(style, 'source') }])) as Record<
    LabelStyle,
    { lib: ReturnType<typeof make>; sourceServed: ReturnType<typeof make> }
  >;
}

/** The whole golden document. */
export function renderGolden(): string {
  const libs = libraries();
  const lines = [
    '# Every notice, in every built-in language',
    '',
    'Generated by `npm run golden` from `locales/<locale>/notice.json`; a test checks that it is current,',
    'and that every kind of notice appears in every label style for every catalog.',
    '',
    'One section per reader language, one list per label style (`localized`, `autonym`,',
    '`english-autonym`). Each line is `kind` (situation): the notice text. The source is English (French',
    `for English readers); outdated sources were updated on ${DATES.join(' and ')}. "Also available" lists`,
    'one, two and four other languages. Invisible bidirectional isolates around language labels are',
    'shown as [FSI] … [PDI].',
    '',
  ];
  for (const reader of catalogLocales) {
    const dir = libs.localized.lib.reader(reader).dir;
    lines.push(`## ${reader} — ${englishName(reader)} (${dir})`, '');
    for (const style of STYLES) {
      lines.push(`### ${reader}, ${style}`, '');
      for (const [kind, what, notice] of rows(reader, style, libs)) {
        lines.push(`- **${kind}** (${what}): ${notice === undefined ? '*(none)*' : showIsolates(notice)}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

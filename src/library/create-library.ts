/**
 * createContentLibrary: wires the content store, negotiation and notices together, and resolves an
 * entry for a reader. Data flows one way: request → reader (negotiation) → version (content) →
 * notice → result.
 *
 * Nothing here changes shared state per request: a reader's language is an argument, never an
 * instance setting, so one library serves concurrent requests in different languages.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { ContentStore, type Alternate, type EntryRecord } from '../content/store.js';
import type { FieldFormat } from '../content/field-formats.js';
import { chooseVersion } from '../content/choose-version.js';
import { noticeFor } from '../notice/choose-notice.js';
import { type Config, type ContentLibraryOptions } from '../options.js';
import { readPlainOptions } from './plain-options.js';
import type { MatchKind } from '../negotiation/index.js';
import { canonicalizeTag } from '../negotiation/index.js';
import { catalogList, NoticeMessages, withLastResort, type CatalogSource, type ParseMessage } from '../notice/catalogs.js';
import type { CreateFormatEngine } from '../notice/message.js';
import { directionOf, type Direction } from '../locale/direction.js';
import { NoticeFormatter, type FormattedMessage, type Notice } from '../notice/format.js';
import { autonym } from '../locale/names.js';
import type { Problem } from '../problems.js';
import { Readers } from '../reader/readers.js';
import { ContentLoader, type LoadResult } from './content-loader.js';
import { matchContent } from './match-content.js';
import { missingCatalogs } from '../notice/missing-catalogs.js';
import type { Requested } from '../reader/requested.js';

/** An entry's fields when no type is given: field name → value, as stored. */
export type EntryFields = Readonly<Record<string, unknown>>;

/**
 * The locale each field of an entry came from: the served locale, except in a partial version,
 * whose missing text fields come from the source (`{ title: 'fr', body: 'en' }`). Fields that are
 * not text (dates, numbers) carry no language and are labelled with the served locale.
 */
export type FieldLocales<Entry = EntryFields> = { readonly [Field in keyof Entry]: string };

/**
 * The format of each field of an entry that declares one (`{ body: 'markdown' }`), as the version
 * the field came from declares it (`@meta.fieldFormats`; the Node loader declares the body of a
 * `<id>.md` file). A field not listed is plain text or HTML, served as stored.
 */
export type FieldFormats<Entry = EntryFields> = { readonly [Field in keyof Entry]?: FieldFormat };

/** What `resolve` returns for a known entry; `Entry` is the entry type given to `createContentLibrary<Entry>`. */
export interface Resolution<Entry = EntryFields> {
  /** The entry id. */
  readonly id: string;
  /** The reader's first valid preference, canonical (`'es-MX'`), or `null`. */
  readonly requested: string | null;
  /** The reader's site language: the notice and the page chrome use it. */
  readonly uiLocale: string;
  /** The locale of the content served. */
  readonly locale: string;
  /**
   * How the content's locale relates to the reader's language: `'exact'` (the same locale),
   * `'variant'` (the same language, another region or script) or `'fallback'` (another language, or
   * no preference). The reader's language is the preference that chose their site language
   * (`uiLocale`), else their first. See docs/negotiation.md.
   */
  readonly match: MatchKind;
  /** The entry's fields as served (metadata removed, missing fields taken from the source). */
  readonly entry: Entry;
  /** The locale each field of `entry` came from: differs from `locale` only in a partial version. */
  readonly fieldLocales: FieldLocales<Entry>;
  /** The format of each field that declares one: `{ body: 'markdown' }` for a Markdown body, rendered by the site. */
  readonly fieldFormats: FieldFormats<Entry>;
  /** Why the reader sees something other than a current version in their language, or `null`. */
  readonly notice: Notice | null;
  /** Every locale the entry is available in. */
  readonly alternates: readonly Alternate[];
  /** Direction of the content. */
  readonly dir: Direction;
}

/** A reader's languages as the library sees them: for page chrome before any entry is resolved. */
export interface ReaderInfo {
  readonly requested: string | null;
  readonly uiLocale: string;
  readonly dir: Direction;
  /** The catalog the reader's notices are written in, or `null` when no catalog is configured. */
  readonly noticeLocale: string | null;
}

/** One language in a language switcher for an entry. */
export interface SwitcherItem {
  /** The entry the switcher is for (so that links can be built from the items alone). */
  readonly id: string;
  /** The site language this link switches to. */
  readonly locale: string;
  /** Its own name ("Español"). */
  readonly label: string;
  readonly dir: Direction;
  /** True for the reader's current site language. */
  readonly current: boolean;
  /** The locale a reader choosing it would be served. */
  readonly served: string;
  /** "(in English)" in the reader's language when choosing it would show another language; else `null`. */
  readonly note: FormattedMessage | null;
}

/**
 * A content library. `requested` is the reader's language in any form {@link Requested} allows;
 * anything else is read as "no preference" at run time, never thrown on.
 */
export interface ContentLibrary<Entry = EntryFields> {
  /**
   * Resolves entry `id` for a reader. Returns `null` for an unknown id; never throws on any input.
   *
   * @example
   * const r = library.resolve('wco-uncac-2021', requestLanguage(request, { locales: library.locales() }));
   */
  resolve(id: string, requested?: Requested): Resolution<Entry> | null;
  /** The reader's site language and notice language, for pages that are not an entry. */
  reader(requested?: Requested): ReaderInfo;
  /** A language switcher for entry `id`: every site language, the reader's marked, fallbacks noted. */
  switcher(id: string, requested?: Requested): SwitcherItem[] | null;
  /** "This page is also available in: …", in the reader's language, naming the entry's other languages. */
  alsoAvailable(id: string, requested?: Requested): FormattedMessage | null;
  /** The site's languages, in order. */
  locales(): readonly string[];
  /** Every entry id in the content namespace. */
  ids(): string[];
  /** The entry's versions and their status, or `null` for an unknown id. */
  entry(id: string): EntryRecord | null;
  /**
   * Loads, through the i18next instance's backend, what resolving for this reader may need: the
   * site languages their preferences reach, their site language's fallback chain and the default,
   * each once (later calls for a loaded locale read nothing). Never rejects: a locale that cannot be
   * read is reported as a problem and listed in `failed`, and `resolve` serves what is loaded.
   * Without a backend, everything is in memory already and nothing is read.
   *
   * @example
   * await library.load(req.headers['accept-language']);
   * const r = library.resolve('budget-2025', req.headers['accept-language']);
   */
  load(requested?: Requested): Promise<LoadResult>;
  /** Reads `locales` again (default: every loaded one); a failed read keeps the content held before. */
  reload(locales?: readonly string[]): Promise<LoadResult>;
  /** Drops `locales` from memory; a later `load` reads them again. */
  unload(locales: readonly string[]): LoadResult;
  /** Recent problems found while serving (newest last). */
  problems(): readonly Problem[];
  readonly defaultLocale: string;
  /** The i18next instance holding the content (the one passed in, or one created from `resources`). */
  readonly i18n: I18n;
  /**
   * Detaches the library from its i18next instance (removes its listeners). Call it when a library
   * made on a shared instance is no longer used; it keeps answering, but no longer follows changes
   * to the store. A library dropped without it is detached when garbage-collected.
   */
  dispose(): void;
}

const PROBLEMS_KEPT = 100;

function createI18n(config: Config, options: ContentLibraryOptions): I18n {
  if (options.i18n !== undefined) return options.i18n;
  const instance = i18next.createInstance();
  // A private instance: its language is never used, since every lookup names its locale.
  void instance.init({
    resources: options.resources as Record<string, Record<string, never>>,
    initAsync: false,
    fallbackLng: false,
    ns: [config.contentNamespace, config.noticeNamespace],
    defaultNS: config.contentNamespace,
  });
  return instance;
}

/**
 * The languages an instance with a backend declares (`supportedLngs`), before any is loaded. The
 * `cimode` i18next adds is no language tag (a language subtag has at most 3 letters), so it is left out.
 */
function declaredLocales(i18n: I18n): string[] {
  return tags(i18n.options?.supportedLngs);
}

function storeLocales(i18n: I18n): string[] {
  // A key that is no canonical language tag (i18next accepts any) is never a site language: it
  // could carry markup, and a valid but non-canonical one (`pt_BR`) is no tag Intl accepts.
  return Object.keys(i18n.store?.data ?? {}).filter((locale) => locale !== 'cimode' && locale !== 'dev' && canonicalizeTag(locale) === locale);
}

/** The valid tags of a list, canonical; anything else is left out. */
function tags(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((locale) => [canonicalizeTag(locale) ?? []].flat());
}

/**
 * Detaches listeners of libraries that were dropped without `dispose()` from a shared instance:
 * the registry holds the token every method of a library reaches (its `sync`), so the token dies
 * with the last method. Only for a shared instance: the registry holds `detach`, and with it the
 * instance, until it has run, a task after the collection, so a library on its own instance
 * registered there would keep its whole content alive that long (a loop making one per page grew
 * by every page's content).
 */
const detachDropped = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<() => void>((detach) => detach()) : undefined;

/**
 * Listens to the store for changes (counted into `changes`) and to the instance for failed loads
 * (reported: i18next keeps the last good content, and the failure should not be only logged).
 * The listeners hold `changes` and `report` only. Returns the function that removes them.
 */
function attachListeners(i18n: I18n, changes: { count: number }, report: (problem: Problem) => void, owner: object | undefined): () => void {
  const changed = (): void => {
    changes.count++;
  };
  const failed = (locale: string, namespace: string, cause: unknown): void => {
    report({ code: 'RELOAD_FAILED', message: `loading namespace "${namespace}" for ${locale} failed; the content loaded before is still served`, locale, key: namespace, cause });
  };
  i18n.store?.on('added', changed);
  i18n.store?.on('removed', changed);
  i18n.on?.('failedLoading', failed);
  let attached = true;
  const token = {};
  const detach = (): void => {
    if (!attached) return;
    attached = false;
    detachDropped?.unregister(token);
    // Always with the listener: i18next's off(event) without one removes every listener of the event.
    i18n.store?.off?.('added', changed);
    i18n.store?.off?.('removed', changed);
    i18n.off?.('failedLoading', failed);
  };
  if (owner !== undefined) detachDropped?.register(owner, detach, token);
  return detach;
}

/**
 * The library's record of problems, made outside createLibrary's scope: i18next's listeners hold
 * `report`, and a closure made inside createLibrary would hold the whole library with it.
 */
function problemLog(onProblem: ((problem: Problem) => void) | undefined): { problems: Problem[]; report: (problem: Problem) => void } {
  const problems: Problem[] = [];
  const report = (problem: Problem): void => {
    problems.push(problem);
    if (problems.length > PROBLEMS_KEPT) problems.shift();
    onProblem?.(problem);
  };
  return { problems, report };
}

/** What an entry point provides: its built-in catalogs, a message parser if it carries one, and intl-messageformat. */
export interface Platform {
  readonly builtins: CatalogSource;
  /** The locales of every catalog the package has (a bundle imports them one by one). */
  readonly packaged: readonly string[];
  readonly parse?: ParseMessage | undefined;
  readonly engine: CreateFormatEngine;
}

/** @internal Used by the package entries, which differ only in what their `Platform` carries. */
export function createLibrary<Entry = EntryFields>(options: ContentLibraryOptions, { builtins, packaged, parse, engine }: Platform): ContentLibrary<Entry> {
  const given = readPlainOptions(options);
  const i18n = createI18n(given, options);
  const { problems, report } = problemLog(options.onProblem);

  const loader = new ContentLoader({ i18n, contentNamespace: given.contentNamespace, noticeNamespace: given.noticeNamespace, report });
  // Content in memory is checked against the options now; content a backend reads comes later.
  const config = loader.active ? given : matchContent(given, i18n.store?.data ?? {}, report);

  let siteLocales: readonly string[] | undefined;
  const locales = (): readonly string[] => {
    sync();
    if (config.locales !== undefined) return config.locales;
    if (siteLocales === undefined) {
      // With a backend, the site's languages are those it declares, loaded or not.
      const found = [...new Set([...(loader.active ? declaredLocales(i18n) : []), ...storeLocales(i18n)])];
      siteLocales = Object.freeze([config.defaultLocale, ...found.filter((l) => l !== config.defaultLocale)]);
    }
    return siteLocales;
  };

  const store = new ContentStore(i18n, config.contentNamespace, config.defaultLocale, locales, report);
  const noticeData = (locale: string) => i18n.store?.data?.[locale]?.[config.noticeNamespace] as Record<string, unknown> | undefined;
  const messages = new NoticeMessages({
    // English stays the last resort even when a page passes only its own languages' catalogs.
    builtins: config.catalogs !== undefined ? withLastResort(catalogList(config.catalogs), builtins, 'en') : builtins,
    overrides: noticeData,
    overrideLocales: () => storeLocales(i18n).filter((locale) => noticeData(locale) !== undefined),
    report,
    lastResort: 'en',
    parse: options.parseMessage ?? parse,
    engine,
  });
  const notices = new NoticeFormatter(messages, config.labelStyle);
  const readers = new Readers({
    config,
    siteLocales: locales,
    contentLocales: () => store.locales(),
    catalogLocales: () => messages.locales(),
  });

  // Content added, removed or reloaded in the store is served from the next request on. The
  // listeners only count changes, and every method compares the count first (sync): so a listener
  // holds a counter, never the library, and a library dropped without dispose() can be collected.
  const changes = { count: 0 };
  let seen = 0;
  const sync = (): void => {
    if (changes.count === seen) return;
    seen = changes.count;
    siteLocales = undefined;
    store.invalidate();
    messages.invalidate();
    notices.invalidate();
    readers.invalidate();
  };
  // A library's own instance dies with it, listeners and all: only a shared one is registered.
  const detach = attachListeners(i18n, changes, report, options.i18n === undefined ? undefined : sync);
  // Site languages whose readers would get notices in English with no warning: said once, now.
  const uncatalogued = missingCatalogs(locales(), messages.locales(), packaged);
  if (uncatalogued !== null) report(uncatalogued);

  const skipOutdated = config.outdated === 'source';

  /** A fresh object per call: callers may add to it or change it without affecting the next request. */
  function resolve(id: unknown, requested?: unknown): Resolution<Entry> | null {
    sync();
    if (typeof id !== 'string') return null;
    const record = store.get(id);
    if (record === undefined) return null;
    const reader = readers.get(requested);
    const version = chooseVersion(record, reader, skipOutdated);
    const facts = reader.facts(version.locale);
    // The common case, content in the reader's own language and current, needs no notice work.
    const plain = facts.sameScript && (version.status === 'source' || version.status === 'translated');
    return {
      id,
      requested: reader.requested,
      uiLocale: reader.uiLocale,
      locale: version.locale,
      match: facts.match,
      // The stored fields are the caller's data; `Entry` is the caller's word for their shape.
      entry: version.entry as Entry,
      fieldLocales: version.fieldLocales as FieldLocales<Entry>,
      fieldFormats: version.fieldFormats,
      notice: plain ? null : noticeFor(record, version, facts, reader, notices, skipOutdated),
      alternates: record.alternates,
      dir: facts.dir,
    };
  }

  function switcher(id: unknown, requested?: unknown): SwitcherItem[] | null {
    const current = resolve(id, requested);
    if (current === null) return null;
    const noticeLocale = readers.get(requested).noticeLocale;
    return locales().map((locale) => {
      const served = resolve(id, locale)!.locale;
      // The facts a reader of `locale` already holds for `served`: same script, and how to name it.
      const facts = readers.get(locale).facts(served);
      const other = facts.sameScript ? null : facts.labels[1];
      const note = other === null || noticeLocale === null ? null : (notices.format('fallbackLabel', noticeLocale, { language: other }) ?? null);
      return { id: current.id, locale, label: autonym(locale), dir: directionOf(locale), current: locale === current.uiLocale, served, note };
    });
  }

  function alsoAvailable(id: unknown, requested?: unknown): FormattedMessage | null {
    const current = resolve(id, requested);
    const noticeLocale = readers.get(requested).noticeLocale;
    if (current === null || noticeLocale === null) return null;
    const others = current.alternates.filter((a) => a.locale !== current.locale).map((a) => a.locale);
    if (others.length === 0) return null;
    // The labels in the library's style, joined as the catalog joins lists; `count` lets a catalog say
    // "in French" for one language and "in the following languages:" for several.
    return notices.format('alsoAvailable', noticeLocale, { languages: others }, { count: others.length }) ?? null;
  }

  return {
    resolve,
    switcher,
    alsoAvailable,
    reader(requested?: unknown): ReaderInfo {
      sync();
      const r = readers.get(requested);
      return { requested: r.requested, uiLocale: r.uiLocale, dir: directionOf(r.uiLocale), noticeLocale: r.noticeLocale };
    },
    locales,
    ids: () => (sync(), store.ids()),
    entry: (id: unknown) => (sync(), typeof id === 'string' ? (store.get(id) ?? null) : null),
    dispose: detach,
    load: (requested?: unknown) => loader.load(readers.get(requested).candidates(locales())),
    reload: (list?: readonly string[]) => loader.load(list === undefined ? store.locales() : tags(list), true),
    unload: (list: readonly string[]) => loader.unload(tags(list)),
    problems: () => [...problems],
    defaultLocale: config.defaultLocale,
    i18n,
  };
}

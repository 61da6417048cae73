/**
 * The options of `createContentLibrary`, checked once at creation: a bad configuration throws a
 * `ConfigError` naming the option, so that mistakes surface at start-up rather than per request.
 */
import type { i18n as I18n } from 'i18next';
import { ConfigError, type ErrorCode } from './errors.js';
import type { NoticeCatalog, ParseMessage } from './notice/catalogs.js';
import { LABEL_STYLES, type LabelStyle } from './notice/labels.js';
import { canonicalizeTag } from './negotiation/index.js';
import { isPlainObject } from './content/fields.js';
import type { Problem } from './problems.js';
import { typeInWords } from './text/type-in-words.js';

/** i18next's resource shape: `{ [locale]: { [namespace]: data } }`. */
export type Resources = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface ContentLibraryOptions {
  /** The site's default language, also the usual source language of entries. */
  readonly defaultLocale: string;
  /** Content and messages in i18next's resource shape. Give this or `i18n`. */
  readonly resources?: Resources;
  /** An existing i18next instance whose store holds the content; its language is never changed. */
  readonly i18n?: I18n;
  /** The site's languages, in order. Default: every locale in the resources. */
  readonly locales?: readonly string[];
  /** Fallback chains per language, e.g. `{ ca: ['es'], default: ['en'] }`. */
  readonly fallbacks?: Readonly<Record<string, readonly string[]>>;
  /** The namespace holding content entries. Default `'articles'`. */
  readonly contentNamespace?: string;
  /** The namespace holding a site's notice overrides. Default `'notice'`. */
  readonly noticeNamespace?: string;
  /** How languages are named in notices. Default `'localized'`. */
  readonly labelStyle?: LabelStyle;
  /** The notice catalogs to use. Default: every built-in one in Node, English alone in a bundle. */
  readonly catalogs?: readonly NoticeCatalog[];
  /** What to serve when a translation is older than its source. Default `'translation'` (with a notice). */
  readonly outdated?: 'translation' | 'source';
  /** Called with each problem found while serving (a broken override, a failed reload). */
  readonly onProblem?: (problem: Problem) => void;
  /**
   * Parses notice messages written as text (a site's `notice` overrides). Node loads one when first needed;
   * bundles carry no parser unless given one: `import { parseMessage } from 'localized-content/parser'`.
   */
  readonly parseMessage?: ParseMessage;
}

const KNOWN = new Set([
  'defaultLocale', 'resources', 'i18n', 'locales', 'fallbacks', 'contentNamespace', 'noticeNamespace',
  'labelStyle', 'catalogs', 'outdated', 'onProblem', 'parseMessage',
]);

/** Options after checking, with tags canonical and defaults filled in. */
export interface Config {
  readonly defaultLocale: string;
  readonly locales: readonly string[] | undefined;
  readonly fallbacks: ReadonlyMap<string, readonly string[]>;
  readonly contentNamespace: string;
  readonly noticeNamespace: string;
  readonly labelStyle: LabelStyle;
  readonly catalogs: readonly NoticeCatalog[] | undefined;
  readonly outdated: 'translation' | 'source';
}

/** Throws the `ConfigError` for a bad option; `message` says what is wrong, after the function's name. */
export function refuseOption(message: string, code: ErrorCode = 'INVALID_OPTION', options?: { cause?: unknown }): never {
  throw new ConfigError(code, `createContentLibrary: ${message}`, options);
}

function tag(value: unknown, where: string): string {
  const canonical = canonicalizeTag(value);
  if (canonical === undefined) refuseOption(`${where} is not a valid BCP 47 language tag: ${JSON.stringify(value)}`, 'INVALID_LOCALE');
  return canonical;
}

function tagList(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) refuseOption(`${where} must be an array of language tags`);
  return value.map((item, i) => tag(item, `${where}[${i}]`));
}

function name(value: unknown, option: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value === '') refuseOption(`${option} must be a non-empty string`);
  return value;
}

export function readOptions(options: ContentLibraryOptions): Config {
  if (!isPlainObject(options)) refuseOption('options must be an object');
  for (const key of Object.keys(options)) if (!KNOWN.has(key)) refuseOption(`unknown option "${key}"`);
  const defaultLocale = tag(options.defaultLocale, 'defaultLocale');
  if (options.resources === undefined && options.i18n === undefined) refuseOption('give resources or i18n');
  if (options.resources !== undefined && options.i18n !== undefined) refuseOption('give resources or i18n, not both');
  if (options.resources !== undefined) {
    if (!isPlainObject(options.resources)) refuseOption('resources must be an object { [locale]: { [namespace]: data } }');
    for (const [locale, namespaces] of Object.entries(options.resources)) {
      const canonical = tag(locale, `resources key "${locale}"`);
      if (canonical !== locale) refuseOption(`resources key "${locale}" is not canonical; write "${canonical}"`);
      if (!isPlainObject(namespaces)) refuseOption(`resources.${locale} must be an object of namespaces`);
      for (const [namespace, data] of Object.entries(namespaces)) {
        // i18next would accept it and the library would find no entries in it: say so now.
        if (!isPlainObject(data)) {
          refuseOption(`resources.${locale}.${namespace} must be an object ({ "<id>": { …fields } } for content, { "<key>": "<message>" } for notices); got ${typeInWords(data)}`, 'INVALID_RESOURCES');
        }
      }
    }
  }
  if (options.i18n !== undefined && typeof options.i18n?.store !== 'object') refuseOption('i18n must be an initialized i18next instance (it has no store)');
  const locales = options.locales === undefined ? undefined : tagList(options.locales, 'locales');
  if (locales !== undefined && !locales.includes(defaultLocale)) refuseOption(`locales must include defaultLocale "${defaultLocale}"`);
  const fallbacks = new Map<string, readonly string[]>();
  if (options.fallbacks !== undefined) {
    if (!isPlainObject(options.fallbacks)) refuseOption('fallbacks must be an object such as { ca: ["es"], default: ["en"] }');
    for (const [key, chain] of Object.entries(options.fallbacks)) {
      const from = key === 'default' ? key : tag(key, `fallbacks key "${key}"`);
      fallbacks.set(from, Object.freeze(tagList(chain, `fallbacks.${key}`)));
    }
  }
  const labelStyle = options.labelStyle ?? 'localized';
  if (!LABEL_STYLES.includes(labelStyle)) refuseOption(`labelStyle must be one of ${LABEL_STYLES.join(', ')}; got ${JSON.stringify(labelStyle)}`);
  let catalogs: NoticeCatalog[] | undefined;
  if (options.catalogs !== undefined) {
    if (!Array.isArray(options.catalogs)) refuseOption('catalogs must be an array of notice catalogs');
    catalogs = options.catalogs.map((catalog, i) => {
      if (!isPlainObject(catalog) || typeof catalog['@@locale'] !== 'string') {
        refuseOption(`catalogs[${i}] is not a notice catalog (an object with "@@locale")`, 'INVALID_CATALOG');
      }
      // A catalog under a name no reader's language can reach would never be used, without a word.
      const locale = catalog['@@locale'];
      const canonical = canonicalizeTag(locale);
      if (canonical !== locale) {
        refuseOption(`catalogs[${i}] has "@@locale": ${JSON.stringify(locale)}, ${canonical === undefined ? 'which is not a BCP 47 language tag' : `which is not canonical; write "${canonical}"`}`, 'INVALID_CATALOG');
      }
      return catalog as NoticeCatalog;
    });
  }
  const outdated = options.outdated ?? 'translation';
  if (outdated !== 'translation' && outdated !== 'source') refuseOption(`outdated must be "translation" or "source"`);
  if (options.onProblem !== undefined && typeof options.onProblem !== 'function') refuseOption('onProblem must be a function');
  if (options.parseMessage !== undefined && typeof options.parseMessage !== 'function') refuseOption('parseMessage must be a function');
  return {
    defaultLocale,
    locales: locales && Object.freeze([...new Set(locales)]),
    fallbacks,
    contentNamespace: name(options.contentNamespace, 'contentNamespace', 'articles'),
    noticeNamespace: name(options.noticeNamespace, 'noticeNamespace', 'notice'),
    labelStyle,
    catalogs,
    outdated,
  };
}

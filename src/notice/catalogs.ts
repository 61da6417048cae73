/**
 * Notice catalogs: the built-in ones (data in `locales/<locale>/notice.json`) and a site's own
 * `notice` namespace, which overrides any message per key and may add languages.
 *
 * Messages are ICU MessageFormat, compiled once per (locale, key) with intl-messageformat. A site
 * override that does not compile falls back to the built-in message and is reported as a problem:
 * a typo in a catalog must never take a page down.
 */
import { isUnknownNoticeKey } from './unknown-notice-key.js';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Problem } from '../problems.js';
import { errorMessage } from '../errors.js';
import { negotiate } from '../negotiation/index.js';
import type { CompiledFormat, CreateFormatEngine } from './message.js';
import type { ListPatterns } from './list-parts.js';
import { readCatalogSetting } from './catalog-settings.js';
import { validateMessage } from './validate-message.js';

/** The messages every catalog provides. */
export const NOTICE_KEYS = ['unavailable', 'partial', 'outdated', 'outdatedUndated', 'outdatedSource', 'alsoAvailable', 'fallbackLabel'] as const;
export type NoticeKey = (typeof NOTICE_KEYS)[number];

const LANGS = ['requested', 'served', 'original'];
const withCodes = (names: string[]) => new Set([...names, ...names.map((name) => `${name}Code`)]);

/**
 * The arguments each message may use; a site override using others is rejected (it could not be filled).
 *
 * - `requested`, `served`, `original`, `language`: language labels; `…Code`: the bare language code, to `select` on.
 * - `sameLanguage`: `yes` when the two languages named differ only in script (Traditional and Simplified
 *   Chinese, Latin and Cyrillic Serbian), else `no`: a catalog then says "in Simplified characters", not
 *   "in another language".
 * - `updated`: the source's update date (`{updated, date, long}` or a skeleton, always in UTC), and
 *   `updatedDay`, `updatedMonth`, `updatedYear`: its day, month (1–12) and year as numbers, for languages
 *   whose dates ICU cannot write ("1er octobre", "ngày 20 tháng 9 năm 2021").
 * - `languages`: the joined list of labels; `count`: how many, for `plural`.
 */
export const NOTICE_ARGUMENTS: Readonly<Record<NoticeKey, ReadonlySet<string>>> = {
  unavailable: new Set([...withCodes(LANGS), 'sameLanguage']),
  partial: new Set([...withCodes(LANGS), 'sameLanguage']),
  outdated: new Set([...withCodes(LANGS), 'updated', 'updatedDay', 'updatedMonth', 'updatedYear']),
  outdatedUndated: withCodes(LANGS),
  outdatedSource: withCodes(LANGS),
  alsoAvailable: new Set(['languages', 'count']),
  fallbackLabel: withCodes(['language']),
};

/** How a catalog writes labels and lists, from its `@@labelSeparator`, `@@listPatterns` and `@@namesInSentence`. */
export interface CatalogTypography {
  /** Between "English name" and "autonym" in `english-autonym` labels. */
  readonly labelSeparator: string | undefined;
  readonly listPatterns: ListPatterns | undefined;
  /** Language names start lowercase inside a sentence (`"@@namesInSentence": "lowercase"`). */
  readonly lowercaseNames: boolean;
}

/**
 * One catalog, as in `locales/<locale>/notice.json`: `@@locale`, the messages, and optional
 * `@`-prefixed translator notes (ignored here). Built-in catalogs also carry `@@names`: CLDR's
 * names of common site languages in the catalog's language (see labels.ts).
 */
export interface NoticeCatalog {
  readonly '@@locale': string;
  readonly [key: string]: unknown;
}

/** Where built-in catalogs come from: a list in a bundle, or files read on first use in Node. */
export interface CatalogSource {
  readonly locales: readonly string[];
  load(locale: string): NoticeCatalog | undefined;
}

/** A catalog source over catalogs already in memory (the `catalogs` option). */
export function catalogList(catalogs: readonly NoticeCatalog[]): CatalogSource {
  const byLocale = new Map<string, NoticeCatalog>();
  for (const catalog of catalogs) byLocale.set(catalog['@@locale'], catalog);
  return { locales: [...byLocale.keys()], load: (locale) => byLocale.get(locale) };
}

/** `chosen`, with the last-resort catalog of `fallback` added when `chosen` lacks that locale. */
export function withLastResort(chosen: CatalogSource, fallback: CatalogSource, lastResort: string): CatalogSource {
  if (chosen.locales.includes(lastResort) || !fallback.locales.includes(lastResort)) return chosen;
  return {
    locales: Object.freeze([...chosen.locales, lastResort]),
    load: (locale) => chosen.load(locale) ?? (locale === lastResort ? fallback.load(locale) : undefined),
  };
}

/** A compiled message and the locale it is really in (an added language may lack a key). */
export interface CompiledMessage {
  readonly locale: string;
  readonly format: CompiledFormat;
  /** Where the message came from: the site's `notice` namespace or a built-in catalog. */
  readonly origin: 'override' | 'built-in';
}

export interface NoticeMessagesOptions {
  readonly builtins: CatalogSource;
  /** The site's own messages for a locale (its `notice` namespace), read live. */
  readonly overrides: (locale: string) => Readonly<Record<string, unknown>> | undefined;
  /** Locales whose `notice` namespace the site provides. */
  readonly overrideLocales: () => readonly string[];
  readonly report: (problem: Problem) => void;
  /** The catalog used where a locale lacks a message. */
  readonly lastResort: string;
  /** Parses a message written as text; absent in builds that carry no parser (see `parseMessage`). */
  readonly parse: ParseMessage | undefined;
  /** Builds intl-messageformat's formatter, for messages that need more than text and names. */
  readonly engine: CreateFormatEngine;
}

/**
 * One element of a message's syntax tree, as @formatjs/icu-messageformat-parser makes it. Only what
 * the API needs is declared, so that the published types import nothing from the parser: it is an
 * ES-module-only package, which CommonJS declarations cannot import.
 */
export interface MessageElement {
  readonly type: number;
}

/** Turns ICU MessageFormat text into its syntax tree (`localized-content/parser` provides one). */
export type ParseMessage = (message: string) => readonly MessageElement[];

/** The messages of every catalog, compiled on first use. */
export class NoticeMessages {
  readonly #options: NoticeMessagesOptions;
  readonly #compiled = new Map<string, CompiledMessage | null>();
  /** Messages that threw when formatted ("locale\0key\0origin"): skipped until the resources change. */
  readonly #broken = new Set<string>();
  readonly #names = new Map<string, ReadonlyMap<string, string> | null>();
  readonly #typography = new Map<string, CatalogTypography>();
  #locales: readonly string[] | undefined;

  constructor(options: NoticeMessagesOptions) {
    this.#options = options;
  }

  /** Forget compiled messages and the locale list (after the site's resources changed). */
  invalidate(): void {
    this.#compiled.clear();
    this.#typography.clear();
    this.#names.clear();
    this.#broken.clear();
    this.#locales = undefined;
  }

  /** The catalog's label separator and list patterns: the site's `notice` namespace's, else the built-in catalog's. */
  typography(locale: string): CatalogTypography {
    let typography = this.#typography.get(locale);
    if (typography === undefined) {
      typography = {
        labelSeparator: this.#setting(locale, '@@labelSeparator') as string | undefined,
        listPatterns: this.#setting(locale, '@@listPatterns') as ListPatterns | undefined,
        lowercaseNames: this.#setting(locale, '@@namesInSentence') === true,
      };
      this.#typography.set(locale, typography);
    }
    return typography;
  }

  /** The language names written in `locale` (`@@names`): the site's valid ones over the built-in catalog's. */
  names(locale: string): ReadonlyMap<string, string> | undefined {
    let names = this.#names.get(locale);
    if (names === undefined) {
      const builtin = this.#read(locale, 'built-in', '@@names') as ReadonlyMap<string, string> | undefined;
      const site = this.#read(locale, 'override', '@@names') as ReadonlyMap<string, string> | undefined;
      names = site === undefined ? (builtin ?? null) : new Map([...(builtin ?? []), ...site]);
      this.#names.set(locale, names);
    }
    return names ?? undefined;
  }

  /** Setting `key` for `locale`: the site's valid value, else the built-in catalog's. */
  #setting(locale: string, key: string): unknown {
    return this.#read(locale, 'override', key) ?? this.#read(locale, 'built-in', key);
  }

  /**
   * Setting `key` of one catalog, read as `check` reads it; wrong parts are left out and reported
   * (once: callers cache what this returns until the site's resources change).
   */
  #read(locale: string, origin: CompiledMessage['origin'], key: string): unknown {
    const catalog = origin === 'override' ? this.#options.overrides(locale) : this.#options.builtins.load(locale);
    if (catalog === undefined || !Object.hasOwn(catalog, key)) return undefined;
    const { value, problems } = readCatalogSetting(key, catalog[key]);
    if (problems.length > 0) {
      const used = value === undefined ? (origin === 'override' ? 'the built-in one is used' : 'it is ignored') : 'its valid parts are used';
      this.#options.report({ code: 'INVALID_MESSAGE', message: `${origin} notice setting "${key}" for ${locale} ${problems.join('; ')}; ${used}`, locale, key });
    }
    return value;
  }

  /**
   * Locales with a catalog: built-in ones, then those a site adds with an `unavailable` message.
   * Worked out at creation and after each change of the resources, when the site's keys that name
   * no message (`"unavialable"`, never used) are reported, once each.
   */
  locales(): readonly string[] {
    if (this.#locales === undefined) {
      const locales = new Set(this.#options.builtins.locales);
      for (const locale of this.#options.overrideLocales()) {
        const overrides = this.#options.overrides(locale);
        if (typeof overrides?.unavailable === 'string') locales.add(locale);
        for (const key of Object.keys(overrides ?? {})) {
          // Said in few words: `check` says the same at the key, with the nearest message's name.
          if (isUnknownNoticeKey(key)) this.#options.report({ code: 'UNKNOWN_MESSAGE', message: `notice key "${key}" for ${locale} is no message and is never used (run check)`, locale, key });
        }
      }
      this.#locales = Object.freeze([...locales]);
    }
    return this.#locales;
  }

  /** The message `key` for `locale`: the site's, else the built-in one, else the last-resort catalog's. */
  message(locale: string, key: NoticeKey): CompiledMessage | undefined {
    const cacheKey = `${locale}\u0000${key}`;
    let compiled = this.#compiled.get(cacheKey);
    if (compiled === undefined) {
      compiled = this.#compile(locale, key);
      this.#compiled.set(cacheKey, compiled);
    }
    return compiled ?? undefined;
  }

  #compile(locale: string, key: NoticeKey): CompiledMessage | null {
    for (const origin of ['override', 'built-in'] as const) {
      const message = origin === 'override' ? this.#options.overrides(locale)?.[key] : this.#options.builtins.load(locale)?.[key];
      if (message === undefined || this.#broken.has(`${locale}\u0000${key}\u0000${origin}`)) continue;
      const format = this.#try(message, locale, key, origin);
      if (format) return { locale, format, origin };
    }
    const lastResort = this.#options.lastResort;
    if (locale === lastResort) return null;
    // A language the site added with some messages only: the nearest catalog that has this one
    // (pt-AO's "alsoAvailable" from pt), so that a page does not mix languages; the gap is reported.
    const nearest = this.#nearestWith(locale, key) ?? lastResort;
    if (this.#options.overrides(locale) !== undefined) {
      this.#options.report({ code: 'MISSING_MESSAGE', message: `the site's notice messages for ${locale} lack "${key}"; the one of ${nearest} is used`, locale, key });
    }
    return this.message(nearest, key) ?? null;
  }

  /** The catalog nearest to `locale` (CLDR best fit) among those with message `key`, if any is near. */
  #nearestWith(locale: string, key: NoticeKey): string | undefined {
    // Built-in catalogs have every message (tests/catalogs); a site's added language may not.
    const added = this.#options.overrideLocales().filter((other) => other !== locale && typeof this.#options.overrides(other)?.[key] === 'string');
    const candidates = [...this.#options.builtins.locales.filter((other) => other !== locale), ...added];
    return negotiate([locale], candidates).locale ?? undefined;
  }

  #try(message: unknown, locale: string, key: NoticeKey, origin: CompiledMessage['origin']): CompiledFormat | undefined {
    const problem = (text: string) => {
      this.#options.report({ code: 'INVALID_MESSAGE', message: `${origin} notice message "${key}" for ${locale} ${text}`, locale, key });
      return undefined;
    };
    // Built-in catalogs in bundles arrive compiled (syntax trees), so bundles need no parser; a site's
    // override is always text (an array in a site's JSON is no syntax tree, whatever it holds).
    if (typeof message !== 'string' && (origin === 'override' || !Array.isArray(message))) return problem('is not a string');
    const parse = this.#options.parse;
    if (typeof message === 'string' && parse === undefined) {
      return problem("is text, and this build parses no messages at run time: pass `parseMessage` from 'localized-content/parser'");
    }
    let ast: MessageFormatElement[];
    try {
      ast = (typeof message === 'string' ? parse!(message) : message) as MessageFormatElement[];
    } catch (error) {
      return problem(`does not compile: ${errorMessage(error)}`);
    }
    // The same test as `check`: compiled, then formatted with arguments of the real types.
    const validated = validateMessage(ast, locale, key, this.#options.engine);
    return validated.ok ? validated.format : problem(validated.error);
  }

  /**
   * Called when a message threw while formatting real arguments although its test passed when it
   * compiled: reports it once, and from then on the next message in line is used (the built-in
   * one for an override, else the last-resort catalog's), until the site's resources change.
   * Returns the message to use now.
   */
  replaceBroken(locale: string, key: NoticeKey, broken: CompiledMessage, error: unknown): CompiledMessage | undefined {
    const mark = `${broken.locale}\u0000${key}\u0000${broken.origin}`;
    if (!this.#broken.has(mark)) {
      this.#broken.add(mark);
      this.#options.report({
        code: 'INVALID_MESSAGE',
        message: `${broken.origin} notice message "${key}" for ${broken.locale} fails when formatted (${errorMessage(error)}); the next message in line is used`,
        locale: broken.locale,
        key,
      });
      this.#compiled.clear(); // rare: recompiled on next use, without the broken message
    }
    return this.message(locale, key);
  }
}

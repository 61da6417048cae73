/**
 * The content side: reads entries from an i18next resource store and works out, once per entry,
 * which locales have it, which version is the source, and how complete and fresh each translation is.
 *
 * Records are built on first request and dropped whenever the store changes (i18next's `added` and
 * `removed` events), so content added or reloaded at run time is served without a restart.
 */
import type { i18n as I18n } from 'i18next';
import { directionOf, type Direction } from '../notice/direction.js';
import { autonym } from '../notice/labels.js';
import { isMetaKey, isPlainObject, readMeta, textFieldNames, type EntryData } from './fields.js';
import { sourceHash } from './freshness.js';

/** How a locale's version of an entry stands against the source. */
export type VersionStatus = 'source' | 'complete' | 'partial' | 'outdated';

/** A locale an entry is available in, for hreflang links and language switchers. */
export interface Alternate {
  readonly locale: string;
  /** The language's own name ("Español"), as switchers show it. */
  readonly label: string;
  readonly dir: Direction;
  readonly status: VersionStatus;
}

/** One locale's version of an entry, ready to serve. */
export interface Version {
  readonly locale: string;
  readonly status: VersionStatus;
  /** The fields as served: the translation's own, the source's where it lacks them; no metadata. */
  readonly entry: Readonly<Record<string, unknown>>;
}

/** Everything `resolve` needs about one entry. */
export interface EntryRecord {
  readonly id: string;
  readonly source: string;
  /** When the source last changed (`@meta.updated`), if it says. */
  readonly updated: string | undefined;
  readonly versions: ReadonlyMap<string, Version>;
  readonly alternates: readonly Alternate[];
}

function servedFields(own: EntryData, source: EntryData | undefined): Readonly<Record<string, unknown>> {
  const entry: Record<string, unknown> = {};
  if (source !== undefined) {
    for (const name of Object.keys(source)) if (!isMetaKey(name)) entry[name] = source[name];
  }
  for (const name of Object.keys(own)) {
    const value = own[name];
    // An empty string is a field left blank by a translator: the source's value stands.
    if (!isMetaKey(name) && !(value === '' && entry[name] !== undefined)) entry[name] = value;
  }
  return Object.freeze(entry);
}

function isFilled(data: EntryData, name: string): boolean {
  const value = data[name];
  return typeof value === 'string' && value !== '';
}

/** Works out an entry's versions from its data per locale (locales in site order). */
export function buildRecord(id: string, data: ReadonlyMap<string, EntryData>, defaultLocale: string): EntryRecord {
  const declared = readMeta(data.get(defaultLocale) ?? {}).source ?? [...data.values()].map((d) => readMeta(d).source).find(Boolean);
  const source =
    declared !== undefined && data.has(declared) ? declared : data.has(defaultLocale) ? defaultLocale : [...data.keys()][0]!;
  const sourceData = data.get(source)!;
  const required = textFieldNames(sourceData);
  const currentHash = sourceHash(sourceData);
  const versions = new Map<string, Version>();
  for (const [locale, own] of data) {
    let status: VersionStatus;
    if (locale === source) {
      status = 'source';
    } else {
      const filled = required.filter((name) => isFilled(own, name)).length;
      if (filled === 0 && required.length > 0) continue; // absent: nothing of it is translated
      const stamped = readMeta(own).sourceHash;
      if (filled < required.length) status = 'partial';
      else status = stamped !== undefined && stamped !== currentHash ? 'outdated' : 'complete';
    }
    versions.set(locale, Object.freeze({ locale, status, entry: servedFields(own, locale === source ? undefined : sourceData) }));
  }
  const alternates = Object.freeze(
    [...versions.values()].map((v) => Object.freeze({ locale: v.locale, label: autonym(v.locale), dir: directionOf(v.locale), status: v.status })),
  );
  return Object.freeze({ id, source, updated: readMeta(sourceData).updated, versions, alternates });
}

/** Reads entries of one namespace from an i18next instance, with records cached until it changes. */
export class ContentStore {
  readonly #i18n: I18n;
  readonly #namespace: string;
  readonly #defaultLocale: string;
  readonly #records = new Map<string, EntryRecord | null>();
  #locales: readonly string[] | undefined;
  readonly #order: () => readonly string[];

  /** `order` gives the site's locales in their preferred order; others follow as the store lists them. */
  constructor(i18n: I18n, namespace: string, defaultLocale: string, order: () => readonly string[]) {
    this.#i18n = i18n;
    this.#namespace = namespace;
    this.#defaultLocale = defaultLocale;
    this.#order = order;
  }

  invalidate(): void {
    this.#records.clear();
    this.#locales = undefined;
  }

  /** The locales that have this namespace: the site's first, in its order. */
  locales(): readonly string[] {
    if (this.#locales === undefined) {
      const data = this.#i18n.store?.data ?? {};
      const present = Object.keys(data).filter((locale) => isPlainObject(data[locale]?.[this.#namespace]));
      const ordered = this.#order().filter((locale) => present.includes(locale));
      this.#locales = Object.freeze([...ordered, ...present.filter((locale) => !ordered.includes(locale))]);
    }
    return this.#locales;
  }

  #bundle(locale: string): Record<string, unknown> | undefined {
    const bundle = this.#i18n.store?.data?.[locale]?.[this.#namespace];
    return isPlainObject(bundle) ? bundle : undefined;
  }

  /** Every entry id, in first-seen order over the locales. */
  ids(): string[] {
    const ids = new Set<string>();
    for (const locale of this.locales()) {
      const bundle = this.#bundle(locale) ?? {};
      for (const id of Object.keys(bundle)) if (isPlainObject(bundle[id])) ids.add(id);
    }
    return [...ids];
  }

  /** The record of an entry, or `undefined` when no locale has it (own properties only). */
  get(id: string): EntryRecord | undefined {
    const cached = this.#records.get(id);
    if (cached !== undefined) return cached ?? undefined;
    const data = new Map<string, EntryData>();
    for (const locale of this.locales()) {
      const bundle = this.#bundle(locale);
      if (bundle !== undefined && Object.hasOwn(bundle, id)) {
        const version = bundle[id];
        if (isPlainObject(version)) data.set(locale, version);
      }
    }
    const record = data.size === 0 ? undefined : buildRecord(id, data, this.#defaultLocale);
    // Unknown ids are not remembered: a stream of random ids must not grow memory.
    if (record !== undefined) this.#records.set(id, record);
    return record;
  }
}

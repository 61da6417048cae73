/**
 * The content side: reads entries from an i18next resource store and works out, once per entry,
 * which locales have it, which version is the source, and how complete and fresh each translation is.
 *
 * Records are built on first request and dropped whenever the store changes (i18next's `added` and
 * `removed` events), so content added or reloaded at run time is served without a restart.
 */
import type { i18n as I18n } from 'i18next';
import { canonicalizeTag } from '../negotiation/index.js';
import { directionOf, type Direction } from '../locale/direction.js';
import { autonym } from '../locale/names.js';
import { fieldKind, isMetaKey, isPlainObject, isTextValue, META_KEY, textFieldNames, type EntryData } from './fields.js';
import type { Problem } from '../problems.js';
import { readEntryMeta } from './read-entry-meta.js';
import { BoundedCache } from '../cache/bounded-cache.js';
import { sourceHash } from './freshness.js';
import { isFieldFormat, type FieldFormat } from './field-formats.js';

/**
 * How a locale's version of an entry stands against the source: `source` is the version the others
 * translate; `translated` has every text field and is current; `partial` lacks some text fields
 * (served from the source); `outdated` was made from an older source. The same names as `status`.
 */
export type VersionStatus = 'source' | 'translated' | 'partial' | 'outdated';

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
  /** The locale each field of `entry` came from (see {@link FieldLocales}). */
  readonly fieldLocales: Readonly<Record<string, string>>;
  /** The format of each field of `entry` that declares one, as the version it came from declares it. */
  readonly fieldFormats: Readonly<Record<string, FieldFormat>>;
}

/** Everything `resolve` needs about one entry. */
export interface EntryRecord {
  readonly id: string;
  readonly source: string;
  /** When the source last changed (`@meta.updated`), or `null` when it does not say. */
  readonly updated: string | null;
  readonly versions: ReadonlyMap<string, Version>;
  readonly alternates: readonly Alternate[];
}

// A field named `__proto__` (JSON.parse keeps it as an own key) must stay a field: assignment would
// replace the served object's prototype instead.
function setField(entry: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(entry, name, { value, enumerable: true, writable: true, configurable: true });
}

/** Sets, or clears, the format of field `name` as `data` declares it in `@meta.fieldFormats`. */
function setFormat(formats: Record<string, FieldFormat>, name: string, data: EntryData): void {
  const meta = data[META_KEY];
  const format = isPlainObject(meta) && isPlainObject(meta.fieldFormats) ? meta.fieldFormats[name] : undefined;
  if (isFieldFormat(format)) setField(formats, name, format);
  else delete formats[name];
}

/** Where a field of another kind than the source's is said (once per version and change of the content). */
type ReportField = (problem: Problem) => void;

/** A version's served fields: the fields, the locale each came from, the format of those that declare one. */
type Served = readonly [entry: Readonly<Record<string, unknown>>, fieldLocales: Readonly<Record<string, string>>, fieldFormats: Readonly<Record<string, FieldFormat>>];

/**
 * What the versions of one entry are put together from: one object per record, shared by its
 * versions until each is first read, so a version carries one pointer for it instead of four.
 */
interface EntryOrigin {
  readonly id: string;
  readonly sourceLocale: string;
  readonly sourceData: EntryData;
  readonly report: ReportField | undefined;
}

/**
 * The fields served for `locale` and where each came from. A text field the translation lacks (or
 * left blank) is the source's, in the source's language; fields that are not text (dates, numbers)
 * carry no language, so they are labelled with the version's locale wherever their value came from.
 * A translated field of another kind than the source's (`null`, a list or a number where the source
 * has text) is no translation of it: it counts as missing, like `status` counts it, and is reported.
 */
function servedFields(locale: string, own: EntryData, { id, sourceLocale, sourceData, report }: EntryOrigin): Served {
  const source = locale === sourceLocale ? undefined : sourceData;
  const entry: Record<string, unknown> = {};
  const fieldLocales: Record<string, string> = {};
  // A field's format is the one declared by the version the field is served from.
  const fieldFormats: Record<string, FieldFormat> = {};
  if (source !== undefined) {
    for (const name of Object.keys(source)) {
      if (isMetaKey(name)) continue;
      setField(entry, name, source[name]);
      setField(fieldLocales, name, isTextValue(source[name]) ? sourceLocale : locale);
      setFormat(fieldFormats, name, source);
    }
  }
  for (const name of Object.keys(own)) {
    const value = own[name];
    if (isMetaKey(name)) continue;
    if (source !== undefined && Object.hasOwn(source, name)) {
      const wanted = fieldKind(source[name]);
      const found = fieldKind(value);
      if (found !== wanted) {
        report?.({
          code: 'INVALID_FIELD',
          message: `"${id}".${name} in ${locale} is ${found}, not ${wanted}: the source's is served`,
          locale,
          key: `${id}.${name}`,
        });
        continue;
      }
      // An empty string is a field left blank by a translator: the source's value stands.
      if (value === '') continue;
    }
    setField(entry, name, value);
    setField(fieldLocales, name, locale);
    setFormat(fieldFormats, name, own);
  }
  return [Object.freeze(entry), Object.freeze(fieldLocales), Object.freeze(fieldFormats)];
}

/**
 * A version whose served fields are put together on first read: a site of 100,000 entries in 30
 * locales then pays at start-up only for the versions readers ask for. Private fields stay writable
 * on a frozen object, so the version is frozen like every other record part.
 *
 * The served fields are kept on the version itself rather than in an object of their own: `resolve`
 * returns all three on every call, and one more object to reach is one more memory read per request.
 */
export class StoredVersion implements Version {
  readonly locale: string;
  readonly status: VersionStatus;
  #entry: Readonly<Record<string, unknown>> | undefined;
  #fieldLocales: Readonly<Record<string, string>> | undefined;
  #fieldFormats: Readonly<Record<string, FieldFormat>> | undefined;
  /** This version's stored data and its entry's origin, until the served fields are put together. */
  #own: EntryData | undefined;
  #origin: EntryOrigin | undefined;

  constructor(locale: string, status: VersionStatus, own: EntryData, origin: EntryOrigin) {
    this.locale = locale;
    this.status = status;
    this.#own = own;
    this.#origin = origin;
    Object.freeze(this);
  }

  // The getters only test whether the fields are there; putting them together is a method of its
  // own, called once per version, so that the getters stay small on the request path.
  #read(): void {
    [this.#entry, this.#fieldLocales, this.#fieldFormats] = servedFields(this.locale, this.#own!, this.#origin!);
    this.#own = this.#origin = undefined;
  }

  get entry(): Readonly<Record<string, unknown>> {
    if (this.#own !== undefined) this.#read();
    return this.#entry!;
  }

  get fieldLocales(): Readonly<Record<string, string>> {
    if (this.#own !== undefined) this.#read();
    return this.#fieldLocales!;
  }

  get fieldFormats(): Readonly<Record<string, FieldFormat>> {
    if (this.#own !== undefined) this.#read();
    return this.#fieldFormats!;
  }
}

// A required field is text in the source: only text (not a date-shaped string, `null` or a list) fills it.
function isFilled(data: EntryData, name: string): boolean {
  const value = data[name];
  return isTextValue(value) && value !== '';
}

// Alternates depend only on (locale, status): one shared frozen object each, so records hold
// pointers rather than copies and the language's name is looked up once, not once per entry.
// The name is read on first use: each language's own name loads that language's CLDR data, which a
// request that shows no switcher should not pay for.
const sharedAlternates = new BoundedCache<string, Alternate>(1024);

function alternateFor(locale: string, status: VersionStatus): Alternate {
  const key = `${status}:${locale}`;
  let alternate = sharedAlternates.get(key);
  if (alternate === undefined) {
    let label: string | undefined;
    alternate = Object.freeze(
      Object.defineProperties({ locale, dir: directionOf(locale), status } as Alternate, {
        label: { enumerable: true, get: () => (label ??= autonym(locale)) },
      }),
    );
    sharedAlternates.set(key, alternate);
  }
  return alternate;
}

/**
 * A record as the store keeps it: versions by locale position for the request path, and the
 * `versions` map built on first use, so a record is a few small objects. The map is read by
 * `entry(id)`, the tools, and the request path only off its fast path (a reader not ranked yet, the
 * fallback after skipped outdated translations, the notice for a skipped translation).
 */
export class StoredRecord implements EntryRecord {
  readonly id: string;
  readonly source: string;
  readonly updated: string | null;
  readonly alternates: readonly Alternate[];
  readonly #slots: readonly (StoredVersion | undefined)[];
  readonly #list: readonly StoredVersion[];
  #versions: ReadonlyMap<string, StoredVersion> | undefined;

  constructor(id: string, source: string, updated: string | null, list: readonly StoredVersion[], slots: readonly (StoredVersion | undefined)[]) {
    this.id = id;
    this.source = source;
    this.updated = updated;
    this.#list = list;
    this.#slots = slots;
    this.alternates = Object.freeze(list.map((v) => alternateFor(v.locale, v.status)));
    Object.freeze(this);
  }

  /**
   * `slots[i]` is the version in the i-th of the store's locales when the record was built (the
   * positions given to {@link buildRecord}), or `undefined`: one array read per locale tried. A
   * getter, so that the request path's layout stays out of `entry(id)` when it is printed or
   * serialized.
   */
  get slots(): readonly (StoredVersion | undefined)[] {
    return this.#slots;
  }

  get versions(): ReadonlyMap<string, StoredVersion> {
    return (this.#versions ??= new Map(this.#list.map((v) => [v.locale, v])));
  }
}

/**
 * Works out an entry's versions from its data per locale (locales in site order). `positions`
 * (locale → index) lays out {@link StoredRecord.slots}; without it, `slots` is empty. `report`
 * hears of translated fields of another kind than the source's, when a version's fields are first read.
 */
export function buildRecord(
  id: string,
  data: ReadonlyMap<string, EntryData>,
  defaultLocale: string,
  positions?: ReadonlyMap<string, number>,
  report?: ReportField,
): StoredRecord {
  const declared = readEntryMeta(data.get(defaultLocale) ?? {}).meta.source ?? [...data.values()].map((d) => readEntryMeta(d).meta.source).find(Boolean);
  const source =
    declared !== undefined && data.has(declared) ? declared : data.has(defaultLocale) ? defaultLocale : [...data.keys()][0]!;
  const sourceData = data.get(source)!;
  const required = textFieldNames(sourceData);
  let currentHash: string | undefined; // hashed only if some translation carries a stamp
  const origin: EntryOrigin = { id, sourceLocale: source, sourceData, report };
  const list: StoredVersion[] = [];
  const slots: (StoredVersion | undefined)[] = positions === undefined ? [] : new Array<undefined>(positions.size).fill(undefined);
  for (const [locale, own] of data) {
    let status: VersionStatus;
    if (locale === source) {
      status = 'source';
    } else {
      let filled = 0;
      for (const name of required) if (isFilled(own, name)) filled++;
      if (filled === 0 && required.length > 0) continue; // absent: nothing of it is translated
      const stamped = readEntryMeta(own).meta.sourceHash;
      if (filled < required.length) status = 'partial';
      else status = stamped !== undefined && stamped !== (currentHash ??= sourceHash(sourceData)) ? 'outdated' : 'translated';
    }
    const version = new StoredVersion(locale, status, own, origin);
    list.push(version);
    const position = positions?.get(locale);
    if (position !== undefined) slots[position] = version;
  }
  return new StoredRecord(id, source, readEntryMeta(sourceData).meta.updated ?? null, list, Object.freeze(slots));
}

/** Reads entries of one namespace from an i18next instance, with records cached until it changes. */
export class ContentStore {
  readonly #i18n: I18n;
  readonly #namespace: string;
  readonly #defaultLocale: string;
  readonly #records = new Map<string, StoredRecord>();
  #locales: readonly string[] | undefined;
  #positions: ReadonlyMap<string, number> | undefined;
  readonly #order: () => readonly string[];
  readonly #report: ReportField | undefined;

  /**
   * `order` gives the site's locales in their preferred order; others follow as the store lists
   * them. `report` hears of translated fields of another kind than the source's.
   */
  constructor(i18n: I18n, namespace: string, defaultLocale: string, order: () => readonly string[], report?: ReportField) {
    this.#i18n = i18n;
    this.#report = report;
    this.#namespace = namespace;
    this.#defaultLocale = defaultLocale;
    this.#order = order;
  }

  invalidate(): void {
    this.#records.clear();
    this.#locales = undefined;
    this.#positions = undefined;
  }

  /** The locales that have this namespace: the site's first, in its order. */
  locales(): readonly string[] {
    if (this.#locales === undefined) {
      const data = this.#i18n.store?.data ?? {};
      // A key that is no canonical language tag (i18next accepts any) never becomes an alternate: it
      // could carry markup, and a non-canonical one (`pt_BR`) is no tag Intl accepts.
      const present = Object.keys(data).filter((locale) => isPlainObject(data[locale]?.[this.#namespace]) && canonicalizeTag(locale) === locale);
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

  /**
   * The record of an entry, or `undefined` when no locale has it (own properties only). Its `slots`
   * follow {@link locales} as it stands now: both are rebuilt together after a change.
   */
  get(id: string): StoredRecord | undefined {
    const cached = this.#records.get(id);
    if (cached !== undefined) return cached;
    const locales = this.locales();
    this.#positions ??= new Map(locales.map((locale, i) => [locale, i]));
    const data = new Map<string, EntryData>();
    for (const locale of locales) {
      const bundle = this.#bundle(locale);
      if (bundle !== undefined && Object.hasOwn(bundle, id)) {
        const version = bundle[id];
        if (isPlainObject(version)) data.set(locale, version);
      }
    }
    const record = data.size === 0 ? undefined : buildRecord(id, data, this.#defaultLocale, this.#positions, this.#report);
    // Unknown ids are not remembered: a stream of random ids must not grow memory.
    if (record !== undefined) this.#records.set(id, record);
    return record;
  }
}

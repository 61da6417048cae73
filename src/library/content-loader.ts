/**
 * Content beyond memory: with an i18next instance that has a backend (i18next-http-backend,
 * i18next-fs-backend), locales are read on demand, per reader, rather than all at start-up. A
 * server then holds only the languages its readers ask for, and any number of stateless servers can
 * sit in front of one content store (a CDN, an object store).
 *
 * Reads go through the instance's own backend (`read(locale, namespace, callback)`, the i18next
 * backend contract) without i18next's retry queue: a read that fails is reported once, at once, and
 * the store keeps what it held, so the last good content is still served. A new read replaces a
 * bundle whole (entries removed at the source disappear), in one synchronous step, so no request
 * ever sees a locale half loaded.
 */
import { isPlainObject } from '../content/fields.js';
import type { i18n as I18n } from 'i18next';
import type { Problem } from '../problems.js';
import { errorMessage } from '../errors.js';

/** The i18next backend contract, as far as reading goes. */
interface ReadingBackend {
  read(locale: string, namespace: string, callback: (error: unknown, data?: unknown) => void): void;
}

/** What one `load`, `reload` or `unload` did. */
export interface LoadResult {
  /** The locales asked for, in the order they were considered. */
  readonly locales: readonly string[];
  /** Locales whose content namespace is now in memory (loaded before, or read now). */
  readonly loaded: readonly string[];
  /** Locales that could not be read now; whatever was held before for them is still served. */
  readonly failed: readonly string[];
}

export interface ContentLoaderOptions {
  readonly i18n: I18n;
  readonly contentNamespace: string;
  readonly noticeNamespace: string;
  readonly report: (problem: Problem) => void;
}

/** i18next's ResourceStore at run time (its published type leaves out the bundle methods). */
interface BundleStore {
  addResourceBundle(locale: string, namespace: string, data: object, deep: boolean, overwrite: boolean, options: { silent: boolean; skipCopy: boolean }): void;
}

function backendOf(i18n: I18n): ReadingBackend | undefined {
  const backend = (i18n.services?.backendConnector as { backend?: unknown } | undefined)?.backend;
  return backend !== null && typeof backend === 'object' && typeof (backend as ReadingBackend).read === 'function'
    ? (backend as ReadingBackend)
    : undefined;
}

// A bundle is what the store reads as one (ContentStore): a plain object.
const isBundle = isPlainObject;


/** Reads locales through an i18next instance's backend into its store, one read per locale at a time. */
export class ContentLoader {
  readonly #i18n: I18n;
  readonly #options: ContentLoaderOptions;
  /** Reads in progress, by `locale|namespace`: concurrent readers of one language share one fetch. */
  readonly #pending = new Map<string, Promise<boolean>>();

  constructor(options: ContentLoaderOptions) {
    this.#i18n = options.i18n;
    this.#options = options;
  }

  /** True when the instance has a backend to read from; without one, all content is in memory already. */
  get active(): boolean {
    return backendOf(this.#i18n) !== undefined;
  }

  /** The namespaces read per locale: the content, and the notice overrides when the instance declares them. */
  #namespaces(): string[] {
    const declared = this.#i18n.options?.ns;
    const list = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared : [];
    const { contentNamespace, noticeNamespace } = this.#options;
    return list.includes(noticeNamespace) ? [contentNamespace, noticeNamespace] : [contentNamespace];
  }

  #has(locale: string, namespace: string): boolean {
    return isBundle(this.#i18n.store?.data?.[locale]?.[namespace]);
  }

  /** Those of `locales` whose content namespace is in memory. */
  #loaded(locales: readonly string[]): string[] {
    return locales.filter((locale) => this.#has(locale, this.#options.contentNamespace));
  }

  /** Reads `locales` that are not in memory yet (all of them when `force`), in parallel. */
  async load(locales: readonly string[], force = false): Promise<LoadResult> {
    const backend = backendOf(this.#i18n);
    if (backend === undefined) {
      return { locales, loaded: this.#loaded(locales), failed: [] };
    }
    const namespaces = this.#namespaces();
    const outcomes = await Promise.all(
      locales.map(async (locale) => {
        const reads = namespaces.map((namespace) => (force || !this.#has(locale, namespace) ? this.#read(backend, locale, namespace, force) : Promise.resolve(true)));
        const [content] = await Promise.all(reads);
        return { locale, ok: content === true };
      }),
    );
    return {
      locales,
      loaded: this.#loaded(locales),
      failed: outcomes.filter((o) => !o.ok).map((o) => o.locale),
    };
  }

  /** Drops `locales` from memory; a later `load` reads them again. */
  unload(locales: readonly string[]): LoadResult {
    for (const locale of locales) {
      for (const namespace of [this.#options.contentNamespace, this.#options.noticeNamespace]) {
        if (this.#has(locale, namespace)) this.#remove(locale, namespace);
      }
    }
    return { locales, loaded: this.#loaded(locales), failed: [] };
  }

  /** i18next's `removeResourceBundle` also drops the namespace from the instance's list: keep the list. */
  #remove(locale: string, namespace: string): void {
    const declared = this.#i18n.options?.ns;
    const had = Array.isArray(declared) && declared.includes(namespace);
    this.#i18n.removeResourceBundle(locale, namespace);
    if (had && !(this.#i18n.options.ns as string[]).includes(namespace)) (this.#i18n.options.ns as string[]).push(namespace);
  }

  #read(backend: ReadingBackend, locale: string, namespace: string, force: boolean): Promise<boolean> {
    const key = `${locale}|${namespace}`;
    const pending = this.#pending.get(key);
    if (pending !== undefined && !force) return pending;
    const read = new Promise<boolean>((settle) => {
      let settled = false;
      const done = (error: unknown, data?: unknown): void => {
        if (settled) return;
        settled = true;
        if (error === null || error === undefined) {
          if (isBundle(data)) {
            this.#replace(locale, namespace, data);
            settle(true);
            return;
          }
          error = new Error('the backend returned no object');
        }
        this.#options.report({
          code: 'LOAD_FAILED',
          message: `loading namespace "${namespace}" for ${locale} failed (${errorMessage(error)}); ${this.#has(locale, namespace) ? 'the content loaded before is still served' : 'readers are served other languages'}`,
          locale,
          key: namespace,
          cause: error,
        });
        settle(false);
      };
      try {
        backend.read(locale, namespace, done);
      } catch (cause) {
        done(cause);
      }
    }).finally(() => {
      if (this.#pending.get(key) === read) this.#pending.delete(key);
    });
    this.#pending.set(key, read);
    return read;
  }

  /** Puts a bundle in place of the one held, in one synchronous step. */
  #replace(locale: string, namespace: string, data: Record<string, unknown>): void {
    if (this.#has(locale, namespace)) this.#remove(locale, namespace);
    // The data was just read for this store alone: i18next need not copy it (a copy doubles the cost at scale).
    const store = this.#i18n.store as unknown as BundleStore;
    store.addResourceBundle(locale, namespace, data, false, true, { silent: false, skipCopy: true });
  }
}

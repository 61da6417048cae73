/**
 * Formats notices: picks the message for the kind, inserts language labels (and the date), and
 * renders text and HTML. Results are immutable and cached per (kind, languages, date), so a busy page
 * formats each sentence once.
 */
import type { CompiledMessage, NoticeKey, NoticeMessages } from './catalogs.js';
import { directionOf, type Direction } from '../locale/direction.js';
import { flattenParts, partsToHtml, partsToText } from './html.js';
import { languageLabel, type LabelStyle } from './labels.js';
import { listParts } from './list-parts.js';
import type { NameTables } from '../locale/names.js';
import { languageSubtag } from '../negotiation/index.js';
import { readIsoDate } from '../format/read-iso-date.js';
import { saysSomething } from './validate-message.js';
import { BoundedCache } from '../cache/bounded-cache.js';

export type NoticeKind = 'unavailable' | 'partial' | 'outdated';

/** A notice for the reader, in the reader's site language (or the best catalog there is). */
export interface Notice {
  readonly kind: NoticeKind;
  /** The language the notice is written in. */
  readonly locale: string;
  readonly dir: Direction;
  readonly text: string;
  /** A `<p>` with `lang` and `dir`; everything inserted is escaped. */
  readonly html: string;
}

/** A formatted message that is not a notice (switcher labels, "also available in"). */
export interface FormattedMessage {
  readonly locale: string;
  readonly dir: Direction;
  readonly text: string;
  readonly html: string;
}

/** What a notice says: which languages it names, and the source's update date for `outdated`. */
export interface NoticeRequest {
  readonly kind: NoticeKind;
  /** The catalog locale to write in. */
  readonly noticeLocale: string;
  /** The reader's language, as it should be named. */
  readonly requested: string;
  /** The language of the content served (for `outdated`: the source's language). */
  readonly served: string;
  /** For `outdated` notices: when the source changed (ISO date), if known. */
  readonly updated?: string | null | undefined;
  /** For `outdated` when the source is served instead of the stale translation. */
  readonly servedSource?: boolean;
}


export class NoticeFormatter {
  readonly #messages: NoticeMessages;
  readonly #style: LabelStyle;
  readonly #cache = new BoundedCache<string, Notice | null>(4096);
  readonly #names: NameTables = (locale) => this.#messages.names(locale);

  constructor(messages: NoticeMessages, style: LabelStyle) {
    this.#messages = messages;
    this.#style = style;
  }

  invalidate(): void {
    this.#cache.clear();
  }

  /** The notice for a request; `null` only if no catalog can say it (none configured). */
  notice(request: NoticeRequest): Notice | null {
    const key = `${request.kind}|${request.noticeLocale}|${request.requested}|${request.served}|${request.updated ?? ''}|${request.servedSource ? 1 : 0}`;
    let notice = this.#cache.get(key);
    if (notice === undefined) {
      notice = this.#build(request);
      this.#cache.set(key, notice);
    }
    return notice;
  }

  #build(request: NoticeRequest): Notice | null {
    const { kind, requested, served } = request;
    const updated = typeof request.updated === 'string' ? (readIsoDate(request.updated) ?? undefined) : undefined;
    let key: NoticeKey;
    // Serving the original because the translation is outdated is said as such: a version in the
    // reader's language exists, so "not available" would be untrue.
    if (kind === 'outdated') key = request.servedSource ? 'outdatedSource' : updated ? 'outdated' : 'outdatedUndated';
    else key = kind === 'partial' ? 'partial' : 'unavailable';
    // The date's parts in UTC, as every date in a notice is read and written (engine.ts).
    const day = updated === undefined ? {} : { updatedDay: updated.getUTCDate(), updatedMonth: updated.getUTCMonth() + 1, updatedYear: updated.getUTCFullYear() };
    const formatted = this.format(key, request.noticeLocale, { requested, served, original: served }, { updated, ...day });
    return formatted === undefined ? null : Object.freeze({ kind, ...formatted });
  }

  /**
   * Formats any catalog message. `languages` maps placeholders to language tags, inserted as labels
   * (with `<name>Code` holding the bare language code), or to lists of tags, inserted as a list of
   * labels in the catalog's way; `values` are passed as they are. With `requested` and `served`,
   * `sameLanguage` says whether they are one language in two scripts.
   */
  format(
    key: NoticeKey,
    noticeLocale: string,
    languages: Readonly<Record<string, string | readonly string[]>>,
    values: Readonly<Record<string, unknown>> = {},
  ): FormattedMessage | undefined {
    let compiled = this.#messages.message(noticeLocale, key);
    // A message passed its test with sample arguments when it compiled; should it still throw on
    // these, the next message in line is used (reported once), so a page never fails on a notice.
    while (compiled !== undefined) {
      try {
        return this.#formatWith(compiled, key, languages, values);
      } catch (error) {
        compiled = this.#messages.replaceBroken(noticeLocale, key, compiled, error);
      }
    }
    return undefined;
  }

  #formatWith(compiled: CompiledMessage, key: NoticeKey, languages: Readonly<Record<string, string | readonly string[]>>, values: Readonly<Record<string, unknown>>): FormattedMessage {
    const { locale } = compiled;
    const typography = this.#messages.typography(locale);
    const labelOptions = { style: this.#style, tables: this.#names, separator: typography.labelSeparator, lowercase: typography.lowercaseNames };
    const args: Record<string, unknown> = { ...values };
    for (const [name, tags] of Object.entries(languages)) {
      if (typeof tags === 'string') {
        args[name] = languageLabel(tags, locale, labelOptions);
        args[`${name}Code`] = languageSubtag(tags);
      } else {
        // A list of labels as one argument: its parts take its place (flattenParts).
        args[name] = { list: listParts(tags.map((tag) => languageLabel(tag, locale, labelOptions)), locale, typography.listPatterns) };
      }
    }
    const { requested, served } = languages;
    if (typeof requested === 'string' && typeof served === 'string') {
      args.sameLanguage = languageSubtag(requested) === languageSubtag(served) ? 'yes' : 'no';
    }
    const parts = flattenParts(compiled.format.parts(args));
    const dir = directionOf(locale);
    const text = partsToText(parts, dir);
    // A branch the message's test did not take may still say nothing: broken, like one that throws.
    if (!saysSomething(text)) throw new TypeError('the message says nothing for these languages');
    return { locale, dir, text, html: partsToHtml(parts, key, locale, dir) };
  }
}


/**
 * Formats notices: picks the message for the kind, inserts language labels (and the date), and
 * renders text and HTML. Results are immutable and cached per (kind, languages, date), so a busy page
 * formats each sentence once.
 */
import type { NoticeKey, NoticeMessages } from './catalogs.js';
import { directionOf, type Direction } from '../locale/direction.js';
import { partsToHtml, partsToText, type NoticePart } from './html.js';
import { languageLabel, type Label, type LabelStyle } from './labels.js';
import { nameIn, type NameTables } from '../locale/names.js';
import { languageSubtag } from '../negotiation/index.js';

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

const CACHE_LIMIT = 4096;

function parseDate(iso: string | null | undefined): Date | undefined {
  if (iso === undefined || iso === null) return undefined;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export class NoticeFormatter {
  readonly #messages: NoticeMessages;
  readonly #style: LabelStyle;
  readonly #cache = new Map<string, Notice | null>();
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
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
      this.#cache.set(key, notice);
    }
    return notice;
  }

  #build(request: NoticeRequest): Notice | null {
    const { kind, requested, served } = request;
    const updated = parseDate(request.updated);
    let key: NoticeKey;
    if (kind === 'outdated' && !request.servedSource) key = updated ? 'outdated' : 'outdatedUndated';
    else key = kind === 'partial' ? 'partial' : 'unavailable';
    const formatted = this.format(key, request.noticeLocale, { requested, served, original: served }, { updated });
    return formatted === undefined ? null : Object.freeze({ kind, ...formatted });
  }

  /** The name of `tag` in `inLocale`, from the catalog's table when it has one. */
  nameIn(tag: string, inLocale: string): string {
    return nameIn(tag, inLocale, this.#names);
  }

  /**
   * Formats any catalog message. `languages` maps placeholders to language tags (inserted as labels,
   * with `<name>Code` holding the bare language code); `values` are passed as they are.
   */
  format(
    key: NoticeKey,
    noticeLocale: string,
    languages: Readonly<Record<string, string>>,
    values: Readonly<Record<string, unknown>> = {},
  ): FormattedMessage | undefined {
    const compiled = this.#messages.message(noticeLocale, key);
    if (compiled === undefined) return undefined;
    const { locale } = compiled;
    const args: Record<string, string | number | Date | Label> = { ...(values as Record<string, string | number | Date>) };
    for (const [name, tag] of Object.entries(languages)) {
      args[name] = languageLabel(tag, locale, this.#style, this.#names);
      args[`${name}Code`] = languageSubtag(tag);
    }
    // Arguments were checked when the message compiled, so formatting does not throw on them.
    const parts = compiled.format.parts(args) as NoticePart[];
    const dir = directionOf(locale);
    return {
      locale,
      dir,
      text: partsToText(parts, dir),
      html: partsToHtml(parts, key, locale, dir),
    };
  }
}

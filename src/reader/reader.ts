/**
 * What the request path knows of a reader: their preferences, their site language (`uiLocale`), the
 * catalog their notices are written in, and the order in which content locales are tried for them.
 * Made by `Readers` (readers.ts); the one implementation is `ReaderProfile` (reader-profile.ts).
 */
import type { LocaleFacts } from './locale-facts.js';

export interface Reader {
  readonly prefs: readonly string[];
  readonly requested: string | null;
  readonly uiLocale: string;
  readonly noticeLocale: string | null;
  /**
   * The positions, among the content locales, of the locales to try, best first (preferences, the
   * site's chain, the default; those without content left out), to index a record's version slots
   * directly. `undefined` until the reader is ranked: then {@link Reader.firstAlong} decides.
   */
  readonly positions: readonly number[] | undefined;
  /**
   * The first of `locales` (a subset of the content locales, in their order) that the reader's
   * order reaches, or `undefined`. Ranked or not, the answer is the same (see `rankLocales`).
   */
  firstAlong(locales: readonly string[]): string | undefined;
  /**
   * The locales resolving for this reader may serve, best first: those of `available` the reader's
   * preferences reach (best fit), their site language, the site's chain for it, the default.
   */
  candidates(available: readonly string[]): string[];
  /** True when `locale` is in the same language and script as the reader's site language. */
  sameScriptAs(locale: string): boolean;
  /** What serving `locale` means for this reader, worked out on first use. */
  facts(locale: string): LocaleFacts;
}

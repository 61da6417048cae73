import type { MatchKind } from '../negotiation/index.js';
import type { Direction } from '../locale/direction.js';
import type { Notice } from '../notice/format.js';

/**
 * One content locale as one reader sees it. `resolve` needs nothing else about the locale, so these
 * are computed once per (reader, locale) and the request path only reads fields. The notice slots
 * are filled by the library on first use (`undefined`: not yet; `null`: no notice can be written).
 */
export class LocaleFacts {
  readonly match: MatchKind;
  readonly dir: Direction;
  /** Same language and script as the reader's site language: serving it needs no notice. */
  readonly sameScript: boolean;
  /** The tags naming the reader's language and this locale in a notice (see `labelTags` in reader-profile.ts). */
  readonly labels: readonly [requested: string, served: string];
  /** "Not available in your language" when this locale is served. */
  unavailable: Notice | null | undefined;
  /** "The translation is outdated, the source is shown", when this locale is the source served. */
  sourceServed: Notice | null | undefined;
  /** "Partly translated", naming this locale as the source. */
  partial: Notice | null | undefined;
  /** "Outdated", naming this locale as the source, per source update date (few per site). */
  outdated: Map<string, Notice | null> | undefined;

  constructor(match: MatchKind, dir: Direction, sameScript: boolean, labels: readonly [string, string]) {
    this.match = match;
    this.dir = dir;
    this.sameScript = sameScript;
    this.labels = labels;
  }
}

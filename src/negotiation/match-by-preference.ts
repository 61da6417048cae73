/**
 * Best fit over a rewritten preference list, answered from what each preference gives on its own.
 *
 * UTS #35 §4.4 (and formatjs's pass, which follows it) scores a preference at position `i` by its
 * distance to the nearest form plus 5 × `i`, and picks the lowest score under the threshold of 50,
 * the earliest one on a tie. So a list's answer follows from, per preference:
 * - the form it picks when alone, and
 * - the last position at which it still scores under 50 (its "reach"), which places its distance
 *   within a band of 5: `45 − 5 × reach ≤ distance < 50 − 5 × reach`.
 *
 * Of two preferences, the one with more reach left at its position scores lower; only when both
 * have the same reach left are they in the same band, and then formatjs is asked about the two
 * (when both pick the same form, its answer cannot tell which scored lower, and it is asked about
 * the whole list). Every answer used comes from formatjs. Rewritten
 * preferences come from a vocabulary the site bounds (preference-vocabulary.ts), so these answers
 * are kept per site list, and a header never seen before is answered from preferences seen
 * before, instead of a new pass of formatjs over all of them. The kept answers only save work.
 */
import { BoundedCache } from '../cache/bounded-cache.js';

/** A list of rewritten preferences (and place holders that match nothing) → formatjs's form, or `undefined`. */
export type MatchList = (desired: string[]) => string | undefined;

/** What a preference gives alone: the form it picks, and the last position at which it still matches (−1: none). */
interface Alone {
  readonly form: string | undefined;
  readonly reach: number;
}

/** A preference's answers kept per site list; pairs are rarer (same band) but unbounded in number. */
const ALONE_KEPT = 4096;
const PAIRS_KEPT = 4096;

/** formatjs's answers about single preferences and pairs, for one site list and one order hint. */
export class PreferenceAnswers {
  readonly #alone = new BoundedCache<string, Alone>(ALONE_KEPT);
  readonly #laterWins = new BoundedCache<string, boolean>(PAIRS_KEPT);
  /** Positions a preference can take: the first `positions` preferences are weighed. */
  readonly #positions: number;

  constructor(positions: number) {
    this.#positions = positions;
  }

  /**
   * formatjs's answer for `desired` (rewritten preferences, and place holders for those that match
   * nothing: see {@link placeHolder}). A list is put together from kept answers when they are all
   * there. Otherwise it costs formatjs's pass over the whole list, as without this class, plus
   * learning at most one preference and one pair (a few short lists): a stream of headers
   * never seen before costs about one pass each, while the answers kept grow.
   */
  match(desired: readonly string[], matchList: MatchList): string | undefined {
    let learnt = false;
    let pairAsked = false;
    let winner: { readonly tag: string; readonly position: number; readonly alone: Alone } | undefined;
    for (let position = 0; position < desired.length; position++) {
      const tag = desired[position]!;
      if (isPlaceHolder(tag)) continue;
      let alone = this.#alone.get(tag);
      if (alone === undefined) {
        if (learnt) return matchList([...desired]);
        alone = this.#learn(tag, matchList);
        learnt = true;
      }
      if (alone.reach < position) continue; // 50 or more at this position: cannot match
      if (winner === undefined) {
        winner = { tag, position, alone };
        continue;
      }
      const left = alone.reach - position;
      const winnerLeft = winner.alone.reach - winner.position;
      if (left < winnerLeft) continue;
      if (left === winnerLeft) {
        // The same band: formatjs's answer for the two tells which scores lower, unless both pick one form.
        if (alone.form === winner.alone.form) return matchList([...desired]);
        const key = `${position - winner.position}\u0000${winner.tag}\u0000${tag}`;
        let laterWins = this.#laterWins.get(key);
        if (laterWins === undefined) {
          if (pairAsked) return matchList([...desired]);
          laterWins = this.#askPair(winner.tag, tag, position - winner.position, alone.form, matchList);
          this.#laterWins.set(key, laterWins);
          pairAsked = true;
        }
        if (!laterWins) continue;
      }
      winner = { tag, position, alone };
    }
    return winner?.alone.form;
  }

  /**
   * The form `tag` picks alone, and its reach (matching is monotone in position). Most rewritten
   * preferences are a site language in another region, within 10 of it: they still match at the
   * last position or the one before, so one or two short lists tell; the others take a binary search.
   */
  #learn(tag: string, matchList: MatchList): Alone {
    const at = (position: number) => matchList([...placeHolders(0, position), tag]);
    const last = this.#positions - 1;
    let alone: Alone | undefined;
    let form = at(last);
    if (form !== undefined) alone = { form, reach: last };
    else if ((form = at(last - 1)) !== undefined) alone = { form, reach: last - 1 };
    else {
      let low = -1; // matches at `low` (−1: at none found yet)
      let high = last - 1; // does not match at `high`
      while (high - low > 1) {
        const middle = (low + high) >> 1;
        const found = at(middle);
        if (found === undefined) high = middle;
        else [low, form] = [middle, found];
      }
      alone = { form, reach: low };
    }
    this.#alone.set(tag, alone);
    return alone;
  }

  /** True when `later`, `gap` places after `earlier`, scores lower: of their two forms (they differ), formatjs picks `laterForm`. */
  #askPair(earlier: string, later: string, gap: number, laterForm: string | undefined, matchList: MatchList): boolean {
    return matchList([earlier, ...placeHolders(1, gap), later]) === laterForm;
  }
}

/** Place holders for the positions from `from` up to `to` (excluded). */
function placeHolders(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, i) => placeHolder(from + i));
}

/**
 * A private-use tag that holds the place of a preference left out (it matches nothing), so that
 * every later preference is demoted as it would be as written.
 */
export function placeHolder(position: number): string {
  return `und-x-skip${position}`;
}

/** True for a {@link placeHolder} (rewritten preferences never have private use: see reducePreference). */
export function isPlaceHolder(tag: string): boolean {
  return tag.startsWith('und-x-');
}

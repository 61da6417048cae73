/**
 * What a caller may pass as "the reader's language": a tag, tags in preference order, an
 * Accept-Language header, or the object `requestLanguage` returns. One reading for every method
 * that takes it (`resolve`, `reader`, `switcher`, `alsoAvailable`), so they cannot disagree.
 */

/** The part of `requestLanguage`'s result that names the reader's languages. */
export interface LanguageChoice {
  /** Tags, best first (what `requestLanguage` puts in `requested`). */
  readonly requested: readonly string[];
}

/**
 * The reader's language as the library's methods take it. The types reject what the library
 * would ignore (a number, say); at run time anything is accepted and read as "no preference".
 *
 * @example resolve(id, 'es')
 * @example resolve(id, ['es-MX', 'en'])
 * @example resolve(id, 'es-MX,es;q=0.9,en;q=0.5')
 * @example resolve(id, requestLanguage(request, { locales: library.locales() }))
 */
export type Requested = string | readonly string[] | LanguageChoice | null | undefined;

/** The tag, list or header inside `requested`: a `LanguageChoice` gives its list; anything else is as given. */
export function requestedValue(requested: unknown): unknown {
  if (typeof requested !== 'object' || requested === null) return requested;
  try {
    if (Array.isArray(requested)) return requested;
    // Read once, as own data only: a getter or an inherited `requested` is not a language choice.
    const own = Object.getOwnPropertyDescriptor(requested, 'requested');
    return own !== undefined && 'value' in own && Array.isArray(own.value) ? own.value : undefined;
  } catch {
    return undefined; // a revoked Proxy, or one whose traps throw: no preference
  }
}

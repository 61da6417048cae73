export { parseAcceptLanguage, readPreferences, MAX_HEADER_LENGTH, MAX_PREFERENCES, MAX_READ } from './accept-language.js';
export { negotiate, matchKind, preferenceMatch, rankLocales } from './negotiate.js';
export type { MatchKind, Negotiation, NegotiateOptions } from './negotiate.js';
export { canonicalizeTag, languageOf, languageSubtag, scriptKey } from './tags.js';

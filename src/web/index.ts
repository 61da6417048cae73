// Websites: reading the reader's language from a request, and the response's language metadata.
export { requestLanguage, type LanguageSource, type RequestLanguage, type RequestLanguageOptions } from './request-language.js';
export type { HeadersLike, NodeHeaders, RequestInput, RequestLike } from './request-parts.js';
export { responseHeaders, type ServedContent } from './response-headers.js';
export { alternateLinks, type AlternateLink, type AlternateLinks, type AlternateLinksOptions, type CanonicalPolicy, type LinkedPage } from './alternate-links.js';
export { switcherLinks, type SwitcherLink } from './switcher-links.js';
export { localeUrl, type LocaleUrl } from './locale-url.js';

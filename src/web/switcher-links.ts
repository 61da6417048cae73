/**
 * switcherLinks: a language switcher's items (`library.switcher`) with the URL each one leads to.
 */
import type { SwitcherItem } from '../library/create-library.js';
import { ConfigError } from '../errors.js';
import { localeUrl, type LocaleUrl } from './locale-url.js';

export interface SwitcherLink extends SwitcherItem {
  readonly href: string;
}

/**
 * The items' entry id (`item.id`) fills `{id}` in `url`; `options.id`, when given, must be the same
 * entry. A pattern with `{id}` and items that carry none is a mistake in the caller's code, so it
 * throws a `ConfigError` at once rather than building `/es/articles/` links that lead nowhere.
 *
 * @example
 * switcherLinks(library.switcher(id, lang), { url: '/{locale}/articles/{id}' })
 * // → [{ locale: 'en', label: 'English', current: false, served: 'en', note: null, href: '/en/articles/…' },
 * //    { locale: 'es', label: 'Español', current: true, served: 'en', note: { text: '(en inglés)', … }, href: '/es/articles/…' }, …]
 */
export function switcherLinks(
  items: readonly SwitcherItem[] | null,
  options: { readonly url: LocaleUrl; readonly id?: string },
): SwitcherLink[] {
  return (items ?? []).map((item) => {
    const id = options.id ?? (item as { readonly id?: unknown }).id;
    if (typeof id !== 'string' && typeof options.url === 'string' && options.url.includes('{id}')) {
      throw new ConfigError('INVALID_OPTION', `switcherLinks: the url "${options.url}" has {id}, but no entry id was given: pass the items library.switcher(id, …) returns, or { url, id }`);
    }
    return { ...item, href: localeUrl(options.url, item.locale, typeof id === 'string' ? id : undefined) };
  });
}

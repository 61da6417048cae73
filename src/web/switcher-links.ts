/**
 * switcherLinks: a language switcher's items (`library.switcher`) with the URL each one leads to.
 */
import type { SwitcherItem } from '../library/create-library.js';
import { localeUrl, type LocaleUrl } from './locale-url.js';

export interface SwitcherLink extends SwitcherItem {
  readonly href: string;
}

/**
 * @example
 * switcherLinks(library.switcher(id, lang.requested), { url: '/{locale}/articles/{id}', id })
 * // → [{ locale: 'en', label: 'English', current: false, served: 'en', note: null, href: '/en/articles/…' },
 * //    { locale: 'es', label: 'Español', current: true, served: 'en', note: { text: '(en inglés)', … }, href: '/es/articles/…' }, …]
 */
export function switcherLinks(
  items: readonly SwitcherItem[] | null,
  options: { readonly url: LocaleUrl; readonly id?: string },
): SwitcherLink[] {
  return (items ?? []).map((item) => ({ ...item, href: localeUrl(options.url, item.locale, options.id) }));
}

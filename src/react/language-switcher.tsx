/**
 * LanguageSwitcher: links to a page in each site language, as plain links (no client JavaScript).
 * The current language is marked with `aria-current="page"`; a language that would show content in
 * another language says so beside its link ("(en inglés)"), in the reader's language.
 */
import type { SwitcherLink } from '../core.js';

export interface LanguageSwitcherProps {
  /** `localized.switcher(id)`, or `switcherLinks(library.switcher(id, requested), { url, id })`. */
  readonly items: readonly SwitcherLink[] | null | undefined;
  /** The navigation's accessible name, in the reader's language ("Idiomas"). */
  readonly label?: string;
  readonly className?: string;
}

/**
 * Each link carries its language's own name with that language's `lang`/`dir`, and `hreflang` of
 * the content it leads to.
 *
 * @example <LanguageSwitcher items={localized.switcher(r.id)} label="Idiomas" />
 */
export function LanguageSwitcher({ items, label, className = 'lc-switcher' }: LanguageSwitcherProps) {
  if (!items || items.length === 0) return null;
  return (
    <nav className={className} aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.locale}>
            <a href={item.href} hrefLang={item.served} lang={item.locale} dir={item.dir} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </a>
            {item.note ? (
              <>
                {' '}
                <span className="lc-switcher-note" lang={item.note.locale} dir={item.note.dir}>
                  {item.note.text}
                </span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * AlternateLinks: the canonical and hreflang `<link>` elements of a page, for `<head>` (React 19
 * hoists `<link>` elements into the document's head when it renders the whole document).
 */
import type { AlternateLinks as Links } from '../core.js';

export interface AlternateLinksProps {
  /** `localized.alternates(r)`, or `alternateLinks(r, { url })` from `localized-content`. */
  readonly links: Links;
}

/**
 * @example <AlternateLinks links={localized.alternates(r)} />
 * // <link rel="canonical" href="…/en/articles/wco-uncac-2021"/><link rel="alternate" hrefLang="en" …/>…
 */
export function AlternateLinks({ links }: AlternateLinksProps) {
  return (
    <>
      {links.canonical === null ? null : <link rel="canonical" href={links.canonical} />}
      {links.alternates.map((link) => (
        <link key={link.hreflang} rel="alternate" hrefLang={link.hreflang} href={link.href} />
      ))}
    </>
  );
}

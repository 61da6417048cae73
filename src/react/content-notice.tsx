/**
 * ContentNotice: a resolution's notice as a server-renderable element, with the notice's own
 * `lang` and `dir` (it is written in the reader's language, not the content's).
 */
import type { Notice } from '../core.js';

export interface ContentNoticeProps {
  /** `resolution.notice`: nothing is rendered for `null`. */
  readonly notice: Notice | null | undefined;
  /** Replaces the default classes `lc-notice lc-notice--<kind>`. */
  readonly className?: string;
}

const OPEN = '<p ';
const CLOSE = '</p>';

/**
 * The inside of the notice's `<p>`: its text with each language name in `<bdi>` (and `lang` where
 * it differs), every inserted value escaped by the library. The opening tag's attribute values are
 * escaped too, so its first `>` ends it.
 */
function innerHtml(html: string): string | undefined {
  if (!html.startsWith(OPEN) || !html.endsWith(CLOSE)) return undefined;
  return html.slice(html.indexOf('>') + 1, -CLOSE.length);
}

/**
 * Renders the same element as `notice.html`, so that language names keep their isolation and
 * `lang`; a notice without that HTML renders its text, which isolates names with FSI…PDI.
 *
 * @example <ContentNotice notice={r.notice} />
 * // <p class="lc-notice lc-notice--unavailable" role="note" lang="es" dir="ltr">Esta página no está disponible en <bdi>español</bdi>…</p>
 */
export function ContentNotice({ notice, className }: ContentNoticeProps) {
  if (!notice) return null;
  const props = { className: className ?? `lc-notice lc-notice--${notice.kind}`, role: 'note', lang: notice.locale, dir: notice.dir };
  const inner = typeof notice.html === 'string' ? innerHtml(notice.html) : undefined;
  return inner === undefined ? <p {...props}>{notice.text}</p> : <p {...props} dangerouslySetInnerHTML={{ __html: inner }} />;
}

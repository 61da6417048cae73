/**
 * ContentNotice: a resolution's notice as a server-renderable element, with the notice's own
 * `lang` and `dir` (it is written in the reader's language, not the content's).
 */
import type { Notice } from '../index.js';

export interface ContentNoticeProps {
  /** `resolution.notice`: nothing is rendered for `null`. */
  readonly notice: Notice | null | undefined;
  /** Replaces the default classes `lc-notice lc-notice--<kind>`. */
  readonly className?: string;
}

/**
 * Renders the notice's text, in which a language name of the other direction is already isolated
 * (FSI…PDI), so no markup from the library is inserted.
 *
 * @example <ContentNotice notice={r.notice} />
 * // <p class="lc-notice lc-notice--unavailable" role="note" lang="es" dir="ltr">Este artículo no está disponible en español…</p>
 */
export function ContentNotice({ notice, className }: ContentNoticeProps) {
  if (!notice) return null;
  return (
    <p className={className ?? `lc-notice lc-notice--${notice.kind}`} role="note" lang={notice.locale} dir={notice.dir}>
      {notice.text}
    </p>
  );
}

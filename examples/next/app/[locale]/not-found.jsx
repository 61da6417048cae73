/**
 * An unknown article in a known language. Next gives a not-found page no route params, so it
 * cannot know the reader's language: it speaks the default language, and says so with `lang`.
 */
import { chromeFor } from '../../../site/chrome.mjs';
import { library } from '../../lib/library.js';

export default function NotFound() {
  const t = chromeFor(library.defaultLocale);
  return (
    <div lang={library.defaultLocale}>
      <h1>{t.notFound}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href={`/${library.defaultLocale}/`}>{t.allArticles}</a>
      </p>
    </div>
  );
}

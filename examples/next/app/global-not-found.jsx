/** A URL whose first segment is no site language: there is no `[locale]` layout to render in. */
import { chromeFor } from '../../site/chrome.mjs';
import { library } from '../lib/library.js';
import './[locale]/site.css';

export default function GlobalNotFound() {
  const t = chromeFor(library.defaultLocale);
  return (
    <html lang={library.defaultLocale}>
      <body>
        <main>
          <h1>{t.notFound}</h1>
          <p>{t.notFoundText}</p>
          <p>
            <a href={`/${library.defaultLocale}/`}>{t.allArticles}</a>
          </p>
        </main>
      </body>
    </html>
  );
}

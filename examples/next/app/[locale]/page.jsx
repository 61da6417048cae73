/** The index: every article as this reader gets it, newest first. */
import { formatDate } from 'localized-content';
import { library } from '../../lib/library.js';
import { chromeFor } from '../../../site/chrome.mjs';

export async function generateMetadata({ params }) {
  const { locale } = await params;
  const url = (l) => `/${l}/`;
  return {
    title: chromeFor(locale).latest,
    alternates: { canonical: url(locale), languages: Object.fromEntries([...library.locales().map((l) => [l, url(l)]), ['x-default', url(library.defaultLocale)]]) },
  };
}

export default async function Index({ params }) {
  const { locale } = await params;
  const t = chromeFor(locale);
  const articles = library.ids().map((id) => library.resolve(id, locale));
  articles.sort((a, b) => String(b.entry.date ?? '').localeCompare(String(a.entry.date ?? '')));
  return (
    <>
      <h1>{t.latest}</h1>
      <ul className="articles">
        {articles.map((r) => (
          <li key={r.id}>
            <a className="title" href={`/${locale}/articles/${encodeURIComponent(r.id)}`} lang={r.locale} dir={r.dir}>
              {String(r.entry.title)}
            </a>
            <p className="meta">{formatDate(r.entry.date, locale)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

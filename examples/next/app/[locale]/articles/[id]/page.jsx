/**
 * An article: the notice in the reader's language, the date in the reader's language, the body in
 * the language it is served in, a switcher to the other languages, and hreflang links in <head>.
 */
import { notFound } from 'next/navigation';
import { alternateLinks, formatDate, switcherLinks } from 'localized-content';
import { ContentNotice, EntryField, LanguageSwitcher } from 'localized-content/react';
import { ARTICLE_URL, library } from '../../../../lib/library.js';
import { chromeFor } from '../../../../../site/chrome.mjs';

export function generateStaticParams() {
  return library.ids().map((id) => ({ id }));
}

export async function generateMetadata({ params }) {
  const { locale, id } = await params;
  const r = library.resolve(id, locale);
  if (r === null) return {};
  const links = alternateLinks(r, { url: ARTICLE_URL });
  return {
    title: String(r.entry.title),
    alternates: { canonical: links.canonical, languages: Object.fromEntries(links.alternates.map((a) => [a.hreflang, a.href])) },
  };
}

export default async function Article({ params }) {
  const { locale, id } = await params;
  const r = library.resolve(id, locale);
  if (r === null) notFound();
  const t = chromeFor(r.uiLocale);
  const date = formatDate(r.entry.date, r.uiLocale);
  return (
    <>
      <LanguageSwitcher items={switcherLinks(library.switcher(id, locale), { url: ARTICLE_URL, id })} label={t.languages} />
      <article>
        <ContentNotice notice={r.notice} />
        {date === null ? null : (
          <p className="date">
            <time dateTime={String(r.entry.date)}>{t.published.replace('{date}', date)}</time>
          </p>
        )}
        <div className="content" lang={r.locale} dir={r.dir}>
          <EntryField resolution={r} field="title" as="h1" />
          <EntryField resolution={r} field="body" html />
        </div>
      </article>
      <p>
        <a href={`/${r.uiLocale}/`}>{t.allArticles}</a>
      </p>
    </>
  );
}

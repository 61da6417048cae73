/**
 * The example site's HTML. Every value that is not the site's own markup is escaped; notices come
 * as HTML from the library (which escapes what it inserts); article bodies are the site's own
 * trusted HTML from its content files.
 */
import { autonym, formatDate } from 'localized-content';
import { micromark } from 'micromark';
import { chromeFor } from './chrome.mjs';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLE = `
:root { font-family: system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif; line-height: 1.55; color: #1d2430; background: #eef1f5; }
body { margin: 0; }
header { background: #12355b; color: #fff; padding: 1rem 1.5rem; }
header a { color: inherit; }
.site-name { font-size: 1.3rem; font-weight: 600; text-decoration: none; }
.switcher ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .6rem 0 0; padding: 0; }
.switcher a { color: #d5e3f5; }
.switcher a[aria-current="page"] { color: #fff; font-weight: 700; }
.switcher .note { font-size: .85em; color: #b9c9dd; margin-inline-start: .3em; }
main { max-width: 46rem; margin: 1.5rem auto; padding: 1.5rem 2rem; background: #fff; border-radius: 6px; }
.lc-notice { margin: 0 0 1.25rem; padding: .8rem 1rem; background: #fff3d1; border-inline-start: 5px solid #d08c00; }
.lc-notice--alsoAvailable { margin-top: 1.5rem; background: #eaf1fa; border-color: #12355b; }
.date { color: #56606e; margin: 0; }
.content h1 { margin: .25rem 0 1rem; line-height: 1.25; }
.articles { list-style: none; padding: 0; }
.articles li { padding: .8rem 0; border-bottom: 1px solid #dde2e8; }
.articles .title { font-weight: 600; font-size: 1.1rem; }
.articles .summary { margin: .25rem 0; }
.meta { color: #56606e; font-size: .9rem; }
`;

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');

function switcherNav(items, t) {
  const links = items.map((item) => {
    const current = item.current ? ' aria-current="page"' : '';
    const note = item.note ? `<span class="note" lang="${esc(item.note.locale)}" dir="${esc(item.note.dir)}">${esc(item.note.text)}</span>` : '';
    return `<li><a href="${esc(item.href)}" hreflang="${esc(item.served)}" lang="${esc(item.locale)}" dir="${esc(item.dir)}"${current}>${esc(item.label)}</a>${note}</li>`;
  });
  return `<nav class="switcher" aria-label="${esc(t.languages)}"><ul>${links.join('')}</ul></nav>`;
}

/** A whole page: `<html lang dir>` are the reader's site language. */
export function layout({ uiLocale, dir, title, head = '', switcher, main }) {
  const t = chromeFor(uiLocale);
  return `<!doctype html>
<html lang="${esc(uiLocale)}" dir="${esc(dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)} · ${esc(t.siteName)}</title>
${head}
<style>${STYLE}</style>
</head>
<body>
<header><a class="site-name" href="/${esc(uiLocale)}/">${esc(t.siteName)}</a>${switcherNav(switcher, t)}</header>
<main>
${main}
</main>
</body>
</html>
`;
}

/** The direction of `locale`, one of the entry's languages (its alternates say), else the content's. */
const dirOf = (r, locale) => r.alternates.find((a) => a.locale === locale)?.dir ?? r.dir;

/**
 * ` lang="…" dir="…"` of one field: its own language, which in a partial translation is not the
 * content's (`fieldLocales` says which), so that a screen reader reads each part with its own voice.
 */
function fieldLang(r, field) {
  const locale = r.fieldLocales[field] ?? r.locale;
  return ` lang="${esc(locale)}" dir="${esc(dirOf(r, locale))}"`;
}

/**
 * The article page: the notice, the date in the reader's language, the body in the content's.
 * A body the library says is Markdown (`r.fieldFormats.body`, for articles kept as `<id>.md`)
 * becomes HTML through micromark (CommonMark), which escapes any HTML written in it; other bodies
 * are the site's own HTML.
 */
export function articleMain(r, alsoAvailable) {
  const body = typeof r.entry.body !== 'string' ? '' : r.fieldFormats.body === 'markdown' ? micromark(r.entry.body) : r.entry.body;
  const t = chromeFor(r.uiLocale);
  const date = formatDate(r.entry.date, r.uiLocale);
  const dateLine = date === null ? '' : `<p class="date"><time datetime="${esc(r.entry.date)}">${esc(fill(t.published, { date }))}</time></p>`;
  return `<article>
${r.notice?.html ?? ''}
${dateLine}
<div class="content" lang="${esc(r.locale)}" dir="${esc(r.dir)}">
<h1${fieldLang(r, 'title')}>${esc(r.entry.title)}</h1>
<div class="body"${fieldLang(r, 'body')}>
${body}
</div>
</div>
${alsoAvailable?.html ?? ''}
</article>
<p><a href="/${esc(r.uiLocale)}/">${esc(t.allArticles)}</a></p>`;
}

/** The index: every article as this reader would get it, with the languages it exists in. */
export function indexMain(uiLocale, items) {
  const t = chromeFor(uiLocale);
  const rows = items.map(({ r, href, note }) => {
    const date = formatDate(r.entry.date, uiLocale);
    const languages = r.alternates.map((a) => `<span lang="${esc(a.locale)}" dir="${esc(a.dir)}">${esc(a.label)}</span>`).join(', ');
    const fallback = note ? ` <span class="note" lang="${esc(note.locale)}" dir="${esc(note.dir)}">${esc(note.text)}</span>` : '';
    return `<li>
<a class="title" href="${esc(href)}" lang="${esc(r.locale)}" dir="${esc(r.dir)}">${esc(r.entry.title)}</a>${fallback}
<p class="summary" lang="${esc(r.fieldLocales.summary ?? r.locale)}" dir="${esc(dirOf(r, r.fieldLocales.summary))}">${esc(r.entry.summary)}</p>
<p class="meta">${date === null ? '' : `<time datetime="${esc(r.entry.date)}">${esc(date)}</time> · `}${esc(t.availableIn)} ${languages}</p>
</li>`;
  });
  return `<h1>${esc(t.latest)}</h1>\n<ul class="articles">\n${rows.join('\n')}\n</ul>`;
}

export function notFoundMain(uiLocale) {
  const t = chromeFor(uiLocale);
  return `<h1>${esc(t.notFound)}</h1>\n<p>${esc(t.notFoundText)}</p>\n<p><a href="/${esc(uiLocale)}/">${esc(t.allArticles)}</a></p>`;
}

/** A switcher for pages that are not an entry: every site language, in its own name. */
export function siteSwitcher(library, uiLocale, href) {
  return library.locales().map((locale) => ({
    locale, label: autonym(locale), dir: library.reader(locale).dir, current: locale === uiLocale, served: locale, note: null, href: href(locale),
  }));
}

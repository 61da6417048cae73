// The client-side page: the package's browser entry, bundled by esbuild, resolving an article for
// `navigator.languages` and rendering the notice. Only the catalogs of the site's languages are
// bundled (English comes with the entry). `?id=` picks the article, `?lang=` a language.
import { createContentLibrary, formatDate, switcherLinks } from 'localized-content';
import arCatalog from 'localized-content/catalogs/ar';
import esCatalog from 'localized-content/catalogs/es';
import frCatalog from 'localized-content/catalogs/fr';
import ruCatalog from 'localized-content/catalogs/ru';
import zhCatalog from 'localized-content/catalogs/zh';
import ar from '../content/locales/ar/articles.json' with { type: 'json' };
import en from '../content/locales/en/articles.json' with { type: 'json' };
import es from '../content/locales/es/articles.json' with { type: 'json' };
import fr from '../content/locales/fr/articles.json' with { type: 'json' };
import ru from '../content/locales/ru/articles.json' with { type: 'json' };
import zh from '../content/locales/zh/articles.json' with { type: 'json' };
import { chromeFor } from '../site/chrome.mjs';

const library = createContentLibrary({
  defaultLocale: 'en',
  locales: ['en', 'fr', 'es', 'ru', 'ar', 'zh'],
  resources: { en: { articles: en }, fr: { articles: fr }, es: { articles: es }, ru: { articles: ru }, ar: { articles: ar }, zh: { articles: zh } },
  catalogs: [frCatalog, esCatalog, ruCatalog, arCatalog, zhCatalog],
});

const params = new URLSearchParams(location.search);
const chosen = params.get('lang');
// `resolve` validates whatever it is given: a bad `?lang=` is ignored like a bad header.
const requested = chosen ? [chosen, ...navigator.languages] : navigator.languages;
const id = library.resolve(params.get('id'), requested) ? params.get('id') : 'wco-uncac-2021';
const r = library.resolve(id, requested);
const t = chromeFor(r.uiLocale);

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

document.documentElement.lang = r.uiLocale;
document.documentElement.dir = library.reader(requested).dir;
document.title = `${r.entry.title} · ${t.siteName}`;

const header = element('header');
header.append(element('span', { class: 'site-name' }, t.siteName));
const list = element('ul');
for (const item of switcherLinks(library.switcher(id, requested), { url: '?id={id}&lang={locale}', id })) {
  const li = element('li');
  const a = element('a', { href: item.href, hreflang: item.served, lang: item.locale, dir: item.dir }, item.label);
  if (item.current) a.setAttribute('aria-current', 'page');
  li.append(a);
  if (item.note) li.append(element('span', { class: 'note', lang: item.note.locale, dir: item.note.dir }, item.note.text));
  list.append(li);
}
const nav = element('nav', { class: 'switcher', 'aria-label': t.languages });
nav.append(list);
header.append(nav);

const article = element('article');
// The notice's HTML is built by the library, which escapes everything it inserts.
if (r.notice) article.insertAdjacentHTML('beforeend', r.notice.html);
const date = formatDate(r.entry.date, r.uiLocale);
if (date !== null) {
  const line = element('p', { class: 'date' });
  line.append(element('time', { datetime: r.entry.date }, t.published.replace('{date}', date)));
  article.append(line);
}
const content = element('div', { class: 'content', lang: r.locale, dir: r.dir });
content.append(element('h1', {}, r.entry.title));
// The body is the site's own HTML, from its content files.
content.insertAdjacentHTML('beforeend', r.entry.body ?? '');
article.append(content);

const footer = element('p', { class: 'env', dir: 'ltr', lang: 'en' }, `navigator.languages = ${JSON.stringify(navigator.languages)}`);
document.getElementById('app').replaceChildren(header, article, footer);

// The seed scenario: a Spanish reader opens an article that exists only in English.
// Run with `npm run demo` (it builds the package first); it imports the package by its own name.
import { createContentLibrary } from 'localized-content';
import { loadResources } from 'localized-content/node';

const resources = await loadResources(new URL('./content/locales/', import.meta.url).pathname);
const header = 'es-ES,es;q=0.9';
const library = createContentLibrary({ defaultLocale: 'en', resources });
const { resolve } = library;
const r = resolve('wco-uncac-2021', header);

const date = new Intl.DateTimeFormat(r.uiLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${r.entry.date}T00:00:00Z`));
console.log(`A reader sends Accept-Language: ${header}
and opens "wco-uncac-2021", which the site has only in English.

  reader's site language  ${r.uiLocale} (page chrome and notice)
  content served in       ${r.locale} (${r.match}), dir=${r.dir}
  date, reader's language ${date}
  title                   ${r.entry.title}
  notice                  [${r.notice.kind}] lang=${r.notice.locale} dir=${r.notice.dir}
    ${r.notice.text}
  notice as HTML
    ${r.notice.html}
  available in            ${r.alternates.map((a) => `${a.label} (${a.locale})`).join(', ')}
`);

const seedStyle = createContentLibrary({ defaultLocale: 'en', resources, labelStyle: 'english-autonym' });
console.log(`With labelStyle 'english-autonym', as many institutional sites name languages:
    ${seedStyle.resolve('wco-uncac-2021', header).notice.text}
`);

for (const reader of ['ar', 'ru', 'zh-CN', 'fr-CA']) {
  const n = resolve('wco-uncac-2021', reader).notice;
  console.log(`A reader of ${reader.padEnd(5)} → [${n.locale}, ${n.dir}] ${n.text}`);
}

// Articles kept as Markdown files of their own (locales/<locale>/articles/<id>.md): the front matter
// gives the fields, the Markdown text the body, served as written; `fieldFormats` says it is Markdown.
console.log('\nArticles kept as Markdown files:');
for (const [id, reader] of [['port-community-systems', 'es'], ['laboratory-network-2025', 'es'], ['risk-management-handbook', 'fr']]) {
  const m = resolve(id, reader);
  const firstLine = String(m.entry.body).trim().split('\n')[0];
  console.log(`  ${id} for a reader of ${reader}: ${m.locale}, notice ${m.notice ? `[${m.notice.kind}] ${m.notice.text}` : 'none'}
    title "${m.entry.title}"
    body (${m.fieldFormats.body ?? 'as stored'}, from ${m.fieldLocales.body}) ${firstLine.slice(0, 70)}…`);
}

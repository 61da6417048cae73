// The example site's articles on Express: `npm run example:express` (PORT; ORIGIN makes hreflang links absolute).
import express from 'express';
import { createContentLibrary } from 'localized-content';
import { localizedContent } from 'localized-content/express';
import { loadResources } from 'localized-content/node';
import { articleMain, layout, notFoundMain } from '../site/pages.mjs'; // the HTML templates

const library = createContentLibrary({ defaultLocale: 'en', resources: await loadResources(new URL('../content/locales/', import.meta.url)) });
const app = express().use(localizedContent(library, { redirectRoot: true, origin: process.env.ORIGIN }));
app.get('/:locale/articles/:id', (req, res, next) => {
  const { localized } = req, r = localized.resolve(req.params.id);
  if (r === null) return next();
  res.send(layout({ ...localized.reader(), title: r.entry.title, head: localized.alternates(r).html, switcher: localized.switcher(r.id), main: articleMain(r) }));
});
app.use(({ localized }, res) => res.status(404).send(layout({ ...localized.reader(), title: '404', switcher: [], main: notFoundMain(localized.reader().uiLocale) })));
const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/es/articles/wco-uncac-2021`));

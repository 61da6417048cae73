/**
 * The root layout: `<html lang dir>` is the reader's site language, the one in the URL. Only the
 * site's locales exist (`dynamicParams = false`): any other first segment is a 404.
 */
import { library } from '../../lib/library.js';
import { chromeFor } from '../../../site/chrome.mjs';
import './site.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return library.locales().map((locale) => ({ locale }));
}

export async function generateMetadata({ params }) {
  const { locale } = await params;
  return {
    metadataBase: new URL(process.env.SITE_ORIGIN ?? 'http://127.0.0.1:3000'),
    title: { default: chromeFor(locale).siteName, template: `%s · ${chromeFor(locale).siteName}` },
  };
}

export default async function Layout({ children, params }) {
  const { locale } = await params;
  const t = chromeFor(locale);
  return (
    <html lang={locale} dir={library.reader(locale).dir}>
      <body>
        <header>
          <a className="site-name" href={`/${locale}/`}>{t.siteName}</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}

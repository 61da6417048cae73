// Turns each built-in catalog, locales/<locale>/notice.json, into src/catalogs/generated/<locale>.ts:
// the messages only (translator notes stay in the JSON), compiled to ICU syntax trees, so that a
// browser bundle carries neither notes nor a message parser. The JSON files are the source; the
// generated files are not committed.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { parse } from '@formatjs/icu-messageformat-parser';

const root = new URL('../', import.meta.url);
const out = new URL('src/catalogs/generated/', root);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const locales = readdirSync(new URL('locales/', root)).filter((l) => existsSync(new URL(`locales/${l}/notice.json`, root)));
for (const locale of locales) {
  const data = JSON.parse(readFileSync(new URL(`locales/${locale}/notice.json`, root), 'utf8'));
  const messages = { '@@locale': locale };
  for (const [key, value] of Object.entries(data)) if (!key.startsWith('@')) messages[key] = parse(value, { ignoreTag: true });
  writeFileSync(
    new URL(`${locale}.ts`, out),
    `// Generated from locales/${locale}/notice.json by scripts/gen-catalogs.mjs: edit the JSON, not this file.\n` +
      `import type { NoticeCatalog } from '../../notice/catalogs.js';\n\n` +
      `/** The built-in notice catalog for ${locale}, to pass in \`catalogs\`. */\n` +
      `const catalog: NoticeCatalog = ${JSON.stringify(messages, null, 2)};\n\nexport default catalog;\n`,
  );
}
writeFileSync(new URL('locales.json', out), `${JSON.stringify(locales)}\n`);
console.log(`generated ${locales.length} catalog modules`);

/** Locale trees built in a temporary folder for a test, removed after it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A new temporary folder, removed when the test ends. */
export function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'lc-edit-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** A locales tree with `count` entries translated into Spanish, none stamped yet. */
export function spanishTree(count: number): { dir: string; es: string } {
  const dir = join(folder(), 'locales');
  const en: Record<string, unknown> = {};
  const es: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    en[`e${i}`] = { title: `Title ${i}`, body: `Body ${i}` };
    es[`e${i}`] = { title: `Título ${i}`, body: `Cuerpo ${i}` };
  }
  for (const [locale, data] of [['en', en], ['es', es]] as const) {
    mkdirSync(join(dir, locale), { recursive: true });
    writeFileSync(join(dir, locale, 'articles.json'), `${JSON.stringify(data, null, 2)}\n`);
  }
  return { dir, es: join(dir, 'es/articles.json') };
}


/**
 * What a fresh Node process loads for its first request (issue: cold start). Not timed: these
 * check the design that keeps the first request cheap. The built package (dist/) is used, as a
 * site would import it; `npm test` builds first.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url);

/** Imports reachable from a built entry through its own relative imports: bare and relative. */
function importsOf(entry: string): { bare: Set<string>; files: Set<string> } {
  const bare = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(new URL(file, dist), 'utf8');
    for (const [, specifier] of code.matchAll(/^(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
      if (specifier!.startsWith('./')) visit(specifier!.slice(2));
      else bare.add(specifier!);
    }
  };
  visit(entry);
  seen.delete(entry);
  return { bare, files: seen };
}

describe('the Node entry at start-up', () => {
  it('imports i18next and the matcher, and no message parser (intl-messageformat is carried parser-less)', () => {
    const imports = importsOf('index.node.js').bare;
    expect([...imports].filter((s) => s.startsWith('@formatjs/') || s.includes('messageformat')).sort()).toEqual(['@formatjs/intl-localematcher']);
    expect(imports).toContain('i18next');
  });

  it('loads one module besides itself, the core it shares with the bundle entry (each further ES module costs the loader at start-up)', () => {
    const files = [...importsOf('index.node.js').files];
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^chunk-[\w-]+\.js$/);
    expect(readFileSync(new URL('index.js', dist), 'utf8')).toContain(`./${files[0]}`);
  });

  it('the first request with a notice asks the engine for no display names or number formats', () => {
    // Counts the Intl services that load ICU locale data, around import + create + first resolve.
    const script = `
      const counts = { DisplayNames: 0, NumberFormat: 0, supportedLocalesOf: 0 };
      for (const name of ['DisplayNames', 'NumberFormat']) {
        const Original = Intl[name];
        Intl[name] = new Proxy(Original, {
          construct(target, args) { counts[name]++; return Reflect.construct(target, args); },
          get(target, key) {
            if (key === 'supportedLocalesOf') return (...args) => { counts.supportedLocalesOf++; return target.supportedLocalesOf(...args); };
            return Reflect.get(target, key);
          },
        });
      }
      const { createContentLibrary } = await import(${JSON.stringify(new URL('index.node.js', dist).href)});
      const resources = { en: { articles: { a: { title: 'A' } } }, es: { articles: {} }, fr: { articles: {} } };
      const library = createContentLibrary({ defaultLocale: 'en', resources });
      const text = library.resolve('a', 'es-ES,es;q=0.9').notice.text;
      console.log(JSON.stringify({ counts, text }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out.text).toBe('Esta página no está disponible en español, por lo que se muestra en inglés.');
    expect(out.counts).toEqual({ DisplayNames: 0, NumberFormat: 0, supportedLocalesOf: 0 });
  });

  it('a notice that needs more (a date) still formats, through intl-messageformat', () => {
    const script = `
      const { createContentLibrary } = await import(${JSON.stringify(new URL('index.node.js', dist).href)});
      const resources = {
        en: { articles: { a: { title: 'A', body: 'B', '@meta': { updated: '2021-09-17' } } } },
        es: { articles: { a: { title: 'A (es)', body: 'B (es)', '@meta': { sourceHash: '0123456789abcdef' } } } },
      };
      const library = createContentLibrary({ defaultLocale: 'en', resources });
      console.log(JSON.stringify(library.resolve('a', 'es')?.notice ?? null));
    `;
    const notice = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(notice?.kind).toBe('outdated');
    expect(notice?.text).toContain('17 de septiembre de 2021');
  });
});

/**
 * What creation asks of the engine's locale data. The first use of likely subtags (`Intl.Locale`'s
 * `maximize`, behind best fit) in a process costs milliseconds, tens on a loaded machine with a
 * large heap; creation checks every site language against the notice catalogs, and a language whose
 * own catalog is there needs no best fit. Counts the `Intl.Locale` objects made while a library is
 * created (each test file runs in a fresh module graph, so no cache answers instead).
 */
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';
import type { Problem } from '../../src/index.node.js';

const entry = { a: { title: 'T', body: 'B' } };
const resources = (locales: string[]) => Object.fromEntries(locales.map((locale) => [locale, { articles: entry }]));

/** `Intl.Locale` objects made while `create` runs. */
function localesMadeBy(create: () => void): number {
  const original = Intl.Locale;
  let made = 0;
  const counting = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.Locale>, newTarget: NewableFunction) {
      made++;
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
  // Intl.Locale is a writable property of Intl; its type says read-only.
  const set = (value: typeof Intl.Locale) => Object.defineProperty(Intl, 'Locale', { value, writable: true, configurable: true });
  set(counting);
  try {
    create();
  } finally {
    set(original);
  }
  return made;
}

// [site languages, Intl.Locale objects made at creation: none, or some; problems reported]
const cases: Array<[string[], 'none' | 'some', string[]]> = [
  [['en', 'fr', 'es', 'de', 'zh-Hant', 'pt-PT'], 'none', []],
  [['en', 'es-419'], 'some', []], // es-419 is covered by es: best fit says so
  [['en', 'tlh'], 'some', ['MISSING_CATALOG']],
];

describe('creation', () => {
  it.each(cases)('site languages %j: likely subtags read: %s', (locales, expected, codes) => {
    const problems: Problem[] = [];
    const made = localesMadeBy(() => createContentLibrary({ defaultLocale: 'en', resources: resources(locales), onProblem: (p) => problems.push(p) }));
    if (expected === 'none') expect(made).toBe(0);
    else expect(made).toBeGreaterThan(0);
    expect(problems.map((p) => p.code)).toEqual(codes);
  });
});

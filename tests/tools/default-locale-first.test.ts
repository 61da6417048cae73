import { describe, expect, it } from 'vitest';
import { defaultLocaleFirst } from '../../src/tools/default-locale-first.js';

describe('defaultLocaleFirst(defaultLocale)', () => {
  it.each<[string[], string, string[]]>([
    [['fr', 'en', 'de'], 'en', ['en', 'de', 'fr']],
    [['pt-BR', 'pt', 'es'], 'pt-BR', ['pt-BR', 'es', 'pt']],
    [['zh-Hant', 'zh-Hans', 'ar'], 'fr', ['ar', 'zh-Hans', 'zh-Hant']],
    [['en'], 'en', ['en']],
    [[], 'en', []],
  ])('%j sorted with defaultLocaleFirst(%j) → %j', (locales, defaultLocale, expected) => {
    expect([...locales].sort(defaultLocaleFirst(defaultLocale))).toEqual(expected);
  });
});

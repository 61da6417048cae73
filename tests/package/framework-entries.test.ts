/**
 * The built framework entries (`npm test` builds first): React stays in its own entry, and the
 * express, hono and react entries use the core through the package's public entry rather than
 * carrying a copy of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
const code = (file: string) => readFileSync(resolve(dist, file), 'utf8');
const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c?js)$/.test(f));
const IMPORTS_REACT = /(?:from\s*|require\(\s*|import\(\s*)["']react(?:-dom)?(?:\/[^"']*)?["']/;

describe('the built package', () => {
  it('has the three framework entries in both formats', () => {
    expect(['express', 'hono', 'react'].flatMap((name) => [`${name}.js`, `${name}.cjs`]).filter((f) => !modules.includes(f))).toEqual([]);
  });

  it('imports React only from the react entry', () => {
    const importing = modules.filter((file) => IMPORTS_REACT.test(code(file)));
    expect(importing.sort()).toEqual(['react.cjs', 'react.js']);
  });

  it.each(['express.js', 'express.cjs', 'hono.js', 'hono.cjs'])('%s takes the core from localized-content, with no copy of it', (file) => {
    const text = code(file);
    expect([/(?:from |require\()['"]localized-content['"]/.test(text), /function (?:canonicalizeTag|parseAcceptLanguage|requestLanguage)\b/.test(text)]).toEqual([true, false]);
  });
});

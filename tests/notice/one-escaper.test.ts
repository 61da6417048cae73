/**
 * One escaper of text for HTML and XML in the project, `escapeHtml` (src/notice/html.ts): notices,
 * alternate links, the CLI's HTML report and the XLIFF writer all use it. A second one drifts (the
 * XLIFF writer's own left `'` and `>` as they were).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/core.js';

const SRC = join(import.meta.dirname, '../../src');
const HOME = 'notice/html.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));
}

describe('one escaper', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ["l'été", 'l&#39;été'],
  ])('escapeHtml(%j) is %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  it(`no source file but ${HOME} writes an entity of its own`, () => {
    const others = sources(SRC)
      .filter((file) => relative(SRC, file) !== HOME)
      .filter((file) => /['"`]&(?:amp|lt|gt|quot|#39|apos);/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(others).toEqual([]);
  });
});

/**
 * Raw HTML in a Markdown body is compared with the source's by the same comparison as HTML in a
 * JSON body (text-signature.ts): elements, balance, URLs, and event-handler attributes, which run
 * script. `check` reports it; `import` refuses it.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markupProblems } from '../../src/tools/exchange/markup-check.js';
import { checkTree } from '../../src/tools/check/check-tree.js';
import { cli, copyTree, ROOT } from '../cli/run-cli.js';

const SOURCE = '# Guide\n\nText with <b>bold</b> words and a [link](https://example.org/guide).\n\n<div class="note">Read <a href="https://example.org/a">this</a>.</div>\n';
const TRANSLATED = '# Guía\n\nTexto con palabras en <b>negrita</b> y un [enlace](https://example.org/guide).\n\n<div class="note">Lea <a href="https://example.org/a">esto</a>.</div>\n';

describe('markupProblems of a Markdown body with raw HTML', () => {
  it.each<[string, string, string[]]>([
    ['the HTML kept, words translated', TRANSLATED, []],
    ['a <script> block appended', `${TRANSLATED}\n<script>alert(1)</script>\n`, ["<script> is not in the source; use the source's tags only"]],
    ['an <img onerror> appended', `${TRANSLATED}\n<img src=x onerror=alert(1)>\n`, [
      "<img> is not in the source; use the source's tags only",
      "<img onerror> is not in the source: an event-handler attribute runs script in the reader's browser; keep the source's attributes only",
    ]],
    ['a link to another site appended', `${TRANSLATED}\nMás en <a href="https://evil.example">aquí</a>.\n`, ["<a> is not in the source; use the source's tags only"]],
    ['an onclick on a kept element', TRANSLATED.replace('<b>', '<b onclick="steal()">'), [
      "<b onclick> is not in the source: an event-handler attribute runs script in the reader's browser; keep the source's attributes only",
    ]],
    ['a javascript: link in place of the source\'s', TRANSLATED.replace('https://example.org/a', 'javascript:steal()'), [
      "the link javascript:steal() runs script and is not in the source; keep the source's links",
    ]],
    ['an inline element dropped', TRANSLATED.replace('<b>negrita</b>', 'negrita'), ["the source's <b> element is missing here; keep the source's tags around the translated words"]],
    ['an element left open', TRANSLATED.replace('</b>', ''), ['<b> is never closed; add </b>']],
  ])('%s', (_, translation, expected) => {
    expect(markupProblems(SOURCE, translation, { markdown: true, locale: 'es' })).toEqual(expected);
  });

  it('<script> inside code is code: only the code rule speaks', () => {
    expect(markupProblems('Use `x`.\n', 'Use `<script>`.\n', { markdown: true, locale: 'es' })).toEqual([
      'inline code "<script>" is not in the source; code stays as in the source, untranslated',
      'the source\'s inline code "x" is missing',
    ]);
  });
});

describe('markupProblems of an HTML (JSON) body', () => {
  it.each<[string, string, string[]]>([
    ['<p onclick> added', '<p onclick="steal()">Hola</p>', ["<p onclick> is not in the source: an event-handler attribute runs script in the reader's browser; keep the source's attributes only"]],
    ['<img onerror> added', '<p>Hola <img src="a.png" onerror="steal()"></p>', [
      "<img> is not in the source; use the source's tags only",
      "<img onerror> is not in the source: an event-handler attribute runs script in the reader's browser; keep the source's attributes only",
    ]],
    ['the same markup, words translated', '<p>Hola</p>', []],
  ])('%s', (_, translation, expected) => {
    expect(markupProblems('<p>Hello</p>', translation, { markdown: false, locale: 'es' })).toEqual(expected);
  });
});

describe('check and import on a Markdown article', () => {
  const EXAMPLE = join(ROOT, 'examples/content/locales');
  const es = (dir: string) => join(dir, 'es/articles/port-community-systems.md');

  it.each([
    ['<script>steal()</script>', 'error markup-mismatch "body": <script> is not in the source; use the source\'s tags only'],
    ['<img src=x onerror=steal()>', 'error markup-mismatch "body": <img> is not in the source; use the source\'s tags only'],
    ['Más en <a href="https://evil.example">aquí</a>.', 'error markup-mismatch "body": <a> is not in the source; use the source\'s tags only'],
  ])('check: %s appended to the es body is an error at its line', async (html, expected) => {
    const dir = copyTree(EXAMPLE);
    const lines = readFileSync(es(dir), 'utf8').split('\n').length;
    appendFileSync(es(dir), `\n${html}\n`);
    const { problems } = await checkTree(dir);
    const found = problems.filter((p) => p.file.endsWith(join('es', 'articles', 'port-community-systems.md')) && p.severity === 'error');
    expect(found.map((p) => [p.line, `${p.severity} ${p.rule} ${p.message}`])).toContainEqual([lines + 1, expected]);
  });

  it('import: a PO translation of a Markdown body with <script> is refused', async () => {
    const dir = copyTree(EXAMPLE);
    const po = join(dir, 'es.po');
    expect((await cli(['export', 'es', '--format', 'po', '--out', po, '--dir', dir])).code).toBe(0);
    const text = readFileSync(po, 'utf8');
    // The risk-management-handbook body (missing in es) gets its source text plus a script.
    const at = text.indexOf('msgctxt "risk-management-handbook/body"');
    const end = text.indexOf('msgstr ""', at);
    const msgid = text.slice(text.indexOf('msgid', at) + 'msgid'.length, end).trim();
    writeFileSync(po, `${text.slice(0, end)}msgstr ${msgid}\n"\\n<script>steal()</script>\\n"${text.slice(end + 'msgstr ""'.length)}`);
    const run = await cli(['import', po, '--dir', dir, '--json']);
    const refused = (JSON.parse(run.stdout) as { refused: { id: string; field: string; reason: string; message: string }[] }).refused;
    expect(refused.filter((r) => r.reason !== 'unfinished').map((r) => [r.id, r.field, r.reason, r.message])).toEqual([['risk-management-handbook', 'body', 'markup', "<script> is not in the source; use the source's tags only"]]);
  });
});

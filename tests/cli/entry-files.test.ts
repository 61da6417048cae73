/**
 * A file per entry, `<locale>/<namespace>/<id>.json` and `<id>.md`, mixed with namespace files:
 * loaded by `loadResources`, counted by `status`, stamped in place by `stamp`. (`check` positions for
 * these layouts are in check.test.ts, trees `entry-files` and `entry-files-syntax`.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../src/node/load-resources.js';
import { readEntryDocument } from '../../src/node/entry-document.js';
import { stampFrontMatter } from '../../src/tools/stamp/stamp-front-matter.js';
import { stampEntryText } from '../../src/tools/stamp/stamp-text.js';
import { stampTranslations } from '../../src/tools/stamp/stamp.js';
import { cli, copyTree, TREES } from './run-cli.js';

const H = '0123456789abcdef';
const TREE = join(TREES, 'entry-files');

// [how the translator wrote the Markdown entry, the text before, the text after stamping it with H].
const markdown: [string, string, string][] = [
  ['front matter without @meta', '---\ntitle: Hola\n---\n# Hola\n', `---\ntitle: Hola\n"@meta":\n  sourceHash: "${H}"\n---\n# Hola\n`],
  ['no front matter at all', '# Hola\n\nTexto.\n', `---\n"@meta":\n  sourceHash: "${H}"\n---\n# Hola\n\nTexto.\n`],
  ['an older hash, comments kept', '---\n# translated by Ana\ntitle: Hola # short\n"@meta":\n  sourceHash: ffffffffffffffff\n---\nTexto.\n', `---\n# translated by Ana\ntitle: Hola # short\n"@meta":\n  sourceHash: "${H}"\n---\nTexto.\n`],
  ['@meta with other fields, four spaces', '---\n"@meta":\n    updated: 2025-01-02\ntitle: Hola\n---\nTexto.\n', `---\n"@meta":\n    sourceHash: "${H}"\n    updated: 2025-01-02\ntitle: Hola\n---\nTexto.\n`],
  ['@meta on one line', '---\ntitle: Hola\n"@meta": { updated: 2025-01-02 }\n---\nTexto.\n', `---\ntitle: Hola\n"@meta": { sourceHash: "${H}", updated: 2025-01-02 }\n---\nTexto.\n`],
  ['CRLF line ends', '---\r\ntitle: Hola\r\n---\r\nTexto.\r\n', `---\r\ntitle: Hola\r\n"@meta":\r\n  sourceHash: "${H}"\r\n---\r\nTexto.\r\n`],
  ['a hash of digits only stays a string', '---\ntitle: Hola\n---\n', `---\ntitle: Hola\n"@meta":\n  sourceHash: "1234567890123456"\n---\n`],
];

describe('stampFrontMatter(text, hash) edits the front matter in place', () => {
  it.each(markdown)('stampFrontMatter with %s', (name, before, after) => {
    const hash = name.startsWith('a hash of digits') ? '1234567890123456' : H;
    expect(stampFrontMatter(before, hash, 'x.md')).toBe(after);
  });

  it('stampFrontMatter with the current hash returns the text unchanged', () => {
    const text = `---\n"@meta":\n  sourceHash: "${H}"\n---\nTexto.\n`;
    expect(stampFrontMatter(text, H, 'x.md')).toBe(text);
  });

  it.each([
    ['---\ntitle: [Hola\n---\nTexto.\n', 'YAML_SYNTAX'],
    ['---\ntitle: Hola\n"@meta": 3\n---\n', 'INVALID_RESOURCES'],
  ])('stampFrontMatter(%j) throws %s', (text, code) => {
    expect(() => stampFrontMatter(text, H, 'x.md')).toThrow(expect.objectContaining({ code }));
  });
});

// [how @meta is written, the text before, the text after stamping it with H and the hashes per field F].
const F = { body: '1a2b3c4d', title: '5e6f7a8b' };
const FY = '{ "body": "1a2b3c4d", "title": "5e6f7a8b" }';
const withFields: [string, string, string][] = [
  ['no @meta', '---\ntitle: Hola\n---\nTexto.\n', `---\ntitle: Hola\n"@meta":\n  sourceHash: "${H}"\n  fieldHashes: ${FY}\n---\nTexto.\n`],
  ['no front matter', 'Texto.\n', `---\n"@meta":\n  sourceHash: "${H}"\n  fieldHashes: ${FY}\n---\nTexto.\n`],
  ['a hash stamped before fields were recorded: the fields are added, the rest kept',
    '---\ntitle: Hola # corto\n"@meta":\n    sourceHash: ffffffffffffffff\n    updated: 2025-01-02\n---\nTexto.\n',
    `---\ntitle: Hola # corto\n"@meta":\n    fieldHashes: ${FY}\n    sourceHash: "${H}"\n    updated: 2025-01-02\n---\nTexto.\n`],
  ['older hashes per field as an indented block: replaced by one line',
    '---\n"@meta":\n  sourceHash: "ffffffffffffffff"\n  fieldHashes:\n    title: "00000000"\n  updated: 2025-01-02\ntitle: Hola\n---\nTexto.\n',
    `---\n"@meta":\n  sourceHash: "${H}"\n  fieldHashes: ${FY}\n  updated: 2025-01-02\ntitle: Hola\n---\nTexto.\n`],
  ['@meta on one line with older hashes per field',
    '---\n"@meta": { sourceHash: ffffffffffffffff, fieldHashes: { title: "00000000" } }\n---\nTexto.\n',
    `---\n"@meta": { sourceHash: "${H}", fieldHashes: ${FY} }\n---\nTexto.\n`],
  ['@meta on one line without them', '---\n"@meta": { updated: 2025-01-02 }\n---\n', `---\n"@meta": { sourceHash: "${H}", fieldHashes: ${FY}, updated: 2025-01-02 }\n---\n`],
  ['an empty fieldHashes key', '---\n"@meta":\n  fieldHashes:\n  sourceHash: "ffffffffffffffff"\n---\n', `---\n"@meta":\n  fieldHashes: ${FY}\n  sourceHash: "${H}"\n---\n`],
  ['CRLF, older block of hashes', '---\r\n"@meta":\r\n  fieldHashes:\r\n    title: "00000000"\r\n  sourceHash: ffffffffffffffff\r\n---\r\nTexto.\r\n',
    `---\r\n"@meta":\r\n  fieldHashes: ${FY}\r\n  sourceHash: "${H}"\r\n---\r\nTexto.\r\n`],
];

describe('stampFrontMatter(text, { sourceHash, fieldHashes }) records a hash per field in the front matter', () => {
  it.each(withFields)('with %s', (_, before, after) => {
    expect(stampFrontMatter(before, { sourceHash: H, fieldHashes: F }, 'x.md')).toBe(after);
  });

  it('reads back as the same fields and @meta with the hashes', () => {
    const [, before, after] = withFields[3]!;
    const read = (text: string) => readEntryDocument(text, 'markdown').value;
    expect(read(after)).toEqual({ ...read(before), '@meta': { sourceHash: H, fieldHashes: F, updated: '2025-01-02' } });
  });

  it('an entry stamped with the same hashes is returned unchanged; different field hashes are rewritten', () => {
    const current = `---\n"@meta":\n  sourceHash: "${H}"\n  fieldHashes: { body: "1a2b3c4d", title: "5e6f7a8b" }\n---\n`;
    expect(stampFrontMatter(current, { sourceHash: H, fieldHashes: F }, 'x.md')).toBe(current);
    expect(stampFrontMatter(current, { sourceHash: H, fieldHashes: { ...F, title: '00000000' } }, 'x.md')).toContain('"title": "00000000"');
  });
});

describe('stampEntryText(text, hash) on an entry file of its own', () => {
  it.each([
    ['two spaces', '{\n  "title": "Hola"\n}\n', `{\n  "title": "Hola",\n  "@meta": {\n    "sourceHash": "${H}"\n  }\n}\n`],
    ['one line', '{ "title": "Hola" }', `{ "title": "Hola", "@meta": { "sourceHash": "${H}" } }`],
    ['an older hash', '{"title":"Hola","@meta":{"sourceHash":"ffffffffffffffff"}}', `{"title":"Hola","@meta":{"sourceHash":"${H}"}}`],
  ])('stampEntryText with %s', (_, before, after) => {
    expect(stampEntryText(before, H, 'x.json')).toBe(after);
  });
});

describe('a tree with entry files', () => {
  it('loadResources reads entry files into their namespace, Markdown text as body', async () => {
    const resources = await loadResources(TREE);
    const en = resources.en!.articles as Record<string, Record<string, unknown>>;
    expect(Object.keys(en)).toEqual(['welcome', 'fees', 'harbour']);
    expect(en.harbour).toEqual({
      title: 'The new harbour opens',
      date: '2025-03-04',
      body: readFileSync(join(TREE, 'en/articles/harbour.md'), 'utf8').split('---\n')[2],
      '@meta': { fieldFormats: { body: 'markdown' } },
    });
    expect((resources.es!.articles as Record<string, Record<string, unknown>>).harbour!['@meta']).toEqual({ sourceHash: 'zz', fieldFormats: { body: 'markdown' } });
  });

  it('status counts entry files and namespace files alike', async () => {
    const run = await cli(['status', '--json', '--dir', TREE]);
    expect(run.code).toBe(0);
    const { locales } = JSON.parse(run.stdout);
    // Never stamped: unverified; fr's harbour is partial and unverified both.
    expect(locales.es).toMatchObject({ translated: [], unverified: ['welcome', 'fees'], outdated: ['harbour'], partial: [], missing: [] });
    expect(locales.fr).toMatchObject({ translated: [], unverified: ['welcome', 'harbour'], outdated: [], partial: ['harbour'], missing: ['fees'] });
    expect(locales.en).toMatchObject({ source: ['welcome', 'fees', 'harbour'] });
  });

  it('stamp edits the Markdown front matter and the JSON entry in place, and nothing else', async () => {
    const dir = copyTree(TREE);
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    const md = read('es/articles/harbour.md');
    const json = read('es/articles/fees.json');
    const namespaceFile = read('es/articles.json');
    const result = await stampTranslations(dir, 'es', ['harbour', 'fees']);
    expect(result.stamped).toEqual(['harbour', 'fees']);
    // Markdown: the hash's value changed ("zz" → the current hash, quoted) and a hash per field added after it.
    const stampedMd = read('es/articles/harbour.md');
    const fieldLine = /\n {2}fieldHashes: \{ "body": "[0-9a-f]{8}", "title": "[0-9a-f]{8}" \}/;
    expect(stampedMd).toMatch(fieldLine);
    expect(stampedMd.replace(/sourceHash: "[0-9a-f]{16}"/, 'sourceHash: "zz"').replace(fieldLine, '')).toBe(md);
    // JSON entry file: only "@meta" added after the last field.
    const stampedJson = read('es/articles/fees.json');
    const meta = /,\n {2}"@meta": \{\n {4}"sourceHash": "[0-9a-f]{16}",\n {4}"fieldHashes": \{ "summary": "[0-9a-f]{8}", "title": "[0-9a-f]{8}" \}\n {2}\}/;
    expect(stampedJson).toMatch(meta);
    expect(stampedJson.replace(meta, '')).toBe(json);
    expect(read('es/articles.json')).toBe(namespaceFile);
    // Now current: status no longer lists harbour as outdated.
    const { locales } = JSON.parse((await cli(['status', '--json', '--dir', dir])).stdout);
    expect(locales.es.outdated).toEqual([]);
    expect(locales.es.translated).toEqual(['fees', 'harbour']);
    expect(locales.es.unverified).toEqual(['welcome']);
  });

  it('an outdated Markdown entry names the fields whose source changed since the stamp, as a JSON one does', async () => {
    const dir = copyTree(TREE);
    await cli(['stamp', 'harbour', 'es', '--dir', dir]);
    const source = join(dir, 'en/articles/harbour.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace('title: The new harbour opens', 'title: The new harbour is open'));
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toContain('warning: "harbour" was translated from an older version of the source (en): "title" changed since; update the translation, then run: localized-content stamp harbour es (outdated)');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\nA new paragraph.\n`);
    expect((await cli(['check', '--dir', dir])).stdout).toContain('(en): "body", "title" changed since;');
  });

  it.each([
    ['{ body: markdown }', []],
    ['{ body: html }', [[4, 17]]],
    ['markdown', [[4, 17]]],
  ])('check on @meta.fieldFormats: %s', async (declared, errors) => {
    const dir = copyTree(TREE);
    const file = join(dir, 'es/articles/harbour.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"@meta":\n', `"@meta":\n  fieldFormats: ${declared}\n`));
    const run = await cli(['check', '--json', '--dir', dir]);
    const found = (JSON.parse(run.stdout) as { problems: { rule: string; message: string; line: number; column: number }[] }).problems
      .filter((p) => p.rule === 'invalid-meta' && p.message.includes('"fieldFormats"')).map((p) => [p.line, p.column]);
    expect(found).toEqual(errors);
  });

  // [arguments after "stamp", what the CLI prints: the file each entry was written to]
  it.each<[string[], string[]]>([
    [['harbour', 'es'], ['Stamped 1 in {dir}/es/articles/harbour.md: harbour']],
    [['fees', 'es'], ['Stamped 1 in {dir}/es/articles/fees.json: fees']],
    [['welcome', 'es'], ['Stamped 1 in {dir}/es/articles.json: welcome']],
    [['--all', 'es'], ['Stamped 1 in {dir}/es/articles.json: welcome', 'Stamped 1 in {dir}/es/articles/fees.json: fees', 'Skipped 1 outdated (update them, then stamp each one by id): harbour']],
  ])('stamp %j names the file it edited', async (args, lines) => {
    const dir = copyTree(TREE);
    const run = await cli(['stamp', ...args, '--dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(lines.map((line) => line.replaceAll('{dir}', dir)).join('\n') + '\n');
  });

  it('stamp --all on the CLI stamps entry files', async () => {
    const dir = copyTree(TREE);
    const run = await cli(['stamp', '--all', 'fr', '--dir', dir]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'fr/articles.json'), 'utf8')).toMatch(/"welcome": \{ "title": "Bienvenue", "body": "<p>Bonjour\.<\/p>", "@meta": \{ "sourceHash": "[0-9a-f]{16}", "fieldHashes": \{ "body": "[0-9a-f]{8}", "title": "[0-9a-f]{8}" \} \} \}/);
  });
});

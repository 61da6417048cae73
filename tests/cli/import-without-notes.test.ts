/**
 * A CAT tool that drops the notes drops the source hash with them; the source text of each unit
 * (PO `msgid`, XLIFF `<source>`) comes back all the same. A missing note is not a changed source:
 * such a unit is judged by its text, imported when it matches today's source, and refused, saying
 * what changed (the text then and now), when it does not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gettext from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { cli, copyTree, ROOT } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples/content/locales');

interface PoMessage { msgid: string; msgstr: string[]; comments?: { extracted?: string; flag?: string } }

/** The es PO export with every message translated as its source text, unmarked, and its notes as `notes` leaves them. */
async function translatedPo(dir: string, notes: (extracted: string) => string | undefined): Promise<string> {
  const file = join(dir, 'es.po');
  expect((await cli(['export', 'es', '--format', 'po', '--out', file, '--dir', dir])).code).toBe(0);
  const po = gettext.po.parse(readFileSync(file)) as { translations: Record<string, Record<string, PoMessage>> };
  for (const messages of Object.values(po.translations)) {
    for (const message of Object.values(messages)) {
      if (message.msgid === '') continue;
      message.msgstr = [message.msgid];
      if (message.comments) {
        delete message.comments.flag;
        const kept = notes(message.comments.extracted ?? '');
        if (kept === undefined) delete message.comments.extracted;
        else message.comments.extracted = kept;
      }
    }
  }
  writeFileSync(file, gettext.po.compile(po));
  return file;
}

interface ImportJson { locale: string; refused: { id: string; field: string; reason: string; message: string }[]; imported: Record<string, string[]>; stamped: string[] }

// [how the tool left the notes, notes kept]
const STRIPPED: [string, (extracted: string) => string | undefined][] = [
  ['every note dropped', () => undefined],
  ['only the first note kept', (extracted) => extracted.split('\n')[0]],
];

describe('a unit whose notes a tool dropped', () => {
  it.each(STRIPPED)('%s, source unchanged: imported and stamped', async (_, notes) => {
    const dir = copyTree(EXAMPLE);
    const file = await translatedPo(dir, notes);
    expect(readFileSync(file, 'utf8')).not.toContain('source-hash');
    const run = await cli(['import', file, '--dir', dir, '--json']);
    const result = JSON.parse(run.stdout) as ImportJson;
    expect(result.refused.filter((r) => r.reason === 'source-changed')).toEqual([]);
    expect(result.imported['wco-uncac-2021']).toEqual(['title', 'summary', 'body']);
    expect(result.stamped).toContain('wco-uncac-2021');
    const status = JSON.parse((await cli(['status', '--json', '--dir', dir])).stdout);
    expect(status.locales.es.translated).toContain('wco-uncac-2021');
  });

  it.each(STRIPPED)('%s, one field\'s source changed since: that field refused with the text then and now, the others imported, no stamp', async (_, notes) => {
    const dir = copyTree(EXAMPLE);
    const file = await translatedPo(dir, notes);
    const en = join(dir, 'en/articles.json');
    writeFileSync(en, readFileSync(en, 'utf8').replace('Customs integrity on the agenda', 'Customs integrity high on the agenda'));
    const run = await cli(['import', file, '--dir', dir, '--json']);
    const result = JSON.parse(run.stdout) as ImportJson;
    expect(run.code).toBe(1);
    const refused = result.refused.filter((r) => r.id === 'wco-uncac-2021');
    expect(refused.map((r) => [r.field, r.reason])).toEqual([['title', 'source-changed']]);
    expect(refused[0]!.message).toBe('the source text of "title" (en) changed since this file was exported (it was "Customs integrity on the agenda at UN anti-corruption talks" and is now "Customs integrity high on the agenda at UN anti-corruptio…"); export again and translate the new text');
    expect(result.imported['wco-uncac-2021']).toEqual(['summary', 'body']);
    expect(result.stamped).not.toContain('wco-uncac-2021');
  });
});

describe('with its notes, a unit of an entry whose source changed says which field changed', () => {
  it('the title changed: the summary and body units say so, not "source changed" alone', async () => {
    const dir = copyTree(EXAMPLE);
    const file = await translatedPo(dir, (extracted) => extracted);
    const en = join(dir, 'en/articles.json');
    writeFileSync(en, readFileSync(en, 'utf8').replace('Customs integrity on the agenda', 'Customs integrity high on the agenda'));
    const result = JSON.parse((await cli(['import', file, '--dir', dir, '--json'])).stdout) as ImportJson;
    const refused = result.refused.filter((r) => r.id === 'wco-uncac-2021');
    expect(refused.map((r) => r.field)).toEqual(['title', 'summary', 'body']);
    expect(refused[1]!.message).toBe('the source (en) of this entry changed since this file was exported ("title" changed; this field\'s text did not); export again and translate the new text');
  });
});

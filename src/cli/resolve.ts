/** `localized-content resolve <id> <requested>`: what a reader would be served, and why. */
import { resolve as resolvePath } from 'node:path';
import { createContentLibrary, isPlainObject } from '../core.js';
import { loadResources } from '../node/load-resources.js';
import { scanLocaleTree } from '../node/locale-tree.js';
import { requireReadableSource, sourceFolders } from '../tools/default-locale.js';
import { defaultLocaleOptions } from './default-locale-options.js';
import { missingNamespace, type Resolution } from '../core.js';
import { UsageError, type CliIO, type CommonOptions } from './io.js';
import { formatSkippedFile } from './problems-format.js';

export const usage = `localized-content resolve <id> <requested> [--dir locales] [--default-locale en] [--namespace articles] [--json]
  Shows which version of entry <id> a reader is served. <requested> is a language tag ("es"),
  or an Accept-Language header ("es-MX,es;q=0.9,en;q=0.5").`;

function describe(r: Resolution): string {
  const title = typeof r.entry.title === 'string' ? r.entry.title : '(no title)';
  const lines = [
    `${r.id}: served in ${r.locale} (${r.match}), reader's site language ${r.uiLocale}${r.requested ? `, requested ${r.requested}` : ''}`,
    `  title:  ${title}`,
    r.notice ? `  notice: [${r.notice.kind}, ${r.notice.locale}, ${r.notice.dir}] ${r.notice.text}` : '  notice: none',
    `  also in: ${r.alternates.map((a) => `${a.locale} (${a.status})`).join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}

export async function run(positionals: readonly string[], options: CommonOptions, io: CliIO): Promise<number> {
  const [id, requested, ...rest] = positionals;
  if (id === undefined || requested === undefined || rest.length > 0) throw new UsageError('resolve takes an entry id and a requested language');
  const resources = await loadResources(resolvePath(io.cwd, options.dir), { onProblem: (error) => io.stderr(formatSkippedFile(error)) });
  const namespaces = [...new Set(Object.values(resources).flatMap((bundle) => Object.keys(bundle)))].sort();
  if (!namespaces.includes(options.namespace)) throw missingNamespace(options.namespace, namespaces, 'namespace');
  // The source folder as every command takes it (en-US over a folder en is en, with a note naming it).
  const source = sourceFolders(await scanLocaleTree(options.dir, io.cwd), options.namespace, defaultLocaleOptions(options, io));
  requireReadableSource(source, options.namespace, Object.keys(resources).filter((locale) => isPlainObject(resources[locale]?.[options.namespace])));
  const library = createContentLibrary({ defaultLocale: source.locale, resources, contentNamespace: options.namespace });
  const resolution = library.resolve(id, requested);
  if (resolution === null) {
    io.stderr(`localized-content: no entry "${id}" in ${options.dir}/*/${options.namespace}.json\n`);
    return 1;
  }
  io.stdout(options.json ? `${JSON.stringify(resolution, null, 2)}\n` : describe(resolution));
  return 0;
}

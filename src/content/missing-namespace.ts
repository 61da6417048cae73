/**
 * The error for a content namespace that holds nothing: a typo (`article` for `articles`) would
 * otherwise serve 404 everywhere, or let a CI check pass while checking nothing. The library and
 * every CLI command throw the same error, naming the namespaces that do exist.
 */
import { ConfigError } from '../errors.js';
import { editDistance } from '../text/edit-distance.js';


/** The existing name closest to `name`, when it is close enough to be the one meant (a typo, a plural). */
function closestName(name: string, existing: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of existing) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * `NAMESPACE_NOT_FOUND`: `namespace` holds no entries; `existing` are the namespaces that do hold
 * something; `fix` names the setting to change (`contentNamespace`, `--namespace`).
 *
 * @example missingNamespace('article', ['articles', 'notice'], 'contentNamespace').message
 * // 'contentNamespace "article" holds no entries in any locale; the namespaces found are articles, notice. Did you mean "articles"?'
 */
export function missingNamespace(namespace: string, existing: readonly string[], fix: string, caller?: string): ConfigError {
  const found = existing.length === 0 ? 'no namespace was found' : `the namespaces found are ${existing.join(', ')}`;
  const guess = closestName(namespace, existing);
  const hint = guess !== undefined ? ` Did you mean "${guess}"?` : ` Set ${fix} to the namespace that holds the entries.`;
  const at = caller === undefined ? '' : `${caller}: `;
  return new ConfigError('NAMESPACE_NOT_FOUND', `${at}${fix} "${namespace}" holds no entries in any locale; ${found}.${hint}`);
}

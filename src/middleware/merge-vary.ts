/** The `Vary` header (RFC 9110 §12.5.5): a list of request header names, case-insensitive. */

/**
 * `added` joined to the `Vary` value already set, each name once (first spelling kept), so that a
 * middleware never drops what another one set.
 *
 * @example mergeVary('Accept-Encoding', 'Cookie, Accept-Language') // 'Accept-Encoding, Cookie, Accept-Language'
 * @example mergeVary('cookie', 'Cookie') // 'cookie'
 */
export function mergeVary(current: number | string | readonly string[] | null | undefined, added: string): string {
  const names = [current ?? []].flat().join(',').split(',').concat(added.split(','));
  const seen = new Map<string, string>();
  for (const name of names.map((n) => n.trim()).filter((n) => n !== '')) {
    if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()].join(', ');
}

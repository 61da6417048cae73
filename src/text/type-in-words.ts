/**
 * What a value is, in the words a message about a wrong option or setting ends with: "…; got an
 * array". `null` and arrays are named apart from objects, since `typeof` calls them objects;
 * `undefined` is named as it is, and "an" goes before "object".
 *
 * @example typeInWords(['fr']) // 'an array'
 * @example typeInWords(new Map()) // 'an object'
 * @example typeInWords('fr') // 'a string'
 */
export function typeInWords(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

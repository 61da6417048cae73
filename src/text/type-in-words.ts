/**
 * What a value is, in the words a message about a wrong option or setting ends with: "…; got an
 * array". `null` and arrays are named apart from objects, since `typeof` calls them objects.
 *
 * @example typeInWords(['fr']) // 'an array'
 * @example typeInWords('fr') // 'a string'
 */
export function typeInWords(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

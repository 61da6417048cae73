/**
 * The URL of the built file this code runs from, read when a file beside it is needed and never
 * at load. The ES module build has `import.meta.url`; in the CommonJS build `import.meta` is empty
 * and Node gives `__filename`. Reading neither at load keeps the CommonJS bundle entry loadable
 * where there is no `__filename` (a bundle for a worker or an edge runtime).
 */
export function moduleUrl(): string {
  const url = (import.meta as { url?: string }).url;
  if (url !== undefined) return url;
  return process.getBuiltinModule('node:url').pathToFileURL(__filename).href;
}

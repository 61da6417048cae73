// Bundles the client-side page with esbuild from the package's browser entry (dist/index.js, by
// the "import" condition: never the Node entry). `npm run build` must have run first.
// Run directly, it prints the bundle's size, minified and gzipped.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Writes examples/browser/dist/main.js; returns its sizes and the files that went into it. */
export async function buildBrowserPage() {
  const outfile = here('./dist/main.js');
  const result = await build({
    entryPoints: [here('./main.js')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    metafile: true,
    logLevel: 'warning',
  });
  const code = await readFile(outfile);
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code).length, inputs: Object.keys(result.metafile.inputs) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { outfile, bytes, gzipBytes } = await buildBrowserPage();
  console.log(`${outfile}: ${(bytes / 1024).toFixed(1)} KiB minified, ${(gzipBytes / 1024).toFixed(1)} KiB gzipped`);
}

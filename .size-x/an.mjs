import { build, analyzeMetafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['.size-x/page.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).filter(([k]) => k.startsWith('src')).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput);
let t=0; for (const [k,v] of rows) { t+=v.bytesInOutput; console.log(String(v.bytesInOutput).padStart(6), k); } console.log('src total', t, 'gz all', gzipSync(r.outputFiles[0].contents).length);

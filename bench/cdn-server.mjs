// A CDN stand-in for bench/http-scale.mjs: serves the files of one folder on 127.0.0.1, in a process
// of its own so that its memory never counts in the library's heap. Prints its port, then serves
// until its parent closes stdin.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';

const root = process.argv[2];
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
  if (path.includes('..')) return res.writeHead(400).end();
  const stream = createReadStream(join(root, path));
  stream.on('open', () => res.writeHead(200, { 'content-type': 'application/json' }));
  stream.on('error', () => res.writeHead(404).end());
  stream.pipe(res);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => server.close());
process.stdin.resume();

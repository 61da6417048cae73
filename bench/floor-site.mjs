// The floor of the example site's `GET /` under load: a bare node:http server that answers every
// request with the same redirect and headers as the site, without reading Accept-Language. What it
// loses under hostile headers is the cost of their bytes (the HTTP parser, the client building
// them), not of negotiation: bench/hostile-site.mjs measures it beside the site.
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  res.writeHead(302, { Location: '/en/', Vary: 'Accept-Language', 'Cache-Control': 'private' });
  res.end();
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`Floor site on http://127.0.0.1:${server.address().port}/`));

// The example site with Next.js (App Router). It runs from this repository: `localized-content` is
// the package built in ../../dist (`npm run build`), found by Node's and the bundler's package
// self-reference, since this folder sits inside the package.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // The repository is the workspace: the package, the example content and node_modules live there.
  turbopack: { root },
  outputFileTracingRoot: root,
  // An unknown locale has no root layout to render a 404 in (the root layout is app/[locale]).
  experimental: { globalNotFound: true },
  poweredByHeader: false,
};

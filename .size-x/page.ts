import { createContentLibrary } from '../src/index.js';
import es from '../src/catalogs/generated/es.js';
const library = createContentLibrary({ defaultLocale: 'en', resources: (globalThis as any).resources, catalogs: [es] });
(globalThis as any).show = (id: string, header: string) => library.resolve(id, header);

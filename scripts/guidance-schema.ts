// Writes the guidance files' JSON Schemas (src/guidance/policies/schema/) from the zod schemas:
// `node --import tsx scripts/guidance-schema.ts` after changing src/guidance/guidance-schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { guidanceJsonSchemas } from '../src/guidance/json-schema';
import { GUIDANCE_POLICIES_DIR } from '../src/guidance/load';

const dir = path.join(GUIDANCE_POLICIES_DIR, 'schema');
mkdirSync(dir, { recursive: true });
for (const [kind, text] of Object.entries(guidanceJsonSchemas())) {
  writeFileSync(path.join(dir, `${kind}.schema.json`), text);
  console.log(`wrote schema/${kind}.schema.json`);
}

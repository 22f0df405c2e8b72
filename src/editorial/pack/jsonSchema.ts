import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { manifestSchema } from './manifestSchema.ts';

/** Where the committed JSON Schema of `manifest.json` lives; a test checks it equals the one generated from the zod schema. */
export const MANIFEST_JSON_SCHEMA_FILE = fileURLToPath(new URL('./manifest.schema.json', import.meta.url));

/** The JSON Schema (draft 2020-12) of `manifest.json`, as committed: two-space indentation and a final newline. */
export function manifestJsonSchemaText(): string {
  const schema = {
    $id: 'https://blog.hopital-valclair.ch/schemas/passerelle-pack-manifest-v2.json',
    title: 'Passerelle weekly pack manifest',
    ...z.toJSONSchema(manifestSchema, { target: 'draft-2020-12', io: 'output' }),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// `node src/editorial/pack/jsonSchema.ts` rewrites the committed file after a change to manifestSchema.ts.
if (import.meta.main) {
  writeFileSync(MANIFEST_JSON_SCHEMA_FILE, manifestJsonSchemaText());
  console.log(`Schéma JSON du manifeste écrit dans ${MANIFEST_JSON_SCHEMA_FILE}.`);
}

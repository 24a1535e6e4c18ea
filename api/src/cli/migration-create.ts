import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot } from '../config.js';
import { withDatabase } from './bootstrap.js';

/**
 * Diffs the entities against the (migrated) database, writes the difference as a new migration in
 * api/migrations, and rewrites api/migrations/index.ts so the application knows it.
 */
const dir = path.join(repositoryRoot(), 'api', 'migrations');

await withDatabase(async (db, _config, log) => {
  const result = await db.orm.getMigrator().createMigration(dir);
  if (!result.fileName) {
    log.info('entities and database agree: no migration needed');
    return;
  }
  const names = (await readdir(dir)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
  const index = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((name) => `import { ${name} } from './${name}.js';`),
    '',
    '/** Every migration, oldest first. `pnpm --filter @send-qa/api migration:create` adds new ones here. */',
    'export const migrations: MigrationObject[] = [',
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'index.ts'), index);
  log.info({ file: result.fileName }, 'migration written; review it before committing');
});

import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122223404 } from './Migration20261122223404.js';
import { Migration20261122233510 } from './Migration20261122233510.js';
import { Migration20261122234257 } from './Migration20261122234257.js';
import { Migration20261122235935 } from './Migration20261122235935.js';
import { Migration20261123000209 } from './Migration20261123000209.js';
import { Migration20261123001250 } from './Migration20261123001250.js';
import { Migration20261123001829 } from './Migration20261123001829.js';
import { Migration20261123002406 } from './Migration20261123002406.js';
import { Migration20261123031948 } from './Migration20261123031948.js';

/** Every migration, oldest first. `pnpm --filter @send-qa/api migration:create` adds new ones here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122223404', class: Migration20261122223404 },
  { name: 'Migration20261122233510', class: Migration20261122233510 },
  { name: 'Migration20261122234257', class: Migration20261122234257 },
  { name: 'Migration20261122235935', class: Migration20261122235935 },
  { name: 'Migration20261123000209', class: Migration20261123000209 },
  { name: 'Migration20261123001250', class: Migration20261123001250 },
  { name: 'Migration20261123001829', class: Migration20261123001829 },
  { name: 'Migration20261123002406', class: Migration20261123002406 },
  { name: 'Migration20261123031948', class: Migration20261123031948 },
];

import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122223404 } from './Migration20261122223404.js';
import { Migration20261122233510 } from './Migration20261122233510.js';
import { Migration20261122234257 } from './Migration20261122234257.js';
import { Migration20261122235935 } from './Migration20261122235935.js';
import { Migration20261123000209 } from './Migration20261123000209.js';
import { Migration20261123001250 } from './Migration20261123001250.js';
import { Migration20261123001829 } from './Migration20261123001829.js';
import { Migration20261123002406 } from './Migration20261123002406.js';
import { Migration20261123012441 } from './Migration20261123012441.js';
import { Migration20261123013035 } from './Migration20261123013035.js';
import { Migration20261123013430 } from './Migration20261123013430.js';
import { Migration20261123013500 } from './Migration20261123013500.js';
import { Migration20261123013513 } from './Migration20261123013513.js';
import { Migration20261123041206 } from './Migration20261123041206.js';
import { Migration20261202071234 } from './Migration20261202071234.js';
import { Migration20261202124237 } from './Migration20261202124237.js';
import { Migration20261202140000 } from './Migration20261202140000.js';
import { Migration20261202171500 } from './Migration20261202171500.js';
import { Migration20261203080000 } from './Migration20261203080000.js';
import { Migration20261203150000 } from './Migration20261203150000.js';
import { Migration20261203160000 } from './Migration20261203160000.js';

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
  { name: 'Migration20261123012441', class: Migration20261123012441 },
  { name: 'Migration20261123013035', class: Migration20261123013035 },
  { name: 'Migration20261123013430', class: Migration20261123013430 },
  { name: 'Migration20261123013500', class: Migration20261123013500 },
  { name: 'Migration20261123013513', class: Migration20261123013513 },
  { name: 'Migration20261123041206', class: Migration20261123041206 },
  { name: 'Migration20261202071234', class: Migration20261202071234 },
  { name: 'Migration20261202124237', class: Migration20261202124237 },
  { name: 'Migration20261202140000', class: Migration20261202140000 },
  { name: 'Migration20261202171500', class: Migration20261202171500 },
  { name: 'Migration20261203080000', class: Migration20261203080000 },
  { name: 'Migration20261203150000', class: Migration20261203150000 },
  { name: 'Migration20261203160000', class: Migration20261203160000 },
];

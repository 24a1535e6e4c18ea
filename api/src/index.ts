/** What the tests and benchmarks use to run the real application in their own process. */
export { loadConfig, repositoryRoot, type Config } from './config.js';
export { openDatabase, type Database } from './core/db/database.js';
export { startEmbeddedPostgres, type EmbeddedDatabase } from './core/db/embedded-postgres.js';
export { createLogger } from './core/logger.js';
export { buildApiSchema, printSortedSchema } from './core/graphql/schema.js';
export { describeAccess, printAccess, withRoleTables, type AccessFile } from './core/access/permissions.js';
export { withImportTables } from './core/imports/index.js';
export { createServer, type Server, type ServerOptions } from './server.js';
export { PostgresSignInThrottle, type SignInLimits } from './core/auth/sign-in-throttle.js';
export { isEmpty, loadDemoData } from './demo.js';
export { entities, features, resolvers } from './modules.js';
export { migrations } from '../migrations/index.js';

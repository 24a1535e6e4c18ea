import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../core/auth/passwords.js';
import { Role } from '../core/auth/roles.js';
import { User } from '../core/auth/user.entity.js';
import { withDatabase } from './bootstrap.js';
import { ensureLocalAuthority, parseAuthority } from './local-authorities.js';

const USAGE = `Usage: pnpm --filter @send-qa/api user:create --email you@council.gov.uk --name "Your Name" \\
  --role ADMIN --local-authority 873:Cambridgeshire [--local-authority 874:Peterborough]
The password is read from the PASSWORD environment variable, or asked for.`;

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', multiple: true, default: ['ADMIN'] },
    'local-authority': { type: 'string', multiple: true, default: [] },
  },
});

async function readPassword(): Promise<string> {
  if (process.env.PASSWORD) return process.env.PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  } finally {
    rl.close();
  }
}

await withDatabase(async (db, _config, log) => {
  const roles = values.role.map((role) => {
    if (!(role in Role)) throw new Error(`Unknown role ${role}; one of ${Object.keys(Role).join(', ')}`);
    return role as Role;
  });
  const authorities = values['local-authority'].map(parseAuthority);
  if (!values.email || !values.name || authorities.length === 0) throw new Error(USAGE);
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters`);

  const em = db.orm.em.fork();
  await em.transactional(async (tx) => {
    // A local authority named here is created if it is new, with the default rubric: this is how an
    // installation gets its first.
    const localAuthorities = [];
    for (const authority of authorities) localAuthorities.push((await ensureLocalAuthority(tx, authority)).localAuthority);
    const email = values.email!.toLowerCase();
    if (await tx.count(User, { email })) throw new Error(`A user with the email ${email} already exists`);
    tx.create(User, { email, displayName: values.name!, roles, passwordHash: await hashPassword(password), localAuthorities });
  });
  log.info({ email: values.email, roles, localAuthorities: authorities.map((a) => a.code) }, 'user created');
});

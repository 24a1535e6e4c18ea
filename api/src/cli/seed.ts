import { parseArgs } from 'node:util';
import { today } from '../core/dates.js';
import { isEmpty, loadDemoData } from '../demo.js';
import { withDatabase } from './bootstrap.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'demo' },
    seed: { type: 'string', default: '20240801' },
    'as-of': { type: 'string', default: today() },
  },
});

await withDatabase(async (db, _config, log) => {
  const scale = values.scale;
  if (scale !== 'demo' && scale !== 'test') throw new Error('--scale must be demo or test');
  const em = db.orm.em.fork();
  // Demo users have a published password: they are only ever added to an empty database, on request.
  if (!(await isEmpty(em))) throw new Error('The database already holds data; seeding only fills an empty one');
  const loaded = await loadDemoData(em, { scale, seed: Number(values.seed), asOf: values['as-of'] });
  log.info(loaded, 'synthetic data loaded (demo users have the password "demo-password")');
});

import { DataloaderUtils } from '@mikro-orm/core';
import { EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { whenQuiet } from '../request-context.js';

type Loaders = EntityManager<PostgreSqlDriver>;

/**
 * The request's EntityManager, whose `ref.load()` and `collection.load()` batches are sent when the
 * request has no statement in flight, like the scoped loader's: a list then costs the same number of
 * statements however its statements happen to interleave.
 */
export class RequestEntityManager extends EntityManager<PostgreSqlDriver> {
  protected override readonly refLoader: Loaders['refLoader'] = new DataLoader(DataloaderUtils.getRefBatchLoadFn(this), { batchScheduleFn: whenQuiet });
  protected override readonly colLoader: Loaders['colLoader'] = new DataLoader(DataloaderUtils.getColBatchLoadFn(this), { batchScheduleFn: whenQuiet });
  protected override readonly colLoaderMtoN: Loaders['colLoaderMtoN'] = new DataLoader(DataloaderUtils.getManyToManyColBatchLoadFn(this), {
    batchScheduleFn: whenQuiet,
  });
}

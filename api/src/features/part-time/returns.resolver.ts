import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { ReadOnlyResourceResolver } from '../../core/graphql/resource.resolver.js';
import { PartTimeImportReport } from './import.js';
import { HalfTermArgs, ImportReturnArgs } from './returns.inputs.js';
import { schoolReturns } from './returns.resource.js';
import { ReturnRegisterEntry, schoolReturnService } from './returns.service.js';
import { SchoolReturn } from './timetable.entity.js';

@Resolver(() => SchoolReturn)
export class SchoolReturnResolver extends ReadOnlyResourceResolver(schoolReturns, schoolReturnService) {
  @Authorized()
  @Query(() => [ReturnRegisterEntry], { description: 'Which schools have sent their return for a half-term, the missing ones flagged' })
  schoolReturnRegister(@Args(() => HalfTermArgs) args: HalfTermArgs, @Ctx() ctx: Context): Promise<ReturnRegisterEntry[]> {
    return schoolReturnService(ctx).register(args);
  }

  @Authorized(schoolReturns.writeRoles)
  @Mutation(() => PartTimeImportReport, { description: "Import a school's half-termly return: every row or, if any is invalid, none" })
  importPartTimeReturn(@Args(() => ImportReturnArgs) args: ImportReturnArgs, @Ctx() ctx: Context): Promise<PartTimeImportReport> {
    return schoolReturnService(ctx).import(args);
  }
}

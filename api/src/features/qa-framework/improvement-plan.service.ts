import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { readAll } from '../../core/db/turns.js';
import { ownerName } from '../../core/work/owners.js';
import { ActionResource, Brag } from './enums.js';
import { ImprovementAction, ImprovementOutcome, Milestone, Workstream } from './improvement-plan.entity.js';
import { isOverdue, shownBrag } from './rag.js';

@ObjectType({ description: 'A milestone as the board shows it on a given day' })
export class BoardMilestone {
  @Field(() => ID) id!: string;
  @Field(() => String) description!: string;
  @Field(() => LocalDateResolver) deadline!: string;
  @Field(() => Brag, { description: 'As last set' }) brag!: Brag;
  @Field(() => LocalDateResolver) bragSetOn!: string;
  @Field(() => Brag, { description: 'As shown: an overdue Green shows Amber' }) shownBrag!: Brag;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => String, { description: 'The action, e.g. "2.4.1"' }) actionReference!: string;
  @Field(() => String) workstreamTitle!: string;
}

@ObjectType()
export class BoardAction {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => String) description!: string;
  @Field(() => String) owner!: string;
  @Field(() => ActionResource) resource!: ActionResource;
  @Field(() => [ID], { description: 'KPIs that show its impact' }) kpiIds!: string[];
  @Field(() => [BoardMilestone]) milestones!: BoardMilestone[];
}

@ObjectType()
export class BoardOutcome {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => String) intendedImpact!: string;
  @Field(() => [BoardAction]) actions!: BoardAction[];
}

@ObjectType()
export class BoardWorkstream {
  @Field(() => ID) id!: string;
  @Field(() => ID) localAuthorityId!: string;
  @Field(() => Int) number!: number;
  @Field(() => String) title!: string;
  @Field(() => String) seniorSponsor!: string;
  @Field(() => [BoardOutcome]) outcomes!: BoardOutcome[];
}

@ObjectType({ description: 'Milestones counted by the BRAG rating they show, with the exceptions listed' })
export class BragSummary {
  @Field(() => Int) blue!: number;
  @Field(() => Int) green!: number;
  @Field(() => Int) amber!: number;
  @Field(() => Int) red!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) total!: number;
  @Field(() => [BoardMilestone], { description: 'Red or overdue milestones' }) exceptions!: BoardMilestone[];
}

/** References like "2.10" sort after "2.9". */
const byReference = (a: { reference: string }, b: { reference: string }) => a.reference.localeCompare(b.reference, 'en', { numeric: true });

/** The whole plan of the given authorities as it stands on `asOf`: four queries, whatever its size. */
export async function improvementPlanBoard(em: EntityManager, localAuthorityIds: string[], asOf: string): Promise<BoardWorkstream[]> {
  const scope = { localAuthority: { $in: localAuthorityIds } };
  const [workstreams, outcomes, actions, milestones] = await readAll(em, [
    () => em.find(Workstream, scope, { orderBy: { number: 'asc', id: 'asc' } }),
    () => em.find(ImprovementOutcome, scope),
    () => em.find(ImprovementAction, scope, { populate: ['kpis', 'ownerUser'] }),
    () => em.find(Milestone, scope, { orderBy: { deadline: 'asc', id: 'asc' } }),
  ]);
  const titles = new Map(workstreams.map((w) => [w.id, w.title]));
  const outcomeById = new Map(outcomes.map((o) => [o.id, o]));
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const boardMilestones = new Map<string, BoardMilestone[]>();
  for (const m of milestones) {
    // The four reads are separate statements: a milestone whose action was removed in between is going too.
    const action = actionById.get(m.action.id);
    const outcome = action && outcomeById.get(action.outcome.id);
    if (!action || !outcome) continue;
    const list = boardMilestones.get(action.id) ?? [];
    list.push({
      id: m.id,
      description: m.description,
      deadline: m.deadline,
      brag: m.brag,
      bragSetOn: m.bragSetOn,
      shownBrag: shownBrag(m, asOf),
      overdue: isOverdue(m, asOf),
      actionReference: action.reference,
      workstreamTitle: titles.get(outcome.workstream.id) ?? '',
    });
    boardMilestones.set(action.id, list);
  }
  return workstreams.map((w) => ({
    id: w.id,
    localAuthorityId: w.localAuthority.id,
    number: w.number,
    title: w.title,
    seniorSponsor: w.seniorSponsor,
    outcomes: outcomes
      .filter((o) => o.workstream.id === w.id)
      .sort(byReference)
      .map((o) => ({
        id: o.id,
        reference: o.reference,
        intendedImpact: o.intendedImpact,
        actions: actions
          .filter((a) => a.outcome.id === o.id)
          .sort(byReference)
          .map((a) => ({
            id: a.id,
            reference: a.reference,
            description: a.description,
            owner: ownerName(a),
            resource: a.resource,
            kpiIds: a.kpis.getItems().map((k) => k.id),
            milestones: boardMilestones.get(a.id) ?? [],
          })),
      })),
  }));
}

export function bragSummary(board: BoardWorkstream[]): BragSummary {
  const milestones = board.flatMap((w) => w.outcomes.flatMap((o) => o.actions.flatMap((a) => a.milestones)));
  const count = (brag: Brag) => milestones.filter((m) => m.shownBrag === brag).length;
  return {
    blue: count(Brag.BLUE),
    green: count(Brag.GREEN),
    amber: count(Brag.AMBER),
    red: count(Brag.RED),
    overdue: milestones.filter((m) => m.overdue).length,
    total: milestones.length,
    exceptions: milestones.filter((m) => m.shownBrag === Brag.RED || m.overdue),
  };
}

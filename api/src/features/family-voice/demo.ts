import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Random } from '@send-qa/seeds';
import { bulkInsert } from '../../core/db/bulk-insert.js';
import { addDays, daysBetween } from '../../core/dates.js';
import type { DemoContext } from '../../core/feature.js';
import { QuestionType, ResponseChannel, SurveyKind, ThemeStatus } from './enums.js';
import { termOf } from './rules.js';
import { installShippedSurveys } from './shipped-templates.js';
import { FamilyTheme, SurveyInvitation, SurveyResponse, type SurveyAnswer, type SurveyTemplate } from './survey.entity.js';

/** Two years of answers, as the demo's other histories. */
const HISTORY_DAYS = 730;
const COMMENTS = [
  'We waited a long time to hear anything after the panel.',
  'Our caseworker explained every step; thank you.',
  'The draft plan did not mention our child’s sensory needs.',
  'It would help to have one named person to call.',
  'The school and the council did not seem to talk to each other.',
  'The meeting was well run and we felt heard.',
];
const THEMES: { said: string; source: SurveyKind; action: string | null; status: ThemeStatus; published: boolean }[] = [
  { said: 'Families did not know who their caseworker was', source: SurveyKind.POST_ASSESSMENT, action: 'Every family now gets their named caseworker’s contact details in the first letter', status: ThemeStatus.DONE, published: true },
  { said: 'Reports arrived too late to read before annual reviews', source: SurveyKind.POST_ANNUAL_REVIEW, action: 'Schools are asked for reports three weeks before the meeting, and chased at two', status: ThemeStatus.DONE, published: true },
  { said: 'The local offer website was hard to search', source: SurveyKind.ANNUAL_FAMILY, action: 'The local offer is being rebuilt with the parent carer forum', status: ThemeStatus.IN_PROGRESS, published: true },
  { said: 'Young people want to be asked directly, not only through their parents', source: SurveyKind.YOUNG_PEOPLE, action: null, status: ThemeStatus.RAISED, published: false },
];

/** A score whose chance of being satisfied (4–5) rises over the two years, as the area improves. */
function headlineScore(random: Random, progress: number): number {
  return random.chance(0.58 + 0.23 * progress) ? random.weighted([[4, 3], [5, 2]] as const) : random.weighted([[1, 1], [2, 2], [3, 3]] as const);
}

function answersTo(random: Random, template: SurveyTemplate, progress: number): SurveyAnswer[] {
  const overall = headlineScore(random, progress);
  return template.questions.flatMap((q): SurveyAnswer[] => {
    if (q.type === QuestionType.TEXT) return random.chance(0.3) ? [{ key: q.key, score: null, text: random.pick(COMMENTS) }] : [];
    if (q.headline) return [{ key: q.key, score: overall, text: null }];
    if (random.chance(0.1)) return [];
    return [{ key: q.key, score: Math.min(5, Math.max(1, overall + random.int(-1, 1))), text: null }];
  });
}

/**
 * Each authority's shipped surveys, and answers from families after assessments and annual reviews of the
 * last two years (some through links, some entered, some imported), deterministic from the seed; and a few
 * "You said, we did" themes.
 */
export async function loadFamilyVoiceDemo(em: EntityManager, { data, options, stamp }: DemoContext): Promise<void> {
  const random = new Random(options.seed + 18);
  const templates = new Map<string, SurveyTemplate>();
  for (const authority of data.localAuthorities) {
    for (const template of installShippedSurveys(em, authority.id)) templates.set(`${authority.id} ${template.kind}`, template);
  }
  await em.flush();

  const since = addDays(options.asOf, -HISTORY_DAYS);
  const responses: object[] = [];
  const invitations: object[] = [];
  const answer = (plan: (typeof data.plans)[number], kind: SurveyKind, after: string | null, chance: number) => {
    if (!after || after < since || !random.chance(chance)) return;
    const respondedOn = addDays(after, random.int(7, 42));
    if (respondedOn > options.asOf) return;
    const template = templates.get(`${plan.localAuthorityId} ${kind}`)!;
    const channel = random.weighted([[ResponseChannel.LINK, 6], [ResponseChannel.ENTERED, 3], [ResponseChannel.IMPORTED, 1]] as const);
    const progress = daysBetween(since, respondedOn) / HISTORY_DAYS;
    const id = random.uuid();
    responses.push({ id, localAuthority: plan.localAuthorityId, template: template.id, plan: plan.id, answers: answersTo(random, template, progress), channel, respondedOn, term: termOf(respondedOn), ...stamp });
    if (channel === ResponseChannel.LINK) {
      // The token was sent and is gone; only a hash of something nobody holds is kept.
      const sentOn = addDays(respondedOn, -random.int(1, 6));
      invitations.push({ localAuthority: plan.localAuthorityId, template: template.id, plan: plan.id, tokenHash: createHash('sha256').update(`demo ${id}`).digest('hex'), expiresOn: addDays(sentOn, 28), usedAt: new Date(`${respondedOn}T12:00:00Z`), ...stamp, id: random.uuid() });
    }
  };
  for (const plan of data.plans) {
    answer(plan, SurveyKind.POST_ASSESSMENT, plan.issueDate, 0.35);
    answer(plan, SurveyKind.POST_ANNUAL_REVIEW, plan.lastAnnualReviewDate, 0.2);
  }
  await bulkInsert(em, SurveyResponse, responses);
  await bulkInsert(em, SurveyInvitation, invitations);

  const themes = data.localAuthorities.flatMap((authority) =>
    THEMES.map((theme, i) => {
      const heard = addDays(options.asOf, -60 * (THEMES.length - i) - 30);
      return {
        id: random.uuid(),
        localAuthority: authority.id,
        said: theme.said,
        source: theme.source,
        term: termOf(heard),
        actionTaken: theme.action,
        actionOn: theme.status === ThemeStatus.DONE ? addDays(heard, 45) : null,
        status: theme.status,
        published: theme.published,
        ...stamp,
      };
    }),
  );
  await bulkInsert(em, FamilyTheme, themes);
}

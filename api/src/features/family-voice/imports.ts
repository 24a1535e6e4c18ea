import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { AUTHORITY_COLUMN, changesBetween, inBatches, type ImportKindDefinition, type ImportRow, type RowPlan } from '../../core/imports/index.js';
import { planKeyColumns, plansOfRows } from '../people/index.js';
import { QuestionType, ResponseChannel, SurveyKind } from './enums.js';
import { checkRespondedOn } from './response.service.js';
import { checkAnswers, MAX_ANSWER_LENGTH, termOf } from './rules.js';
import { SurveyResponse, SurveyTemplate, type SurveyAnswer } from './survey.entity.js';

/** The answer columns: the nth question of the kind's latest template, in order. */
const ANSWER_COLUMNS = Array.from({ length: 12 }, (_, i) => `Q${i + 1}`);
const codesOf = <T extends string>(values: Record<string, T>) => Object.fromEntries(Object.values(values).map((v) => [v, v]));

/**
 * Responses from the council's survey tool: one row a response, matched to the plan by the child's case
 * reference (and the plan's request date where the child has several), answered against the latest
 * template of the survey's kind. A row again for the same plan, kind and date replaces that response's answers.
 */
export const surveyResponseImport: ImportKindDefinition = {
  kind: 'SURVEY_RESPONSES',
  description: "Survey responses from the council's survey tool: the plan by case reference, the kind of survey, the date and the answers",
  roles: CASEWORK_EDITORS,
  defaultMappingName: 'SEND QA',
  keyColumns: ['CaseReference', 'ReceivedDate', 'SurveyKind', 'ResponseDate', AUTHORITY_COLUMN],
  columns: [
    ...planKeyColumns('The case reference of the child the plan is for (kept as the plan, never as a name)', 'The request date of the plan (as in the plans import); may be empty when the child has one plan'),
    { name: 'SurveyKind', description: 'POST_ASSESSMENT, POST_ANNUAL_REVIEW, ANNUAL_FAMILY or YOUNG_PEOPLE', type: 'code', required: true, codes: codesOf(SurveyKind) },
    { name: 'ResponseDate', description: 'The date the family answered', type: 'date', required: true },
    ...ANSWER_COLUMNS.map((name, i) => ({
      name,
      description: `The answer to question ${i + 1} of the latest template of the kind: 1 to 5 for a scale, text for free text; empty: not answered`,
      type: 'text' as const,
      maxLength: MAX_ANSWER_LENGTH,
    })),
  ],
  async plan(scope, rows) {
    const plans = new Map<ImportRow, RowPlan>();
    const planned = await plansOfRows(scope, rows);
    const authorityIds = [...new Set([...planned.values()].map(({ plan }) => plan.localAuthority.id))];
    const templates = authorityIds.length ? await scope.em.find(SurveyTemplate, { localAuthority: { $in: authorityIds } }, { orderBy: { number: 'asc' } }) : [];
    const latest = new Map(templates.map((t) => [`${t.localAuthority.id} ${t.kind}`, t]));
    const planIds = [...new Set([...planned.values()].map(({ plan }) => plan.id))];
    const held = await inBatches(planIds, (batch) => scope.em.find(SurveyResponse, { plan: { $in: batch }, channel: ResponseChannel.IMPORTED }, { populate: ['template'] }));
    const heldOf = new Map(held.map((r) => [`${r.plan.id} ${r.template.getEntity().kind} ${r.respondedOn}`, r]));
    for (const [row, { plan, key }] of planned) {
      const v = row.values;
      const kind = v.SurveyKind as SurveyKind;
      const template = latest.get(`${plan.localAuthority.id} ${kind}`);
      if (!template) {
        row.fail('SurveyKind', 'exists', 'the authority has no template of this kind');
        continue;
      }
      const respondedOn = String(v.ResponseDate);
      for (const e of checkRespondedOn(respondedOn, new FieldErrors(), 'ResponseDate').list()) row.fail(e.field, e.rule, e.message);
      const given: SurveyAnswer[] = [];
      ANSWER_COLUMNS.forEach((column, i) => {
        const cell = v[column];
        if (cell === null || cell === undefined || String(cell).trim() === '') return;
        const question = template.questions[i];
        if (!question) return void row.fail(column, 'noQuestion', `the template has ${template.questions.length} questions`);
        if (question.type === QuestionType.SCALE) {
          const score = Number(String(cell).trim());
          if (!Number.isInteger(score)) return void row.fail(column, 'scale', 'must be a whole number from 1 to 5');
          given.push({ key: question.key, score, text: null });
        } else given.push({ key: question.key, score: null, text: String(cell) });
      });
      const errors = new FieldErrors();
      const answers = checkAnswers(template.questions, given, errors);
      for (const e of errors.list()) {
        const index = Number(/^answers\.(\d+)/.exec(e.field)?.[1]);
        const column = Number.isInteger(index) ? ANSWER_COLUMNS[template.questions.findIndex((q) => q.key === given[index]?.key)] : undefined;
        row.fail(column ?? 'Q1', e.rule, e.message);
      }
      if (row.failed()) continue;
      const rowKey = `${key} ${kind} ${respondedOn}`;
      const existing = heldOf.get(`${plan.id} ${kind} ${respondedOn}`);
      const shown = Object.fromEntries(answers.map((a) => [a.key, a.score ?? a.text]));
      if (!existing) {
        plans.set(row, {
          key: rowKey,
          action: 'CREATE',
          changes: changesBetween(SurveyResponse, {}, { kind, respondedOn, ...shown }),
          apply: () => void scope.em.create(SurveyResponse, { localAuthority: plan.localAuthority, plan, template, answers, respondedOn, term: termOf(respondedOn), channel: ResponseChannel.IMPORTED }),
        });
        continue;
      }
      const before = Object.fromEntries(existing.answers.map((a) => [a.key, a.score ?? a.text]));
      const changes = changesBetween(SurveyResponse, before, shown);
      plans.set(row, { key: rowKey, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, apply: () => void scope.em.assign(existing, { answers, template }) });
    }
    return plans;
  },
};

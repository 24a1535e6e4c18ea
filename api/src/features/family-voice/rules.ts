import { FieldErrors } from '../../core/graphql/errors.js';
import { periodContaining, ReportingCalendar, ReportingFrequency } from '../../core/periods.js';
import { QuestionType } from './enums.js';
import type { SurveyAnswer, SurveyQuestion } from './survey.entity.js';

/** The points of every scale, and those that count as satisfied. */
export const SCALE_POINTS = 5;
export const SATISFIED_FROM = 4;
/** Fewer responses than this and a figure's counts are not shown: a family could be recognised from them. */
export const SUPPRESSION_THRESHOLD = 5;
/** The longest free-text answer kept. */
export const MAX_ANSWER_LENGTH = 4000;
export const MAX_QUESTIONS = 40;

/** A response's term, as every figure counts terms (core/periods.ts), so the figures by term and a termly KPI agree. */
export const termOf = (date: string): string => periodContaining(ReportingCalendar.ACADEMIC, ReportingFrequency.TERMLY, date).label;

/** Keys unique, scales with five labels, exactly one overall satisfaction question and it on the scale. */
export function checkQuestions(questions: readonly SurveyQuestion[], errors: FieldErrors, field = 'questions'): FieldErrors {
  const keys = new Set<string>();
  questions.forEach((question, i) => {
    errors.check(!keys.has(question.key), `${field}.${i}.key`, 'unique', 'each question needs its own key');
    keys.add(question.key);
    if (question.type === QuestionType.SCALE) {
      errors.check(question.labels.length === SCALE_POINTS, `${field}.${i}.labels`, 'fiveLabels', `a scale question has ${SCALE_POINTS} labels, 1 first`);
    } else {
      errors.check(question.labels.length === 0, `${field}.${i}.labels`, 'noLabelsForText', 'a free-text question has no labels');
      errors.check(!question.headline, `${field}.${i}.headline`, 'headlineOnScale', 'the overall satisfaction question is a scale question');
    }
  });
  errors.check(questions.filter((q) => q.headline).length === 1, field, 'oneHeadline', 'exactly one question is the overall satisfaction question');
  return errors;
}

/**
 * Answers to a template's questions: each names a question once, a scale is answered 1 to 5, free text
 * in text. Questions may be left unanswered. Returns them in the template's order.
 */
export function checkAnswers(questions: readonly SurveyQuestion[], answers: readonly SurveyAnswer[], errors: FieldErrors, field = 'answers'): SurveyAnswer[] {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const given = new Map<string, SurveyAnswer>();
  answers.forEach((answer, i) => {
    const question = byKey.get(answer.key);
    if (!question) return void errors.add(`${field}.${i}.key`, 'oneOf', 'is not a question of this survey');
    if (given.has(answer.key)) return void errors.add(`${field}.${i}.key`, 'unique', 'answers a question twice');
    const score = answer.score ?? null;
    const text = answer.text?.trim() || null;
    if (question.type === QuestionType.SCALE) {
      errors.check(score === null || (Number.isInteger(score) && score >= 1 && score <= SCALE_POINTS), `${field}.${i}.score`, 'scale', `must be a whole number from 1 to ${SCALE_POINTS}`);
      errors.check(text === null, `${field}.${i}.text`, 'scoreOnly', 'a scale question is answered with a score');
    } else {
      errors.check(score === null, `${field}.${i}.score`, 'textOnly', 'a free-text question is answered in text');
    }
    errors.check((text?.length ?? 0) <= MAX_ANSWER_LENGTH, `${field}.${i}.text`, 'maxLength', `must be at most ${MAX_ANSWER_LENGTH} characters`);
    if (score !== null || text !== null) given.set(answer.key, { key: answer.key, score, text });
  });
  errors.check(given.size > 0, field, 'notEmpty', 'answer at least one question');
  return questions.flatMap((q) => (given.has(q.key) ? [given.get(q.key)!] : []));
}

import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import type { AuditStatus } from './audit.entity.js';

interface ModeratedAudit {
  status: AuditStatus;
  moderator?: { id: string } | null;
  moderatorGrade?: number | null;
}

/**
 * Moderation is blind: until the moderator has recorded their own grade, the auditor's grades and
 * findings read as empty to them (and only to them).
 */
export const BlindToModerator: MiddlewareFn<Context> = async ({ root, context }, next) => {
  const value: unknown = await next();
  const audit = root as ModeratedAudit;
  const blind =
    // The string, not the enum: the entity imports this file, so importing it back would be circular.
    audit.status === ('SUBMITTED' satisfies `${AuditStatus}`) && audit.moderator?.id === context.user?.id && (audit.moderatorGrade ?? null) === null;
  if (!blind) return value;
  if (Array.isArray(value)) return [];
  return typeof value === 'string' ? '' : null;
};

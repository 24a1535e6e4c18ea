import type { AuthUser } from '../../core/auth/auth-user.js';
import type { Redaction } from '../../core/graphql/resource.js';
import { AuditStatus, type Audit } from './audit.entity.js';

/**
 * Moderation is blind: until an audit's moderator has recorded their own grade, the auditor's grades
 * and findings read as empty to them (and only to them, whatever their role, admins included), on the
 * audit itself and in its change history.
 */
export const blindModeration: Redaction<Audit> = {
  fields: ['sections', 'strengths', 'areasForDevelopment', 'suggestedGrade', 'overallGrade', 'overrideReason'],
  hiddenFrom: (user: AuthUser | null, audit: Audit | null) =>
    !!audit && audit.status === AuditStatus.SUBMITTED && audit.moderator?.id === user?.id && (audit.moderatorGrade ?? null) === null,
  reads: ['status', 'moderator', 'moderatorGrade'],
  rule: "the audit's moderator, until they have recorded their own grade (whatever their role)",
};

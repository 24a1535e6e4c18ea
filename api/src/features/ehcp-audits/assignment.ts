import { registerEnumType } from 'type-graphql';

export enum AssignmentStrategy {
  BY_TEAM = 'BY_TEAM',
  BY_LOAD = 'BY_LOAD',
  ROUND_ROBIN = 'ROUND_ROBIN',
}
registerEnumType(AssignmentStrategy, {
  name: 'AssignmentStrategy',
  description: "How a cycle's unassigned audits are shared out among the auditors chosen",
  valuesConfig: {
    BY_TEAM: {
      description:
        "Each casework team's audits go together to one auditor, so one person reads a team's plans: the largest team first, each to whoever then has the fewest open audits",
    },
    BY_LOAD: { description: 'Each audit, in case-reference order, to whoever then has the fewest open audits (assigned, in progress or returned)' },
    ROUND_ROBIN: { description: 'In case-reference order, one each in turn, in the order the auditors were chosen' },
  },
});

/** An audit waiting for an auditor, with what the strategies share out by. */
export interface WaitingAudit {
  id: string;
  caseReference: string;
  teamId: string | null;
}

/** An auditor chosen, in the order chosen, with the open audits they already hold in the authority. */
export interface ChosenAuditor {
  id: string;
  openAudits: number;
}

/**
 * Which auditor each audit goes to. Ties go to the auditor chosen first, so the same choice over the
 * same audits always shares them out the same way.
 */
export function shareOut(audits: readonly WaitingAudit[], auditors: readonly ChosenAuditor[], strategy: AssignmentStrategy): Map<string, string> {
  const ordered = [...audits].sort((a, b) => a.caseReference.localeCompare(b.caseReference) || a.id.localeCompare(b.id));
  const load = auditors.map((auditor) => auditor.openAudits);
  const leastLoaded = () => load.reduce((best, n, i) => (n < load[best]! ? i : best), 0);
  const given = new Map<string, string>();
  const give = (audit: WaitingAudit, index: number) => {
    given.set(audit.id, auditors[index]!.id);
    load[index]! += 1;
  };
  if (strategy === AssignmentStrategy.ROUND_ROBIN) {
    ordered.forEach((audit, i) => give(audit, i % auditors.length));
  } else if (strategy === AssignmentStrategy.BY_LOAD) {
    for (const audit of ordered) give(audit, leastLoaded());
  } else {
    const teams = new Map<string, WaitingAudit[]>();
    for (const audit of ordered) teams.set(audit.teamId ?? '', [...(teams.get(audit.teamId ?? '') ?? []), audit]);
    const largestFirst = [...teams.entries()].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
    for (const [, team] of largestFirst) {
      const index = leastLoaded();
      for (const audit of team) give(audit, index);
    }
  }
  return given;
}

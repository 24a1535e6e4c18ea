import { Link } from 'react-admin';

/** The plan under audit, on its own page in a new tab, so the audit in progress stays where it is. */
export const PlanRecordLink = ({ planId, caseReference }: { planId: string; caseReference: string }) => (
  <Link to={`/Plan/${planId}/show`} target="_blank" rel="noopener">
    Open the plan record of {caseReference} (new tab)
  </Link>
);

import { useGetOne, useRecordContext } from 'react-admin';

/**
 * "Plan for CAM-000003". Not the Plan resource's recordRepresentation: a plan record holds only its
 * child's id, and react-admin's default titles need a string, not a component that fetches.
 */
export const PlanTitle = () => {
  const record = useRecordContext();
  const childId = (record?.child as { id?: string } | undefined)?.id;
  const { data: child } = useGetOne('Child', { id: childId ?? '' }, { enabled: !!childId });
  if (!record) return null;
  return <span>Plan {child?.caseReference ? `for ${child.caseReference as string}` : ''}</span>;
};

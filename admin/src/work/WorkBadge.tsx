import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { Link, useLocation } from 'react-router-dom';
import { graphql, useGraphQL } from '../common/graphql';
import { mayCall } from '../common/permissions';

const COUNTS = graphql('query { myWorkCounts { overdue dueSoon total } }');

/** The signed-in user's counts of work, asked again on every navigation; none for a role that has no work (a board member). */
export function useWorkCounts() {
  const location = useLocation();
  return useGraphQL(COUNTS, mayCall('myWorkCounts') ? {} : null, location.key).data?.myWorkCounts;
}

/** The app bar's count of work overdue or due soon, opening My work. */
export const WorkBadge = () => {
  const counts = useWorkCounts();
  if (!counts || counts.total === 0) return null;
  const pressing = counts.overdue + counts.dueSoon;
  const words = `My work: ${counts.overdue} overdue, ${counts.dueSoon} due in the next two weeks`;
  return (
    <Tooltip title={words}>
      <IconButton color="inherit" component={Link} to="/my-work" aria-label={words} data-testid="work-badge">
        <Badge badgeContent={pressing} color={counts.overdue ? 'error' : 'warning'} max={999}>
          <AssignmentLateIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};

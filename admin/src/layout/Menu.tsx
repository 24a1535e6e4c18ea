import { createElement, type ReactNode } from 'react';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, ButtonBase, Collapse, Divider, MenuList, Typography } from '@mui/material';
import { styled } from '@mui/material/styles';
import { Menu as RaMenu, useSidebarState, useStore } from 'react-admin';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import DashboardIcon from '@mui/icons-material/Dashboard';
import GroupsIcon from '@mui/icons-material/Groups';
import { mayCall } from '../common/permissions';
import { getRoles } from '../common/session';
import { useWorkCounts } from '../work/WorkBadge';
import { isPage, landsOnMyWork, menuGroups, type MenuGroup as Group } from './capabilities';

const Root = styled('nav')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  transition: theme.transitions.create('width', { easing: theme.transitions.easing.sharp, duration: theme.transitions.duration.leavingScreen }),
  '&.open': { width: (theme as { sidebar?: { width?: number } }).sidebar?.width ?? 240 },
  '&.closed': { width: (theme as { sidebar?: { closedWidth?: number } }).sidebar?.closedWidth ?? 55 },
}));

/** One capability's screens under a heading that folds them away; the choice is remembered. */
const MenuGroup = ({ group, children }: { group: Group; children: ReactNode }) => {
  const [sidebarOpen] = useSidebarState();
  const [expanded, setExpanded] = useStore(`menu.expanded.${group.id}`, true);
  const heading = `menu-group-${group.id}`;
  const list = `${heading}-items`;
  // With the sidebar folded to icons there is no room for headings: every item shows, groups apart.
  if (!sidebarOpen) {
    return (
      <>
        <Divider />
        <MenuList aria-label={group.label} dense>
          {children}
        </MenuList>
      </>
    );
  }
  return (
    <Box component="section" data-menu-group={group.id} sx={{ mt: 1 }}>
      <Typography component="h2" variant="overline" sx={{ display: 'block', fontWeight: 700, lineHeight: 2, color: 'text.secondary' }}>
        <ButtonBase
          id={heading}
          aria-expanded={expanded}
          aria-controls={list}
          onClick={() => setExpanded(!expanded)}
          sx={{ width: '100%', justifyContent: 'space-between', px: 2, py: 0.5, font: 'inherit', letterSpacing: 'inherit', textTransform: 'inherit' }}
        >
          {group.label}
          {expanded ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
        </ButtonBase>
      </Typography>
      <Collapse in={expanded}>
        <MenuList id={list} aria-labelledby={heading} dense>
          {children}
        </MenuList>
      </Collapse>
    </Box>
  );
};

/** The home page, then the screens grouped by capability in the order of the signed-in role's day. */
export const Menu = () => {
  const [sidebarOpen] = useSidebarState();
  const roles = getRoles();
  const groups = menuGroups(roles);
  const work = useWorkCounts();
  return (
    <Root aria-label="Main menu" className={sidebarOpen ? 'open' : 'closed'}>
      <MenuList aria-label="Home" dense>
        <RaMenu.DashboardItem primaryText="Home" />
        {landsOnMyWork(roles) ? <RaMenu.Item to="/dashboard" primaryText="Dashboard" leftIcon={<DashboardIcon />} /> : null}
        {work && work.total > 0 ? <RaMenu.Item to="/my-work" primaryText="My work" leftIcon={<AssignmentLateIcon />} /> : null}
        {mayCall('teamWork', roles) ? <RaMenu.Item to="/team-work" primaryText="Team work" leftIcon={<GroupsIcon />} /> : null}
      </MenuList>
      {groups.map((group) => (
        <MenuGroup key={group.id} group={group}>
          {group.entries.map((entry) =>
            isPage(entry) ? (
              <RaMenu.Item key={entry.to} to={entry.to} primaryText={entry.label} leftIcon={createElement(entry.icon)} />
            ) : (
              <RaMenu.ResourceItem key={entry.resource} name={entry.resource} />
            ),
          )}
        </MenuGroup>
      ))}
    </Root>
  );
};

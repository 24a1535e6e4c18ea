import DashboardCustomizeIcon from '@mui/icons-material/DashboardCustomize';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Menu } from 'react-admin';

/** The framework's two pages that are not resources. */
export const FrameworkMenuItems = () => (
  <>
    <Menu.Item to="/framework" primaryText="QA framework" leftIcon={<DashboardCustomizeIcon />} />
    <Menu.Item to="/improvement-plan" primaryText="Improvement plan board" leftIcon={<ViewKanbanIcon />} />
  </>
);

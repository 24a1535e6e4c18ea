import DashboardCustomizeIcon from '@mui/icons-material/DashboardCustomize';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Menu } from 'react-admin';

/** react-admin's own menu, plus the framework's two pages that are not resources. */
export const FrameworkMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItems />
    <Menu.Item to="/framework" primaryText="QA framework" leftIcon={<DashboardCustomizeIcon />} />
    <Menu.Item to="/improvement-plan" primaryText="Improvement plan board" leftIcon={<ViewKanbanIcon />} />
  </Menu>
);

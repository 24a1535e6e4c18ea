import InsightsIcon from '@mui/icons-material/Insights';
import { Menu } from 'react-admin';

/** The commissioner's dashboard, which is a page rather than a resource. */
export const PlacementMenuItems = () => <Menu.Item to="/commissioning" primaryText="Commissioning dashboard" leftIcon={<InsightsIcon />} />;

import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import { DcoWorkspace } from './DcoWorkspace';

/** A page rather than a record type: registered as a resource so that it has a menu entry and the URL /dco. */
export default {
  name: 'dco',
  list: DcoWorkspace,
  icon: MonitorHeartIcon,
  options: { label: 'DCO workspace' },
};

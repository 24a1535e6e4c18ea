import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import { lazy } from 'react';

/** Loaded when opened: its charts (recharts) stay out of the bundle every page needs. */
const DcoWorkspace = lazy(() => import('./DcoWorkspace').then((module) => ({ default: module.DcoWorkspace })));

/** A page rather than a record type: registered as a resource so that it has a menu entry and the URL /dco. */
export default {
  name: 'dco',
  list: DcoWorkspace,
  icon: MonitorHeartIcon,
  // Its queues list advice requests: those who may read them open it (a board member reads the health figures, not this).
  options: { label: 'DCO workspace', operation: 'allAdviceRequests' },
};

import TimelineIcon from '@mui/icons-material/Timeline';
import { lazy } from 'react';

/** Loaded when opened: its charts (recharts) stay out of the bundle every page needs. */
const TimelineFigures = lazy(() => import('./TimelineFigures').then((module) => ({ default: module.TimelineFigures })));

/** A page rather than a record type: registered as a resource so that it has a menu entry and the URL /timeline-figures. */
export default {
  name: 'timeline-figures',
  list: TimelineFigures,
  icon: TimelineIcon,
  options: { label: 'Timeline figures', operation: 'timelinessFigures' },
};

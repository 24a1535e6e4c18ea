/** Part-time timetables, their figures and the schools' returns: api/src/features/part-time. */
import BarChartIcon from '@mui/icons-material/BarChart';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { AdminFeature } from '../../common/feature';
import timetables, { PartTimeFigures, PartTimeReturns } from './timetables';

export const feature: AdminFeature = {
  // Reviews have no screens of their own (they show on their timetable), but references to them resolve.
  resources: [timetables, { name: 'PartTimeReview' }],
  routes: [
    { path: '/part-time/figures', element: <PartTimeFigures /> },
    { path: '/part-time/returns', element: <PartTimeReturns /> },
  ],
  menu: [
    { group: 'partTime', resource: 'PartTimeTimetable' },
    { group: 'partTime', to: '/part-time/figures', label: 'Part-time figures', icon: BarChartIcon, operation: 'partTimeFigures', dashboard: true },
    { group: 'partTime', to: '/part-time/returns', label: 'School returns', icon: UploadFileIcon, operation: 'schoolReturnRegister' },
  ],
};

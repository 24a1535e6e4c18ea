import AlarmIcon from '@mui/icons-material/Alarm';
import { DeadlineList } from './DeadlineList';

/** The live list of deadlines: a list only, each row opening the assessment, review or plan that holds the step. */
export default {
  name: 'Deadline',
  list: DeadlineList,
  icon: AlarmIcon,
  options: { label: 'Deadlines', operation: 'allDeadlines' },
};

import EventIcon from '@mui/icons-material/Event';
import type { RaRecord } from 'react-admin';
import { ukDate } from '../../../common/fields';
import { AnnualReviewCreate, AnnualReviewEdit } from './AnnualReviewForm';
import { AnnualReviewList } from './AnnualReviewList';

/** Annual reviews, here for what the DCO records of them: whether the annual health check was discussed. */
export default {
  name: 'AnnualReview',
  list: AnnualReviewList,
  edit: AnnualReviewEdit,
  create: AnnualReviewCreate,
  icon: EventIcon,
  options: { label: 'Annual reviews' },
  recordRepresentation: (record: RaRecord) => `Annual review ${record.meetingDate ? ukDate(String(record.meetingDate)) : ''}`.trim(),
};

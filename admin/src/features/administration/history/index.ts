import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { changeActionChoices, choiceName } from '../../../common/choices';
import { recordTypeName } from './recordTypes';
import { HistoryList } from './HistoryList';
import { HistoryShow } from './HistoryShow';

export default {
  name: 'ChangeRecord',
  list: HistoryList,
  show: HistoryShow,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) =>
    `${choiceName(changeActionChoices, record.action)} ${recordTypeName(record.entityName).toLowerCase()}`.trim(),
};

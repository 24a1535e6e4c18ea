import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { changeActionChoices, choiceName, entityNameChoices } from '../../common/choices';
import { HistoryList } from './HistoryList';
import { HistoryShow } from './HistoryShow';

export default {
  name: 'ChangeRecord',
  list: HistoryList,
  show: HistoryShow,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) =>
    `${choiceName(changeActionChoices, record.action)} ${choiceName(entityNameChoices, record.entityName).toLowerCase()}`.trim(),
};

import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { HistoryList } from './HistoryList';
import { HistoryShow } from './HistoryShow';

export default {
  name: 'ChangeRecord',
  list: HistoryList,
  show: HistoryShow,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.action ?? '')} ${String(record.entityName ?? '')}`.trim(),
};

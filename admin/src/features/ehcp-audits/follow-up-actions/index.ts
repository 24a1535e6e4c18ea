import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import type { RaRecord } from 'react-admin';
import { ActionCreate, ActionEdit } from './ActionPages';
import { ActionList } from './ActionList';
import { ActionShow } from './ActionShow';

export default {
  name: 'FollowUpAction',
  options: { label: 'Follow-up actions' },
  list: ActionList,
  show: ActionShow,
  edit: ActionEdit,
  create: ActionCreate,
  icon: PlaylistAddCheckIcon,
  recordRepresentation: (record: RaRecord) => String(record.description ?? ''),
};

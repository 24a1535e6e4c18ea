import SchoolIcon from '@mui/icons-material/School';
import type { RaRecord } from 'react-admin';
import { SettingCreate } from './SettingCreate';
import { SettingEdit } from './SettingEdit';
import { SettingList } from './SettingList';
import { SettingShow } from './SettingShow';

export default {
  name: 'Setting',
  list: SettingList,
  show: SettingShow,
  edit: SettingEdit,
  create: SettingCreate,
  icon: SchoolIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.id),
};

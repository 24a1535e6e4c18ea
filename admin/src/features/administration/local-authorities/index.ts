import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { RaRecord } from 'react-admin';
import { LocalAuthorityEdit } from './LocalAuthorityEdit';
import { LocalAuthorityList } from './LocalAuthorityList';
import { LocalAuthorityShow } from './LocalAuthorityShow';

export default {
  name: 'LocalAuthority',
  list: LocalAuthorityList,
  show: LocalAuthorityShow,
  edit: LocalAuthorityEdit,
  icon: AccountBalanceIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.name ?? record.id)} (${String(record.code ?? '')})`,
};

import { TextInput, required } from 'react-admin';
import { RecordEdit } from '../../../common/pages';

// The form of a DfE code is the API's rule; its errors show under the input.
export const LocalAuthorityEdit = () => (
  <RecordEdit>
    <TextInput source="name" label="Name" validate={required()} sx={{ minWidth: 360 }} />
    <TextInput source="code" label="DfE code" validate={required()} helperText="The three-digit local authority code, e.g. 873" />
  </RecordEdit>
);

import { Create, Loading, SimpleForm } from 'react-admin';
import { useDefaultLocalAuthority } from '../../common/inputs';
import { SettingFormFields } from './SettingForm';

export const SettingCreate = () => {
  const { isPending, defaults } = useDefaultLocalAuthority();
  if (isPending) return <Loading />;
  return (
    <Create title="New setting" redirect="show">
      <SimpleForm sx={{ maxWidth: 1040 }} defaultValues={{ ofstedRating: 'NOT_YET_INSPECTED', ...defaults }}>
        <SettingFormFields isCreate />
      </SimpleForm>
    </Create>
  );
};

import {
  AutocompleteArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  PasswordInput,
  ReferenceArrayInput,
  TextInput,
  required,
} from 'react-admin';
import { roleChoices } from '../../../common/choices';
import { FormRow } from '../../../common/inputs';

// Email form, password length and "at least one" are the API's rules; its errors show under the inputs.
export const UserFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <FormRow columns={2}>
      <TextInput source="displayName" label="Name" validate={required()} />
      <TextInput source="email" label="Email" type="email" validate={required()} />
    </FormRow>
    <CheckboxGroupInput source="roles" label="Roles" choices={roleChoices} validate={required()} />
    <ReferenceArrayInput source="localAuthoritiesIds" reference="LocalAuthority" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
      <AutocompleteArrayInput
        label="Local authorities"
        optionText="name"
        validate={required()}
        helperText="Where this user may work"
        sx={{ minWidth: 360 }}
      />
    </ReferenceArrayInput>
    {isCreate ? (
      <PasswordInput
        source="password"
        label="Password"
        autoComplete="new-password"
        validate={required()}
        helperText="At least 12 characters; ask the user to change it"
      />
    ) : (
      <>
        <BooleanInput source="active" label="Active (may sign in)" />
        <PasswordInput
          source="password"
          label="Set a new password"
          autoComplete="new-password"
          helperText="Leave blank to keep the current password"
        />
      </>
    )}
  </>
);

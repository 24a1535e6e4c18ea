import { Box } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  PasswordInput,
  ReferenceArrayInput,
  TextInput,
  email,
  maxLength,
  minLength,
  required,
} from 'react-admin';
import { roleChoices } from '../../common/choices';

const MIN_PASSWORD_LENGTH = 12;

const atLeastOne = (message: string) => (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : message;

export const UserFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      <TextInput source="displayName" label="Name" validate={[required(), maxLength(200)]} />
      <TextInput source="email" label="Email" type="email" validate={[required(), email()]} />
    </Box>
    <CheckboxGroupInput
      source="roles"
      label="Roles"
      choices={roleChoices}
      validate={atLeastOne('Choose at least one role')}
    />
    <ReferenceArrayInput source="localAuthoritiesIds" reference="LocalAuthority" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
      <AutocompleteArrayInput
        label="Local authorities"
        optionText="name"
        validate={atLeastOne('Choose at least one local authority')}
        helperText="Where this user may work"
        sx={{ minWidth: 360 }}
      />
    </ReferenceArrayInput>
    {isCreate ? (
      <PasswordInput
        source="password"
        label="Password"
        autoComplete="new-password"
        validate={[required(), minLength(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)]}
        helperText={`At least ${MIN_PASSWORD_LENGTH} characters; ask the user to change it`}
      />
    ) : (
      <>
        <BooleanInput source="active" label="Active (may sign in)" />
        <PasswordInput
          source="password"
          label="Set a new password"
          autoComplete="new-password"
          validate={minLength(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)}
          helperText="Leave blank to keep the current password"
        />
      </>
    )}
  </>
);

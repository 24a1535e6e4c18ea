import { Box } from '@mui/material';
import { BooleanInput, DateInput, Labeled, ReferenceField, SelectInput, TextField, TextInput, regex, required } from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../common/choices';
import { LocalAuthorityInput } from '../../common/inputs';

export function validateChild(values: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  const dob = values.dateOfBirth as string | undefined;
  const today = new Date().toISOString().slice(0, 10);
  if (dob && dob > today) errors.dateOfBirth = 'The date of birth cannot be in the future';
  return errors;
}

const row = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2, width: '100%' } as const;

export const ChildFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    {isCreate ? (
      <Box sx={{ minWidth: 320 }}>
        <LocalAuthorityInput />
      </Box>
    ) : (
      <Labeled label="Local authority">
        <ReferenceField source="localAuthority.id" reference="LocalAuthority" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </Labeled>
    )}
    <Box sx={row}>
      <TextInput
        source="caseReference"
        label="Case reference"
        validate={[
          required(),
          regex(/^[A-Za-z0-9][A-Za-z0-9/-]{0,39}$/, 'Letters, digits, "-" or "/" only (a reference, never a name)'),
        ]}
        helperText="The council's reference; never a name"
      />
      <DateInput source="dateOfBirth" label="Date of birth" validate={required()} />
      <SelectInput source="sex" label="Sex" choices={sexChoices} validate={required()} />
    </Box>
    <SelectInput source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} validate={required()} sx={{ minWidth: 320 }} />
    <BooleanInput source="complexHealthNeeds" label="Complex health needs" helperText="The DCO's deep dives sample these" />
    <BooleanInput source="lookedAfter" label="Looked after (a child in care)" />
  </>
);

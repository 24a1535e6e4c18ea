import { Box } from '@mui/material';
import { Labeled, ReferenceField, SelectInput, TextField, TextInput, regex, required } from 'react-admin';
import { ofstedRatingChoices, phaseChoices, settingTypeChoices } from '../../common/choices';
import { LocalAuthorityInput } from '../../common/inputs';

const row = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2, width: '100%' } as const;

export const SettingFormFields = ({ isCreate }: { isCreate: boolean }) => (
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
    <TextInput source="name" label="Name" validate={required()} fullWidth />
    <Box sx={row}>
      <TextInput
        source="urn"
        label="URN"
        validate={[required(), regex(/^\d{6,7}$/, 'A URN is 6 or 7 digits')]}
        helperText="Unique reference number from Get Information about Schools"
      />
      <SelectInput source="type" label="Setting type" choices={settingTypeChoices} validate={required()} />
      <SelectInput source="phase" label="Phase" choices={phaseChoices} validate={required()} />
    </Box>
    <SelectInput source="ofstedRating" label="Ofsted rating" choices={ofstedRatingChoices} sx={{ minWidth: 260 }} />
  </>
);

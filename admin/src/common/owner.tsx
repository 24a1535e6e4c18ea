/**
 * Owners are users (issue 19): a record's owner is picked from the users of its authority who may act on it
 * (the API's `possibleOwners`), or, only for someone outside the system, typed as a name. Picking one clears the
 * other, as the API does.
 */
import { LinearProgress } from '@mui/material';
import { useEffect, useState } from 'react';
import { FormDataConsumer, SelectInput, TextField, TextInput, required, useRecordContext } from 'react-admin';
import { graphql, query, type ResultOf } from './graphql';
import { FormRow } from './inputs';

const POSSIBLE_OWNERS = graphql('query ($la: UUID, $resource: String!) { possibleOwners(localAuthorityId: $la, resource: $resource) { id displayName } }');
type Person = ResultOf<typeof POSSIBLE_OWNERS>['possibleOwners'][number];

interface OwnerInputProps {
  /** The API's resource whose owners these are, e.g. FollowUpAction. */
  resource: string;
  label?: string;
  /** Whether someone outside the system may own it (a timetable's reviews are seen to by a user or nobody). */
  outside?: boolean;
  /** Where the user's id goes: the record's relation, or `ownerUserId` in an input of a list (a visit's actions). */
  userSource?: string;
}

const valueAt = (data: object | undefined, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], data);

/**
 * The owner as a user of the record's authority, or (choosing "Someone outside the system") a name typed for
 * them. The name's input leaves the form when a user is chosen, so a save sends one owner, never both.
 */
export const OwnerInput = ({ resource, label = 'Owner', outside = true, userSource = 'ownerUser.id' }: OwnerInputProps) => {
  const record = useRecordContext<{ localAuthority?: { id: string } }>();
  const la = record?.localAuthority?.id ?? null;
  const [people, setPeople] = useState<Person[] | null>(null);
  useEffect(() => {
    let live = true;
    query(POSSIBLE_OWNERS, { la, resource }).then(
      (result) => live && setPeople(result.possibleOwners),
      () => live && setPeople([]),
    );
    return () => {
      live = false;
    };
  }, [la, resource]);
  // The choices are loaded before the select shows, so that a saved owner is always among them.
  if (!people) return <LinearProgress sx={{ my: 3 }} aria-label={`${label}: loading who may own it`} />;
  return (
    <FormDataConsumer>
      {({ formData, scopedFormData }) => {
        // In a list of inputs (a visit's actions) the owner is the item's, not the form's.
        const item = (scopedFormData ?? formData) as object;
        const typed = Boolean(valueAt(item, 'owner'));
        return (
        <FormRow columns={2}>
          <SelectInput
            source={userSource}
            label={label}
            choices={people}
            optionText="displayName"
            emptyText={outside ? 'Someone outside the system' : 'Nobody yet'}
            validate={outside && !typed ? required() : undefined}
            helperText="Someone who uses SEND QA and may act on it"
          />
          {outside && !valueAt(item, userSource) ? (
            <TextInput
              source="owner"
              label="Someone outside the system"
              shouldUnregister
              helperText="Only when the owner does not use SEND QA: a provider, a partner's officer"
            />
          ) : null}
        </FormRow>
        );
      }}
    </FormDataConsumer>
  );
};

/** The owner in words: the user's name or the outside owner's (the API's `ownerName`). */
export const OwnerField = (_props: { label?: string }) => <TextField source="ownerName" emptyText="—" />;

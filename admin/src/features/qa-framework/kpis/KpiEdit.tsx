import { Edit, SimpleForm } from 'react-admin';
import { KpiFormFields } from './KpiForm';

/** Milestone targets come back from the API with Apollo's __typename, which the input type does not take. */
const withoutTypenames = (data: Record<string, unknown>) => ({
  ...data,
  milestoneTargets: ((data.milestoneTargets as { date: string; target: number }[] | undefined) ?? []).map(({ date, target }) => ({ date, target })),
});

export const KpiEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={withoutTypenames}>
    <SimpleForm sx={{ maxWidth: 1040 }} warnWhenUnsavedChanges>
      <KpiFormFields isCreate={false} />
    </SimpleForm>
  </Edit>
);

import { DataTable, DateInput, List, useCanAccess } from 'react-admin';
import { LocalAuthorityColumn } from '../../../common/columns';
import { CaseReferenceField, UkDateField, YesNoField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';

const filters = [
  <DateInput key="meetingDate_gte" source="meetingDate_gte" label="Met on or after" alwaysOn />,
  <DateInput key="meetingDate_lte" source="meetingDate_lte" label="Met on or before" alwaysOn />,
  localAuthorityFilter,
];

export const AnnualReviewList = () => {
  const { canAccess: mayEdit } = useCanAccess({ resource: 'AnnualReview', action: 'edit' });
  return (
    <List title="Annual reviews" filters={filters} sort={{ field: 'meetingDate', order: 'DESC' }} perPage={25}>
      {/* A review has no page of its own: its row opens the form, for those who may change it. */}
      <DataTable bulkActionButtons={false} rowClick={mayEdit ? 'edit' : false}>
        <DataTable.Col source="caseReference" label="Case reference">
          <CaseReferenceField link />
        </DataTable.Col>
        <DataTable.Col source="meetingDate" label="Meeting" field={UkDateField} />
        <DataTable.Col source="decisionDate" label="Decision" field={UkDateField} />
        <DataTable.Col source="healthCheckDiscussed" label="Annual health check discussed" disableSort>
          <YesNoField source="healthCheckDiscussed" />
        </DataTable.Col>
        <LocalAuthorityColumn />
      </DataTable>
    </List>
  );
};

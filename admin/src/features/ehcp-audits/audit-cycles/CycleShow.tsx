import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import CasinoIcon from '@mui/icons-material/Casino';
import { NumberField, ReferenceField, SelectField, TextField, useNotify, useRecordContext, useRefresh, FunctionField } from 'react-admin';
import { cycleKindChoices, stratumChoices, termChoices } from '../../../common/choices';
import { IfCanRead, LocalAuthorityField, UkDateField, UkDateTimeField, YesNoField } from '../../../common/fields';
import { graphql, mutate } from '../../../common/graphql';
import { RecordShow } from '../../../common/pages';
import { RelatedList } from '../../../common/RelatedList';
import { AuditColumns } from '../audits/AuditList';
import { runsCycles } from '../../../common/permissions';
import { AssignAuditsButton } from './AssignAuditsDialog';
import { SamplePreview } from './SamplePreview';

const DRAW = graphql('mutation ($id: UUID!, $version: Int!) { drawAuditSample(id: $id, version: $version) { id } }');

/** Draws the cycle's sample once; the stored seed makes it reproducible. */
const DrawSampleButton = () => {
  const cycle = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string>();
  if (!cycle || cycle.sampledAt || !runsCycles(cycle.kind)) return null;
  const draw = async () => {
    setError(undefined);
    try {
      await mutate(DRAW, { id: String(cycle.id), version: Number(cycle.version) });
      notify('Sample drawn: its audits are listed below', { type: 'success' });
      refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Button variant="contained" startIcon={<CasinoIcon />} onClick={() => void draw()}>
        Draw sample
      </Button>
    </>
  );
};

export const CycleShow = () => (
  <RecordShow
    heading="Audit cycle"
    related={
      <>
        <SamplePreview />
        <RelatedList
          title="The sample: audits in this cycle (open one to assign it on its own)"
          action={
            <Stack direction="row" spacing={1} alignItems="center">
              <DrawSampleButton />
              <AssignAuditsButton />
            </Stack>
          }
          reference="Audit"
          target="cycleId"
          sort={{ field: 'status', order: 'ASC' }}
          emptyText="No sample drawn yet."
          perPage={25}
        >
          <AuditColumns />
        </RelatedList>
      </>
    }
  >
    <TextField source="name" label="Name" />
    <SelectField source="kind" label="Kind" choices={cycleKindChoices} />
    <SelectField source="term" label="Term" choices={termChoices} />
    <FunctionField label="Academic year" render={(r) => `${r.academicYear}/${String((r.academicYear as number) + 1).slice(2)}`} />
    <UkDateField source="opensOn" label="Opens on" />
    <UkDateField source="closesOn" label="Closes on" />
    {/* Commissioners read cycles (placements audits) but not rubrics. */}
    <IfCanRead resource="RubricVersion" label="Rubric version">
      <ReferenceField source="rubricVersion.id" reference="RubricVersion" link="show" />
    </IfCanRead>
    <NumberField source="sampleSize" label="Sample size" emptyText="—" />
    <NumberField source="samplePercent" label="Sample %" emptyText="—" />
    <FunctionField label="Stratified by" render={(r) => ((r.stratifyBy as string[]) ?? []).map((s) => stratumChoices.find((c) => c.id === s)?.name ?? s).join(', ')} />
    <NumberField source="excludeAuditedInLastCycles" label="Leaves out plans audited in the last N cycles" />
    <YesNoField source="reauditBelowGood" label="Re-audits plans below good" />
    <NumberField source="seed" label="Random seed" />
    <UkDateTimeField source="sampledAt" label="Sample drawn" emptyText="Not yet" />
    <LocalAuthorityField label="Local authority" link="show" />
  </RecordShow>
);

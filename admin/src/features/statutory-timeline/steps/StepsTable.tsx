import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { choiceName, timescaleExceptionChoices } from '../../../common/choices';
import { ukDate } from '../../../common/fields';
import { StepStatusChip } from './StepStatusChip';

/** A step of the statutory timeline as the API gives it (TimelineStep). */
export interface TimelineStep {
  kind: string;
  label: string;
  dueOn: string | null;
  completedOn: string | null;
  status: string;
  daysLate: number | null;
  exception: string | null;
  outcome: string | null;
  reason: string | null;
  rule: string;
  recordedBy: string | null;
}

const lateness = (step: TimelineStep) =>
  step.daysLate && step.daysLate > 0 ? ` (${step.daysLate} day${step.daysLate === 1 ? '' : 's'} ${step.completedOn ? 'late' : 'overdue'})` : '';

/**
 * The steps in order, each with its deadline, when it was done and its status; the rule under each step says
 * where its time limit comes from, and an exception says why the limit did not apply.
 */
export const StepsTable = ({ steps, emptyText }: { steps: TimelineStep[] | undefined; emptyText: string }) => {
  if (!steps?.length) return <Box sx={{ color: 'text.secondary', py: 1 }}>{emptyText}</Box>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="timeline-steps">
        <TableHead>
          <TableRow>
            <TableCell>Step</TableCell>
            <TableCell>Due</TableCell>
            <TableCell>Done</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Exception</TableCell>
            <TableCell>Recorded by</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {steps.map((step, index) => (
            <TableRow key={`${step.kind}-${index}`} data-step={step.kind}>
              <TableCell>
                {step.label}
                {step.outcome || step.reason ? `: ${[step.outcome?.toLowerCase(), step.reason].filter(Boolean).join(', ')}` : ''}
                <Typography variant="caption" color="text.secondary" component="div">
                  {step.rule}
                </Typography>
              </TableCell>
              <TableCell>{step.dueOn ? ukDate(step.dueOn) : '—'}</TableCell>
              <TableCell>{step.completedOn ? ukDate(step.completedOn) : '—'}</TableCell>
              <TableCell>
                <StepStatusChip status={step.status} />
                {lateness(step)}
              </TableCell>
              <TableCell>{step.exception ? choiceName(timescaleExceptionChoices, step.exception) : ''}</TableCell>
              <TableCell>{step.recordedBy ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

import type { MouseEvent, ReactNode } from 'react';
import { Chip, Tooltip, Typography, type ChipProps } from '@mui/material';
import {
  CanAccess,
  DateField,
  Link,
  ReferenceField,
  TextField,
  useRecordContext,
  type DateFieldProps,
  type LinkToType,
} from 'react-admin';
import { ageOn, today } from './dates';
import { choiceName, planStatusChoices, ofstedRatingChoices, primaryNeedChoices, type Choice } from './choices';
import type { ApiEnum } from './graphql';

/** A calendar date ('YYYY-MM-DD') shown the UK way: 05/03/2024. */
export const UkDateField = (props: DateFieldProps) => <DateField locales="en-GB" {...props} />;

/** The same as text, for places that are not fields (titles, history values). Parsing would risk a time-zone shift. */
export const ukDate = (isoDate: string): string => isoDate.split('-').reverse().join('/');

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
};

/** A moment in time shown the UK way, in UK time: 05/03/2024, 14:03. */
/** Whole pounds, as council finance reports them. */
const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
export const pounds = (value: number) => POUNDS.format(value);
const COMPACT_POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', notation: 'compact', maximumSignificantDigits: 3 });
/** £29.7M: for headline figures and chart axes, where the whole number does not fit. */
export const compactPounds = (value: number) => COMPACT_POUNDS.format(value);

export const UkDateTimeField = (props: DateFieldProps) => (
  <DateField locales="en-GB" showTime options={DATE_TIME_OPTIONS} {...props} />
);

type ChipLook = Pick<ChipProps, 'color' | 'variant'>;

interface ChoiceChipProps {
  source: string;
  choices: Choice[];
  /** How each value looks. */
  looks: Record<string, ChipLook>;
  variant?: ChipProps['variant'];
}

/** An enum value as a coloured chip, so that a column of them can be scanned at a glance. */
const ChoiceChip = ({ source, choices, looks, variant = 'filled' }: ChoiceChipProps) => {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return <Chip size="small" label={choiceName(choices, value)} color="default" variant={variant} {...looks[value]} />;
};

const STATUS_LOOKS: { [S in ApiEnum<'PlanStatus'>]: ChipLook } = {
  DRAFT: { color: 'warning' },
  FINAL: { color: 'success' },
  CEASED: { variant: 'outlined' },
};

export const PlanStatusChip = ({ source = 'status' }: { source?: string; label?: string }) => (
  <ChoiceChip source={source} choices={planStatusChoices} looks={STATUS_LOOKS} />
);

const OFSTED_LOOKS: { [R in ApiEnum<'OfstedRating'>]: ChipLook } = {
  OUTSTANDING: { color: 'success' },
  GOOD: { color: 'primary' },
  REQUIRES_IMPROVEMENT: { color: 'warning' },
  INADEQUATE: { color: 'error' },
  NOT_YET_INSPECTED: {},
};

export const OfstedChip = ({ source = 'ofstedRating' }: { source?: string; label?: string }) => (
  <ChoiceChip source={source} choices={ofstedRatingChoices} looks={OFSTED_LOOKS} variant="outlined" />
);

/** The local authority a record belongs to, by name only (its recordRepresentation adds the DfE code, for page titles). */
export const LocalAuthorityField = ({ link = false }: { label?: string; link?: LinkToType }) => (
  <ReferenceField source="localAuthority.id" reference="LocalAuthority" link={link}>
    <TextField source="name" />
  </ReferenceField>
);

/**
 * The child's case reference, read through the record's plan; `link` opens the plan. The link is drawn only once
 * the child has loaded, round its text: a link wrapped round a reference still loading has no name to read out.
 */
export const CaseReferenceField = ({ link = false }: { label?: string; link?: boolean }) => {
  const planId = useRecordContext()?.plan?.id as string | undefined;
  return (
    <ReferenceField source="plan.id" reference="Plan" link={false}>
      <ReferenceField source="child.id" reference="Child" link={false}>
        <CaseReferenceText to={link && planId ? `/Plan/${planId}/show` : undefined} />
      </ReferenceField>
    </ReferenceField>
  );
};

const CaseReferenceText = ({ to }: { to?: string }) => {
  const caseReference = useRecordContext()?.caseReference as string | undefined;
  if (!caseReference) return null;
  const text = <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>{caseReference}</Typography>;
  // A row that opens on click must not also open when its link is followed.
  return to ? <Link to={to} onClick={(event: MouseEvent) => event.stopPropagation()}>{text}</Link> : text;
};

/**
 * Renders its children only for users allowed to read the resource (e.g. the change history); `label` is for
 * a show layout around it, which labels its children by their props.
 */
export const IfCanRead = ({ resource, children }: { resource: string; label?: string; children: ReactNode }) => (
  <CanAccess resource={resource} action="list" accessDenied={null} error={null}>
    {children}
  </CanAccess>
);

/** A primary need shown by its SEN2 code, with the full name on hover (for dense tables). */
export const NeedCodeField = ({ source = 'primaryNeed' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  const full = choiceName(primaryNeedChoices, value);
  return (
    <Tooltip title={full}>
      <Chip size="small" variant="outlined" label={full.split(' — ')[0]} aria-label={full} />
    </Tooltip>
  );
};

/** "Yes" / "No" in words (clearer than ticks for screen readers and print). */
export const YesNoField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const value = record[source];
  if (value === undefined || value === null) return null;
  return value ? (
    <Chip size="small" color="primary" variant="outlined" label="Yes" />
  ) : (
    <Typography component="span" variant="body2" color="text.secondary">
      No
    </Typography>
  );
};

export const AgeField = ({ source = 'dateOfBirth' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const dateOfBirth = record?.[source] as string | undefined;
  if (!dateOfBirth) return null;
  const age = ageOn(dateOfBirth, today());
  return (
    <Typography component="span" variant="body2">
      {age}
    </Typography>
  );
};

/** A section heading inside a show page. */
export const SectionTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1, px: 2 }}>
    {children}
  </Typography>
);

/** Lays the fields of a SimpleShowLayout out in responsive columns. */
export const gridLayoutSx = {
  '& .RaSimpleShowLayout-stack': {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    columnGap: 3,
    rowGap: 2,
  },
  '& .RaSimpleShowLayout-stack > *': { m: 0 },
} as const;

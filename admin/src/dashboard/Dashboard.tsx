import { Suspense, type ReactNode } from 'react';
import { Box, Card, CardActionArea, CardContent, Chip, LinearProgress, Skeleton, Stack, Typography } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import EditNoteIcon from '@mui/icons-material/EditNote';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturbOn';
import ChildCareIcon from '@mui/icons-material/ChildCare';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import { LinkBase, Title, useGetIdentity, useGetList } from 'react-admin';
import { AuthorityCaption, ForEachAuthority, useMyAuthorities, type Authority } from '../common/authority';
import { roleLabel } from '../common/choices';
import { getUser } from '../common/session';
import { AuditDashboard } from '../features/ehcp-audits/audit-dashboard/AuditDashboard';
import { homePage, landsOnMyWork } from '../layout/capabilities';
import { MyWork } from '../work/MyWork';

/** How many records match a filter, asking only for the count (page size 1). */
const COUNT_SORT: Record<string, string> = { Plan: 'requestDate', Child: 'caseReference' };

function useCount(resource: string, filter: Record<string, unknown> = {}) {
  const { total, isPending, error } = useGetList(resource, {
    pagination: { page: 1, perPage: 1 },
    sort: { field: COUNT_SORT[resource] ?? 'name', order: 'ASC' },
    filter,
  });
  return { total, isPending, error };
}

const listLink = (resource: string, filter: Record<string, unknown>) => ({
  pathname: `/${resource}`,
  search: `?filter=${encodeURIComponent(JSON.stringify(filter))}`,
});

interface StatCardProps {
  label: string;
  resource: string;
  authority: Authority;
  filter?: Record<string, unknown>;
  icon: ReactNode;
  hint?: string;
}

const StatCard = ({ label, resource, authority, filter: asked = {}, icon, hint }: StatCardProps) => {
  const filter = { ...asked, localAuthorityId: authority.id };
  const { total, isPending, error } = useCount(resource, filter);
  return (
    <Card sx={{ flex: '1 1 200px', minWidth: 200 }}>
      <CardActionArea component={LinkBase} to={listLink(resource, filter)}>
        <CardContent>
          <Stack direction="row" spacing={1.5} alignItems="center">
            <Box sx={{ color: 'primary.main', display: 'flex' }}>{icon}</Box>
            <Typography variant="body2" color="text.secondary">
              {label}
            </Typography>
          </Stack>
          <Typography variant="h4" component="p" sx={{ mt: 1, fontWeight: 600 }}>
            {isPending ? <Skeleton width={80} /> : error ? '—' : (total ?? 0).toLocaleString('en-GB')}
          </Typography>
          {hint ? (
            <Typography variant="caption" color="text.secondary">
              {hint}
            </Typography>
          ) : null}
          <AuthorityCaption authority={authority} />
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** One authority's plans, children and audit figures. */
const AuthorityFigures = ({ authority }: { authority: Authority }) => (
  <>
    <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
      Education, Health and Care Plans in {authority.name}
    </Typography>
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 3 }}>
      <StatCard label="All plans" resource="Plan" authority={authority} icon={<DescriptionIcon />} />
      <StatCard label="Final plans" resource="Plan" authority={authority} filter={{ status: 'FINAL' }} icon={<TaskAltIcon />} hint="Issued and maintained" />
      <StatCard label="Draft plans" resource="Plan" authority={authority} filter={{ status: 'DRAFT' }} icon={<EditNoteIcon />} hint="With the family for comment" />
      <StatCard label="Ceased plans" resource="Plan" authority={authority} filter={{ status: 'CEASED' }} icon={<DoNotDisturbIcon />} />
    </Stack>
    <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
      Children and young people in {authority.name}
    </Typography>
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
      <StatCard label="Children" resource="Child" authority={authority} icon={<ChildCareIcon />} />
      <StatCard
        label="Complex health needs"
        resource="Child"
        authority={authority}
        filter={{ complexHealthNeeds: true }}
        icon={<LocalHospitalIcon />}
        hint="Sampled by the DCO's deep dives"
      />
      <StatCard label="Looked after" resource="Child" authority={authority} filter={{ lookedAfter: true }} icon={<ChildCareIcon />} hint="Children in care" />
    </Stack>
    <AuditDashboard authority={authority} />
  </>
);

/** The dashboard for roles whose day has no home page of its own, and for those who land on My work (at /dashboard). */
export const GeneralDashboard = () => {
  const { identity } = useGetIdentity();
  const user = getUser();
  const name = (identity?.displayName as string | undefined) ?? user?.displayName ?? '';
  const roles = user?.roles ?? [];
  const { authorities } = useMyAuthorities();
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="Dashboard" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            Welcome, {name}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center">
            <Typography variant="body2" color="text.secondary">
              Signed in as
            </Typography>
            {roles.map((r) => (
              <Chip key={r} size="small" color="primary" label={roleLabel(r)} />
            ))}
            {authorities.length > 0 ? (
              <Typography variant="body2" color="text.secondary">
                for {authorities.map((la) => `${la.name} (${la.code})`).join(', ')}
              </Typography>
            ) : null}
          </Stack>
        </CardContent>
      </Card>
      <ForEachAuthority>{(authority) => <AuthorityFigures authority={authority} />}</ForEachAuthority>
    </Box>
  );
};

/** The home page: the page the signed-in role's day starts with (the DCO's workspace, the commissioner's dashboard), else the dashboard. */
export const Dashboard = () => {
  const roles = getUser()?.roles ?? [];
  if (landsOnMyWork(roles)) return <MyWork />;
  const Home = homePage(roles);
  if (!Home) return <GeneralDashboard />;
  return (
    <Suspense fallback={<LinearProgress sx={{ m: 2 }} />}>
      <Home />
    </Suspense>
  );
};

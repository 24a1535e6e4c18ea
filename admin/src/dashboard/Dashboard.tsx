import { useEffect, useState, type ReactNode } from 'react';
import { Box, Card, CardActionArea, CardContent, Chip, Skeleton, Stack, Typography } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import EditNoteIcon from '@mui/icons-material/EditNote';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturbOn';
import ChildCareIcon from '@mui/icons-material/ChildCare';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import { gql } from '@apollo/client';
import { LinkBase, Title, useGetIdentity, useGetList } from 'react-admin';
import { apolloClient } from '../dataProvider';
import { roleLabel } from '../common/choices';
import { getUser } from '../common/session';
import { AuditDashboard } from '../features/audit-dashboard/AuditDashboard';

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
  filter?: Record<string, unknown>;
  icon: ReactNode;
  hint?: string;
}

const StatCard = ({ label, resource, filter = {}, icon, hint }: StatCardProps) => {
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
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

interface Me {
  localAuthorities: { id: string; name: string; code: string }[];
}

function useMyLocalAuthorities() {
  const [las, setLas] = useState<Me['localAuthorities']>();
  useEffect(() => {
    let live = true;
    apolloClient
      .query<{ me: Me }>({ query: gql`query Me { me { id localAuthorities { id name code } } }`, fetchPolicy: 'network-only' })
      .then((r) => live && setLas(r.data.me.localAuthorities))
      .catch(() => live && setLas([]));
    return () => {
      live = false;
    };
  }, []);
  return las;
}

export const Dashboard = () => {
  const { identity } = useGetIdentity();
  const user = getUser();
  const name = (identity?.displayName as string | undefined) ?? user?.displayName ?? '';
  const roles = user?.roles ?? [];
  const las = useMyLocalAuthorities();
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
            {las && las.length > 0 ? (
              <Typography variant="body2" color="text.secondary">
                for {las.map((la) => `${la.name} (${la.code})`).join(', ')}
              </Typography>
            ) : null}
          </Stack>
        </CardContent>
      </Card>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Education, Health and Care Plans
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 3 }}>
        <StatCard label="All plans" resource="Plan" icon={<DescriptionIcon />} />
        <StatCard label="Final plans" resource="Plan" filter={{ status: 'FINAL' }} icon={<TaskAltIcon />} hint="Issued and maintained" />
        <StatCard label="Draft plans" resource="Plan" filter={{ status: 'DRAFT' }} icon={<EditNoteIcon />} hint="With the family for comment" />
        <StatCard label="Ceased plans" resource="Plan" filter={{ status: 'CEASED' }} icon={<DoNotDisturbIcon />} />
      </Stack>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Children and young people
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <StatCard label="Children" resource="Child" icon={<ChildCareIcon />} />
        <StatCard
          label="Complex health needs"
          resource="Child"
          filter={{ complexHealthNeeds: true }}
          icon={<LocalHospitalIcon />}
          hint="Sampled by the DCO's deep dives"
        />
        <StatCard label="Looked after" resource="Child" filter={{ lookedAfter: true }} icon={<ChildCareIcon />} hint="Children in care" />
      </Stack>
      {las ? <AuditDashboard localAuthorities={las} /> : null}
    </Box>
  );
};

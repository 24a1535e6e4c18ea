import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { gql } from '@apollo/client';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { Title } from 'react-admin';
import { apolloClient } from '../../dataProvider';

const HIGHLIGHT = gql`
  query {
    placementHighlight {
      asOf count annualCost outcomesAchievedOrOnTrackPercent visitsOverdue redAtLastVisit contractsEnding
      byPrimaryNeed { key count annualCost }
      overTime { date count target }
    }
  }
`;

interface Highlight {
  count: number;
  annualCost: number | null;
  outcomesAchievedOrOnTrackPercent: number | null;
  visitsOverdue: number;
  redAtLastVisit: number;
  contractsEnding: number;
  byPrimaryNeed: { key: string; count: number; annualCost: number | null }[];
  overTime: { date: string; count: number; target: number }[];
}

const Figure = ({ label, value }: { label: string; value: string | number }) => (
  <Grid size={{ xs: 6, md: 2 }}>
    <Card>
      <CardContent>
        <Typography variant="h5">{value}</Typography>
        <Typography variant="body2" color="text.secondary">{label}</Typography>
      </CardContent>
    </Card>
  </Grid>
);

/** The board's figures on out-of-area and independent placements, for commissioners. */
export const CommissionerDashboard = () => {
  const [data, setData] = useState<Highlight | null>(null);
  useEffect(() => {
    void apolloClient.query<{ placementHighlight: Highlight }>({ query: HIGHLIGHT }).then((result) => setData(result.data?.placementHighlight ?? null));
  }, []);
  if (!data) return null;
  const gbp = (n: number | null) => (n === null ? '—' : `£${(n / 1_000_000).toFixed(1)}m`);
  return (
    <>
      <Title title="Placements: commissioner's dashboard" />
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Figure label="Active placements" value={data.count} />
        <Figure label="Annual cost" value={gbp(data.annualCost)} />
        <Figure label="Outcomes achieved or on track" value={data.outcomesAchievedOrOnTrackPercent === null ? '—' : `${data.outcomesAchievedOrOnTrackPercent}%`} />
        <Figure label="Visits overdue" value={data.visitsOverdue} />
        <Figure label="Red at last visit" value={data.redAtLastVisit} />
        <Figure label="Contracts ending in 90 days" value={data.contractsEnding} />
      </Grid>
      <Grid container spacing={2} sx={{ mt: 2 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="h6">Annual cost by primary need</Typography>
          <BarChart width={520} height={280} data={data.byPrimaryNeed}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="key" />
            <YAxis />
            <Tooltip />
            <Bar dataKey="annualCost" name="£ a year" fill="#1f6f8b" />
          </BarChart>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="h6">Placements over time against the target</Typography>
          <LineChart width={520} height={280} data={data.overTime}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" />
            <YAxis />
            <Tooltip />
            <Legend />
            <Line dataKey="count" name="Placements" stroke="#1f6f8b" />
            <Line dataKey="target" name="Target" stroke="#c0392b" strokeDasharray="5 5" />
          </LineChart>
        </Grid>
      </Grid>
    </>
  );
};

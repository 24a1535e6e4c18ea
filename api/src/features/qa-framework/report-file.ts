import PDFDocument from 'pdfkit';
import { toCsv } from '../../core/csv.js';
import { ukDate } from '../../core/dates.js';
import { Brag, KpiUnit, Rag } from './enums.js';
import type { KpiFigure } from './figures.js';
import type { HighlightReport } from './report.entity.js';
import type { HighlightReportContent } from './report-content.js';

/** A value in its unit, as the report prints it. */
export function formatValue(unit: KpiUnit, value: number | null): string {
  if (value === null) return 'no data';
  switch (unit) {
    case KpiUnit.PERCENT:
      return `${value.toFixed(1)}%`;
    case KpiUnit.COUNT:
      return String(Math.round(value));
    case KpiUnit.POUNDS:
      return `£${Math.round(value).toLocaleString('en-GB')}`;
    case KpiUnit.WEEKS:
      return `${value.toFixed(1)} weeks`;
  }
}

const RAG_COLOUR: Record<Rag, string> = { RED: '#c62828', AMBER: '#ef8f00', GREEN: '#2e7d32', NO_DATA: '#9e9e9e' };
export const BRAG_KEY: Record<Brag, string> = {
  BLUE: 'Blue: complete',
  RED: 'Red: not started or at risk',
  AMBER: 'Amber: behind schedule',
  GREEN: 'Green: on track',
};

/** The KPI table, one row per KPI, with its figures as plain numbers. */
export function reportCsv(content: HighlightReportContent): string {
  const header = ['code', 'name', 'unit', 'period', 'period partial', 'value', 'numerator', 'denominator', 'target', 'rag', 'baseline', 'trend', 'exception commentary', 'exception actions'];
  const rows = content.kpis.map((k) => [
    k.code,
    k.name,
    k.unit,
    k.current.period,
    k.current.partial ? 'yes' : 'no',
    k.current.value,
    k.current.numerator,
    k.current.denominator,
    k.target,
    k.current.rag,
    k.baselineValue,
    k.trend.map((t) => (t.value === null ? '' : t.value)).join(' '),
    k.current.exceptionCommentary,
    k.current.exceptionActions,
  ]);
  return toCsv([header, ...rows]);
}

/** A small line of the trend's values, drawn into the table cell. */
function sparkline(doc: PDFKit.PDFDocument, trend: KpiFigure[], x: number, y: number, width: number, height: number): void {
  const values = trend.map((t) => t.value);
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return;
  const min = Math.min(...known);
  const span = Math.max(...known) - min || 1;
  const step = width / (values.length - 1);
  let started = false;
  values.forEach((v, i) => {
    if (v === null) return;
    const px = x + i * step;
    const py = y + height - ((v - min) / span) * height;
    if (started) doc.lineTo(px, py);
    else doc.moveTo(px, py);
    started = true;
  });
  doc.lineWidth(1).strokeColor('#1565c0').stroke();
}

const AUDIENCE: Record<string, string> = { PARTNERSHIP_GROUP: 'SEND partnership group', EXECUTIVE_BOARD: 'SEND executive board' };

export function reportPdf(report: HighlightReport, content: HighlightReportContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: report.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.fillColor('#000').font('Helvetica-Bold').fontSize(18).text(report.title);
  doc.font('Helvetica').fontSize(10).text(
    `${AUDIENCE[report.audience]} · ${content.period} · figures as at ${ukDate(content.asOf)} · ${report.status === 'PUBLISHED' && report.publishedAt ? `published ${ukDate(report.publishedAt.toISOString().slice(0, 10))}` : 'DRAFT'}`,
  );
  if (report.summary) doc.moveDown(0.5).fontSize(11).text(report.summary);

  doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Key performance indicators');
  const columns = [
    { title: 'Code', width: 70 },
    { title: 'KPI', width: 250 },
    { title: 'Period', width: 80 },
    { title: 'Value', width: 80 },
    { title: 'Target', width: 80 },
    { title: 'RAG', width: 60 },
    { title: 'Trend', width: 100 },
  ];
  const left = doc.page.margins.left;
  const row = (cells: string[], bold: boolean, colours: (string | null)[] = []) => {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    let x = left;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    cells.forEach((cell, i) => {
      doc.fillColor(colours[i] ?? '#000').text(cell, x, y, { width: columns[i]!.width - 6, lineBreak: true });
      x += columns[i]!.width;
    });
    doc.fillColor('#000');
    doc.x = left;
    doc.y = Math.max(doc.y, y + 14) + 4;
    return y;
  };
  row(columns.map((c) => c.title), true);
  for (const k of content.kpis) {
    const y = row(
      [k.code, k.name, `${k.current.period}${k.current.partial ? ' (partial)' : ''}`, formatValue(k.unit, k.current.value), formatValue(k.unit, k.target), k.current.rag === Rag.NO_DATA ? 'NO DATA' : k.current.rag, ''],
      false,
      [null, null, null, null, null, RAG_COLOUR[k.current.rag]],
    );
    sparkline(doc, k.trend, left + columns.slice(0, 6).reduce((sum, c) => sum + c.width, 0), y, 90, 10);
    if (k.current.exceptionCommentary) {
      doc.font('Helvetica-Oblique').fontSize(8).text(`Exception note: ${k.current.exceptionCommentary} Actions: ${k.current.exceptionActions ?? ''}`, left + 70, doc.y, { width: 600 });
      doc.x = left;
      doc.moveDown(0.3);
    }
  }
  if (report.kpiCommentary) doc.moveDown(0.5).font('Helvetica').fontSize(10).text(report.kpiCommentary, left);

  doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Improvement plan (BRAG)', left);
  const { brag } = content;
  doc.font('Helvetica').fontSize(10).text(`Blue ${brag.blue} · Green ${brag.green} · Amber ${brag.amber} · Red ${brag.red} · overdue ${brag.overdue} of ${brag.total} milestones`);
  doc.fontSize(8).fillColor('#555').text(`Key: ${Object.values(BRAG_KEY).join('; ')}. An overdue milestone not complete shows Amber.`).fillColor('#000');
  if (brag.exceptions.length > 0) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10).text('Exceptions (red or overdue)');
    doc.font('Helvetica').fontSize(9);
    for (const m of brag.exceptions) doc.text(`${m.actionReference} ${m.description}: due ${ukDate(m.deadline)}, ${m.shownBrag}${m.overdue ? ', overdue' : ''}`);
  }
  if (report.planCommentary) doc.moveDown(0.5).fontSize(10).text(report.planCommentary);

  for (const section of content.sections) {
    doc.moveDown().font('Helvetica-Bold').fontSize(12).text(section.title, left);
    doc.font('Helvetica').fontSize(10).text(section.headline);
    if (section.points.length > 0) doc.fontSize(9).text(section.points.map((p) => `${p.label}: ${p.value === null ? '–' : formatValue(section.unit, p.value)}`).join(' · '));
  }
  if (report.risks) doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Risks and issues').font('Helvetica').fontSize(10).text(report.risks);
  doc.end();
  return done;
}

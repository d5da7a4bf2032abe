import { useTranslation } from 'react-i18next';
import { periodLabel } from './periodLabel';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { currentLanguage } from '../../i18n';
import type { CombinedTable } from '@shared/channels/reports';
import { rowLabel, valueLabel } from './labels';

const COLORS = ['#2f6f8f', '#c26b2c', '#5b8c3a', '#8a4f9e', '#b8a13a', '#4b5d73', '#a33b3b'];
// Fixed sizes rather than ResponsiveContainer: predictable layout in print and in screenshots.
const WIDTH = 560;
const HEIGHT = 240;

interface Point {
  label: string;
  count: number;
}

/**
 * Only cells with a published number are plotted: a suppressed cell has no number to draw, and
 * drawing it as 0 would be a lie. How many were left out is said under the chart.
 */
function points(table: CombinedTable | undefined, t: ReturnType<typeof useTranslation>['t']) {
  const lang = currentLanguage();
  const rows = table?.rows ?? [];
  const shown: Point[] = rows
    .filter((r) => !r.suppressed && r.count !== null && r.count > 0)
    .map((r) => ({ label: rowLabel(t, lang, table?.dimensions ?? [], r.key), count: r.count ?? 0 }));
  return { shown, hidden: rows.filter((r) => r.suppressed).length };
}

/**
 * A chart only where there is something to compare: with fewer than two bars it says "no data"
 * instead of drawing an empty frame or a single bar.
 */
function ChartBox({
  title,
  hidden,
  bars,
  children,
}: {
  title: string;
  hidden: number;
  bars: number;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <figure className="report-chart" data-testid="report-chart">
      <figcaption>{title}</figcaption>
      {bars >= 2 ? (
        children
      ) : (
        <p className="report-chart-empty" data-testid="chart-empty">
          {t('reports.dashboard.noData')}
        </p>
      )}
      {hidden > 0 ? <p className="muted">{t('reports.dashboard.hiddenInChart', { count: hidden })}</p> : null}
    </figure>
  );
}

export function SimpleBarChart({ title, table }: { title: string; table: CombinedTable | undefined }) {
  const { t } = useTranslation();
  const { shown, hidden } = points(table, t);
  return (
    <ChartBox title={title} hidden={hidden} bars={shown.length}>
      <BarChart width={WIDTH} height={HEIGHT} data={shown} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} />
        <Tooltip isAnimationActive={false} />
        <Bar dataKey="count" name={t('reports.columns.count')} fill={COLORS[0]} isAnimationActive={false} />
      </BarChart>
    </ChartBox>
  );
}

/** Active cases of each type, one bar group per period (two at least); withheld cells are left out. */
export function CasesOverTimeChart({ series }: { series: ReadonlyArray<{ period: string; table: CombinedTable | null }> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const types = new Set<string>();
  const active = series.flatMap(({ table }) => (table?.rows ?? []).filter((r) => r.key.measure === 'active'));
  const hidden = active.filter((r) => r.suppressed || r.count === null).length;
  const data = series.map(({ period, table }) => {
    const point: Record<string, string | number> = { period };
    for (const r of table?.rows ?? []) {
      // Suppressed cells have no number to plot; they are counted in `hidden` instead.
      if (r.key.measure !== 'active' || r.suppressed || r.count === null || r.count === 0) continue;
      const type = r.key.caseType ?? '';
      types.add(type);
      point[type] = r.count;
    }
    return point;
  });
  return (
    <ChartBox
      title={t('reports.dashboard.casesOverTime')}
      hidden={hidden}
      bars={types.size > 0 ? data.filter((p) => Object.keys(p).length > 1).length : 0}
    >
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" tickFormatter={(p: string) => periodLabel(p, t, lang)} />
        <YAxis allowDecimals={false} />
        <Tooltip isAnimationActive={false} />
        <Legend />
        {[...types].map((type, i) => (
          <Bar
            key={type}
            dataKey={type}
            name={valueLabel(t, lang, 'caseType', type)}
            stackId="cases"
            fill={COLORS[i % COLORS.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartBox>
  );
}

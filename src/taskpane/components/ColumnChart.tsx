import { tokens } from "@fluentui/react-components";
import { seriesColor } from "./series-colors";

export interface ColumnSeries {
  readonly name: string;
  /** One value per category; null draws no column. */
  readonly values: readonly (number | null)[];
  /** What each column's top shows (the cell's text, e.g. "140.0%"); absent: the value. */
  readonly texts?: readonly string[];
}

const WIDTH = 340;
const HEIGHT = 200;
const PAD = { left: 10, right: 10, top: 16, bottom: 30 };
const LEGEND_H = 16;

/**
 * Clustered columns: one group per category, one column per series, from a zero line
 * (negative values hang below it), each column topped by its text. Series colours are the
 * chart's own, else the palette; a legend names the series when `legend` is set.
 */
export function ColumnChart({
  title,
  categories,
  series,
  colors,
  legend = series.length > 1,
}: {
  title: string;
  categories: readonly string[];
  series: readonly ColumnSeries[];
  colors?: readonly string[];
  legend?: boolean;
}) {
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...numbers);
  const min = Math.min(0, ...numbers);
  const span = max - min || 1;
  const bottom = HEIGHT - PAD.bottom - (legend ? LEGEND_H : 0);
  const h = bottom - PAD.top;
  const w = WIDTH - PAD.left - PAD.right;
  const y = (v: number) => PAD.top + ((max - v) / span) * h;
  const group = categories.length > 0 ? w / categories.length : w;
  const bar = (group * 0.7) / Math.max(1, series.length);
  return (
    <figure style={{ margin: 0 }} data-testid="column-chart">
      <figcaption style={{ fontWeight: 600, marginBottom: 6 }}>{title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <line x1={PAD.left} x2={PAD.left + w} y1={y(0)} y2={y(0)} stroke={tokens.colorNeutralStroke1} />
        {categories.map((label, c) => {
          const x0 = PAD.left + c * group + group * 0.15;
          return (
            <g key={c} data-category={label}>
              {series.map((s, k) => {
                const v = s.values[c];
                if (v === null || v === undefined) return null;
                const top = Math.min(y(v), y(0));
                const text = s.texts?.[c] ?? v.toLocaleString();
                return (
                  <g key={k} data-column={`${s.name}|${label}`}>
                    <rect
                      x={x0 + k * bar}
                      y={top}
                      width={Math.max(1, bar - 2)}
                      height={Math.max(1, Math.abs(y(v) - y(0)))}
                      rx={2}
                      fill={seriesColor(k, colors)}
                    >
                      <title>{`${s.name} · ${label}: ${text}`}</title>
                    </rect>
                    <text
                      x={x0 + k * bar + bar / 2}
                      y={v >= 0 ? top - 3 : top + Math.abs(y(v) - y(0)) + 10}
                      textAnchor="middle"
                      fontSize="9"
                      fill={tokens.colorNeutralForeground2}
                    >
                      {text}
                    </text>
                  </g>
                );
              })}
              <text
                x={PAD.left + c * group + group / 2}
                y={bottom + 14}
                textAnchor="middle"
                fontSize="10"
                fill={tokens.colorNeutralForeground1}
              >
                {label.length > 12 ? `${label.slice(0, 11)}…` : label}
                <title>{label}</title>
              </text>
            </g>
          );
        })}
        {legend && (
          <g fontSize="10" fill={tokens.colorNeutralForeground1} data-legend="true">
            {series.map((s, k) => (
              <g key={k}>
                <rect
                  x={PAD.left + k * 110}
                  y={HEIGHT - 12}
                  width={10}
                  height={10}
                  rx={2}
                  fill={seriesColor(k, colors)}
                />
                <text x={PAD.left + k * 110 + 14} y={HEIGHT - 3}>
                  {s.name}
                </text>
              </g>
            ))}
          </g>
        )}
      </svg>
    </figure>
  );
}

import { tokens } from "@fluentui/react-components";

export interface IntervalRow {
  readonly label: string;
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  /** What the row's end shows, e.g. "20.0% (17.6%–22.6%)". */
  readonly text: string;
}

const ROW = 30;
const LABEL_WIDTH = 70;
const TEXT_WIDTH = 130;
const WIDTH = 340;

/**
 * Point estimates with their intervals on one axis from 0: a dot at the value, a line
 * from lower to upper with end ticks. Accessible as a figure with a caption.
 */
export function IntervalChart({ title, rows }: { title: string; rows: readonly IntervalRow[] }) {
  const max = Math.max(1e-9, ...rows.map((r) => r.upper)) * 1.05;
  const track = WIDTH - LABEL_WIDTH - TEXT_WIDTH;
  const x = (v: number) => LABEL_WIDTH + (Math.max(0, v) / max) * track;
  const height = rows.length * ROW + 4;
  return (
    <figure style={{ margin: 0 }} data-testid="interval-chart">
      <figcaption style={{ fontWeight: 600, marginBottom: 6 }}>{title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} stroke={tokens.colorNeutralStroke1} />
        {rows.map((row, i) => {
          const y = i * ROW + ROW / 2 + 2;
          return (
            <g key={row.label} data-interval={row.label} data-lower={row.lower} data-upper={row.upper}>
              <text x={LABEL_WIDTH - 6} y={y + 4} textAnchor="end" fontSize="12" fill={tokens.colorNeutralForeground1}>
                {row.label}
              </text>
              <line
                x1={x(row.lower)}
                x2={x(row.upper)}
                y1={y}
                y2={y}
                stroke={tokens.colorBrandStroke1}
                strokeWidth={2}
              />
              <line x1={x(row.lower)} x2={x(row.lower)} y1={y - 5} y2={y + 5} stroke={tokens.colorBrandStroke1} />
              <line x1={x(row.upper)} x2={x(row.upper)} y1={y - 5} y2={y + 5} stroke={tokens.colorBrandStroke1} />
              <circle cx={x(row.value)} cy={y} r={4} fill={tokens.colorBrandBackground} />
              <text x={LABEL_WIDTH + track + 6} y={y + 4} fontSize="11" fill={tokens.colorNeutralForeground2}>
                {row.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

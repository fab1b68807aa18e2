import { tokens } from "@fluentui/react-components";
import { seriesColor } from "./series-colors";

export interface Line {
  /** Names the path for tests and styles (data-series). */
  readonly key: string;
  readonly name: string;
  /** One value per label; null leaves a gap, as Excel does for a blank cell. */
  readonly values: readonly (number | null)[];
  readonly color?: string;
  /** Dashed and without points (a fitted curve). */
  readonly dashed?: boolean;
}

const WIDTH = 340;
const HEIGHT = 180;
const PAD = { left: 44, right: 10, top: 10, bottom: 34 };
const LEGEND_STEP = 150;

/** Lines over the same labels, solid ones with points, dashed ones without; a legend names each line. */
export function LineChart({
  title,
  labels,
  lines,
  legend = true,
}: {
  title: string;
  labels: readonly string[];
  lines: readonly Line[];
  legend?: boolean;
}) {
  const values = lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
  const max = Math.max(...values, 0);
  const min = Math.min(...values, max);
  const span = max - min || 1;
  const bottom = legend ? PAD.bottom : PAD.bottom - 14;
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - bottom;
  const n = labels.length;
  const x = (i: number) => PAD.left + (n > 1 ? (i / (n - 1)) * w : w / 2);
  const y = (v: number) => PAD.top + h - ((v - min) / span) * h;
  // A new segment after every gap.
  const path = (vs: readonly (number | null)[]) =>
    vs
      .map((v, i) =>
        v === null ? "" : `${i === 0 || vs[i - 1] === null ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`,
      )
      .filter(Boolean)
      .join(" ");
  const color = (l: Line, k: number) => l.color ?? seriesColor(k);
  // Every label when they fit, else about ten of them.
  const every = Math.max(1, Math.ceil(n / 10));
  return (
    <figure style={{ margin: 0 }} data-testid="line-chart">
      <figcaption style={{ fontWeight: 600, marginBottom: 6 }}>{title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${HEIGHT - (legend ? 0 : 14)}`} role="img" aria-label={title}>
        <line x1={PAD.left} y1={PAD.top + h} x2={PAD.left + w} y2={PAD.top + h} stroke={tokens.colorNeutralStroke1} />
        <text x={PAD.left - 4} y={PAD.top + 4} textAnchor="end" fontSize="10" fill={tokens.colorNeutralForeground2}>
          {Math.round(max).toLocaleString()}
        </text>
        <text x={PAD.left - 4} y={PAD.top + h} textAnchor="end" fontSize="10" fill={tokens.colorNeutralForeground2}>
          {Math.round(min).toLocaleString()}
        </text>
        {labels.map((label, i) =>
          i % every === 0 ? (
            <text
              key={i}
              x={x(i)}
              y={PAD.top + h + 14}
              textAnchor="middle"
              fontSize="9"
              fill={tokens.colorNeutralForeground2}
            >
              {label}
            </text>
          ) : null,
        )}
        {lines.map((l, k) => (
          <path
            key={l.key}
            d={path(l.values)}
            fill="none"
            stroke={color(l, k)}
            strokeWidth={l.dashed ? 1 : 2}
            strokeDasharray={l.dashed ? "4 3" : undefined}
            data-series={l.key}
          />
        ))}
        {lines.map((l, k) =>
          l.dashed
            ? null
            : l.values.map((v, i) =>
                v === null ? null : (
                  <circle key={`${l.key}-${i}`} cx={x(i)} cy={y(v)} r={2.5} fill={color(l, k)}>
                    <title>{`${labels[i] ?? ""}: ${v}`}</title>
                  </circle>
                ),
              ),
        )}
        {legend && (
          <g fontSize="10" fill={tokens.colorNeutralForeground1} data-legend="true">
            {lines.map((l, k) => (
              <g key={l.key}>
                <line
                  x1={PAD.left + k * LEGEND_STEP}
                  y1={HEIGHT - 6}
                  x2={PAD.left + k * LEGEND_STEP + 16}
                  y2={HEIGHT - 6}
                  stroke={color(l, k)}
                  strokeWidth={l.dashed ? 1 : 2}
                  strokeDasharray={l.dashed ? "4 3" : undefined}
                />
                <text x={PAD.left + k * LEGEND_STEP + 20} y={HEIGHT - 3}>
                  {l.name}
                </text>
              </g>
            ))}
          </g>
        )}
      </svg>
    </figure>
  );
}

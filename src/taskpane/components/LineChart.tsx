import { tokens } from "@fluentui/react-components";
import type { LineChartData } from "../../core/templates/analysis/preview";

const WIDTH = 340;
const HEIGHT = 180;
const PAD = { left: 44, right: 10, top: 10, bottom: 34 };

/** Two lines over the same labels: the metric (solid, with points) and its fitted curve (dashed). */
export function LineChart({ chart }: { chart: LineChartData }) {
  const values = chart.points.flatMap((p) => [p.value, p.fitted]);
  const max = Math.max(...values, 0);
  const min = Math.min(...values, max);
  const span = max - min || 1;
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const n = chart.points.length;
  const x = (i: number) => PAD.left + (n > 1 ? (i / (n - 1)) * w : w / 2);
  const y = (v: number) => PAD.top + h - ((v - min) / span) * h;
  const path = (get: (p: LineChartData["points"][number]) => number) =>
    chart.points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(get(p)).toFixed(1)}`).join(" ");
  return (
    <figure style={{ margin: 0 }} data-testid="line-chart">
      <figcaption style={{ fontWeight: 600, marginBottom: 6 }}>{chart.title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={chart.title}>
        <line x1={PAD.left} y1={PAD.top + h} x2={PAD.left + w} y2={PAD.top + h} stroke={tokens.colorNeutralStroke1} />
        <text x={PAD.left - 4} y={PAD.top + 4} textAnchor="end" fontSize="10" fill={tokens.colorNeutralForeground2}>
          {Math.round(max).toLocaleString()}
        </text>
        <text x={PAD.left - 4} y={PAD.top + h} textAnchor="end" fontSize="10" fill={tokens.colorNeutralForeground2}>
          {Math.round(min).toLocaleString()}
        </text>
        {chart.points.map((p, i) => (
          <text
            key={p.label}
            x={x(i)}
            y={PAD.top + h + 14}
            textAnchor="middle"
            fontSize="9"
            fill={tokens.colorNeutralForeground2}
          >
            {p.label}
          </text>
        ))}
        <path
          d={path((p) => p.fitted)}
          fill="none"
          stroke={tokens.colorPaletteDarkOrangeForeground1}
          strokeDasharray="4 3"
          data-series="fitted"
        />
        <path
          d={path((p) => p.value)}
          fill="none"
          stroke={tokens.colorBrandBackground}
          strokeWidth={2}
          data-series="metric"
        />
        {chart.points.map((p, i) => (
          <circle key={p.label} cx={x(i)} cy={y(p.value)} r={2.5} fill={tokens.colorBrandBackground}>
            <title>{`${p.label}: ${p.value}`}</title>
          </circle>
        ))}
        <g fontSize="10" fill={tokens.colorNeutralForeground1}>
          <line
            x1={PAD.left}
            y1={HEIGHT - 6}
            x2={PAD.left + 16}
            y2={HEIGHT - 6}
            stroke={tokens.colorBrandBackground}
            strokeWidth={2}
          />
          <text x={PAD.left + 20} y={HEIGHT - 3}>
            {chart.series[0]}
          </text>
          <line
            x1={PAD.left + 150}
            y1={HEIGHT - 6}
            x2={PAD.left + 166}
            y2={HEIGHT - 6}
            stroke={tokens.colorPaletteDarkOrangeForeground1}
            strokeDasharray="4 3"
          />
          <text x={PAD.left + 170} y={HEIGHT - 3}>
            {chart.series[1]}
          </text>
        </g>
      </svg>
    </figure>
  );
}

import { tokens } from "@fluentui/react-components";
import { seriesColor } from "./series-colors";

export interface Slice {
  readonly label: string;
  readonly value: number;
}

const SIZE = 160;
const R = SIZE / 2 - 4;
const LEGEND_X = SIZE + 12;
const LEGEND_ROW = 18;
const WIDTH = 340;
/** A slice narrower than this shows its percentage in the legend only. */
const MIN_LABELLED = 0.04;

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Two decimals are plenty for a drawing, and keep the SVG short. */
const round = (v: number) => Math.round(v * 100) / 100;

function point(angle: number, radius: number): [number, number] {
  return [round(SIZE / 2 + radius * Math.sin(angle)), round(SIZE / 2 - radius * Math.cos(angle))];
}

/** One slice from angle a to b (radians clockwise from 12 o'clock), a ring segment when `hole` > 0. */
function slicePath(a: number, b: number, hole: number): string {
  // A whole circle as two halves: an arc cannot start and end at the same point.
  if (b - a >= 2 * Math.PI - 1e-9) return `${slicePath(a, a + Math.PI, hole)} ${slicePath(a + Math.PI, b, hole)}`;
  const large = b - a > Math.PI ? 1 : 0;
  const [x1, y1] = point(a, R);
  const [x2, y2] = point(b, R);
  if (hole <= 0) return `M${SIZE / 2},${SIZE / 2} L${x1},${y1} A${R},${R} 0 ${large} 1 ${x2},${y2} Z`;
  const [x3, y3] = point(b, hole);
  const [x4, y4] = point(a, hole);
  const r = round(hole);
  return `M${x1},${y1} A${R},${R} 0 ${large} 1 ${x2},${y2} L${x3},${y3} A${r},${r} 0 ${large} 0 ${x4},${y4} Z`;
}

/**
 * Shares of a whole as a pie, or a doughnut: slices clockwise from 12 o'clock in the given
 * order and colours, each labelled with its percentage, and a legend naming every slice
 * with its share. Slices that are not above 0 have no share of a whole and are left out,
 * as are blank values; accessible as a figure whose image is named by the title.
 */
export function PieChart({
  title,
  slices,
  doughnut = false,
  colors,
}: {
  title: string;
  slices: readonly Slice[];
  doughnut?: boolean;
  colors?: readonly string[];
}) {
  const shown = slices.map((s, i) => ({ ...s, color: seriesColor(i, colors) })).filter((s) => s.value > 0);
  const total = shown.reduce((sum, s) => sum + s.value, 0);
  const hole = doughnut ? R * 0.55 : 0;
  const height = Math.max(SIZE, shown.length * LEGEND_ROW + 8);
  let angle = 0;
  return (
    <figure style={{ margin: 0 }} data-testid="pie-chart" data-doughnut={doughnut ? "true" : undefined}>
      <figcaption style={{ fontWeight: 600, marginBottom: 6 }}>{title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        <title>{title}</title>
        {total === 0 && <circle cx={SIZE / 2} cy={SIZE / 2} r={R} fill="none" stroke={tokens.colorNeutralStroke1} />}
        {shown.map((s, i) => {
          const share = s.value / total;
          const a = angle;
          angle += share * 2 * Math.PI;
          const [lx, ly] = point((a + angle) / 2, hole > 0 ? (R + hole) / 2 : R * 0.62);
          return (
            <g key={i} data-slice={s.label} data-share={share.toFixed(6)}>
              <path
                d={slicePath(a, angle, hole)}
                fill={s.color}
                stroke={tokens.colorNeutralBackground1}
                strokeWidth={1}
              >
                <title>{`${s.label}: ${percent(share)}`}</title>
              </path>
              {share >= MIN_LABELLED && (
                // White with a dark halo: readable on any slice colour.
                <text
                  x={lx}
                  y={ly + 4}
                  textAnchor="middle"
                  fontSize="10"
                  fontWeight={600}
                  fill="#ffffff"
                  stroke="rgba(0,0,0,0.55)"
                  strokeWidth={2.5}
                  paintOrder="stroke"
                >
                  {percent(share)}
                </text>
              )}
            </g>
          );
        })}
        <g fontSize="11" fill={tokens.colorNeutralForeground1} data-legend="true">
          {shown.map((s, i) => (
            <g key={i}>
              <rect x={LEGEND_X} y={8 + i * LEGEND_ROW} width={10} height={10} rx={2} fill={s.color} />
              <text x={LEGEND_X + 16} y={17 + i * LEGEND_ROW}>
                {`${s.label.length > 18 ? `${s.label.slice(0, 17)}…` : s.label} ${percent(s.value / total)}`}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}

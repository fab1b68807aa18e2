import { tokens } from "@fluentui/react-components";
import type { HeatMapData } from "../../core/templates/analysis/preview";

const CELL_W = 40;
const CELL_H = 22;
const LABEL_W = 60;
const HEAD_H = 22;

type Rgb = readonly [number, number, number];
/** Excel's red, yellow, green colour scale (the template's conditional format). */
const LOW: Rgb = [0xf8, 0x69, 0x6b];
const MID: Rgb = [0xff, 0xeb, 0x84];
const HIGH: Rgb = [0x63, 0xbe, 0x7b];

function mix(a: Rgb, b: Rgb, f: number): string {
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * f));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** A value's colour between the lowest and the highest value shown; the midpoint is yellow. */
export function heatColor(value: number, min: number, max: number): string {
  const f = max > min ? (value - min) / (max - min) : 1;
  return f < 0.5 ? mix(LOW, MID, f * 2) : mix(MID, HIGH, (f - 0.5) * 2);
}

/** A cohort matrix as coloured cells, blank where a cohort has not reached the month. */
export function HeatMap({ chart }: { chart: HeatMapData }) {
  const numbers = chart.cells.flat().filter((v): v is number => v !== undefined);
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const width = LABEL_W + chart.columns.length * CELL_W;
  const height = HEAD_H + chart.rows.length * CELL_H;
  return (
    <figure style={{ margin: 0 }} data-testid="heat-map">
      <figcaption style={{ fontWeight: 600, marginBottom: 6 }}>{chart.title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={chart.title}>
        {chart.columns.map((c, k) => (
          <text
            key={c}
            x={LABEL_W + k * CELL_W + CELL_W / 2}
            y={HEAD_H - 7}
            textAnchor="middle"
            fontSize="9"
            fill={tokens.colorNeutralForeground2}
          >
            {c}
          </text>
        ))}
        {chart.rows.map((label, r) => (
          <g key={label}>
            <text
              x={LABEL_W - 6}
              y={HEAD_H + r * CELL_H + 15}
              textAnchor="end"
              fontSize="10"
              fill={tokens.colorNeutralForeground1}
            >
              {label}
            </text>
            {chart.cells[r].map((v, k) =>
              v === undefined ? null : (
                <g key={k} data-cell={`${r},${k}`}>
                  <rect
                    x={LABEL_W + k * CELL_W + 1}
                    y={HEAD_H + r * CELL_H + 1}
                    width={CELL_W - 2}
                    height={CELL_H - 2}
                    fill={heatColor(v, min, max)}
                  />
                  <text
                    x={LABEL_W + k * CELL_W + CELL_W / 2}
                    y={HEAD_H + r * CELL_H + 15}
                    textAnchor="middle"
                    fontSize="9"
                    fill="#1a1a1a"
                  >
                    {`${Math.round(v * 100)}%`}
                  </text>
                </g>
              ),
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}

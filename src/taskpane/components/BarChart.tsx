import { tokens } from "@fluentui/react-components";

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** What the bar's end shows, e.g. "1,234.5 (41.2%)". */
  readonly text: string;
  /** Drawn in the danger colour (a funnel stage flagged as a leak). */
  readonly alert?: boolean;
}

const ROW = 26;
const LABEL_WIDTH = 110;
const TEXT_WIDTH = 110;
const WIDTH = 340;

/** A horizontal bar chart, largest first as given; accessible as a figure with a caption. `color` fills the bars (default: the brand colour). */
export function BarChart({ title, bars, color }: { title: string; bars: readonly Bar[]; color?: string }) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const track = WIDTH - LABEL_WIDTH - TEXT_WIDTH;
  const height = bars.length * ROW + 4;
  return (
    <figure style={{ margin: 0 }} data-testid="bar-chart">
      <figcaption style={{ fontWeight: 600, marginBottom: 6 }}>{title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        {bars.map((bar, i) => {
          const y = i * ROW + 2;
          const w = max > 0 ? Math.max(1, (Math.max(0, bar.value) / max) * track) : 0;
          return (
            <g key={i} data-bar={bar.label} data-alert={bar.alert ? "true" : undefined}>
              <text
                x={LABEL_WIDTH - 6}
                y={y + ROW / 2 + 4}
                textAnchor="end"
                fontSize="12"
                fill={tokens.colorNeutralForeground1}
              >
                {bar.label.length > 16 ? `${bar.label.slice(0, 15)}…` : bar.label}
                <title>{bar.label}</title>
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 4}
                width={w}
                height={ROW - 8}
                rx={2}
                fill={bar.alert ? tokens.colorPaletteRedBackground3 : (color ?? tokens.colorBrandBackground)}
              />
              <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2 + 4} fontSize="11" fill={tokens.colorNeutralForeground2}>
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

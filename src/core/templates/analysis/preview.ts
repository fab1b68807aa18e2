import { t } from "../../../i18n/catalog";
import type { Locale } from "../../../i18n/locale";
import { cohortMatrix } from "../../analysis/cohort";
import { funnelStages } from "../../analysis/funnel";
import { isCellError } from "../../errors";
import { dateSerial } from "../../plan/dates";
import { serialToIso } from "../../sheet/dates";
import { cohortSampleOrders, COHORT_SIZE } from "./cohort";
import { DECAY_SAMPLE, decaySampleFit } from "./decay";
import { DID_SAMPLE, didFigures } from "./did";
import { FUNNEL_SAMPLE, FUNNEL_SAMPLE_THRESHOLD } from "./funnel";
import { MONITOR_SAMPLE, monitorSamplePace } from "./monitor";

/**
 * What the analysis templates' charts show, as data, for hosts that draw their own (the
 * browser preview, where files carry no charts): the same sample rows and core's figures.
 */

export interface FunnelChartData {
  readonly kind: "funnel";
  readonly title: string;
  readonly bars: readonly {
    readonly label: string;
    readonly value: number;
    readonly step?: number;
    readonly flagged: boolean;
  }[];
}

export interface LineChartData {
  readonly kind: "line";
  readonly title: string;
  readonly series: readonly [string, string];
  readonly points: readonly { readonly label: string; readonly value: number; readonly fitted: number }[];
}

export interface HeatMapData {
  readonly kind: "heatmap";
  readonly title: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** Retention per cohort (row) and month (column); undefined where not reached. */
  readonly cells: readonly (readonly (number | undefined)[])[];
}

/** Plain bars: the natural-growth sheet's groups before and during, and the baseline between. */
export interface BarsChartData {
  readonly kind: "bars";
  readonly title: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
}

export type TemplateChartData = FunnelChartData | LineChartData | HeatMapData | BarsChartData;

function funnelChart(locale: Locale): FunnelChartData {
  const stages = funnelStages(
    FUNNEL_SAMPLE.map((s) => ({ stage: t(locale, s.stage), count: s.count, benchmark: s.benchmark })),
    FUNNEL_SAMPLE_THRESHOLD,
  );
  if (isCellError(stages)) throw new Error(stages.message);
  return {
    kind: "funnel",
    title: t(locale, "tpl.funnel.chart"),
    bars: stages.map((s) => ({
      label: s.stage,
      value: s.count,
      step: typeof s.step === "number" ? s.step : undefined,
      flagged: s.leak,
    })),
  };
}

function decayChart(locale: Locale): LineChartData {
  const fit = decaySampleFit();
  const start = dateSerial(DECAY_SAMPLE[0].date);
  return {
    kind: "line",
    title: t(locale, "tpl.decay.chart"),
    series: [t(locale, "tpl.decay.col.metric"), t(locale, "tpl.decay.col.fitted")],
    points: DECAY_SAMPLE.map((p) => ({
      label: p.date.slice(5),
      value: p.value,
      fitted: fit.start * fit.factor ** (dateSerial(p.date) - start),
    })),
  };
}

function cohortChart(locale: Locale): HeatMapData {
  const orders = cohortSampleOrders();
  const matrix = cohortMatrix(orders, "month", COHORT_SIZE);
  return {
    kind: "heatmap",
    title: t(locale, "tpl.cohort.sheet"),
    rows: matrix.rows.map((r) => r.label),
    columns: Array.from({ length: COHORT_SIZE }, (_, k) => t(locale, "cohort.header.month", { k })),
    cells: matrix.rows.map((r) => r.counts.map((c) => (c === undefined ? undefined : c / r.size))),
  };
}

function didChart(locale: Locale): BarsChartData {
  const s = DID_SAMPLE;
  const { baseline } = didFigures({ ...s, mode: null });
  if (typeof baseline !== "number") throw new Error("natural-growth sample is invalid");
  return {
    kind: "bars",
    title: t(locale, "tpl.did.chart"),
    bars: [
      { label: t(locale, "tpl.did.bar.treatedBefore"), value: s.treatedBefore },
      { label: t(locale, "tpl.did.bar.treatedDuring"), value: s.treatedAfter },
      { label: t(locale, "tpl.did.bar.baseline"), value: baseline },
      { label: t(locale, "tpl.did.bar.controlBefore"), value: s.controlBefore },
      { label: t(locale, "tpl.did.bar.controlDuring"), value: s.controlAfter },
    ],
  };
}

/** The monitor's reported days against the even daily target (Excel's forecast band needs Excel). */
function monitorChart(locale: Locale): LineChartData {
  const p = monitorSamplePace();
  const daily = p.target / p.campaignDays;
  const start = dateSerial(MONITOR_SAMPLE.start);
  return {
    kind: "line",
    title: t(locale, "tpl.monitor.chart"),
    series: [t(locale, "tpl.monitor.col.actual"), t(locale, "tpl.monitor.col.target")],
    points: MONITOR_SAMPLE.values.flatMap((value, i) =>
      value === null ? [] : [{ label: serialToIso(start + i).slice(5), value, fitted: daily }],
    ),
  };
}

const CHARTS: Readonly<Record<string, (locale: Locale) => TemplateChartData>> = {
  funnel: funnelChart,
  decay: decayChart,
  cohort: cohortChart,
  did: didChart,
  monitor: monitorChart,
};

/** The charts of the given template ids that have one (others are skipped), in the order given. */
export function templateCharts(ids: readonly string[], locale: Locale): TemplateChartData[] {
  return ids.filter((id) => id in CHARTS).map((id) => CHARTS[id](locale));
}

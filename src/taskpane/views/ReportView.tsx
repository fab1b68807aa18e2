import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { t as translate } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { BarChart } from "../components/BarChart";
import { PaletteToggle } from "../components/PalettePanel";
import { useServices, useT } from "../context";
import { loadPalette } from "../palette";
import type { PaletteServices, ReportRun, ReportServices } from "../services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ReportOutcome {
  readonly intent: "success" | "error";
  readonly text: string;
  readonly run?: ReportRun;
}

/**
 * Runs the report in the workbook's palette (`palette`: the Colours panel's store; a bad
 * saved palette gives the default colours and says so) and says what happened in the pane's
 * language: never a thrown error.
 */
export async function evaluateCampaignIn(
  services: ReportServices,
  locale: Locale,
  palette?: PaletteServices,
): Promise<ReportOutcome> {
  try {
    const { theme, problem } = await loadPalette(palette, locale);
    const run = await services.run(theme);
    const text =
      run.sources.length === 0
        ? translate(locale, "rpt.view.noSources", { sheet: run.sheet })
        : translate(locale, "rpt.view.done", { sheet: run.sheet, sources: run.sources.join(", ") });
    return { intent: "success", text: problem ? `${text} ${problem}` : text, run };
  } catch (e) {
    return {
      intent: "error",
      text: translate(locale, "rpt.view.failed", { reason: e instanceof Error ? e.message : String(e) }),
    };
  }
}

/** "Evaluate campaign" / "生成评估报告": the report sheet, then its verdict, ROI chart and recommendations here. */
export function ReportView() {
  const services = useServices();
  const t = useT();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ReportOutcome>();
  const report = services.report;
  const run = async () => {
    if (!report) return;
    setBusy(true);
    setOutcome(await evaluateCampaignIn(report, services.locale, services.palette));
    setBusy(false);
  };
  const done = outcome?.run;
  return (
    <div className={styles.root}>
      <Body1>{t("rpt.view.intro")}</Body1>
      <div>
        <Button appearance="primary" disabled={busy || !report} onClick={() => void run()}>
          {t("rpt.view.run")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("rpt.view.running")} />}
      {services.palette && <PaletteToggle />}
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {done && done.verdict !== "" && <Text weight="semibold">{done.verdict}</Text>}
      {done && done.roi.length > 0 && (
        <BarChart
          title={t("rpt.channels.chart")}
          bars={done.roi.map((c) => ({
            label: c.channel,
            value: c.roi,
            text: `${(c.roi * 100).toFixed(1)}%`,
            alert: c.roi < 0,
          }))}
        />
      )}
      {done && done.recommendations.length > 0 && (
        <>
          <Text weight="semibold">{t("rpt.recommendations")}</Text>
          <ol className={styles.list}>
            {done.recommendations.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

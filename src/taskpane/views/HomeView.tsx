import { Body1, Subtitle1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useServices, useT } from "../context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalS },
});

/** The five stages of the standard evaluation process, and where the add-in helps in each. */
const STEPS = [
  "home.step.prepare",
  "home.step.collect",
  "home.step.analyse",
  "home.step.report",
  "home.step.review",
] as const;

export function HomeView() {
  const t = useT();
  const { kind } = useServices();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="home-title">
      <Subtitle1 id="home-title" as="h2">
        {t("app.tagline")}
      </Subtitle1>
      <Body1>{t("home.intro")}</Body1>
      <Subtitle2 as="h3">{t("home.steps")}</Subtitle2>
      <ol className={styles.steps}>
        {STEPS.map((step) => (
          <li key={step}>
            <Body1>{t(step)}</Body1>
          </li>
        ))}
      </ol>
      <Body1 data-testid="host-kind">{t(kind === "excel" ? "home.host.excel" : "home.host.preview")}</Body1>
    </section>
  );
}

import { Body1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useServices, useT } from "../context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

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
      <Body1 data-testid="host-kind">{t(kind === "excel" ? "home.host.excel" : "home.host.preview")}</Body1>
    </section>
  );
}

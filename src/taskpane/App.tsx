import { FluentProvider, Tab, TabList, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ServicesProvider, useT } from "./context";
import type { HostServices } from "./services";
import { fluentTheme, type PaneTheme } from "./theme";
import { views } from "./views";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Task panes are narrow (about 350 px): the tabs wrap rather than hide.
  tabs: { flexWrap: "wrap" },
  // The provider paints the theme's background: the whole pane, not only the content's height.
  provider: { minHeight: "100vh" },
});

/** The task pane itself: title, view tabs and the active view. */
export function Shell() {
  const t = useT();
  const styles = useStyles();
  const [active, setActive] = useState(views[0].id);
  const view = views.find((v) => v.id === active) ?? views[0];
  const View = view.component;
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t("app.name")}</Title2>
      <TabList
        aria-label={t("nav.label")}
        selectedValue={active}
        onTabSelect={(_, data) => setActive(String(data.value))}
        size="small"
        className={styles.tabs}
      >
        {views.map((v) => (
          <Tab key={v.id} value={v.id} id={`tab-${v.id}`}>
            {t(v.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${view.id}`}>
        <View />
      </div>
    </main>
  );
}

/** The pane in Excel; `theme` is Office's (see src/excel/theme). */
export function App({ services, theme }: { services: HostServices; theme: PaneTheme }) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={fluentTheme(theme)}
      dir="ltr"
      lang={services.locale}
      className={styles.provider}
      data-theme={theme}
    >
      <ServicesProvider services={services}>
        <Shell />
      </ServicesProvider>
    </FluentProvider>
  );
}

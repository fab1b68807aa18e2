import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { Shell } from "../taskpane/App";
import { ServicesProvider } from "../taskpane/context";
import type { HostServices } from "../taskpane/services";
import { fluentTheme, type PaneTheme } from "../taskpane/theme";
import { PreviewToolbar } from "./PreviewToolbar";
import type { PreviewSession } from "./session";
import { WorkbookGrid } from "./WorkbookGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh" },
  body: { display: "flex", flex: 1, minHeight: 0 },
  pane: { width: "380px", flexShrink: 0, overflowY: "auto", backgroundColor: tokens.colorNeutralBackground2 },
});

/** The task pane beside the in-browser workbook it works on, for use without Excel. */
export function PreviewApp({
  services,
  session,
  initialTheme,
}: {
  services: HostServices;
  session: PreviewSession;
  initialTheme: PaneTheme;
}) {
  const styles = useStyles();
  const [theme, setTheme] = useState(initialTheme);
  return (
    <FluentProvider theme={fluentTheme(theme)} lang={services.locale} data-theme={theme}>
      <ServicesProvider services={services}>
        <div className={styles.root}>
          <PreviewToolbar session={session} theme={theme} onTheme={setTheme} />
          <div className={styles.body}>
            <aside className={styles.pane}>
              <Shell />
            </aside>
            <WorkbookGrid session={session} />
          </div>
        </div>
      </ServicesProvider>
    </FluentProvider>
  );
}

import type { ComponentType } from "react";
import type { MessageKey } from "../../i18n/catalog";
import { CheckView } from "./CheckView";
import { AbTestView } from "./AbTestView";
import { AttributionView } from "./AttributionView";
import { FunctionsView } from "./FunctionsView";
import { HomeView } from "./HomeView";
import { MonitorView } from "./MonitorView";
import { ReportView } from "./ReportView";
import { TemplatesView } from "./TemplatesView";

/** The task pane's views, in tab order. Each capability adds its view here. */
export interface ViewDef {
  readonly id: string;
  readonly label: MessageKey;
  readonly component: ComponentType;
}

export const views: readonly ViewDef[] = [
  { id: "home", label: "view.home", component: HomeView },
  { id: "templates", label: "view.templates", component: TemplatesView },
  { id: "check", label: "view.check", component: CheckView },
  { id: "report", label: "view.report", component: ReportView },
  { id: "monitor", label: "view.monitor", component: MonitorView },
  { id: "attribution", label: "view.attribution", component: AttributionView },
  { id: "abtest", label: "view.abtest", component: AbTestView },
  { id: "functions", label: "view.functions", component: FunctionsView },
];

import type { ComponentType } from "react";
import type { UiMessageKey } from "../../i18n/messages/ui";
import { HomeView } from "./HomeView";

/** The task pane's views, in tab order. Each capability adds its view here. */
export interface ViewDef {
  readonly id: string;
  readonly label: UiMessageKey;
  readonly component: ComponentType;
}

export const views: readonly ViewDef[] = [{ id: "home", label: "view.home", component: HomeView }];

import { createContext, useContext, type ReactNode } from "react";
import { t as translate, type MessageKey } from "../i18n/catalog";
import type { MessageParams } from "../i18n/format";
import type { HostServices } from "./services";

const ServicesContext = createContext<HostServices | null>(null);

export function ServicesProvider({ services, children }: { services: HostServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): HostServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices() needs a <ServicesProvider> above it");
  return services;
}

/** The translate function for the host's locale. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const { locale } = useServices();
  return (key, params) => translate(locale, key, params);
}

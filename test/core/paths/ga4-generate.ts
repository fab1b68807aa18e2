import { defaultChannelGroup } from "../../../src/core/paths/channel-group";
import type { PathEvent } from "../../../src/core/paths/reference";
import { random } from "./generate";

/**
 * Events in the layout of GA4's BigQuery export (https://support.google.com/analytics/answer/7029846):
 * event_timestamp in microseconds (a string, as BigQuery writes INT64 to JSON), nested
 * event_params with typed values, collected_traffic_source, ecommerce.purchase_revenue.
 */
export interface Ga4Row {
  event_date: string;
  event_timestamp: string;
  event_name: string;
  event_params: {
    key: string;
    value: {
      string_value: string | null;
      int_value: string | null;
      float_value: number | null;
      double_value: number | null;
    };
  }[];
  user_pseudo_id: string;
  user_id: string | null;
  collected_traffic_source: {
    manual_source: string | null;
    manual_medium: string | null;
    manual_campaign_name: string | null;
  } | null;
  ecommerce: { purchase_revenue: number | null; transaction_id: string | null } | null;
}

const SOURCES: [string | null, string | null][] = [
  ["google", "cpc"],
  ["google", "organic"],
  ["bing", "organic"],
  ["baidu", "cpc"],
  ["facebook.com", "cpc"],
  ["l.instagram.com", "referral"],
  ["newsletter", "email"],
  ["partner.example", "affiliate"],
  ["ads.example", "display"],
  ["blog.example", "referral"],
  ["youtube.com", "video"],
  [null, null],
  ["weibo", "social"],
  ["sms", "sms"],
  ["mystery", "unknown"],
];

const param = (key: string, v: Partial<Ga4Row["event_params"][number]["value"]>) => ({
  key,
  value: { string_value: null, int_value: null, float_value: null, double_value: null, ...v },
});

export function generateGa4(users: number, seed = 3): Ga4Row[] {
  const r = random(seed);
  const rows: Ga4Row[] = [];
  const base = Date.UTC(2024, 2, 1) * 1000;
  for (let u = 0; u < users; u++) {
    const pseudo = `${1000 + u}.${17000 + (u % 97)}`;
    const signedIn = r() < 0.5 ? `member-${u % Math.max(1, Math.floor(users / 2))}` : null;
    let t = base + Math.floor(r() * 40) * 86_400_000_000;
    const n = 1 + Math.floor(r() * 7);
    for (let k = 0; k < n; k++) {
      t += r() < 0.2 ? 0 : Math.floor(r() * 200) * 3_600_000_000;
      const kind = r();
      const [source, medium] = SOURCES[Math.floor(r() * SOURCES.length)];
      const date = new Date(t / 1000).toISOString().slice(0, 10).replace(/-/g, "");
      const common = { event_date: date, event_timestamp: String(t), user_pseudo_id: pseudo, user_id: signedIn };
      if (kind < 0.45) {
        rows.push({
          ...common,
          event_name: "session_start",
          event_params: [
            param("ga_session_id", { int_value: String(t % 100000) }),
            param("page_location", { string_value: "https://shop.example/" }),
          ],
          collected_traffic_source:
            source === null ? null : { manual_source: source, manual_medium: medium, manual_campaign_name: "spring" },
          ecommerce: null,
        });
      } else if (kind < 0.6) {
        const revenue = Math.round(r() * 30000) / 100;
        const withRevenue = r() < 0.7;
        rows.push({
          ...common,
          event_name: "purchase",
          event_params: [
            param("value", r() < 0.5 ? { double_value: revenue + 1 } : { int_value: String(Math.round(revenue)) }),
          ],
          collected_traffic_source: null,
          ecommerce: { purchase_revenue: withRevenue ? revenue : null, transaction_id: `T${u}-${k}` },
        });
      } else {
        rows.push({
          ...common,
          event_name: kind < 0.8 ? "page_view" : "generate_lead",
          event_params: [param("engagement_time_msec", { int_value: "1200" }), param("value", { double_value: 5 })],
          collected_traffic_source: null,
          ecommerce: null,
        });
      }
    }
  }
  return rows;
}

/** The same events as touch rows, by the rules `--ga4` documents (the reference reads them). */
export function ga4Touches(
  rows: readonly Ga4Row[],
  options: { userId: boolean; conversionEvent: string; channel: "source-medium" | "default-group" },
): PathEvent[] {
  const out: PathEvent[] = [];
  for (const row of rows) {
    const journey = options.userId ? row.user_id : row.user_pseudo_id;
    if (journey === null) continue;
    let channel: string | null = null;
    if (row.event_name === "session_start") {
      const source = row.collected_traffic_source?.manual_source || "(direct)";
      const medium = row.collected_traffic_source?.manual_medium || "(none)";
      channel = options.channel === "default-group" ? defaultChannelGroup(source, medium) : `${source} / ${medium}`;
    }
    const converts = row.event_name === options.conversionEvent;
    const v = row.event_params.find((p) => p.key === "value")?.value;
    const paramValue = v
      ? (v.double_value ?? v.float_value ?? (v.int_value === null ? null : Number(v.int_value)))
      : null;
    out.push({
      journey,
      time: Number(row.event_timestamp),
      channel,
      conversion: converts ? 1 : 0,
      value: converts ? (row.ecommerce?.purchase_revenue ?? paramValue) : null,
    });
  }
  return out;
}

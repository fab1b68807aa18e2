import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { defaultChannelGroup } from "../../../src/core/paths/channel-group";
import { referencePaths } from "../../../src/core/paths/reference";
import { ga4Touches, generateGa4 } from "../../core/paths/ga4-generate";
import { mkt } from "../../helpers/mkt";
import { keyed } from "./compare";

const MICROS_PER_DAY = 86_400_000_000;
describe("mkt paths --ga4", () => {
  const tmp = mkdtempSync(join(tmpdir(), "mkt-paths-ga4-"));
  const rows = generateGa4(1500, 9);
  const ndjson = join(tmp, "events_20240301.ndjson");
  const parquet = join(tmp, "events_20240302.parquet");

  beforeAll(async () => {
    writeFileSync(ndjson, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    // The Parquet file: the same rows as DuckDB types them (nested structs and lists kept).
    const db = await DuckDBInstance.create(":memory:");
    const c = await db.connect();
    await c.run(
      `COPY (SELECT * FROM read_json('${ndjson}', format = 'newline_delimited')) TO '${parquet}' (FORMAT parquet)`,
    );
    c.closeSync();
    db.closeSync();
  });

  it.each([
    { userId: false, conversionEvent: "purchase", channel: "source-medium" as const, file: "ndjson" },
    { userId: true, conversionEvent: "purchase", channel: "default-group" as const, file: "parquet" },
    { userId: false, conversionEvent: "generate_lead", channel: "default-group" as const, file: "ndjson" },
  ])("equals the reference on the export's touches (%o)", async (o) => {
    const args = [
      "paths",
      o.file === "ndjson" ? ndjson : parquet,
      "--ga4",
      "--format",
      "json",
      "--channel",
      o.channel,
      "--conversion-event",
      o.conversionEvent,
    ];
    if (o.userId) args.push("--user-id", "--partitions", "2");
    const { code, out, err } = await mkt(...args);
    expect(err).not.toMatch(/Error|cannot/);
    expect(code).toBe(0);
    const got = JSON.parse(out) as {
      paths: { path: string; conversions: number; value: number; nulls: number }[];
      conversions_without_touch: number;
    };
    const want = referencePaths(
      ga4Touches(rows, o),
      { lookbackDays: 30, repeats: "keep", maxSteps: 0 },
      MICROS_PER_DAY,
    );
    expect(got.paths.length).toBeGreaterThan(10);
    expect(keyed(got.paths)).toEqual(keyed(want.paths));
    expect(got.conversions_without_touch).toBe(want.withoutTouch.length);
  });

  it("groups channels by GA4's default channel group rules", () => {
    expect(defaultChannelGroup("(direct)", "(none)")).toBe("Direct");
    expect(defaultChannelGroup("google", "cpc")).toBe("Paid Search");
    expect(defaultChannelGroup("baidu", "ppc")).toBe("Paid Search");
    expect(defaultChannelGroup("facebook.com", "cpc")).toBe("Paid Social");
    expect(defaultChannelGroup("l.instagram.com", "referral")).toBe("Organic Social");
    expect(defaultChannelGroup("Google", "Organic")).toBe("Organic Search");
    expect(defaultChannelGroup("newsletter", "email")).toBe("Email");
    expect(defaultChannelGroup("partner.example", "affiliate")).toBe("Affiliates");
    expect(defaultChannelGroup("ads.example", "display")).toBe("Display");
    expect(defaultChannelGroup("blog.example", "referral")).toBe("Referral");
    expect(defaultChannelGroup("youtube.com", "video")).toBe("Organic Video");
    expect(defaultChannelGroup("amazon", "cpc")).toBe("Paid Shopping");
    expect(defaultChannelGroup("mystery", "unknown")).toBe("Unassigned");
  });

  it("refuses a file that is not a GA4 export, naming the missing field", async () => {
    const file = join(tmp, "not-ga4.ndjson");
    writeFileSync(file, JSON.stringify({ event_name: "x", event_timestamp: "1", user_pseudo_id: "a" }) + "\n");
    const { code, err } = await mkt("paths", file, "--ga4");
    expect(code).toBe(2);
    expect(err).toMatch(
      /not-ga4\.ndjson is not a GA4 export: it has no field event_params, collected_traffic_source\.manual_source/,
    );
    const bad = join(tmp, "bad-time.ndjson");
    const purchase = rows.find((r) => r.event_name === "purchase" && r.ecommerce?.purchase_revenue !== null)!;
    const session = rows.find((r) => r.event_name === "session_start" && r.collected_traffic_source !== null)!;
    writeFileSync(
      bad,
      [purchase, { ...session, event_timestamp: "soon" }].map((r) => JSON.stringify(r)).join("\n") + "\n",
    );
    const second = await mkt("paths", bad, "--ga4");
    expect(second.code).toBe(2);
    expect(second.err).toMatch(/bad-time\.ndjson: data row 2 has an unreadable event_timestamp/);
  });
});

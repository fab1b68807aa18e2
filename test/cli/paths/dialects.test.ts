import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { mkt } from "../../helpers/mkt";

/**
 * BigQuery, Spark SQL and Snowflake cannot run here: their queries are parsed by sqlglot
 * (Debian's python3-sqlglot) for each dialect, and must read the table given with --table.
 */
const PYTHON = "/usr/bin/python3";
const SCRIPT = join(__dirname, "parse_sql.py");

interface Parsed {
  dialect: string;
  ok: boolean;
  error: string | null;
  tables: string[];
}

function parse(items: { dialect: string; sql: string }[]): Parsed[] {
  if (!existsSync(PYTHON)) throw new Error("python3 is not installed: apt-get install python3-sqlglot");
  const out = execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify(items), encoding: "utf8" });
  return out
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Parsed);
}

const query = async (...args: string[]): Promise<string> => {
  const { code, out, err } = await mkt("paths", ...args);
  if (code !== 0) throw new Error(err);
  return out.trim().replace(/;$/, "");
};

describe("the warehouse queries parse in their dialects", () => {
  it.each([
    ["bigquery", "my-project.analytics_123.touches", "`my-project.analytics_123.touches` AS e"],
    ["spark", "lake.touches", "lake.touches AS e"],
    ["snowflake", "ANALYTICS.PUBLIC.TOUCHES", "ANALYTICS.PUBLIC.TOUCHES AS e"],
  ])("%s, every option applied", async (dialect, table, read) => {
    const items = [];
    for (const repeats of ["keep", "collapse", "first"])
      items.push({
        dialect,
        sql: await query(
          "--sql",
          dialect,
          "--table",
          table,
          "--repeats",
          repeats,
          "--max-steps",
          "5",
          "--lookback-days",
          "14",
        ),
      });
    items.push({ dialect, sql: await query("--sql", dialect, "--table", table, "--lookback-days", "0") });
    for (const result of parse(items)) {
      expect(result.error).toBeNull();
      expect(result.tables).toContain(read);
    }
  });

  it.each(["bigquery", "spark", "snowflake"])("%s reads the GA4 export with --ga4", async (dialect) => {
    const table =
      dialect === "bigquery"
        ? "my-project.analytics_123.events_*"
        : dialect === "spark"
          ? "ga4.events"
          : "GA4.PUBLIC.EVENTS";
    const items = [
      { dialect, sql: await query("--sql", dialect, "--ga4", "--table", table) },
      {
        dialect,
        sql: await query("--sql", dialect, "--ga4", "--table", table, "--channel", "default-group", "--user-id"),
      },
    ];
    for (const result of parse(items)) {
      expect(result.error).toBeNull();
      expect(result.tables.join(" ")).toContain(dialect === "bigquery" ? "`my-project.analytics_123.events_*`" : table);
    }
  });

  it("the parser refuses a broken query (the check can fail)", () => {
    const [broken] = parse([{ dialect: "bigquery", sql: "SELECT path FROM (SELECT FROM WHERE" }]);
    expect(broken.ok).toBe(false);
  });

  it("refuses --ga4 for a dialect without a GA4 query", async () => {
    expect((await mkt("paths", "--sql", "clickhouse", "--ga4")).err).toMatch(
      /--ga4 has a query for duckdb, bigquery, spark and snowflake/,
    );
    expect((await mkt("paths", "--sql", "oracle")).err).toMatch(/--sql must be/);
    expect((await mkt("paths", "--sql", "duckdb", "--table", "x; DROP TABLE y")).err).toMatch(
      /--table must be a table name/,
    );
  });
});

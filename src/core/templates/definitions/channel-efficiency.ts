import type { TemplateInput } from "../schema";

const BOTH = (a: string, b: string) => `OR({${a}}="",{${b}}="")`;

/**
 * 渠道效能分析表: one row per channel. CAC = spend / conversions, ROI = (revenue - spend)
 * / spend, ROAS = revenue / spend (as core's kpi/cac, roi, roas without a baseline); a
 * zero divisor gives #DIV/0!. Rank 1 is the highest ROI; channels whose ROI is an error
 * are left out (RANK would turn the whole column into errors), and ROIs within a
 * relative 1e-12 tie (COUNTIF compares through text of 15 digits).
 */
export const channelEfficiency: TemplateInput = {
  id: "channel-efficiency",
  sheet: "tpl.channelEfficiency.sheet",
  description: "tpl.channelEfficiency.description",
  tableName: "ChannelEfficiency",
  columns: [
    { key: "channel", header: "tpl.col.channel", kind: "text", width: 16 },
    { key: "spend", header: "tpl.col.spend", kind: "currency", width: 14 },
    { key: "impressions", header: "tpl.col.impressions", kind: "integer", width: 13 },
    { key: "clicks", header: "tpl.col.clicks", kind: "integer", width: 11 },
    { key: "conversions", header: "tpl.col.conversions", kind: "integer", width: 10 },
    { key: "revenue", header: "tpl.col.revenue", kind: "currency", width: 14 },
    {
      key: "cac",
      header: "tpl.col.cac",
      kind: "computed",
      width: 13,
      result: "currency",
      compute: { fn: "cac", args: ["spend", "conversions"] },
      formula: `=IF(${BOTH("spend", "conversions")},"",{spend}/{conversions})`,
    },
    {
      key: "roi",
      header: "tpl.col.roi",
      kind: "computed",
      width: 10,
      result: "percent",
      compute: { fn: "roi", args: ["revenue", "spend"] },
      formula: `=IF(${BOTH("revenue", "spend")},"",({revenue}-{spend})/{spend})`,
    },
    {
      key: "roas",
      header: "tpl.col.roas",
      kind: "computed",
      width: 9,
      result: "ratio",
      compute: { fn: "roas", args: ["revenue", "spend"] },
      formula: `=IF(${BOTH("revenue", "spend")},"",{revenue}/{spend})`,
    },
    {
      key: "rank",
      header: "tpl.col.rank",
      kind: "computed",
      width: 11,
      result: "integer",
      compute: { fn: "rank", args: ["roi"] },
      formula: `=IF(ISNUMBER({roi}),COUNTIF({roi[]},">"&({roi}+ABS({roi})*1E-12+1E-15))+1,"")`,
    },
  ],
  sample: [
    {
      channel: { zh: "搜索引擎", en: "Search" },
      spend: 50000,
      impressions: 1200000,
      clicks: 36000,
      conversions: 600,
      revenue: 180000,
    },
    {
      channel: { zh: "社交媒体", en: "Social media" },
      spend: 80000,
      impressions: 2500000,
      clicks: 50000,
      conversions: 500,
      revenue: 144000,
    },
    {
      channel: { zh: "信息流广告", en: "In-feed ads" },
      spend: 60000,
      impressions: 3000000,
      clicks: 45000,
      conversions: 400,
      revenue: 96000,
    },
    {
      channel: { zh: "EDM邮件", en: "Email (EDM)" },
      spend: 5000,
      impressions: 200000,
      clicks: 8000,
      conversions: 120,
      revenue: 30000,
    },
  ],
  blankRows: 4,
  highlights: [{ columns: ["rank"], tone: "good", formula: "={$rank}=1" }],
};

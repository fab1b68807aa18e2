/** The report's attribution and cohort blocks. */
export const reportMixMessagesEn = {
  "rpt.attr": "Attribution",
  "rpt.attr.top": "By {model} (sheet {sheet}), {top} earns the largest share of conversions: {share}.",
  "rpt.attr.topUnnamed": "In the attribution on sheet {sheet}, {top} earns the largest share of conversions: {share}.",
  "rpt.attr.unnamed": "attribution",
  "rpt.attr.spread": "The models disagree most on {channel}: {low} ({lowModel}) to {high} ({highModel}).",
  "rpt.attr.chart": "Share of conversions ({model})",
  "rpt.cohort": "Cohorts and retention",
  "rpt.cohort.summary":
    "{cohorts} cohort(s), {customers} customers: {retained} of customers came back in {period} (weighted by cohort size).",
  "rpt.cohort.young": "{cohorts} cohort(s), {customers} customers: no cohort has reached a second period yet.",
  "rpt.cohort.later": "In {period}: {retained}.",
  "rpt.cohort.repeat": "Repeat-purchase rate: {rate}.",
  "rpt.series": "Trend",
  "rpt.series.summary":
    "{metric} (sheet {sheet}), {count} dates from {from} to {to}: {first} first, {last} last ({change}); peak {peak} on {peakDate}.",
  "rpt.series.cut": "The chart shows the first {shown} dates.",
  "rpt.series.chart": "Trend of {metric}",
} as const;

export const reportMixMessagesZh: Record<keyof typeof reportMixMessagesEn, string> = {
  "rpt.attr": "渠道归因",
  "rpt.attr.top": "按{model}(工作表 {sheet}),{top} 获得的转化占比最高:{share}。",
  "rpt.attr.topUnnamed": "工作表 {sheet} 的归因结果中,{top} 获得的转化占比最高:{share}。",
  "rpt.attr.unnamed": "归因结果",
  "rpt.attr.spread": "各模型分歧最大的渠道是 {channel}:从 {low}({lowModel})到 {high}({highModel})。",
  "rpt.attr.chart": "转化占比({model})",
  "rpt.cohort": "批次留存",
  "rpt.cohort.summary": "{cohorts} 个批次,{customers} 名客户:{period}回访的客户占 {retained}(按批次人数加权)。",
  "rpt.cohort.young": "{cohorts} 个批次,{customers} 名客户:尚无批次进入第二个周期。",
  "rpt.cohort.later": "{period}:{retained}。",
  "rpt.cohort.repeat": "复购率:{rate}。",
  "rpt.series": "趋势",
  "rpt.series.summary":
    "{metric}(工作表 {sheet}),{from} 至 {to} 共 {count} 个日期:首日 {first},末日 {last}({change});峰值 {peak}({peakDate})。",
  "rpt.series.cut": "图表显示前 {shown} 个日期。",
  "rpt.series.chart": "{metric} 趋势",
} as const;

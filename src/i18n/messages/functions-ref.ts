/** The Functions view: a short reference of every MKT function. */
export const functionsRefMessagesEn = {
  "view.functions": "Functions",
  "fn.intro": "Type these in any cell. Insert puts the example into the active cell.",
  "fn.insert": "Insert",
  "fn.insertLabel": "Insert {example} into the active cell",
  "fn.inserted": "Inserted into {cell}.",
  "fn.insertFailed":
    "Could not insert the formula: {reason}. Select a single cell that is not being edited, then try again.",
  "fn.example": "Example",
  "fn.achievement.summary":
    "Achievement against target. Higher is better: actual / target. Lower is better (costs): 1 - (actual - target) / |target|. A zero target gives #DIV/0!.",
  "fn.achievement.example": "80%: a CAC of 240 against a target of 200",
  "fn.tier.summary": "Level reached against a base and a challenge target: 0 below base, 1 base, 2 challenge.",
  "fn.tier.example": "1: the base (4000) is reached, the challenge (5000) is not",
  "fn.growth.summary": "Growth year-on-year or month-on-month: (current - previous) / |previous|.",
  "fn.growth.example": "15.1%",
  "fn.roi.summary": "Return on investment net of natural growth: (revenue - baseline - cost) / cost.",
  "fn.roi.example": "140%: (150000 - 30000 - 50000) / 50000",
  "fn.roas.summary": "Return on ad spend: revenue / ad spend.",
  "fn.roas.example": "3.2",
  "fn.cac.summary": "Customer acquisition cost: the sum of every cost range / new customers.",
  "fn.cac.example": "The summed costs in B2:B4 per new customer",
  "fn.score.summary":
    "Weighted achievement of one person's or team's KPIs: each KPI's achievement capped (150% by default) times its weight; weights add up to 100%, KPIs with a blank target or marked excluded (incubation period) drop out and the rest are rescaled.",
  "fn.score.example": "122%: 0.6 x 120% + 0.4 x 125% (a CAC of 30 against 40)",
  "fn.attribute.summary":
    "Multi-touch attribution of conversions and value to channels (first, last, linear, position, time_decay, markov, shapley); spills a table.",
  "fn.attribute.example": "A table: channel, conversions, value, share",
  "fn.abtest.summary":
    "A/B test of two conversion rates: each rate and the difference and lift with intervals, p-value, P(variant better), sample-ratio check and a verdict; spills a table.",
  "fn.abtest.example": "Significant lift: 20% vs 25%, p = 0.0074",
  "fn.abtestMeans.summary":
    "Welch's t-test of two means (order value, revenue per user) from mean, standard deviation and size.",
  "fn.abtestMeans.example": "Significant lift: +3.6 per user, p = 0.042",
  "fn.abtestMeansRaw.summary": "Welch's t-test of two means from the raw values of each group.",
  "fn.abtestMeansRaw.example": "The same table, computed from the values",
  "fn.samplesize.summary":
    "Visitors each variant needs to detect a change of the conversion rate (alpha 0.05, power 0.8 unless given); daily=N adds the days.",
  "fn.samplesize.example": "3826 visitors per variant to detect 3% -> 2%",
  "fn.propci.summary": "A conversion rate with its confidence interval (Wilson score by default).",
  "fn.propci.example": "20%, between 17.6% and 22.6%",
  "fn.benchmark.summary":
    "Is a conversion rate different from an industry benchmark? Score test, interval and verdict.",
  "fn.benchmark.example": "7.5% against 6%: not different (p = 0.12)",
  "fn.srm.summary":
    "Sample ratio mismatch: did each arm get the planned share of visitors? Below p = 0.001 the split is broken.",
  "fn.srm.example": "Chi-square, p-value and verdict",
  "fn.padjust.summary": "Adjusts p-values for testing many metrics at once: Holm (default) or Benjamini-Hochberg.",
  "fn.padjust.example": "The adjusted p-values, in place",
  "fn.funnel.summary":
    "Funnel: step conversion (count / previous), overall conversion (count / first), drop-off and people lost per stage; flags leaks (drop-off at or above the threshold, or step below its benchmark) and the largest loss.",
  "fn.funnel.example": "Step 83.3% then 90%, overall 75%",
  "fn.decay.summary":
    "Decay curve: fits y = b * m^t as LOGEST does; spills b, m, decay per period, half-life, R-squared and the period at which the curve falls to the threshold (best duration).",
  "fn.decay.example": "m = 0.869, half-life 4.96 periods, 600 reached at period 4.80",
  "fn.cohort.summary":
    "Cohort retention: customers grouped by the month or week of their first order, the share who ordered in each later period, and a size-weighted average row.",
  "fn.cohort.example": "A matrix: cohort, customers, retention per month, weighted average",
  "fn.retention.summary":
    "Weighted retention from counts already aggregated: retained customers over the customers of the cohorts that reached each period (blank = not reached).",
  "fn.retention.example": "65.8%, 42.2%, 30%",
  "fn.repurchase.summary":
    "Repeat purchase in a period for all, new and returning customers: active customers and the share with two or more orders; optionally the share of new customers who came back within N days.",
  "fn.repurchase.example": "A table: all, new, returning; active, repeat-purchase rate, within 30 days",
  "fn.deseason.summary":
    "Change with the season taken out: (current / previous) / (same periods last year) - 1, or the difference of the changes with additive.",
  "fn.deseason.example": "9.1%: 100 to 120 this year against 100 to 110 last year",
  "fn.did.summary":
    "Incremental effect over a control group (difference in differences); its baseline is the natural growth to give MKT.ROI.",
  "fn.did.example": "Effect 18 (13.6%), baseline 132",
  "fn.pace.summary":
    "Pacing against a target: days elapsed and left, actual to date, projected total at the end (run rate or forecast), share of target, daily rate needed, status.",
  "fn.pace.example": "10 days at 100 a day: projected 3,100 (103%), on track; 95.2 a day needed",
  "fn.forecast.summary":
    "Holt-Winters forecast (additive trend, weekly season when the data show one, fitted by least squared error) with the prediction interval for each day ahead.",
  "fn.forecast.example": "14 rows: date, forecast, lower and upper bound at 95%",
} as const;

export type FunctionsRefMessageKey = keyof typeof functionsRefMessagesEn;

export const functionsRefMessagesZh: Record<FunctionsRefMessageKey, string> = {
  "view.functions": "函数",
  "fn.intro": "可在任意单元格中输入这些函数。点击“插入”会把示例写入当前单元格。",
  "fn.insert": "插入",
  "fn.insertLabel": "将 {example} 插入当前单元格",
  "fn.inserted": "已插入到 {cell}。",
  "fn.insertFailed": "无法插入公式:{reason}。请选中一个未处于编辑状态的单元格后重试。",
  "fn.example": "示例",
  "fn.achievement.summary":
    "目标达成率。越高越好:实际值 / 目标值。越低越好(成本类):1 - (实际值 - 目标值) / |目标值|。目标值为 0 时返回 #DIV/0!。",
  "fn.achievement.example": "80%:获客成本 240 对目标 200",
  "fn.tier.summary": "相对基础目标和挑战目标达到的档位:0 未达基础,1 达到基础,2 达到挑战。",
  "fn.tier.example": "1:达到基础目标(4000),未达挑战目标(5000)",
  "fn.growth.summary": "同比或环比增长率:(本期值 - 上期值) / |上期值|。",
  "fn.growth.example": "15.1%",
  "fn.roi.summary": "扣除自然增长后的投资回报率:(收入 - 基线 - 成本) / 成本。",
  "fn.roi.example": "140%:(150000 - 30000 - 50000) / 50000",
  "fn.roas.summary": "广告支出回报率:收入 / 广告支出。",
  "fn.roas.example": "3.2",
  "fn.cac.summary": "获客成本:各成本区域之和 / 新增客户数。",
  "fn.cac.example": "B2:B4 成本之和除以新增客户数",
  "fn.score.summary":
    "个人或团队 KPI 的加权达成率:每项 KPI 的达成率封顶(默认 150%)后乘以权重;权重合计 100%,目标值为空或标记排除(培育期)的 KPI 不计分,其余权重按比例放大。",
  "fn.score.example": "122%:0.6 × 120% + 0.4 × 125%(获客成本 30 对目标 40)",
  "fn.attribute.summary":
    "多触点归因:把转化和价值分配到各渠道(first、last、linear、position、time_decay、markov、shapley),结果以表格溢出。",
  "fn.attribute.example": "表格:渠道、转化数、价值、占比",
  "fn.abtest.summary":
    "两个转化率的 A/B 测试:各组转化率、差值和提升及其区间、p 值、实验组更优的概率、分流检验和结论,结果以表格溢出。",
  "fn.abtest.example": "显著提升:20% 对 25%,p = 0.0074",
  "fn.abtestMeans.summary": "两组均值(客单价、人均收入)的 Welch t 检验,由均值、标准差和样本量计算。",
  "fn.abtestMeans.example": "显著提升:人均 +3.6,p = 0.042",
  "fn.abtestMeansRaw.summary": "由两组原始数值做均值的 Welch t 检验。",
  "fn.abtestMeansRaw.example": "同样的表格,由原始数值计算",
  "fn.samplesize.summary": "检测转化率变化时每组所需访客数(未指定时显著性水平 0.05、功效 0.8);daily=N 时给出所需天数。",
  "fn.samplesize.example": "检测 3% -> 2% 每组需要 3826 名访客",
  "fn.propci.summary": "转化率及其置信区间(默认 Wilson 得分区间)。",
  "fn.propci.example": "20%,区间 17.6% 至 22.6%",
  "fn.benchmark.summary": "转化率与行业基准是否有差异:得分检验、区间和结论。",
  "fn.benchmark.example": "7.5% 对基准 6%:无显著差异(p = 0.12)",
  "fn.srm.summary": "分流比例检验:各组是否拿到了计划比例的访客?p 低于 0.001 即分流异常。",
  "fn.srm.example": "卡方值、p 值和结论",
  "fn.padjust.summary": "同时检验多个指标时校正 p 值:Holm(默认)或 Benjamini-Hochberg。",
  "fn.padjust.example": "校正后的 p 值,位置不变",
  "fn.funnel.summary":
    "漏斗分析:每个环节的环节转化率(本环节 / 上一环节)、整体转化率(本环节 / 第一环节)、流失率和流失人数;标记流失超标(流失率达到阈值或转化率低于基准)和流失最多的环节。",
  "fn.funnel.example": "环节转化率 83.3%、90%,整体 75%",
  "fn.decay.summary":
    "衰减曲线:与 LOGEST 相同拟合 y = b * m^t;溢出 b、m、每期衰减率、半衰期、R 平方,以及曲线降到阈值的期数(最佳持续时间)。",
  "fn.decay.example": "m = 0.869,半衰期 4.96 期,第 4.80 期降到 600",
  "fn.cohort.summary": "留存批次:按首单所在月或周给客户分批,计算之后各期仍下单的比例,并给出按人数加权的平均行。",
  "fn.cohort.example": "矩阵:批次、客户数、各月留存率、加权平均",
  "fn.retention.summary": "由已汇总人数计算加权留存率:已到达该期的批次的留存人数 / 这些批次的客户数(空白表示未到达)。",
  "fn.retention.example": "65.8%、42.2%、30%",
  "fn.repurchase.summary":
    "期间内全部、新、老客户的复购:活跃客户数和下单两次及以上的比例;可选新客户在 N 天内再次购买的比例。",
  "fn.repurchase.example": "表格:全部、新客户、老客户;活跃数、复购率、30 天内再购",
  "fn.deseason.summary": "剔除季节因素的变化:(本期 / 上期) / (去年同期比) - 1,additive 时为两个变化量之差。",
  "fn.deseason.example": "9.1%:今年 100 到 120,去年 100 到 110",
  "fn.did.summary": "相对对照组的增量效果(双重差分);溢出的基线即 MKT.ROI 所需的自然增长。",
  "fn.did.example": "效果 18(13.6%),基线 132",
  "fn.pace.summary": "按目标看进度:已过与剩余天数、累计实际、期末预计总量(日均或预测)、预计完成率、所需日均和状态。",
  "fn.pace.example": "10 天、每天 100:预计 3,100(103%),正常;剩余每天需 95.2",
  "fn.forecast.summary": "Holt-Winters 预测(加法趋势与周季节性,按误差平方和最小拟合),并给出未来每天的预测区间。",
  "fn.forecast.example": "14 行:日期、预测值、95% 区间的下限和上限",
};

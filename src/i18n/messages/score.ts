/** MKT.SCORE and the bonus ladder: argument errors, naming the argument and the row. */
export const scoreMessagesEn = {
  "score.weightSum": "weights add up to {sum}, not 1 (100%): fix the weights so they do",
  "score.weightBlank": "weights is blank at row {row}: every KPI with a target needs a weight",
  "score.weightNegative": "weights is negative ({value}) at row {row}",
  "score.actualBlank": "actuals is blank at row {row}: the KPI has a target but no actual yet",
  "score.nothingToScore": "no KPI left to score: every target is blank or excluded (incubation period)",
  "score.size": "{arg} and actuals differ in size ({count} and {expected} cells): give one per KPI",
  "score.cap": 'cap must be a number above 0, 0 or "none" for no cap, not "{value}"',
  "score.capNegative": 'cap is negative ({value}): use 0 or "none" for no cap',
  "score.excluded": '{arg} must be yes / no (是 / 否, TRUE / FALSE, 1 / 0) at row {row}, not "{value}"',
  "ladder.order":
    "the bonus ladder's thresholds must rise from rung to rung: {threshold} at rung {rung} is not above the rung before",
  "ladder.empty": "the bonus ladder has no rungs",
} as const;

export type ScoreMessageKey = keyof typeof scoreMessagesEn;

export const scoreMessagesZh: Record<ScoreMessageKey, string> = {
  "score.weightSum": "权重合计为 {sum},不是 1(100%):请调整权重使其合计为 100%",
  "score.weightBlank": "weights 第 {row} 行为空:有目标值的指标都需要权重",
  "score.weightNegative": "weights 第 {row} 行为负数({value})",
  "score.actualBlank": "actuals 第 {row} 行为空:该指标有目标值但还没有实际值",
  "score.nothingToScore": "没有可计分的指标:所有目标值为空或已排除(培育期)",
  "score.size": "{arg} 与 actuals 大小不同({count} 个与 {expected} 个单元格):每项 KPI 各一个",
  "score.cap": 'cap 必须是大于 0 的数字,或 0 / "none" 表示不封顶,而不是 "{value}"',
  "score.capNegative": 'cap 为负数({value}):不封顶请写 0 或 "none"',
  "score.excluded": '{arg} 第 {row} 行必须是 是 / 否(yes / no、TRUE / FALSE、1 / 0),而不是 "{value}"',
  "ladder.order": "奖金阶梯的门槛必须逐级上升:第 {rung} 级的 {threshold} 没有高于上一级",
  "ladder.empty": "奖金阶梯没有任何档位",
};

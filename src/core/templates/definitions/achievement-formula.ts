/** The row's direction says lower is better (costs). */
export const LOWER = "{direction}={#tpl.choice.lower}";

/** The target achievement is judged against: the revised one when there is one (动态目标修正), else the original. */
export const TARGET = `IF({revisedTarget}<>"",{revisedTarget},{target})`;

/** Achievement as MKT.ACHIEVEMENT computes it, against TARGET; blank without an actual or any target. */
export const ACHIEVEMENT_REVISED =
  `=IF(OR({actual}="",AND({revisedTarget}="",{target}="")),"",` +
  `IF(${LOWER},1-({actual}-${TARGET})/ABS(${TARGET}),1+({actual}-${TARGET})/ABS(${TARGET})))`;

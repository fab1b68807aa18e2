/**
 * How the report's sentences write numbers (written at generation time; the tables keep
 * the cells' own number formats): shares with one decimal, amounts grouped with at most
 * two decimals.
 */

/** 0.1234 is "12.3%". */
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** 195000 is "195,000"; 1.3125 is "1.31". */
export const amount = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });

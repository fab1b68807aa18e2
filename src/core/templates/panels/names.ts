/** The panels a template can have, and the cells and ranges each one names for formulas ({@name}). */
export const PANEL_IDS = ["appraisal"] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export const PANEL_NAMES: Readonly<Record<PanelId, readonly string[]>> = {
  appraisal: [
    "ladderThresholds",
    "ladderMultipliers",
    "firstRung",
    "cap",
    "split",
    "fullMarks",
    "qualCampaign",
    "profileKpis",
    "profileTypes",
    "profileWeights",
  ],
};

/**
 * The .xlsx package read without ExcelJS: fflate streams the zip, saxes the XML, and
 * every limit of core/limits is checked before anything grows. Runs in Node and in the
 * browser.
 */
export {
  openXlsx,
  readSheetCells,
  readSheetGrid,
  readSheetGrids,
  scanPackage,
  type PackageSheet,
  type XlsxPackage,
} from "./read";
export { readPackageFlagState } from "./state";
export { InputProblemError } from "./problem";
export { flagPackage, clearPackageFlags } from "./flags";
export { readPackageFormats } from "./formats";

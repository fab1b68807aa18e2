/** Input files past a limit of src/core/limits.ts: what is too big, by how much, and where. */
export const limitMessagesEn = {
  "limit.fileBytes": "the file is {actual} bytes, over the limit of {max} bytes",
  "limit.unpackedBytes": "{where} unpacks to more than {max} bytes in all (a zip bomb?), over the limit",
  "limit.zipEntries": "the package has {actual} entries, over the limit of {max}",
  "limit.entryRatio": "{where} unpacks more than {max} times its packed size (a zip bomb?)",
  "limit.cellsPresent": "more than {max} cells hold something (reached at {where}), over the limit",
  "limit.usedRangeCells":
    "{where} makes the used range {actual} cells (rows x columns from A1), over the limit of {max}: delete stray cells far from the table",
  "limit.gridCells":
    "the filled rows and columns of {where} make {actual} cells, over the limit of {max}: check a smaller range",
  "limit.rows": "{where} is beyond Excel's last row ({max})",
  "limit.columns": "{where} is beyond Excel's last column ({max}, XFD)",
  "package.notZip": "not an .xlsx workbook (no zip directory: {reason})",
  "package.missingPart": "not an .xlsx workbook ({part} is missing)",
  "package.badXml": "{part} is not well-formed XML ({reason})",
  "package.badZip": "{part} cannot be unpacked ({reason})",
  "package.encrypted": "the workbook is encrypted or password-protected: save it without a password first",
  "package.strict":
    "the workbook is saved as Strict Open XML, which copies are not written in: save it as an Excel Workbook (.xlsx) first",
} as const;

export type LimitMessageKey = keyof typeof limitMessagesEn;

export const limitMessagesZh: Record<LimitMessageKey, string> = {
  "limit.fileBytes": "文件大小为 {actual} 字节,超过上限 {max} 字节",
  "limit.unpackedBytes": "{where} 解压后总量超过 {max} 字节(可能是压缩炸弹),超过上限",
  "limit.zipEntries": "压缩包含有 {actual} 个条目,超过上限 {max}",
  "limit.entryRatio": "{where} 解压后超过压缩大小的 {max} 倍(可能是压缩炸弹)",
  "limit.cellsPresent": "有内容的单元格超过 {max} 个(在 {where} 处达到),超过上限",
  "limit.usedRangeCells":
    "{where} 使已用区域达到 {actual} 个单元格(从 A1 起的行数 x 列数),超过上限 {max}:请删除远离表格的零散单元格",
  "limit.gridCells": "{where} 中有内容的行与列构成 {actual} 个单元格,超过上限 {max}:请检查较小的区域",
  "limit.rows": "{where} 超出 Excel 的最后一行({max})",
  "limit.columns": "{where} 超出 Excel 的最后一列({max},XFD)",
  "package.notZip": "不是 .xlsx 工作簿(没有 zip 目录:{reason})",
  "package.missingPart": "不是 .xlsx 工作簿(缺少 {part})",
  "package.badXml": "{part} 不是格式正确的 XML({reason})",
  "package.badZip": "{part} 无法解压({reason})",
  "package.encrypted": "工作簿已加密或设有密码:请先另存为无密码的文件",
  "package.strict": "工作簿以 Strict Open XML 格式保存,无法写入副本:请先另存为“Excel 工作簿(.xlsx)”",
};

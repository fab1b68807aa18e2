/**
 * The top-level flags of functions.json, chosen rather than left to the generator
 * ("Manually create JSON metadata for custom functions", Metadata reference:
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json).
 *
 * - allowErrorForDataTypeAny: error values in the inputs reach our functions (every parameter
 *   is `any`), so a function can name the argument and the cell that holds the error instead
 *   of Excel passing a bare #N/A on from somewhere in 9,000 rows.
 * - allowCustomDataForDataTypeAny: data-type cells (entities, formatted numbers) arrive as
 *   objects; src/functions/excel-values.ts reads their basic value. The generator sets it too.
 */
const METADATA_FLAGS = Object.freeze({
  allowErrorForDataTypeAny: true,
  allowCustomDataForDataTypeAny: true,
});

/** The metadata with our flags first, as Excel's samples write them. */
function withFlags(metadata) {
  const { allowErrorForDataTypeAny: _e, allowCustomDataForDataTypeAny: _c, ...rest } = metadata;
  return { ...METADATA_FLAGS, ...rest };
}

module.exports = { METADATA_FLAGS, withFlags };

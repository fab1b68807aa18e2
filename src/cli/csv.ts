import { isUtf8 } from "node:buffer";
import { decodeCsv as decodeWith, type CsvEncoding } from "../core/format/csv";

/** Node's own check and decoding, faster than a fatal TextDecoder; the BOM goes as the decoder drops it. */
function nodeUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `decodeCsv` (core/format/csv) with Node's UTF-8 step. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  return decodeWith(bytes, nodeUtf8);
}

/* `npm run build:release` starts here: one clear line and exit status 2 without a usable ADDIN_PUBLIC_URL. */
const { parsePublicUrl } = require("./public-url");

const parsed = parsePublicUrl(process.env.ADDIN_PUBLIC_URL);
if (parsed.error) {
  console.error(`npm run build:release: ${parsed.error}`);
  process.exit(2);
}
console.log(`Release build for ${parsed.base}`);

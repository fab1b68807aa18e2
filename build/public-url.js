/**
 * Where the add-in is served. The development build (`npm run build`, `npm run dev-server`)
 * uses https://localhost:3000/; a release build (`npm run build:release`) is for hosting at
 * ADDIN_PUBLIC_URL and must not mention localhost anywhere.
 */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

/** The public URL as a base ending in "/", or an error saying what is wrong with it. */
function parsePublicUrl(value) {
  const hint =
    "set ADDIN_PUBLIC_URL to the https address that will serve dist/, e.g. https://your.host/campaign-scorecard/";
  if (!value || !value.trim()) return { error: `ADDIN_PUBLIC_URL is not set: ${hint}` };
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: `ADDIN_PUBLIC_URL "${value}" is not a URL: ${hint}` };
  }
  if (url.protocol !== "https:")
    return { error: `ADDIN_PUBLIC_URL "${value}" must use https (Office loads add-ins over https only)` };
  if (LOCAL_HOSTS.has(url.hostname)) return { error: `ADDIN_PUBLIC_URL "${value}" is this machine: ${hint}` };
  if (url.search || url.hash || url.username || url.password) {
    return { error: `ADDIN_PUBLIC_URL "${value}" must be a plain address, without query, fragment or credentials` };
  }
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { base, origin: url.origin };
}

/** A built text file with the development address replaced: URLs by the base, the app domain by the origin. */
function rewriteForRelease(text, { base, origin }) {
  return text.replaceAll(DEV_URL, base).replaceAll(DEV_ORIGIN, origin);
}

/** Where a built text file still points at this machine, for the build to refuse it. */
function localReferences(text) {
  const found = text.match(/localhost|127\.0\.0\.1/g);
  return found ? found.length : 0;
}

module.exports = { DEV_URL, parsePublicUrl, rewriteForRelease, localReferences };

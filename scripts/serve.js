#!/usr/bin/env node
/**
 * Serves the built add-in (dist/) on http://127.0.0.1:PORT for the browser preview.
 * Usage: node scripts/serve.js [--port 3001] [--dir dist]
 * Opening taskpane.html here, outside Office, runs the preview host.
 */
const { createServer } = require("node:http");
const { readFile, stat } = require("node:fs/promises");
const { extname, join, normalize, resolve, sep } = require("node:path");
const { parseArgs } = require("node:util");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function serveDir(dir, port = 0, host = "127.0.0.1") {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
      const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
      if (!(file === root || file.startsWith(root + sep)) || !(await stat(file)).isFile()) throw new Error("not found");
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

module.exports = { serveDir };

if (require.main === module) {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "3001" }, dir: { type: "string", default: "dist" } },
  });
  serveDir(values.dir, Number(values.port)).then((server) => {
    const { port } = server.address();
    console.log(`Campaign Scorecard preview: http://127.0.0.1:${port}/taskpane.html  (Ctrl+C to stop)`);
  });
}

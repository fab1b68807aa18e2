import { spawn, type ChildProcess, execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A ClickHouse cluster of one-replica shards on loopback, each a `clickhouse-server` of its
 * own (Debian's package, 18.16 on bookworm) with its own data folder, and every shard knowing
 * the cluster `shards` in `remote_servers`, so a `Distributed` table on any of them spreads
 * reads across all. A missing server fails the test: CI installs it (package clickhouse-server).
 */
export interface ClickHouseCluster {
  /** The native TCP port of each shard, in order. */
  readonly ports: readonly number[];
  /** Runs SQL on shard `shard` (0-based) through clickhouse-client; resolves with its stdout. */
  query(sql: string, shard?: number, input?: string): Promise<string>;
  stop(): Promise<void>;
}

const SERVER = "/usr/sbin/clickhouse-server";
const CLIENT = "/usr/bin/clickhouse-client";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function config(dir: string, tcp: number, http: number, interserver: number, cluster: readonly number[]): string {
  const shards = cluster
    .map((p) => `<shard><replica><host>127.0.0.1</host><port>${p}</port></replica></shard>`)
    .join("");
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/server.err.log</errorlog><console>0</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>${tcp}</tcp_port>
  <http_port>${http}</http_port>
  <interserver_http_port>${interserver}</interserver_http_port>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <mark_cache_size>67108864</mark_cache_size>
  <max_server_memory_usage>1000000000</max_server_memory_usage>
  <timezone>UTC</timezone>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <remote_servers><shards>${shards}</shards></remote_servers>
</yandex>
`;
}

const USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>1000000000</max_memory_usage><max_threads>1</max_threads></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
`;

function run(file: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(file, [...args], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.slice(0, 2).join(" ")}: ${stderr || error.message}`));
      else resolve(stdout);
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

async function waitReady(port: number, server: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`clickhouse-server exited (${server.exitCode}); see ${log}`);
    try {
      await run(CLIENT, ["--host", "127.0.0.1", "--port", String(port), "--query", "SELECT 1"]);
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** Starts `count` shards; stop() ends them and removes their folders. */
export async function startClickHouse(count = 2): Promise<ClickHouseCluster> {
  if (!existsSync(SERVER) || !existsSync(CLIENT))
    throw new Error("ClickHouse is not installed: apt-get install clickhouse-server clickhouse-client");
  const root = mkdtempSync(join(tmpdir(), "mkt-clickhouse-"));
  const ports: number[] = [];
  const extra: number[] = [];
  for (let i = 0; i < count; i++) {
    ports.push(await freePort());
    extra.push(await freePort(), await freePort());
  }
  const servers: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.exitCode !== null || s.signalCode !== null) return resolve();
            const timer = setTimeout(() => s.kill("SIGKILL"), 15_000);
            s.once("exit", () => {
              clearTimeout(timer);
              resolve();
            });
            s.kill("SIGTERM");
          }),
      ),
    );
    rmSync(root, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < count; i++) {
      const dir = join(root, `shard${i + 1}`);
      for (const sub of ["data", "tmp", "user_files", "format_schemas"]) mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, "users.xml"), USERS);
      writeFileSync(join(dir, "config.xml"), config(dir, ports[i], extra[2 * i], extra[2 * i + 1], ports));
      servers.push(spawn(SERVER, [`--config-file=${join(dir, "config.xml")}`], { stdio: "ignore" }));
    }
    for (let i = 0; i < count; i++)
      await waitReady(ports[i], servers[i], join(root, `shard${i + 1}`, "server.err.log"));
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    ports,
    query: (sql, shard = 0, input) =>
      run(CLIENT, ["--host", "127.0.0.1", "--port", String(ports[shard]), "--multiquery", "--query", sql], input),
    stop,
  };
}

import { atLeast, FakeOfficeError, PAYLOAD_LIMIT, DOCS } from "./office";
import type { FakeBook, FakeCall } from "./model";

/** A read queued by load(): at sync it computes what Excel would send back, then commits it. */
export type FakeRead = () => { readonly data: unknown; commit(): void };

export interface QueueOptions {
  /** The ExcelApi requirement set the call needs; an older host refuses it with ApiNotFound. */
  readonly needs?: string;
  /** The sheet whose content the call changes: refused with AccessDenied while it is protected. */
  readonly writes?: string;
  /** The call adds, deletes or hides a sheet: refused while the workbook's structure is protected. */
  readonly structure?: boolean;
}

/** What fake proxies need from their context: the book and the queue of the next sync. */
export interface FakeQueue {
  readonly book: FakeBook;
  /** Records a call now and applies it to the book at the next sync, as Office.js batches it. */
  queue(call: Omit<FakeCall, "batch">, apply: () => void, options?: QueueOptions): void;
  /** Registers a read resolved at the next sync; `request` is what the read costs in the request. */
  onSync(read: FakeRead, request?: unknown): void;
}

/** JSON size in bytes (UTF-8) of what travels between the add-in and Excel. */
export function jsonBytes(data: unknown): number {
  return Buffer.byteLength(JSON.stringify(data) ?? "", "utf8");
}

/**
 * The batch of one Excel.run context. At sync(): the request (every queued call and load)
 * is measured and refused whole over 5 MB (RequestPayloadSizeLimitExceeded, DOCS.limits);
 * then calls run in order and the first failure rejects the sync, the calls before it having
 * taken effect (DOCS.errors); then reads are computed, the response measured and refused
 * over 5 MB (ResponsePayloadSizeLimitExceeded), and only then committed, so a property read
 * after a failed sync still throws PropertyNotLoaded (DOCS.load).
 */
export class Queue implements FakeQueue {
  private pending: { call: FakeCall; apply: () => void; options: QueueOptions }[] = [];
  private reads: { read: FakeRead; request: unknown }[] = [];
  constructor(readonly book: FakeBook) {}

  queue(call: Omit<FakeCall, "batch">, apply: () => void, options: QueueOptions = {}): void {
    const recorded: FakeCall = { ...call, batch: 0 };
    this.book.calls.push(recorded);
    this.pending.push({ call: recorded, apply, options });
  }

  onSync(read: FakeRead, request: unknown = "load"): void {
    this.reads.push({ read, request });
  }

  async sync(): Promise<void> {
    const batch = ++this.book.syncs;
    const pending = this.pending;
    const reads = this.reads;
    this.pending = [];
    this.reads = [];
    for (const p of pending) p.call.batch = batch;
    const request = jsonBytes(pending.map((p) => p.call)) + jsonBytes(reads.map((r) => r.request));
    if (request > PAYLOAD_LIMIT) {
      this.book.payloads.push({ batch, request, response: 0 });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `the request is ${request} bytes, over 5 MB`);
    }
    try {
      for (const p of pending) {
        const { needs, writes, structure } = p.options;
        if (structure && this.book.structureProtected)
          throw new FakeOfficeError(
            "AccessDenied",
            `the workbook's structure is protected (${DOCS.workbookProtection})`,
          );
        if (needs && !atLeast(this.book.api, needs))
          throw new FakeOfficeError("ApiNotFound", `${p.call.target}.${p.call.op} needs ExcelApi ${needs}`);
        if (writes && this.book.sheet(writes)?.protected)
          throw new FakeOfficeError("AccessDenied", `the sheet "${writes}" is protected (${DOCS.protection})`);
        const injected = this.book.failWhen?.(p.call);
        if (injected) throw injected;
        p.apply();
      }
    } catch (e) {
      this.book.payloads.push({ batch, request, response: 0 });
      throw e;
    }
    const results = reads.map((r) => r.read());
    const response = jsonBytes(results.map((r) => r.data));
    this.book.payloads.push({ batch, request, response });
    if (response > PAYLOAD_LIMIT)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `the response is ${response} bytes, over 5 MB`);
    for (const r of results) r.commit();
  }
}

/** Loads properties at the next sync and throws PropertyNotLoaded for any read before (DOCS.load). */
export class Loadable {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly q: FakeQueue) {}

  /** Names from "a, b", ["a", "b"] or { select: "a,b" }. */
  static names(props: unknown): string[] {
    const list =
      typeof props === "string"
        ? props.split(",")
        : Array.isArray(props)
          ? props.map(String)
          : props && typeof props === "object" && "select" in props
            ? String((props as { select: unknown }).select).split(",")
            : [];
    return list.map((p) => p.trim()).filter((p) => p !== "");
  }

  /** Queues loads of `names`, each computed by `compute(name)` at the sync (its size counts in the response). */
  protected queueLoad(names: readonly string[], compute: (name: string) => unknown): void {
    this.q.onSync(
      () => {
        const data = new Map(names.map((n) => [n, compute(n)]));
        return { data: Object.fromEntries(data), commit: () => data.forEach((v, n) => this.loaded.set(n, v)) };
      },
      { load: names },
    );
  }

  /** Properties that came back with the collection this object is an item of ("items/name"). */
  settle(values: Readonly<Record<string, unknown>>): this {
    for (const [n, v] of Object.entries(values)) this.loaded.set(n, v);
    return this;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeOfficeError("PropertyNotLoaded", `${name} was read without load() and sync() (${DOCS.load})`);
    return this.loaded.get(name) as T;
  }
}

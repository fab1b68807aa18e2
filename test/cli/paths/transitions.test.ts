import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TransitionCounter } from "../../../src/core/paths/transitions";
import { eventsCsv, generateEvents } from "../../core/paths/generate";
import { mkt } from "../../helpers/mkt";

const tmp = mkdtempSync(join(tmpdir(), "mkt-transitions-"));

interface Credits {
  channels: { channel: string; conversions: number; value: number | null; share: number }[];
}

describe("transitions", () => {
  it("counts each step of a path once per journey on it, the paths a batch at a time", () => {
    const counter = new TransitionCounter();
    counter.addPaths([
      { path: "a > b", conversions: 2, value: 10, nulls: 1 },
      { path: "b", conversions: 0, value: 0, nulls: 4 },
    ]);
    counter.addPaths([{ path: "a > a", conversions: 1, value: 3, nulls: 0 }]);
    const rows = counter.rows();
    expect(rows.map((r) => [r.from, r.to, r.count, r.value])).toEqual([
      ["(start)", "a", 4, 13],
      ["a", "b", 3, 10],
      ["b", "(conversion)", 2, 10],
      ["b", "(null)", 5, 0],
      ["(start)", "b", 4, 0],
      ["a", "a", 1, 3],
      ["a", "(conversion)", 1, 3],
    ]);
  });

  it("gives mkt attribute --model markov the same credits as the paths they were counted from", async () => {
    const csv = join(tmp, "events.csv");
    writeFileSync(csv, eventsCsv(generateEvents(4000, 11)));
    const paths = join(tmp, "paths.csv");
    const transitions = join(tmp, "transitions.csv");
    expect((await mkt("paths", csv, "--out", paths)).code).toBe(0);
    expect((await mkt("paths", csv, "--transitions", "--out", transitions)).code).toBe(0);
    expect(readFileSync(transitions, "utf8").split("\n")[0]).toBe("from,to,count,value");
    const fromPaths = await mkt("attribute", paths, "--model", "markov", "--format", "json");
    const fromTransitions = await mkt("attribute", transitions, "--model", "markov", "--format", "json");
    expect(fromTransitions.err).toBe("");
    const a = JSON.parse(fromPaths.out) as Credits;
    const b = JSON.parse(fromTransitions.out) as Credits;
    expect(a.channels.length).toBeGreaterThan(3);
    expect(b.channels.map((c) => [c.channel, c.conversions, c.share])).toEqual(
      a.channels.map((c) => [c.channel, c.conversions, c.share]),
    );
    // The total value is a sum of the same numbers in another order.
    b.channels.forEach((c, i) => expect(c.value).toBeCloseTo(a.channels[i].value ?? NaN, 6));
  });

  it("refuses other models and orders on transitions", async () => {
    const file = join(tmp, "t.csv");
    writeFileSync(file, "from,to,count,value\n(start),a,2,5\na,(conversion),1,5\na,(null),1,0\n");
    expect((await mkt("attribute", file, "--model", "markov", "--format", "json")).code).toBe(0);
    expect((await mkt("attribute", file, "--model", "linear")).err).toMatch(/only --model markov/);
    expect((await mkt("attribute", file, "--model", "markov", "--order", "2")).err).toMatch(/--order must be 1/);
    writeFileSync(file, "from,to,count\n(conversion),a,2\n");
    expect((await mkt("attribute", file, "--model", "markov")).err).toMatch(/cannot happen/);
  });
});

import { attribute, parseAttributionOptions, parseOptionsText, toModel } from "../../../src/core/attribution";
import { isCellError } from "../../../src/core/errors";
import { localizeError } from "../../../src/core/errors";
import { journeys } from "./helpers";

describe("attribution options", () => {
  it("reads model names in any case, with Chinese aliases", () => {
    expect(toModel(" Time-Decay ")).toBe("time_decay");
    expect(toModel("马尔可夫")).toBe("markov");
    expect(toModel("U-shaped")).toBe("position");
    expect(toModel("magic")).toMatchObject({ error: "#VALUE!", message: expect.stringContaining('not "magic"') });
  });

  it("defaults to linear, order 1, half-life 7, keep repeats, 40/20/40", () => {
    expect(parseAttributionOptions({})).toEqual({
      model: "linear",
      order: 1,
      halfLife: 7,
      repeats: "keep",
      firstWeight: 0.4,
      lastWeight: 0.4,
    });
  });

  it("parses option text and JSON", () => {
    expect(parseOptionsText("order=2; repeats=Collapse, half_life: 3.5; first=0.3; last = 0.5")).toEqual({
      order: 2,
      repeats: "collapse",
      halfLife: 3.5,
      firstWeight: 0.3,
      lastWeight: 0.5,
    });
    expect(parseOptionsText('{"order": 3}')).toEqual({ order: 3 });
    expect(parseOptionsText("")).toEqual({});
  });

  it.each([
    ["order=5", "options: order: Too big: expected number to be <=4"],
    ["order=two", 'options: order must be a number, not "two"'],
    ["colour=red", 'options: unknown option "colour"'],
    ["first=0.7; last=0.6", "options: firstWeight: first and last weights add up to more than 1"],
    ["repeats=some", "options: repeats:"],
    ["half_life=0", "options: halfLife:"],
    ["{oops", "options: not valid JSON"],
  ])("rejects %s", (text, message) => {
    const r = parseOptionsText(text);
    expect(isCellError(r)).toBe(true);
    if (isCellError(r)) expect(r.message.startsWith(message)).toBe(true);
  });

  it("no conversions at all is #N/A, in both languages", () => {
    const options = parseAttributionOptions({ model: "markov" });
    if (isCellError(options)) throw new Error(options.message);
    const r = attribute(journeys([["a > b", 0, 0, 3]]), options);
    expect(r).toMatchObject({ error: "#N/A" });
    if (isCellError(r)) expect(localizeError(r, "zh-CN")).toBe("没有可归因的转化(转化总数为 0)");
  });
});

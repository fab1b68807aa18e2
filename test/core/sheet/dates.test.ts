import { isDateProblem, readDate, ymdToSerial, type DateProblem } from "../../../src/core/sheet";

const day = ymdToSerial(2023, 8, 20);

function problemOf(value: unknown): DateProblem {
  const read = readDate(value);
  if (!isDateProblem(read)) throw new Error(`${String(value)} read as ${read}`);
  return read;
}

describe("readDate: the one date reader", () => {
  it.each([
    "2023-08-20",
    "2023/8/20",
    "2023.8.20",
    "2023年8月20日",
    " 2023-08-20 ",
    "2023-08-20T00:00",
    "2023/08/20 0:00:00",
  ])("reads %j as the serial of 2023-08-20", (text) => {
    expect(readDate(text)).toBe(day);
  });

  it("reads times of day, and an explicit zone as an instant in UTC", () => {
    expect(readDate("2023-08-20T12:00")).toBe(day + 0.5);
    expect(readDate("2023-08-20 06:00:00.5")).toBeCloseTo(day + (6 * 3600 + 0.5) / 86400, 12);
    expect(readDate("2023年8月20日 18:00")).toBe(day + 0.75);
    expect(readDate("2023-08-20T08:00:00+08:00")).toBe(day);
    expect(readDate("2023-08-20T00:00:00Z")).toBe(day);
  });

  it("is the same in every time zone: a date and its midnight are one serial", () => {
    const zone = process.env.TZ;
    try {
      const seen = new Set<number | DateProblem>();
      for (const tz of ["UTC", "America/New_York", "Asia/Shanghai", "Australia/Adelaide", "Pacific/Kiritimati"]) {
        process.env.TZ = tz;
        seen.add(readDate("2026-01-31"));
        seen.add(readDate("2026-01-31T00:00"));
        seen.add(readDate(new Date(Date.UTC(2026, 0, 31))));
      }
      expect([...seen]).toEqual([ymdToSerial(2026, 1, 31)]);
    } finally {
      process.env.TZ = zone;
    }
  });

  it("takes a number as a serial, never text that is only a number", () => {
    expect(readDate(45000)).toBe(45000);
    expect(readDate(45000.25)).toBe(45000.25);
    expect(problemOf("1").reason).toBe("notADate");
    expect(problemOf("45000").reason).toBe("notADate");
    expect(problemOf(-1).reason).toBe("notADate");
    expect(problemOf(Number.NaN).reason).toBe("notADate");
    expect(problemOf(true).reason).toBe("notADate");
    expect(problemOf(null).reason).toBe("notADate");
  });

  it("refuses a day-month order it would have to guess, with the readings to choose from", () => {
    expect(problemOf("08/09/2023")).toEqual({
      kind: "dateProblem",
      reason: "ambiguous",
      text: "08/09/2023",
      readings: ["2023-08-09", "2023-09-08"],
    });
    expect(problemOf("08/20/2023")).toMatchObject({ reason: "yearLast", readings: ["2023-08-20"] });
    expect(problemOf("20.08.2023")).toMatchObject({ reason: "yearLast", readings: ["2023-08-20"] });
    expect(problemOf("05/05/2023")).toMatchObject({ reason: "yearLast", readings: ["2023-05-05"] });
    expect(problemOf("31/31/2023").reason).toBe("notADate");
  });

  it.each(["2023-02-30", "2023-13-01", "8.20", "next week", "2023-08-20 25:00", "2023-08-20T10:00+25:00", ""])(
    "refuses %j",
    (text) => {
      expect(problemOf(text).reason).toBe("notADate");
    },
  );
});

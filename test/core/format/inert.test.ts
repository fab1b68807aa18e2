import { csvTextField, inertText, isFormulaLike, terminalText } from "../../../src/core/format/inert";

describe("inertText: OWASP's CSV-injection rule", () => {
  it.each([
    '=HYPERLINK("http://x.invalid","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "＝1+1",
    "＠SUM(1)",
  ])("neutralises %j with a leading quote", (text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(inertText(text)).toBe(`'${text}`);
  });

  it.each(["search", "搜索 > 邮件", "e-mail", "a=b", "1+1", "", "'=already quoted"])("leaves %j as it is", (text) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(inertText(text)).toBe(text);
  });
});

describe("csvTextField", () => {
  it("neutralises, then quotes what needs quoting, and drops control characters", () => {
    expect(csvTextField('=HYPERLINK("http://x.invalid","click")')).toBe(
      `"'=HYPERLINK(""http://x.invalid"",""click"")"`,
    );
    expect(csvTextField("@SUM(1+1)")).toBe("'@SUM(1+1)");
    expect(csvTextField("a;b", ";")).toBe('"a;b"');
    expect(csvTextField("a;b")).toBe("a;b");
    expect(csvTextField("two\nlines")).toBe('"two\nlines"');
    expect(csvTextField("\u001b[31mred\u0007")).toBe("[31mred");
    expect(csvTextField("\u0000=1+1")).toBe("'=1+1");
  });
});

describe("terminalText", () => {
  it("drops escape sequences' control characters and bidi overrides, and keeps one line one line", () => {
    expect(terminalText("\u001b]0;pwned\u0007name")).toBe("]0;pwnedname");
    expect(terminalText("a\u202eb\u2066c")).toBe("abc");
    expect(terminalText("one\ntwo\tthree\r")).toBe("one two three ");
    expect(terminalText("\u009b31m搜索")).toBe("31m搜索");
    expect(terminalText("plain 搜索 > 邮件")).toBe("plain 搜索 > 邮件");
  });
});

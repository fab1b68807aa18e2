import { themeOf } from "../../src/excel/theme";

describe("the pane's theme from Office.context.officeTheme", () => {
  it("uses isDarkTheme where the host reports it", () => {
    expect(themeOf({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
    expect(themeOf({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe("light");
  });
  it("falls back to the body background colour, and to light without a theme", () => {
    expect(themeOf({ bodyBackgroundColor: "#262626" })).toBe("dark"); // Black
    expect(themeOf({ bodyBackgroundColor: "#666666" })).toBe("dark"); // Dark Gray
    expect(themeOf({ bodyBackgroundColor: "#E6E6E6" })).toBe("light"); // Colorful / White
    expect(themeOf({ bodyBackgroundColor: "not a colour" })).toBe("light");
    expect(themeOf(undefined)).toBe("light");
  });
});

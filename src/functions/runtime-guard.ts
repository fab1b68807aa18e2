/**
 * Outside an Office host (the browser preview), office.js provides no custom-functions
 * runtime; registering our functions there is a no-op instead of a ReferenceError.
 */
const scope = globalThis as { CustomFunctions?: Partial<typeof CustomFunctions> };
if (typeof scope.CustomFunctions === "undefined") {
  scope.CustomFunctions = { associate: () => undefined };
}
export {};

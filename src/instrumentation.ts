// Runs once when the Next.js server starts: validate the environment now,
// not on the first request that happens to need a variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./env");
  }
}

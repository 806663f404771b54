// Runs once when the Next.js server starts: validate the environment now,
// not on the first request that happens to need a variable, and stamp each
// request with its socket address (the only trustworthy client address).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./env");
    const { installClientAddressStamp } = await import("./server/auth/stamp-client-address");
    installClientAddressStamp();
  }
}

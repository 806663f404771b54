/**
 * `npm run email:preview`: renders every email template with its preview
 * data (the templates' default props) to HTML and plain text in
 * .data/email-preview/ (git-ignored with the rest of .data/), and prints
 * the paths to open in a browser.
 *
 * `npm run email:preview -- --screenshots` also photographs each HTML file
 * in Chromium at phone (390 px) and desktop (1280 px) width
 * (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { renderEmail } from "../src/server/mail/render-email";
import { EMAIL_PREVIEWS } from "../src/server/mail/templates/previews";

const WIDTHS = { phone: 390, desktop: 1280 } as const;

async function main() {
  const screenshots = process.argv.includes("--screenshots");
  const dir = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? ".data/email-preview");
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [name, element] of Object.entries(EMAIL_PREVIEWS)) {
    const { html, text } = await renderEmail(element);
    const file = path.join(dir, `${name}.html`);
    await writeFile(file, html);
    await writeFile(path.join(dir, `${name}.txt`), text);
    files.push(file);
    console.log(file);
  }
  if (screenshots) await photograph(files);
}

async function photograph(files: string[]) {
  const { chromium } = await import("@playwright/test");
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const browser = await chromium.launch({
    executablePath: existsSync(executablePath) ? executablePath : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    for (const [device, width] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: device === "phone" ? 2 : 1 });
      for (const file of files) {
        await page.goto(pathToFileURL(file).toString());
        const shot = file.replace(/\.html$/, `.${device}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        console.log(shot);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// Renders graded reports in headless Chromium (Debian's, /usr/bin/chromium; playwright-core drives it and downloads
// nothing): every class summary under <reports>, and one student's student.html and staff.html. A page fails on a
// console error, an uncaught exception, a failed load, or (a summary) fewer charts than it links. Screenshots of each
// page go to <screenshots>. Exit 0 only when every page passes.
//   node render.mjs <reports-dir> <screenshots-dir> [assignment/student]
import { chromium } from "playwright-core";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [reports, screenshots, student = "conv-backprop/forgot-kernel-rotation"] = process.argv.slice(2);
if (!reports || !screenshots) {
  console.error("usage: node render.mjs <reports-dir> <screenshots-dir> [assignment/student]");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
// Debian's Chromium, quiet: no sandbox (CI runs as root), no GPU, nothing fetched in the background.
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

const summaries = readdirSync(reports, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(reports, d.name, "summary.html")))
  .map((d) => ({ name: `${d.name}-summary`, file: join(reports, d.name, "summary.html"), charts: 3 }));
const [assignment, id] = student.split("/");
const pages = [...summaries,
  { name: `${assignment}-${id}-student`, file: join(reports, assignment, "students", id, "student.html"), charts: 0 },
  { name: `${assignment}-${id}-staff`, file: join(reports, assignment, "students", id, "staff.html"), charts: 0 }];

mkdirSync(screenshots, { recursive: true });
const browser = await chromium.launch({ executablePath, args });
let failed = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  for (const page of pages) {
    const problems = [];
    if (!existsSync(page.file)) problems.push(`${page.file} does not exist`);
    else {
      const tab = await context.newPage();
      tab.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
      tab.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
      tab.on("requestfailed", (r) => problems.push(`failed to load ${r.url()}`));
      try {
        await tab.goto(pathToFileURL(resolve(page.file)).href, { waitUntil: "load" });
        const charts = await tab.locator("main svg").count();
        if (charts < page.charts) problems.push(`${charts} charts (<svg>), expected ${page.charts}`);
        if ((await tab.locator("main table").count()) === 0) problems.push("no table rendered");
        // A staff report runs to many screens: the picture keeps its first few.
        const height = Math.min(await tab.evaluate(() => document.documentElement.scrollHeight), 6000);
        await tab.screenshot({ path: join(screenshots, `${page.name}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1100, height } });
      } catch (e) {
        problems.push(`${e.name}: ${e.message.split("\n")[0]}`);
      }
      await tab.close();
    }
    failed += problems.length > 0 ? 1 : 0;
    console.log(`${problems.length ? "FAIL" : "ok  "} ${page.name}${problems.map((p) => `\n     ${p}`).join("")}`);
  }
} finally {
  await browser.close();
}
console.log(`browser: ${pages.length - failed} of ${pages.length} pages render with their charts and no console error`);
process.exit(failed === 0 ? 0 : 1);

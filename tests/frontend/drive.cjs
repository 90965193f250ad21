// Opens the page in Debian's headless chromium, clicks the button, and waits until the browser has both
// had the backend's answer and exported the span of that request. Prints what it saw as one JSON line.
// Usage: NODE_PATH=.tools/frontend-e2e/node_modules node drive.cjs PAGE_URL (CommonJS: NODE_PATH finds the
// packages scripts/setup installed, which ES modules would not).
const { chromium } = require('playwright-core');

async function main() {

const [url] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  // Without the background-networking flags chromium keeps dialling Google, which this sandbox refuses.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const log = [];
  page.on('console', (message) => log.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
  const backend = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/activities/home')) {
      backend.push({ method: request.method(), traceparent: request.headers()['traceparent'] ?? null });
    }
  });
  const exported = page.waitForResponse(
    (response) => response.url().endsWith('/v1/traces') && (response.request().postData() ?? '').includes('/api/activities/home'),
    { timeout: 60_000 },
  );
  await page.goto(url);
  await page.click('#load');
  await page.waitForFunction(() => document.getElementById('result').textContent !== '', null, { timeout: 30_000 });
  const result = await page.textContent('#result');
  const exportResponse = await exported;
  console.log(JSON.stringify({ result, backend, export_status: exportResponse.status(), log }));
} finally {
  await browser.close();
}
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

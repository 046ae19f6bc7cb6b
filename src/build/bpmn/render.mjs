// Renders processes/*.bpmn to SVG and PNG for docs/ with bpmn-js in the machine's Chromium.
// Usage (from this folder, after `npm install`): node render.mjs ../../../processes ../../../docs/processes/img
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { execSync } from 'node:child_process';

const [src, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const viewer = readFileSync('node_modules/bpmn-js/dist/bpmn-viewer.production.min.js', 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css']
  .map((f) => readFileSync(join('node_modules/bpmn-js/dist/assets', f), 'utf8')).join('\n');
const executablePath = execSync('command -v chromium || command -v chromium-browser').toString().trim();
const browser = await chromium.launch({ executablePath, headless: true,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
await page.setContent(`<html><head><style>${css} body{margin:0;background:#fff} #c{width:100vw;height:100vh}</style>
  </head><body><div id="c"></div><script>${viewer}</script></body></html>`);
for (const file of readdirSync(src).filter((f) => f.endsWith('.bpmn'))) {
  const xml = readFileSync(join(src, file), 'utf8');
  const result = await page.evaluate(async (xml) => {
    document.getElementById('c').innerHTML = '';
    const v = new BpmnJS({ container: '#c' });
    const { warnings } = await v.importXML(xml);
    const { svg } = await v.saveSVG();
    const box = v.get('canvas').viewbox().inner;
    return { svg, warnings: warnings.map((w) => w.message), width: box.width, height: box.height };
  }, xml);
  if (result.warnings.length) {
    console.error(file, result.warnings);
    process.exitCode = 1;
  }
  const name = basename(file, '.bpmn');
  writeFileSync(join(out, name + '.svg'), result.svg);
  const width = Math.ceil(result.width + 40), height = Math.ceil(result.height + 40);
  const png = await browser.newPage({ viewport: { width, height } });
  await png.setContent(`<html><body style="margin:0;background:#fff">${result.svg}</body></html>`);
  await png.screenshot({ path: join(out, name + '.png'), fullPage: true });
  await png.close();
  console.log(`${file}: ${width}x${height}`);
}
await browser.close();

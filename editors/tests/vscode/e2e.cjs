// End-to-end test of the report-ls extension inside a real VS Code workbench (code-server),
// driven through Debian's Chromium by playwright-core. Started by run_test.sh, which installs
// the .vsix into a fresh profile and starts code-server.
//
// Environment:
//   CS_URL, CS_WORKSPACE   code-server base URL and the folder it opened          (required)
//   TOOLS_DIR              folder whose node_modules has playwright-core          (required)
//   TEST_FILE              draft opened from the workspace (default 000_33b94e5ec1286d0f.txt)
//   REPORT_FILE            the same draft as .report, for the grammar check (default sample.report;
//                          "" skips it)
//   SHOTS_DIR, RESULT_JSON where screenshots and the JSON result go
//   CHROMIUM               browser binary (default /usr/bin/chromium)
//   STEP_TIMEOUT           per-step timeout in ms (default 30000)
//   REPORT_LS_TEST_HEADLINE, _SECTIONS, _DIAGNOSTIC, _SEVERITY, _HOVER, _DEFINITION
//                          as in ../nvim/test_lsp.lua (hover and definition: "" = skipped)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const toolsDir = mustEnv('TOOLS_DIR');
const { chromium } = require(require.resolve('playwright-core', { paths: [toolsDir] }));

const baseUrl = mustEnv('CS_URL');
const workspace = mustEnv('CS_WORKSPACE');
const envOr = (n, d) => (process.env[n] === undefined || process.env[n] === '' ? d : process.env[n]);
const testFile = envOr('TEST_FILE', '000_33b94e5ec1286d0f.txt');
const reportFile = process.env.REPORT_FILE === undefined ? 'sample.report' : process.env.REPORT_FILE;
const shotsDir = envOr('SHOTS_DIR', path.join(os.tmpdir(), 'report-ls-vscode-shots'));
const resultPath = envOr('RESULT_JSON', path.join(shotsDir, 'vscode.json'));
const headline = envOr('REPORT_LS_TEST_HEADLINE', '新时代新担当新作为 慈溪：“红色引擎”助推高质量发展');
const sections = envOr('REPORT_LS_TEST_SECTIONS', '担当作为,关心关爱,夯实基础,先锋户联').split(',');
const diagCode = envOr('REPORT_LS_TEST_DIAGNOSTIC', 'broken-paragraph');
const severity = envOr('REPORT_LS_TEST_SEVERITY', 'information');
const hoverSpec = envOr('REPORT_LS_TEST_HOVER', '');
const definitionSpec = envOr('REPORT_LS_TEST_DEFINITION', '');
const T = Number(envOr('STEP_TIMEOUT', '30000'));
const squiggle = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' }[severity];

function mustEnv(n) {
  const v = process.env[n];
  if (!v) { console.error(`missing env ${n}`); process.exit(2); }
  return v;
}

// "text", "text#N", "text#last" -> 1-based line and column (UTF-16, as VS Code counts) in the draft
const draft = fs.readFileSync(path.join(workspace, testFile), 'utf8').split(/\r\n|\r|\n/);
function locate(where) {
  const m = /^(.*?)#(\d+|last)$/.exec(where);
  const needle = m ? m[1] : where;
  const occ = m ? m[2] : '1';
  const found = [];
  draft.forEach((line, i) => {
    for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) found.push({ line: i + 1, column: at + 1 });
  });
  const pick = occ === 'last' ? found[found.length - 1] : found[Number(occ) - 1];
  if (!pick) throw new Error(`"${needle}" (occurrence ${occ}) is not in ${testFile}`);
  return pick;
}

const t0 = Date.now();
const ms = () => Date.now() - t0;
const result = { checks: [], failures: [], shots: [], console_errors: [] };
const clean = (t) => t.replace(/\s+/g, ' ').trim();

async function step(name, fn) {
  const start = ms();
  try {
    const detail = await fn();
    result.checks.push({ name, ok: true, ms: ms() - start, detail });
    console.log(`ok   ${name} (${ms() - start} ms)`);
    return true;
  } catch (e) {
    const lines = String((e && e.message) || e).split('\n');
    const msg = lines[0];
    result.checks.push({ name, ok: false, ms: ms() - start, detail: lines.slice(0, 12).join('\n') });
    result.failures.push(`${name}: ${msg}`);
    console.log(`FAIL ${name}: ${lines.slice(0, 12).join('\n     ')}`);
    return false;
  }
}

async function main() {
  fs.mkdirSync(shotsDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'report-ls-chromium-'));
  // playwright refuses --user-data-dir in args: the profile is launchPersistentContext's argument
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: envOr('CHROMIUM', '/usr/bin/chromium'),
    headless: !process.env.HEADED,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 860 },
    locale: 'en-US',
  });
  result.browser_version = context.browser() ? context.browser().version() : 'unknown';
  const page = context.pages()[0] || (await context.newPage());
  page.on('console', (m) => { if (m.type() === 'error') result.console_errors.push(m.text().slice(0, 300)); });
  const shot = async (name) => {
    const p = path.join(shotsDir, name);
    await page.screenshot({ path: p });
    result.shots.push(p);
  };

  const editor = page.locator('.editor-instance .monaco-editor').first();
  const quickInput = page.locator('.quick-input-widget');
  const quickRows = page.locator('.quick-input-list .monaco-list-row');
  const statusSelection = page.locator('#status\\.editor\\.selection');

  const runCommand = async (label) => {
    await page.keyboard.press('F1');
    await quickInput.waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(label);
    await quickRows.filter({ hasText: label }).first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
    await quickInput.waitFor({ state: 'hidden', timeout: T });
  };
  const openFile = async (name) => {
    await page.keyboard.press('Control+P');
    await quickInput.waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(name);
    await quickRows.filter({ hasText: name }).first().waitFor({ timeout: T });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: T });
    await editor.locator('.view-lines').waitFor({ timeout: T });
  };
  // keyboard focus into the editor (a mouse click can land outside a scrolled editor's text)
  const focusEditor = async () => {
    await runCommand('View: Focus First Editor Group');
    await page.waitForFunction(() => !!document.activeElement
      && !!document.activeElement.closest('.editor-instance .monaco-editor'), null, { timeout: T });
  };
  const goTo = async (line, column) => {
    await focusEditor();
    await page.keyboard.press('Control+G');
    await quickInput.waitFor({ state: 'visible', timeout: T });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await statusSelection.filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: T });
  };
  const lineOf = async () => Number(/Ln (\d+)/.exec(await statusSelection.innerText())[1]);

  try {
    await step('workbench loads', async () => {
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`, { timeout: T });
      await page.locator('.monaco-workbench').waitFor({ timeout: T });
      await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: T });
    });

    await step(`open ${testFile} (Quick Open)`, async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
      await openFile(testFile);
      return clean(await page.locator('#status\\.editor\\.mode').innerText());
    });

    await step(`Problems panel lists ${diagCode}`, async () => {
      await runCommand('View: Focus Problems');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: diagCode }).first().waitFor({ timeout: T });
      return `${await rows.count()} rows; status bar: ${clean(await page.locator('#status\\.problems').innerText())}`;
    });

    await step(`${severity} squiggle where the Problems entry for ${diagCode} points`, async () => {
      const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: diagCode }).first();
      const where = /\[Ln (\d+), Col (\d+)\]/.exec(await row.innerText());
      if (!where) throw new Error(`no position in the Problems row: ${clean(await row.innerText())}`);
      const before = clean(await statusSelection.innerText());
      await row.click(); // opens the draft at the diagnostic, its range selected
      await statusSelection.filter({ hasNotText: before }).waitFor({ timeout: T });
      await editor.locator(`.squiggly-${squiggle}`).first().waitFor({ state: 'attached', timeout: T });
      await shot('vscode-problem.png');
      return `${clean(await statusSelection.innerText())}: ${clean(await row.innerText()).slice(0, 200)}`;
    });

    await step(`Outline view lists the headline and ${sections.join(' ')}`, async () => {
      await runCommand('Explorer: Focus on Outline View');
      // collapse the folder tree above it, so the whole outline has room (the list is virtual)
      const others = page.locator('.explorer-viewlet .pane-header[aria-expanded="true"]:visible')
        .filter({ hasNotText: /outline/i });
      for (let i = await others.count(); i > 0; i -= 1) {
        await others.first().click();
        await page.waitForFunction((n) => document.querySelectorAll(
          '.explorer-viewlet .pane-header[aria-expanded="true"]').length < n, i + 1, { timeout: T });
      }
      const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /outline/i }) });
      const rows = outline.locator('.monaco-list-row');
      await rows.filter({ hasText: headline }).first().waitFor({ timeout: T });
      for (const name of sections) await rows.filter({ hasText: name }).first().waitFor({ timeout: T });
      // the draft's opening lines beside the outline, then the screenshot for the README
      await focusEditor();
      await page.keyboard.press('Control+Home');
      await shot('vscode-outline.png');
      return (await rows.allInnerTexts()).map(clean);
    });

    if (hoverSpec) {
      let n = 0;
      for (const entry of hoverSpec.split(';').filter((e) => e.includes('=>'))) {
        const [where, want] = entry.split('=>').map((s) => s.trim());
        const wants = want.split('|').map((s) => s.trim()).filter(Boolean);
        n += 1;
        await step(`hover on "${where}" shows ${wants.map((w) => `"${w}"`).join(' and ')}`, async () => {
          const at = locate(where);
          await goTo(at.line, at.column);
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I'); // Show or Focus Hover
          let hover = page.locator('.monaco-hover:not(.hidden)');
          for (const w of wants) hover = hover.filter({ hasText: w });
          await hover.first().waitFor({ state: 'visible', timeout: T });
          // let the fade-in finish so the screenshot shows it (a condition, not a sleep)
          await hover.first().evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))
            .catch(() => {});
          await shot(`vscode-hover-${n}.png`);
          const text = clean(await hover.first().innerText()).slice(0, 300);
          await page.keyboard.press('Escape');
          return `at ${at.line}:${at.column}: ${text}`;
        });
      }
    }

    if (definitionSpec) {
      const [where, max] = definitionSpec.split('=>').map((s) => s.trim());
      await step(`Go to Definition (F12) from "${where}" lands on a line <= ${max}`, async () => {
        const at = locate(where);
        await goTo(at.line, at.column);
        await page.keyboard.press('F12');
        await statusSelection.filter({ hasNotText: `Ln ${at.line},` }).waitFor({ timeout: T });
        const landed = await lineOf();
        await shot('vscode-definition.png');
        if (landed > Number(max)) throw new Error(`landed on line ${landed}`);
        return `line ${at.line} -> ${clean(await statusSelection.innerText())}`;
      });
    }

    if (reportFile) {
      await step(`${reportFile}: language "Report"; TextMate scopes of the 关键词 marker and a figure`, async () => {
        await openFile(reportFile);
        await page.locator('#status\\.editor\\.mode').filter({ hasText: /^\s*Report\s*$/ }).waitFor({ timeout: T });
        const scopes = [];
        for (const [where, scope] of [['关键词：', 'keyword.control.section-marker.report'],
          ['44.65亿元', 'constant.numeric.figure.report']]) {
          const at = locate(where);
          await goTo(at.line, at.column);
          await runCommand('Developer: Inspect Editor Tokens and Scopes');
          const widget = page.locator('.token-inspect-widget');
          await widget.filter({ hasText: scope }).waitFor({ timeout: T });
          const text = await widget.innerText();
          const semantic = /semantic token type\s+(\S+)/.exec(text);
          scopes.push(`${where}: ${scope}${semantic ? ` (semantic token: ${semantic[1]})` : ''}`);
          if (where === '关键词：') await shot('vscode-tokens.png');
          await page.keyboard.press('Escape');
          await widget.waitFor({ state: 'hidden', timeout: T });
        }
        await goTo(locate('关键词：').line, 1);
        if (hoverSpec) { // with the section's hover open when the server has hover
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I');
          const hover = page.locator('.monaco-hover:not(.hidden)').first();
          await hover.waitFor({ state: 'visible', timeout: T });
          await hover.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))
            .catch(() => {});
        }
        await shot('vscode-report.png'); // the README's screenshot (run.sh UPDATE_DOCS=1)
        await page.keyboard.press('Escape');
        return scopes.join('; ');
      });
    }

    await step('commands "Report: Show Output" and "Report: Restart Server"', async () => {
      await runCommand('Report: Show Output');
      const output = page.locator('.part.panel .monaco-editor .view-lines');
      await output.filter({ hasText: 'Starting' }).first().waitFor({ timeout: T });
      const starts = () => page.evaluate(() => {
        const el = document.querySelector('.part.panel .monaco-editor .view-lines');
        return el ? (el.textContent.match(/Starting/g) || []).length : 0;
      });
      const before = await starts();
      await runCommand('Report: Restart Server');
      await page.waitForFunction((n) => {
        const el = document.querySelector('.part.panel .monaco-editor .view-lines');
        return !!el && (el.textContent.match(/Starting/g) || []).length > n;
      }, before, { timeout: T }).catch(() => {});
      const after = await starts();
      await shot('vscode-output.png');
      if (after <= before) throw new Error(`no new "Starting" line after the restart (${before})`);
      const lines = (await output.first().innerText()).split('\n').filter((l) => l.includes('Starting'));
      return lines[lines.length - 1].trim();
    });

    await step(`after the restart, ${diagCode} is published again`, async () => {
      await runCommand('View: Focus Problems');
      await page.locator('.markers-panel .monaco-list-row').filter({ hasText: diagCode }).first()
        .waitFor({ timeout: T });
    });
  } finally {
    if (result.failures.length) await shot('vscode-failure.png').catch(() => {});
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main()
  .catch((e) => { result.failures.push(`fatal: ${(e && e.stack) || e}`); console.log(`FAIL fatal: ${e}`); })
  .finally(() => {
    result.elapsed_ms = ms();
    result.ok = result.failures.length === 0 && result.checks.length > 0;
    fs.mkdirSync(path.dirname(resultPath), { recursive: true });
    fs.writeFileSync(resultPath, JSON.stringify(result, null, 2));
    console.log(`vscode: ${result.checks.filter((c) => c.ok).length} checks passed, ${result.failures.length} failed, ${result.elapsed_ms} ms`);
    process.exit(result.ok ? 0 : 1);
  });

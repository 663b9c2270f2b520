// VS Code client for report-ls: finds the server binary, starts it over stdio for the
// configured languages, passes the settings, and offers Restart / Show Output.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  DocumentSelector,
  Executable,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from 'vscode-languageclient/node';

const SECTION = 'reportLs';
const EXE = process.platform === 'win32' ? 'report-ls.exe' : 'report-ls';

let context: vscode.ExtensionContext;
let output: vscode.OutputChannel;
let client: LanguageClient | undefined;
/** Serialises start/stop/restart so that quick successive commands cannot race. */
let queue: Promise<void> = Promise.resolve();

export function activate(ctx: vscode.ExtensionContext): void {
  context = ctx;
  output = vscode.window.createOutputChannel('Report LS');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('reportLs.restartServer', () => enqueue(restart)),
    vscode.commands.registerCommand('reportLs.showOutput', () => output.show(true)),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (!client && wanted(document)) enqueue(start);
    }),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );
  // Activation comes from opening a report/plaintext/markdown document; start only if a
  // document of a configured language is open (markdown is opt-in).
  if (vscode.workspace.textDocuments.some(wanted)) enqueue(start);
}

export function deactivate(): Thenable<void> | undefined {
  return stop();
}

function enqueue(task: () => Promise<void>): Promise<void> {
  queue = queue.then(task, task);
  return queue;
}

function configuration(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

function languages(): string[] {
  const configured = configuration().get<string[]>('languages', ['report', 'plaintext']);
  return Array.isArray(configured) ? configured.filter((l) => typeof l === 'string') : ['report'];
}

function wanted(document: vscode.TextDocument): boolean {
  return (
    (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') &&
    languages().includes(document.languageId)
  );
}

/**
 * What the server reads, both as initializationOptions and as the answer to
 * workspace/configuration for the `reportLs` section: {"locale": …, "rules": {code: level}}.
 */
function serverSettings(): { locale: string; rules: Record<string, string> } {
  const c = configuration();
  const rules = c.get<Record<string, string>>('rules', {});
  return {
    locale: c.get<string>('locale', 'auto'),
    rules: rules && typeof rules === 'object' ? { ...rules } : {},
  };
}

type Found = { command: string; from: string } | { error: string };

/** reportLs.server.path when set, else the server bundled in the .vsix, else report-ls on PATH. */
function findServer(): Found {
  const configured = (configuration().get<string>('server.path', '') || '').trim();
  if (configured) {
    let candidate = configured.startsWith('~') ? path.join(os.homedir(), configured.slice(1)) : configured;
    if (!path.isAbsolute(candidate) && vscode.workspace.workspaceFolders?.length) {
      candidate = path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, candidate);
    }
    if (isExecutableFile(candidate)) return { command: candidate, from: 'setting reportLs.server.path' };
    return {
      error:
        `report-ls: the setting "reportLs.server.path" is "${configured}", but there is no ` +
        `executable file at ${candidate}. Fix the setting or clear it to use the bundled server ` +
        `or report-ls on PATH.`,
    };
  }
  const bundled = context.asAbsolutePath(path.join('server', EXE));
  if (fs.existsSync(bundled)) {
    ensureExecutable(bundled);
    return { command: bundled, from: 'bundled with the extension' };
  }
  const onPath = which(EXE);
  if (onPath) return { command: onPath, from: 'PATH' };
  return {
    error:
      'report-ls: the language server binary was not found. This extension has no bundled ' +
      `server (server/${EXE}), the setting "reportLs.server.path" is empty and ${EXE} is not on ` +
      'PATH. Build it with `cargo build --release` and set "reportLs.server.path" to ' +
      `target/release/${EXE}, or put ${EXE} on PATH.`,
  };
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A .vsix may lose the executable bit on the way; put it back (best effort). */
function ensureExecutable(file: string): void {
  if (process.platform === 'win32') return;
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(file, 0o755);
    } catch (e) {
      output.appendLine(`could not make ${file} executable: ${e}`);
    }
  }
}

function which(name: string): string | undefined {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

async function start(): Promise<void> {
  if (client) return;
  const found = findServer();
  if ('error' in found) {
    output.appendLine(found.error);
    void vscode.window.showErrorMessage(found.error, 'Open Settings', 'Show Output').then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'reportLs.server.path');
      } else if (choice === 'Show Output') {
        output.show(true);
      }
    });
    return;
  }
  output.appendLine(`Starting ${found.command} (${found.from}) for languages: ${languages().join(', ')}`);
  // No `transport`: plain stdio. (TransportKind.stdio would append --stdio to the command.)
  const executable: Executable = { command: found.command, args: [] };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const documentSelector: DocumentSelector = languages().flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    initializationOptions: serverSettings(),
    outputChannel: output,
    middleware: {
      workspace: {
        // Answer workspace/configuration for `reportLs` with exactly the server's shape.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return answers.map((answer, i) => (params.items[i]?.section === SECTION ? serverSettings() : answer));
        },
      },
    },
  };
  const created = new LanguageClient('reportLs', 'Report LS', serverOptions, clientOptions);
  client = created;
  try {
    await created.start();
  } catch (e) {
    const message = `report-ls: the server (${found.command}) failed to start: ${e instanceof Error ? e.message : e}`;
    output.appendLine(message);
    void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
      if (choice) output.show(true);
    });
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (!running) return;
  try {
    await running.dispose(); // stops the server (shutdown + exit); keeps our output channel
  } catch (e) {
    output.appendLine(`stopping the server: ${e instanceof Error ? e.message : e}`);
  }
}

async function restart(): Promise<void> {
  await stop();
  if (vscode.workspace.textDocuments.some(wanted)) {
    await start();
  } else {
    output.appendLine('No document of a configured language is open; the server starts with the next one.');
  }
}

function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): void {
  if (!event.affectsConfiguration(SECTION)) return;
  if (event.affectsConfiguration(`${SECTION}.server.path`) || event.affectsConfiguration(`${SECTION}.languages`)) {
    enqueue(restart);
  } else if (
    event.affectsConfiguration(`${SECTION}.locale`) ||
    event.affectsConfiguration(`${SECTION}.rules`)
  ) {
    // settings: null asks the server to pull the `reportLs` section (answered above).
    const running = client;
    if (running?.isRunning()) {
      void running.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }
  }
  // reportLs.trace.server is applied by the language client itself.
}

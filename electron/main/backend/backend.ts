// The interface of the register backend as its three transports see it (Electron IPC, CLI, test bridge).
// The implementation lives beside this file; transports depend on this shape only.
import type { CommandName, RegisterInfo, RopaEvent } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/result.ts';
import type { InterfaceLanguage } from '../../../shared/interface/languages.ts';

/**
 * The documents the app saves where the person says: the register report, the privacy policy, a file for a colleague,
 * the audit log (CSV or PDF).
 */
export type DocumentKind = 'report' | 'policy' | 'colleague-file' | 'audit-log';
export type DocumentExtension = 'pdf' | 'html' | 'md' | 'json' | 'xlsx' | 'csv' | 'yml';

/** What only the hosting transport can do: the desktop app shows native dialogs; the CLI and bridge return null. */
export interface Host {
  /** True where the host can ask with native dialogs (the desktop app); the renderer then offers no path field. */
  readonly nativeDialogs: boolean;
  /** Asks the person which register file to open; null when cancelled or when the transport cannot ask. */
  chooseRegisterToOpen(): Promise<string | null>;
  /**
   * Asks where to create a new register file, suggesting `suggestedName`: a whole file name, `.ropa` included
   * (files/file-names.ts), to show as given. Null when cancelled or when the transport cannot ask.
   */
  chooseRegisterToCreate(suggestedName: string): Promise<string | null>;
  /**
   * Asks where to save a document the app makes: the register report (PDF) or the privacy policy (HTML, Markdown,
   * PDF). Absent where the transport cannot ask: the path is then required. Null when cancelled.
   */
  chooseDocumentDestination?(document: DocumentKind, suggestedName: string, extension: DocumentExtension): Promise<string | null>;
  /** Asks which colleague's file to merge (exchange file, register, XLSX, CSV); absent without a desktop; null when cancelled. */
  chooseColleagueFile?(): Promise<string | null>;
  /** Opens a file the app wrote with the system's viewer, or shows it in its folder (absent without a desktop). */
  revealFile?(filePath: string, how: 'open' | 'show-in-folder'): Promise<boolean>;
}

export interface BackendOptions {
  /** Where settings (recent files) and the default register live: Electron's userData, or a folder given by the CLI/tests. */
  dataDir: string;
  host: Host;
  /** Who is making changes, for the audit log; defaults to the operating system's user name. */
  actor?: string;
  /** Injected for deterministic tests. */
  clock?: () => Date;
  newId?: () => string;
  /**
   * The folder holding `demo/bytheway-en.ropa.json`; defaults to the repository's `resources/`. The packaged app
   * passes its own (e.g. under `process.resourcesPath`), since bundling moves this module away from the repository.
   */
  resourcesDir?: string;
  /**
   * The report worker's module. Plain Node runs reports/report-worker.ts as it is (the default); the desktop app,
   * whose main process is bundled, passes the bundled report-worker.js beside it.
   */
  reportWorkerUrl?: URL;
  /** Likewise the module of the worker that reads a colleague's file (colleague-files/read-worker.ts, or the bundled import-worker.js). */
  importWorkerUrl?: URL;
  /**
   * The language refusals are worded in, for a caller that chose one (the command line's --lang or locale). Without
   * it, the interface's: the person's choice, else the first of `systemLanguages` the interface has.
   */
  messageLanguage?: InterfaceLanguage;
  /** The system's preferred languages (Electron's `app.getPreferredSystemLanguages()`); by default Node's locale. */
  systemLanguages?: () => readonly string[];
  /** Where unexpected failures are reported (they reach the transport as `internal` failures); the console by default. */
  log?: (message: string, error?: unknown) => void;
}

export interface Backend {
  /** Runs one command: the input is parsed with the contract's schema; never throws, always a Result. */
  invoke(name: CommandName, input: unknown): Promise<Result<unknown>>;
  /** Opens `path`, or else the most recent register, or else creates the default register in `dataDir`. */
  openInitial(path?: string): Promise<RegisterInfo>;
  /** Pushed when another transport action (e.g. a menu) changed which register is open. */
  onEvent(listener: (event: RopaEvent) => void): () => void;
  /** Closes the open register so that it is one self-contained file again. */
  close(): void;
}

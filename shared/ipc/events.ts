// What the desktop shell pushes to the window, beside the commands' answers.
import type { ImportProgress, RegisterInfo, ReportProgress } from './outputs.ts';
import type { InterfaceLanguage } from '../interface/languages.ts';

/** Events the desktop shell pushes to the window (e.g. File › Open chosen from the menu). */
export type RopaEvent =
  | { type: 'register-opened'; info: RegisterInfo }
  | { type: 'menu'; command: MenuCommand }
  | { type: 'report-progress'; progress: ReportProgress }
  | { type: 'import-progress'; progress: ImportProgress }
  /** The person chose the interface's language (null: the system's), in the window or in View › Language. */
  | { type: 'interface-language'; language: InterfaceLanguage | null };
export type MenuCommand =
  | 'new-register'
  | 'open-register'
  | 'save'
  | 'new-activity'
  | 'register-report'
  | 'privacy-policy'
  | 'import-file'
  | 'back-up-now'
  | 'restore-backup'
  | 'view-as-of';

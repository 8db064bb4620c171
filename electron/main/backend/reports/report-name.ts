/** A register's name made safe as a file name on every system. */
export function fileSafe(name: string, fallback: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 90);
  return cleaned === '' ? fallback : cleaned;
}

/** The file name a save dialog suggests for a report: the register's name, the language and the revision. */
export function suggestedReportName(registerName: string, language: string, revision: number): string {
  return `${fileSafe(registerName, 'Register')} – Art. 30 report (${language}, rev ${revision}).pdf`;
}

/** The file name a save dialog suggests for a privacy policy: the organisation, the language and the format. */
export function suggestedPolicyName(organisation: string, language: string, extension: string): string {
  return `${fileSafe(organisation, 'Organisation')} – privacy policy (${language}).${extension}`;
}

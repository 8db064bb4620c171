/** The file name a save dialog suggests for a report: the register's name, the language and the revision. */
export function suggestedReportName(registerName: string, language: string, revision: number): string {
  const cleaned = registerName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 90);
  return `${cleaned === '' ? 'Register' : cleaned} – Art. 30 report (${language}, rev ${revision}).pdf`;
}

// Two ICO columns written as free text that still name something the register links: the joint controllers ("Name
// and contact details of joint controller") and the processors ("Link to contract with processor", which most DPOs
// fill with a link, some with the processor's name and a link).
import type { ImportedParty } from '../../imported-register.ts';

/** A link or a file: a URL, `www.…`, a Windows or network path, a document's file name. */
const LINK = /(?:https?:\/\/|www\.)\S+|\b[A-Za-z]:\\\S*|\\\\\S+|\S+\.(?:pdf|docx?|xlsx?|odt|ods)\b/gi;
/** Words of a remark about a contract ("see HR folder", "DPA signed 2023"), which are not a processor's name. */
const REMARK =
  /\b(see|contracts?|agreements?|dpa|folders?|files?|drive|sharepoint|onedrive|intranet|links?|n\/a|none|tbc|tbd|not applicable|signed|on file|held|pending|ref|reference)\b/i;
/** A name is short; a longer text is a description. */
const LONGEST_NAME = 80;

/** One joint controller per line: the name, then its contact details after the first comma or dash. */
export function readJointControllers(cell: string): ImportedParty[] {
  return cell
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const split = /^(.+?)(?:\s*,\s*|\s+[-\u2013\u2014]\s+|\s*\()(.+?)\)?$/.exec(line);
      const name = split?.[1]?.trim();
      const contact = split?.[2]?.trim();
      return name === undefined || contact === undefined || contact === '' ? { name: line } : { name, contact };
    });
}

/**
 * The processors a contract cell names, and whether the cell says more than their names (a link, a remark): then the
 * whole cell is kept too, as `x-ico-processor-contract`. A cell that is only a link names no processor.
 */
export function readProcessorContract(items: readonly string[]): { names: string[]; keepCell: boolean } {
  const names: string[] = [];
  let keepCell = false;
  for (const item of items) {
    const withoutLinks = item.replace(LINK, ' ');
    const candidate = withoutLinks
      .replace(/\([^)]*\)/g, ' ')
      .replace(/^[\s\-\u2013\u2014:|,;]+|[\s\-\u2013\u2014:|,;]+$/g, '')
      .replace(/\s+/g, ' ');
    if (candidate !== withoutLinks.trim().replace(/\s+/g, ' ') || withoutLinks !== item) keepCell = true;
    if (candidate !== '' && candidate.length <= LONGEST_NAME && !REMARK.test(candidate)) names.push(candidate);
    else keepCell = true;
  }
  return { names, keepCell: keepCell || names.length === 0 };
}

// Checks an XLSX file's zip before exceljs (JSZip) inflates it, which it does all in memory: a small file whose
// entries inflate to gigabytes (a zip bomb) would exhaust the app. yauzl reads the central directory, whose stated
// sizes are bounded first (their sum, each entry's ratio); then every entry is inflated as a stream and its bytes
// counted, so a directory that understates a size is caught too (yauzl stops an entry that outgrows its stated size),
// without ever holding more than a stream's buffer in memory.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { refuse } from '../../../../shared/refusals/refusals.ts';

export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Spreadsheet XML compresses well (20–50×, more for sheets of repeated cells); far beyond this is crafted. */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries smaller than this are never a danger, whatever their ratio (an empty styles part compresses 100×). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const MEGABYTE = 1024 * 1024;
/** Not a zip at all, or one that cannot be read: `reason` is the zip reader's own words. */
const notXlsx = (reason?: string) =>
  reason === undefined ? refuse('invalid-input', 'files:notXlsx') : refuse('invalid-input', 'files:notXlsxBecause', { reason });

/**
 * Refuses a zip that would inflate to more than 200 MB, or with an entry compressed far beyond what XML allows, and a
 * workbook with a sheet of more than `maxRows` rows (counted as the sheet streams past: exceljs would build them all).
 */
export async function checkXlsxZip(bytes: Buffer, maxRows: number): Promise<void> {
  // Every zip starts with a local file header ("PK\x03\x04"); anything else is some other kind of file.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    throw notXlsx((error as Error).message);
  }
  try {
    let declared = 0;
    let inflated = 0;
    let workbook = false;
    const rows = new Map<string, number>();
    const texts = new Map<string, string>();
    for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
      if (entry.fileName === 'xl/workbook.xml') workbook = true;
      declared += entry.uncompressedSize;
      if (declared > MAX_UNCOMPRESSED_BYTES) throw refuse('invalid-input', 'files:zipBombDeclaredTotal', { megabytes: MAX_UNCOMPRESSED_BYTES / MEGABYTE });
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_COMPRESSION_RATIO) {
        // Past the floor, the part is at least a megabyte: its size is said in megabytes.
        const megabytes = Math.round(entry.uncompressedSize / MEGABYTE);
        throw refuse('invalid-input', 'files:zipBombRatio', { part: entry.fileName, ratio: Math.round(ratio), megabytes });
      }
      const read = await readEntry(zip, entry);
      inflated += read.size;
      if (inflated > MAX_UNCOMPRESSED_BYTES) throw refuse('invalid-input', 'files:zipBombInflatedTotal', { megabytes: MAX_UNCOMPRESSED_BYTES / MEGABYTE });
      if (read.rows > 0) rows.set(entry.fileName, read.rows);
      if (read.text !== undefined) texts.set(entry.fileName, read.text);
    }
    if (!workbook) throw refuse('invalid-input', 'files:notXlsxNoWorkbook');
    for (const [part, count] of rows) {
      if (count > maxRows + 1) {
        const sheet = sheetNameOf(part, texts) ?? part;
        throw refuse('invalid-input', 'files:sheetOverRowLimit', { sheet, max: maxRows });
      }
    }
  } finally {
    zip.close();
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (cleanUp(), resolve(entry));
    const onEnd = () => (cleanUp(), resolve(null));
    const onError = (error: Error) => (cleanUp(), reject(notXlsx(error.message)));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** The small parts that say which sheet name a worksheet part has. */
const NAMING_PARTS = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
const ROW = /<row[\s>]/g;

/**
 * Streams the entry, counting its inflated bytes (an entry larger than it says is a bomb) and, in a worksheet, its
 * rows; the workbook's naming parts are kept as text.
 */
async function readEntry(zip: ZipFile, entry: Entry): Promise<{ size: number; rows: number; text?: string }> {
  let size = 0;
  let rows = 0;
  let tail = '';
  const counting = WORKSHEET.test(entry.fileName);
  const kept: Buffer[] | undefined = NAMING_PARTS.has(entry.fileName) ? [] : undefined;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (counting) {
        // A match is 5 characters ("<row" and a space or ">"): the 4 carried over cannot hold one alone, so a tag cut
        // between two chunks is counted once, in the second.
        const text = tail + chunk.toString('latin1');
        rows += text.match(ROW)?.length ?? 0;
        tail = text.slice(-4);
      }
      kept?.push(chunk);
      done();
    },
  });
  try {
    await pipeline(await zip.openReadStreamPromise(entry), counter);
  } catch (error) {
    const message = (error as Error).message;
    if (/too many bytes/i.test(message)) throw understated(entry);
    throw refuse('invalid-input', 'files:notXlsxDamagedPart', { part: entry.fileName, reason: message });
  }
  return { size, rows, ...(kept === undefined ? {} : { text: Buffer.concat(kept).toString('utf8') }) };
}

/** The name a worksheet part is shown under: workbook.xml names each sheet's relationship, whose target is the part. */
function sheetNameOf(part: string, texts: ReadonlyMap<string, string>): string | undefined {
  const relations = texts.get('xl/_rels/workbook.xml.rels') ?? '';
  const target = part.replace(/^xl\//, '');
  const relation = [...relations.matchAll(/<Relationship\b[^>]*>/g)].map((match) => match[0]).find((tag) => new RegExp(`Target="/?(xl/)?${target}"`).test(tag));
  const id = relation === undefined ? undefined : /\bId="([^"]+)"/.exec(relation)?.[1];
  if (id === undefined) return undefined;
  const sheet = [...(texts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)].map((match) => match[0]).find((tag) => tag.includes(`"${id}"`));
  return sheet === undefined ? undefined : /\bname="([^"]+)"/.exec(sheet)?.[1];
}

/** A part larger than its directory says: the size it states, in kilobytes below a megabyte. */
function understated(entry: Entry) {
  const stated = entry.uncompressedSize;
  if (stated < MEGABYTE)
    return refuse('invalid-input', 'files:zipBombUnderstatedKilobytes', { part: entry.fileName, kilobytes: Math.max(1, Math.round(stated / 1024)) });
  return refuse('invalid-input', 'files:zipBombUnderstatedMegabytes', { part: entry.fileName, megabytes: Math.round(stated / MEGABYTE) });
}

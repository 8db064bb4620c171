// Checks an XLSX file's zip before exceljs (JSZip) inflates it, which it does all in memory: a small file whose
// entries inflate to gigabytes (a zip bomb) would exhaust the app. yauzl reads the central directory, whose stated
// sizes are bounded first (their sum, each entry's ratio); then every entry is inflated as a stream and its bytes
// counted, so a directory that understates a size is caught too (yauzl stops an entry that outgrows its stated size),
// without ever holding more than a stream's buffer in memory.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { RegisterError } from '../../../../shared/result.ts';

export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Spreadsheet XML compresses well (20–50×, more for sheets of repeated cells); far beyond this is crafted. */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries smaller than this are never a danger, whatever their ratio (an empty styles part compresses 100×). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const notXlsx = (why = '') => new RegisterError('invalid-input', `is not an XLSX spreadsheet${why}`);
const bomb = (why: string) => new RegisterError('invalid-input', `${why}; the file looks like a zip bomb and is not opened`);

/** Refuses a zip that would inflate to more than 200 MB, or with an entry compressed far beyond what XML allows. */
export async function checkXlsxZip(bytes: Buffer): Promise<void> {
  // Every zip starts with a local file header ("PK\x03\x04"); anything else is some other kind of file.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    throw notXlsx(` (${(error as Error).message})`);
  }
  try {
    let declared = 0;
    let inflated = 0;
    let workbook = false;
    for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
      if (entry.fileName === 'xl/workbook.xml') workbook = true;
      declared += entry.uncompressedSize;
      if (declared > MAX_UNCOMPRESSED_BYTES) throw bomb(`its contents would inflate to more than the ${megabytes(MAX_UNCOMPRESSED_BYTES)} a register spreadsheet can hold`);
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_COMPRESSION_RATIO) {
        throw bomb(`its part ${entry.fileName} would inflate ${Math.round(ratio)} times (to ${megabytes(entry.uncompressedSize)})`);
      }
      inflated += await inflatedSize(zip, entry);
      if (inflated > MAX_UNCOMPRESSED_BYTES) throw bomb(`its contents inflate to more than ${megabytes(MAX_UNCOMPRESSED_BYTES)}`);
    }
    if (!workbook) throw notXlsx(' (a zip file, but with no workbook in it)');
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
    const onError = (error: Error) => (cleanUp(), reject(notXlsx(` (${error.message})`)));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** The entry's bytes once inflated, counted as they stream past; an entry larger than it says is a bomb. */
async function inflatedSize(zip: ZipFile, entry: Entry): Promise<number> {
  let size = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done();
    },
  });
  try {
    await pipeline(await zip.openReadStreamPromise(entry), counter);
  } catch (error) {
    const message = (error as Error).message;
    if (/too many bytes/i.test(message)) throw bomb(`its part ${entry.fileName} inflates to more than the ${megabytes(entry.uncompressedSize)} its directory states`);
    throw notXlsx(` (its part ${entry.fileName} is damaged: ${message})`);
  }
  return size;
}

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
}

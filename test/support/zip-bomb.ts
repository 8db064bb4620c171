// A zip bomb dressed as an XLSX: a workbook part and a sheet that inflates to `inflatedMegabytes` of zeros (a few
// hundred KB on disk). With `honest: false` its headers claim the sheet is 1 KB, as a crafted bomb's would.
import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

type Part = { name: string; data: Buffer; crc: number; size: number };

/** Zeros deflated as one stream, a megabyte at a time: never the whole inflated size in memory. */
async function deflatedZeros(megabytes: number): Promise<{ data: Buffer; crc: number; size: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  async function* zeros() {
    for (let index = 0; index < megabytes; index++) {
      crc = zlib.crc32(chunk, crc);
      yield chunk;
    }
  }
  const pieces: Buffer[] = [];
  await pipeline(Readable.from(zeros()), zlib.createDeflateRaw({ level: 9 }), async function (source: AsyncIterable<Buffer>) {
    for await (const piece of source) pieces.push(piece);
  });
  return { data: Buffer.concat(pieces), crc, size: megabytes * chunk.length };
}

function localHeader(part: Part, claimed: number): Buffer {
  const name = Buffer.from(part.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(part.crc >>> 0, 14);
  header.writeUInt32LE(part.data.length, 18);
  header.writeUInt32LE(claimed, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function directoryEntry(part: Part, claimed: number, offset: number): Buffer {
  const name = Buffer.from(part.name);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(20, 4);
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(part.crc >>> 0, 16);
  entry.writeUInt32LE(part.data.length, 20);
  entry.writeUInt32LE(claimed, 24);
  entry.writeUInt16LE(name.length, 28);
  entry.writeUInt32LE(offset, 42);
  return Buffer.concat([entry, name]);
}

export async function writeZipBomb(file: string, options: { inflatedMegabytes: number; honest: boolean }): Promise<void> {
  const workbookXml = Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  const zeros = await deflatedZeros(options.inflatedMegabytes);
  const parts: Part[] = [
    { name: 'xl/workbook.xml', data: zlib.deflateRawSync(workbookXml), crc: zlib.crc32(workbookXml), size: workbookXml.length },
    { name: 'xl/worksheets/sheet1.xml', ...zeros },
  ];
  const claimed = (part: Part) => (options.honest || part.name === 'xl/workbook.xml' ? part.size : 1024);
  const pieces: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const header = localHeader(part, claimed(part));
    directory.push(directoryEntry(part, claimed(part), offset));
    pieces.push(header, part.data);
    offset += header.length + part.data.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...pieces, central, end]));
}

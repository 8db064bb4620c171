// The fonts of the PDF documents: Roboto for the text, DejaVu Sans for the symbols Roboto lacks (arrows, check
// marks…). Their cmaps are read once per process, to know what each can draw and to measure words for hyphenation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { GlyphCoverage } from '../../../../shared/typesetting/glyph-coverage.ts';
import type { TextStyle } from '../../../../shared/typesetting/typeset-content.ts';

export const FALLBACK_FONT = 'DejaVuSans';

type Faces = { normal: string; bold: string; italics: string; bolditalics: string };

/** pdfmake's font families: every family needs all four faces, since any run may be bold or italic. */
export function pdfFonts(fontsDir: string): Record<string, Faces> {
  const roboto = (name: string) => path.join(fontsDir, 'Roboto', name);
  const dejavu = (name: string) => path.join(fontsDir, 'DejaVuSans', name);
  return {
    Roboto: {
      normal: roboto('Roboto-Regular.ttf'),
      bold: roboto('Roboto-Medium.ttf'),
      italics: roboto('Roboto-Italic.ttf'),
      bolditalics: roboto('Roboto-MediumItalic.ttf'),
    },
    [FALLBACK_FONT]: {
      normal: dejavu('DejaVuSans.ttf'),
      bold: dejavu('DejaVuSans-Bold.ttf'),
      italics: dejavu('DejaVuSans-Oblique.ttf'),
      bolditalics: dejavu('DejaVuSans-BoldOblique.ttf'),
    },
  };
}

export type FontMetrics = { coverage: GlyphCoverage; measure: (text: string, style: TextStyle) => number };

const loaded = new Map<string, FontMetrics>();

/**
 * What the fonts can draw and how wide a text is in them. The four Roboto faces share one character set (checked
 * for 3.014: Regular, Italic, Medium and Medium Italic have the same 1,326 glyphs), so the regular face's stands for
 * all; widths are measured in the face the style selects.
 */
export function fontMetrics(fontsDir: string): FontMetrics {
  const cached = loaded.get(fontsDir);
  if (cached !== undefined) return cached;
  const fonts = pdfFonts(fontsDir);
  const open = (file: string): Font => fontkit.create(readFileSync(file));
  const roboto = {
    normal: open(fonts['Roboto']!.normal),
    bold: open(fonts['Roboto']!.bold),
    italics: open(fonts['Roboto']!.italics),
    bolditalics: open(fonts['Roboto']!.bolditalics),
  };
  const fallback = open(fonts[FALLBACK_FONT]!.normal);
  const primary = new Set(roboto.normal.characterSet);
  for (const face of [roboto.bold, roboto.italics, roboto.bolditalics])
    for (const codePoint of primary) if (!face.hasGlyphForCodePoint(codePoint)) primary.delete(codePoint);
  const metrics: FontMetrics = {
    coverage: { primary, fallback: new Set(fallback.characterSet) },
    measure: (text, style) => {
      const face = style.bold ? (style.italics ? roboto.bolditalics : roboto.bold) : style.italics ? roboto.italics : roboto.normal;
      return (face.layout(text).advanceWidth * style.fontSize) / face.unitsPerEm;
    },
  };
  loaded.set(fontsDir, metrics);
  return metrics;
}

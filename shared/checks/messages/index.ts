import type { ReportLanguage } from '../../report/languages.ts';
import type { FindingCatalogue } from './catalogue.ts';
import { bg } from './bg.ts';
import { en } from './en.ts';
import { sl } from './sl.ts';
import { uk } from './uk.ts';

const CATALOGUES: Readonly<Record<ReportLanguage, FindingCatalogue>> = { en, uk, bg, sl };

export function findingCatalogue(language: ReportLanguage): FindingCatalogue {
  return CATALOGUES[language];
}

export type { FindingCatalogue, FindingFormat } from './catalogue.ts';

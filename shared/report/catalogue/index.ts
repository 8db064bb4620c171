import type { ReportLanguage } from '../languages.ts';
import type { ReportCatalogue } from './catalogue.ts';
import { bg } from './bg.ts';
import { en } from './en.ts';
import { sl } from './sl.ts';
import { uk } from './uk.ts';

const CATALOGUES: Record<ReportLanguage, ReportCatalogue> = { en, uk, bg, sl };

export function reportCatalogue(language: ReportLanguage): ReportCatalogue {
  return CATALOGUES[language];
}
export type { ReportCatalogue };

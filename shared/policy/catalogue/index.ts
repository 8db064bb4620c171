import type { ReportLanguage } from '../../report/languages.ts';
import { bg } from './bg.ts';
import type { PolicyCatalogue } from './catalogue.ts';
import { en } from './en.ts';
import { sl } from './sl.ts';
import { uk } from './uk.ts';

const CATALOGUES: Record<ReportLanguage, PolicyCatalogue> = { en, uk, bg, sl };

export function policyCatalogue(language: ReportLanguage): PolicyCatalogue {
  return CATALOGUES[language];
}
export type { PolicyCatalogue };

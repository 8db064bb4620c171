// The interface's catalogues (renderer/src/i18n/locales), a folder per language and a file per namespace.
import path from 'node:path';
import { describeCatalogues } from '../../support/catalogues.ts';

describeCatalogues('the interface catalogues', path.resolve(import.meta.dirname, '../../../renderer/src/i18n/locales'));

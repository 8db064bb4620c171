// The layouts recognised by their headers or structure, tried in this order: CISO Assistant's workbook before its
// flat sheet, whose columns the workbook's Processing sheet shares.
import type { KnownLayout } from '../imported-register.ts';
import { cisoAssistantLayout } from './ciso-assistant.ts';
import { cisoAssistantWorkbookLayout } from './ciso-assistant-workbook.ts';
import { cnilLayout } from './cnil.ts';
import { icoLayout } from './ico.ts';

export const KNOWN_LAYOUTS: readonly KnownLayout[] = [icoLayout, cnilLayout, cisoAssistantWorkbookLayout, cisoAssistantLayout];

// 7. Your rights, as the legal bases give them (see ../rights.ts), how to exercise them, and where to complain:
// the authority of the Member State where the organisation is established, or, for one outside the EEA, any
// authority of the Union (Art. 77), its representative, and its own country's authority presented as what it is.
import { isEeaCountry } from '../../reference/transfer-reference.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyInline } from '../policy-document.ts';
import { rightsFor } from '../rights.ts';
import { knownAuthority } from '../supervisory-authorities.ts';
import { basesUsed, conditionsUsed, makesSignificantAutomatedDecisions } from './activity-facts.ts';
import { labelled, list, mailto, paragraph, weblink } from './blocks.ts';
import { representativeLines } from './controller.ts';
import { splitAround } from './transfers.ts';

export function rightsSection(context: PolicyContext): PolicyBlock[] {
  const { catalogue, organisation, texts } = context;
  const words = catalogue.rights;
  const significant = context.activities.some(makesSignificantAutomatedDecisions);
  const blocks: PolicyBlock[] = [
    paragraph(words.intro),
    list(rightsFor(basesUsed(context), conditionsUsed(context), significant).map((right) => words[right])),
  ];
  if (context.contact === undefined)
    texts.notRecorded('Organisation', 'an email address or postal address for people to exercise their rights', organisation.id, 'organisation');
  else blocks.push(paragraph(...splitAround(words.exercise('\u0000'), context.contact)));
  blocks.push(paragraph(words.complaint));
  const outsideEea = !isEeaCountry(organisation.country);
  if (outsideEea && organisation.representative !== undefined)
    blocks.push(paragraph(words.representative), list(representativeLines(context, organisation.representative)));
  const authority = authorityLines(context);
  if (authority !== undefined) {
    const intro = outsideEea ? words.nationalAuthority(texts.country(organisation.country)) : words.authority;
    blocks.push(paragraph(intro), list(authority));
  }
  return blocks;
}

/** The authority the organisation recorded, else the one of its country where known, else a warning. */
function authorityLines(context: PolicyContext): PolicyInline[][] | undefined {
  const { catalogue, organisation, texts } = context;
  const words = catalogue.controller;
  const recorded = organisation.supervisoryAuthority;
  const known = knownAuthority(organisation.country, context.input.language);
  if (recorded === undefined && known === undefined) {
    texts.notRecorded('Organisation', 'the supervisory authority people may complain to', organisation.id, 'organisation');
    return undefined;
  }
  const authority =
    recorded === undefined
      ? known
      : {
          name: texts.text(recorded.name, 'Supervisory authority name', organisation.id, 'organisation'),
          address: recorded.address === undefined ? undefined : texts.text(recorded.address, 'Supervisory authority address', organisation.id, 'organisation'),
          email: recorded.email,
          phone: recorded.phone,
          website: recorded.website,
        };
  if (authority === undefined) return undefined;
  const lines: PolicyInline[][] = [[authority.name]];
  if (authority.address !== undefined) lines.push(labelled(words.address, authority.address));
  if (authority.email !== undefined) lines.push(labelled(words.email, mailto(authority.email)));
  if (authority.phone !== undefined) lines.push(labelled(words.phone, authority.phone));
  if (authority.website !== undefined) lines.push(labelled(words.website, weblink(authority.website)));
  return lines;
}

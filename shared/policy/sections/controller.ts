// 1. Who we are: the controller's identity and contacts, its DPO, its EU representative, the channels covered.
import { isEeaCountry } from '../../reference/transfer-reference.ts';
import type { PolicyContext } from '../policy-context.ts';
import type { PolicyBlock, PolicyInline } from '../policy-document.ts';
import { labelled, list, mailto, paragraph, weblink } from './blocks.ts';

export function controllerSection(context: PolicyContext): PolicyBlock[] {
  const { catalogue, organisation, texts } = context;
  const words = catalogue.controller;
  const details: PolicyInline[][] = [];
  const address = [organisation.address, texts.country(organisation.country)].filter((part): part is string => part !== undefined && part !== '');
  if (organisation.address !== undefined) details.push(labelled(words.address, address.join(', ')));
  if (organisation.registrationNumber !== undefined) details.push(labelled(words.registrationNumber, organisation.registrationNumber));
  if (organisation.vatId !== undefined) details.push(labelled(words.vatId, organisation.vatId));
  if (organisation.email !== undefined) details.push(labelled(words.email, mailto(organisation.email)));
  if (organisation.phone !== undefined) details.push(labelled(words.phone, organisation.phone));
  if (organisation.website !== undefined) details.push(labelled(words.website, weblink(organisation.website)));
  if (organisation.email === undefined && organisation.phone === undefined && organisation.address === undefined) {
    texts.notRecorded('Organisation', 'a contact (email, telephone or address) for people to reach the controller', organisation.id, 'organisation');
  }
  const blocks: PolicyBlock[] = [paragraph(words.intro(context.organisationName))];
  if (details.length > 0) blocks.push(list(details));
  blocks.push(...dpo(context), ...representative(context));
  const channels = texts.texts(organisation.channels, 'Organisation channel', organisation.id, 'organisation');
  if (channels.length > 0) blocks.push(paragraph(words.channels), list(channels));
  return blocks;
}

function dpo(context: PolicyContext): PolicyBlock[] {
  const { catalogue, organisation } = context;
  const words = catalogue.controller;
  const officer = organisation.dpo;
  if (officer === undefined || (officer.email === undefined && officer.phone === undefined && officer.address === undefined)) {
    context.texts.notRecorded('Organisation', 'the data protection officer’s contact', organisation.id, 'organisation');
    // "Write to us at the contact details above" only where there are some (a missing contact is warned of).
    return context.contact === undefined ? [] : [paragraph(words.noDpo)];
  }
  const lines: PolicyInline[][] = [];
  if (officer.name !== undefined) lines.push([officer.name]);
  if (officer.email !== undefined) lines.push(labelled(words.email, mailto(officer.email)));
  if (officer.phone !== undefined) lines.push(labelled(words.phone, officer.phone));
  if (officer.address !== undefined) lines.push(labelled(words.address, officer.address));
  return [paragraph(words.dpo), list(lines)];
}

/**
 * Art. 27: a controller outside the EEA names its representative in the Union. One established in the EEA has none
 * to name: a representative filled in for it is left out (and the DPO told), never introduced as Art. 27's.
 */
function representative(context: PolicyContext): PolicyBlock[] {
  const { catalogue, organisation } = context;
  const words = catalogue.controller;
  const agent = organisation.representative;
  if (isEeaCountry(organisation.country)) {
    if (agent !== undefined) {
      context.texts.notRecorded(
        'Organisation',
        'a representative is recorded, but Art. 27 concerns only controllers outside the EEA: left out of the policy',
        organisation.id,
        'organisation',
      );
    }
    return [];
  }
  if (agent === undefined) {
    context.texts.notRecorded(
      'Organisation',
      'the representative in the Union (Art. 27), needed by a controller outside the EEA',
      organisation.id,
      'organisation',
    );
    return [];
  }
  return [paragraph(words.representativeIntro, ' ', words.representative), list(representativeLines(context, agent))];
}

type Representative = NonNullable<PolicyContext['organisation']['representative']>;

/** The representative's name, address and email, one per line. */
export function representativeLines(context: PolicyContext, agent: Representative): PolicyInline[][] {
  const words = context.catalogue.controller;
  const lines: PolicyInline[][] = [[agent.name]];
  if (agent.address !== undefined) lines.push(labelled(words.address, agent.address));
  if (agent.email !== undefined) lines.push(labelled(words.email, mailto(agent.email)));
  return lines;
}

// The CNIL's model register ("Registre des activités de traitement", an XLSX in French): one sheet per processing
// activity, each a "fiche de registre" with its labels in the first column and the values to their right. Sheets
// that are not fiches (the model's tutorial, its list of activities, its drop-down lists) are not read.
import { refuse } from '../../refusals/refusals.ts';
import type { ImportedActivity, ImportedOrganisation, ImportedRegister, ImportFinding, KnownLayout } from '../imported-register.ts';
import { readFiche, isFiche } from './cnil/fiche.ts';
import { organisationOf } from './controller-details.ts';

export const cnilLayout: KnownLayout = {
  id: 'cnil',
  title: 'CNIL model register (registre des activités de traitement)',

  recognises(sheets) {
    try {
      return sheets.some(isFiche);
    } catch {
      return false;
    }
  },

  read(sheets): ImportedRegister {
    const activities: ImportedActivity[] = [];
    const findings: ImportFinding[] = [];
    let organisation: ImportedOrganisation | undefined;
    for (const sheet of sheets) {
      if (!isFiche(sheet)) continue;
      const fiche = readFiche(sheet, findings);
      activities.push(fiche.activity);
      // Every fiche repeats the controller's details: the first fiche that gives them says who the controller is.
      const found = organisationOf(fiche.parties, organisation === undefined ? findings : []);
      if (organisation === undefined) organisation = found;
      else if (found?.name !== undefined && found.name !== organisation.name) {
        findings.push({
          place: fiche.parties.controller?.place ?? fiche.activity.place,
          message: `the fiche names "${found.name}" as controller, not "${organisation.name ?? ''}" as the first fiche does: the first fiche's details were kept`,
        });
      }
    }
    if (activities.length === 0) {
      throw refuse('invalid-input', 'imports:cnilNoFiche');
    }
    return organisation === undefined
      ? { layout: 'cnil', activities, processors: [], findings }
      : { layout: 'cnil', activities, processors: [], organisation, findings };
  },
};

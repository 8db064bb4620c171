// The choices of CISO Assistant's Processing, Purpose and DataTransfer fields (backend/privacy/models.py), each with
// what it is in the register. Labels are CISO Assistant's English ones.
import type { ActivityStatus, LegalBasis, SpecialCategoryCondition, TransferMechanism } from '../../../model/vocabulary.ts';
import type { CisoChoice } from './choices.ts';

/**
 * Processing.status. "In review" is not yet in use, so a draft; "Deprecated" no longer is, so retired. The key itself
 * is kept too (`x-ciso-status`), so the difference between a draft and one in review is not lost.
 */
export const STATUSES: ReadonlyArray<CisoChoice & { status: ActivityStatus }> = [
  { key: 'draft', label: 'Draft', status: 'draft' },
  { key: 'in_review', label: 'In Review', status: 'draft' },
  { key: 'approved', label: 'Approved', status: 'active' },
  { key: 'deprecated', label: 'Deprecated', status: 'retired' },
];

/** Processing.nature: the operations of Art. 4(2), kept as they are (`x-ciso-processing-nature`); the register has no field for them. */
export const NATURES: readonly CisoChoice[] = [
  { key: 'collection', label: 'Collection' },
  { key: 'recording', label: 'Recording' },
  { key: 'organization', label: 'Organization' },
  { key: 'structuring', label: 'Structuring' },
  { key: 'storage', label: 'Storage' },
  { key: 'adaptationOrAlteration', label: 'Adaptation or Alteration' },
  { key: 'retrieval', label: 'Retrieval' },
  { key: 'consultation', label: 'Consultation' },
  { key: 'use', label: 'Use' },
  { key: 'disclosureByTransmission', label: 'Disclosure by Transmission' },
  { key: 'disseminationOrOtherwiseMakingAvailable', label: 'Dissemination or Otherwise Making Available' },
  { key: 'alignmentOrCombination', label: 'Alignment or Combination' },
  { key: 'restriction', label: 'Restriction' },
  { key: 'erasureOrDestruction', label: 'Erasure or Destruction' },
];

/**
 * A legal-basis choice as the register reads it. Processing.legal_basis (before 2026) mixed Art. 6 bases, Art. 9
 * conditions, transfer tools and combinations in one list; Purpose.legal_basis now has the Art. 6 ones only and
 * Purpose.article_9_condition the Art. 9 ones. A transfer tool, "not applicable" or "other" is no Art. 6 basis: it
 * has neither `bases` nor `conditions`, and is kept in the notes.
 */
export type LegalBasisChoice = CisoChoice & { bases?: readonly LegalBasis[]; conditions?: readonly SpecialCategoryCondition[] };

export const LEGAL_BASIS_CHOICES: readonly LegalBasisChoice[] = [
  { key: 'consent', label: 'Consent', bases: ['consent'] },
  { key: 'contract', label: 'Performance of a Contract', bases: ['contract'] },
  { key: 'legal_obligation', label: 'Compliance with a Legal Obligation', bases: ['legal-obligation'] },
  { key: 'vital_interests', label: 'Protection of Vital Interests', bases: ['vital-interests'] },
  { key: 'public_interest', label: 'Performance of a Task in the Public Interest', bases: ['public-task'] },
  { key: 'legitimate_interests', label: 'Legitimate Interests', bases: ['legitimate-interests'] },
  { key: 'explicit_consent', label: 'Explicit Consent for Special Categories', conditions: ['art9-2-a'] },
  { key: 'employment_social_security', label: 'Employment and Social Security Law', conditions: ['art9-2-b'] },
  { key: 'vital_interests_incapacity', label: 'Vital Interests (Subject Physically/Legally Incapable)', conditions: ['art9-2-c'] },
  { key: 'nonprofit_organization', label: 'Processing by Nonprofit Organization', conditions: ['art9-2-d'] },
  { key: 'public_data', label: 'Data Manifestly Made Public by the Data Subject', conditions: ['art9-2-e'] },
  { key: 'legal_claims', label: 'Establishment, Exercise or Defense of Legal Claims', conditions: ['art9-2-f'] },
  { key: 'substantial_public_interest', label: 'Substantial Public Interest', conditions: ['art9-2-g'] },
  { key: 'preventive_medicine', label: 'Preventive or Occupational Medicine', conditions: ['art9-2-h'] },
  { key: 'public_health', label: 'Public Health', conditions: ['art9-2-i'] },
  { key: 'archiving_research', label: 'Archiving, Research or Statistical Purposes', conditions: ['art9-2-j'] },
  // A child's consent is consent (Art. 8 only adds who gives it).
  { key: 'child_consent', label: "Child's Consent with Parental Authorization", bases: ['consent'] },
  { key: 'consent_and_contract', label: 'Consent and Contract', bases: ['consent', 'contract'] },
  { key: 'contract_and_legitimate_interests', label: 'Contract and Legitimate Interests', bases: ['contract', 'legitimate-interests'] },
  { key: 'data_transfer_adequacy', label: 'Transfer Based on Adequacy Decision' },
  { key: 'data_transfer_safeguards', label: 'Transfer Subject to Appropriate Safeguards' },
  { key: 'data_transfer_binding_rules', label: 'Transfer Subject to Binding Corporate Rules' },
  { key: 'data_transfer_derogation', label: 'Transfer Based on Derogation for Specific Situations' },
  { key: 'not_applicable', label: 'Not Applicable' },
  { key: 'other', label: 'Other Legal Basis (Specify in Description)' },
];

/**
 * DataTransfer.transfer_mechanism, and the transfer keys of its older legal_basis. "Appropriate safeguards (Art. 46)"
 * names no particular tool: `other`, the register's word for an Art. 46 safeguard it has no choice for.
 */
export const TRANSFER_MECHANISM_CHOICES: ReadonlyArray<CisoChoice & { mechanism: TransferMechanism }> = [
  { key: 'adequacy_decision', label: 'Adequacy Decision (Art. 45)', mechanism: 'adequacy' },
  { key: 'standard_contractual_clauses', label: 'Standard Contractual Clauses (Art. 46.2c)', mechanism: 'scc' },
  { key: 'appropriate_safeguards', label: 'Appropriate Safeguards (Art. 46)', mechanism: 'other' },
  { key: 'binding_corporate_rules', label: 'Binding Corporate Rules (Art. 47)', mechanism: 'bcr' },
  { key: 'codes_of_conduct', label: 'Codes of Conduct (Art. 46.2e)', mechanism: 'code-of-conduct' },
  { key: 'certification_mechanisms', label: 'Certification Mechanisms (Art. 46.2f)', mechanism: 'certification' },
  { key: 'derogation', label: 'Derogation for Specific Situations (Art. 49)', mechanism: 'derogation' },
  { key: 'data_transfer_adequacy', label: 'Transfer Based on Adequacy Decision', mechanism: 'adequacy' },
  { key: 'data_transfer_safeguards', label: 'Transfer Subject to Appropriate Safeguards', mechanism: 'other' },
  { key: 'data_transfer_binding_rules', label: 'Transfer Subject to Binding Corporate Rules', mechanism: 'bcr' },
  { key: 'data_transfer_derogation', label: 'Transfer Based on Derogation for Specific Situations', mechanism: 'derogation' },
];

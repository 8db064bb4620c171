// The category choices of CISO Assistant's PersonalData, DataSubject, DataRecipient and DataContractor
// (backend/privacy/models.py and terminology_seeds.py), with their English labels: the register names a category in
// words, so a key is read as its label.
import type { ProcessorKind } from '../../../model/vocabulary.ts';
import type { CisoChoice } from './choices.ts';

/** PersonalData.category; `special` marks the Art. 9(1) categories, whatever the row's is_sensitive says. */
export const PERSONAL_DATA_CATEGORIES: ReadonlyArray<CisoChoice & { special?: true }> = [
  { key: 'basic_identity', label: 'Basic Identity Information' },
  { key: 'name', label: 'Name' },
  { key: 'identification_numbers', label: 'Identification Numbers' },
  { key: 'online_identifiers', label: 'Online Identifiers' },
  { key: 'location_data', label: 'Location Data' },
  { key: 'contact_details', label: 'Contact Details' },
  { key: 'address', label: 'Address' },
  { key: 'email', label: 'Email Address' },
  { key: 'phone_number', label: 'Phone Number' },
  { key: 'financial_data', label: 'Financial Data' },
  { key: 'bank_account', label: 'Bank Account Information' },
  { key: 'payment_card', label: 'Payment Card Information' },
  { key: 'transaction_history', label: 'Transaction History' },
  { key: 'salary_information', label: 'Salary Information' },
  { key: 'health_data', label: 'Health Data', special: true },
  { key: 'genetic_data', label: 'Genetic Data', special: true },
  { key: 'biometric_data', label: 'Biometric Data', special: true },
  { key: 'racial_ethnic_origin', label: 'Racial or Ethnic Origin', special: true },
  { key: 'political_opinions', label: 'Political Opinions', special: true },
  { key: 'religious_beliefs', label: 'Religious or Philosophical Beliefs', special: true },
  { key: 'trade_union_membership', label: 'Trade Union Membership', special: true },
  { key: 'sexual_orientation', label: 'Sexual Orientation', special: true },
  { key: 'sex_life_data', label: 'Sex Life Data', special: true },
  { key: 'browsing_history', label: 'Browsing History' },
  { key: 'search_history', label: 'Search History' },
  { key: 'cookies', label: 'Cookie Data' },
  { key: 'device_information', label: 'Device Information' },
  { key: 'ip_address', label: 'IP Address' },
  { key: 'user_behavior', label: 'User Behavior' },
  { key: 'employment_details', label: 'Employment Details' },
  { key: 'education_history', label: 'Education History' },
  { key: 'professional_qualifications', label: 'Professional Qualifications' },
  { key: 'work_performance', label: 'Work Performance Data' },
  { key: 'family_details', label: 'Family Details' },
  { key: 'social_network', label: 'Social Network' },
  { key: 'lifestyle_information', label: 'Lifestyle Information' },
  { key: 'correspondence', label: 'Correspondence Content' },
  { key: 'messaging_content', label: 'Messaging Content' },
  { key: 'communication_metadata', label: 'Communication Metadata' },
  { key: 'government_identifiers', label: 'Government Identifiers' },
  { key: 'tax_information', label: 'Tax Information' },
  { key: 'social_security', label: 'Social Security Information' },
  { key: 'drivers_license', label: "Driver's License Information" },
  { key: 'passport_information', label: 'Passport Information' },
  { key: 'legal_records', label: 'Legal Records' },
  { key: 'criminal_records', label: 'Criminal Records' },
  { key: 'judicial_data', label: 'Judicial Data' },
  { key: 'preferences', label: 'Preferences' },
  { key: 'opinions', label: 'Opinions' },
  { key: 'feedback', label: 'Feedback' },
  { key: 'images_photos', label: 'Images and Photos' },
  { key: 'voice_recordings', label: 'Voice Recordings' },
  { key: 'video_recordings', label: 'Video Recordings' },
  { key: 'other', label: 'Other Personal Data' },
];

/** PersonalData.deletion_policy: how the data are erased once kept long enough, kept with the category's retention. */
export const DELETION_POLICIES: readonly CisoChoice[] = [
  { key: 'automatic_deletion', label: 'Automatic Deletion' },
  { key: 'anonymization', label: 'Anonymization' },
  { key: 'manual_review_deletion', label: 'Manual Review Deletion' },
  { key: 'user_requested_deletion', label: 'User Requested Deletion' },
  { key: 'legal_regulatory_hold', label: 'Legal/Regulatory Hold' },
  { key: 'partial_deletion', label: 'Partial Deletion' },
];

/** DataSubject.category. */
export const DATA_SUBJECT_CATEGORIES: readonly CisoChoice[] = [
  { key: 'customer', label: 'Customer/Client' },
  { key: 'prospect', label: 'Prospective Customer/Client' },
  { key: 'employee', label: 'Employee' },
  { key: 'job_applicant', label: 'Job Applicant' },
  { key: 'contractor', label: 'Contractor/Vendor' },
  { key: 'business_partner', label: 'Business Partner' },
  { key: 'user', label: 'Website/App User' },
  { key: 'visitor', label: 'Visitor' },
  { key: 'minor', label: 'Child/Minor' },
  { key: 'vulnerable', label: 'Vulnerable Person' },
  { key: 'public', label: 'General Public' },
  { key: 'other', label: 'Other Data Subject Category' },
];

/** DataRecipient.category. */
export const RECIPIENT_CATEGORIES: readonly CisoChoice[] = [
  { key: 'internal_team', label: 'Internal Team/Department' },
  { key: 'employee', label: 'Employee' },
  { key: 'subsidiary', label: 'Subsidiary Company' },
  { key: 'parent_company', label: 'Parent Company' },
  { key: 'affiliated_entity', label: 'Affiliated Entity' },
  { key: 'service_provider', label: 'Service Provider' },
  { key: 'data_processor', label: 'Data Processor' },
  { key: 'cloud_provider', label: 'Cloud Service Provider' },
  { key: 'it_provider', label: 'IT Service Provider' },
  { key: 'marketing_agency', label: 'Marketing Agency' },
  { key: 'payment_processor', label: 'Payment Processor' },
  { key: 'analytics_provider', label: 'Analytics Provider' },
  { key: 'business_partner', label: 'Business Partner' },
  { key: 'distributor', label: 'Distributor' },
  { key: 'reseller', label: 'Reseller' },
  { key: 'supplier', label: 'Supplier' },
  { key: 'contractor', label: 'Contractor' },
  { key: 'legal_advisor', label: 'Legal Advisor' },
  { key: 'accountant', label: 'Accountant' },
  { key: 'consultant', label: 'Consultant' },
  { key: 'auditor', label: 'Auditor' },
  { key: 'regulatory_authority', label: 'Regulatory Authority' },
  { key: 'tax_authority', label: 'Tax Authority' },
  { key: 'law_enforcement', label: 'Law Enforcement' },
  { key: 'government_entity', label: 'Government Entity' },
  { key: 'court', label: 'Court' },
  { key: 'joint_controller', label: 'Joint Controller' },
  { key: 'individual_recipient', label: 'Individual Recipient' },
  { key: 'public', label: 'Public Disclosure' },
  { key: 'other', label: 'Other Recipient Category' },
];

/**
 * DataContractor.relationship_type, as the kind of party the register makes of it. "Other" has no kind: the
 * contractor is read as a processor (what CISO Assistant's contractors mostly are), and told as a finding.
 */
export const RELATIONSHIP_TYPES: ReadonlyArray<CisoChoice & { kind?: ProcessorKind }> = [
  { key: 'data_processor', label: 'Data Processor', kind: 'processor' },
  { key: 'sub_processor', label: 'Sub-processor', kind: 'processor' },
  { key: 'joint_controller', label: 'Joint Controller', kind: 'joint-controller' },
  { key: 'independent_controller', label: 'Independent Controller', kind: 'independent-controller' },
  { key: 'other', label: 'Other Relationship Type' },
];

// A Fides manifest as a mid-sized company keeps one: an HR platform (health data for sick leave, a transfer to the
// US), a newsletter run with a partner brand (joint control) through a mail vendor, and checkout payments through a
// payment vendor. Written as `fides pull` writes fideslang 2.x, with a few of the hand edits real manifests carry.
import { parse } from 'yaml';

export const COMPANY_MANIFEST_YAML = `
organization:
  - fides_key: default_organization
    name: Northwind Outfitters GmbH
    description: Outdoor clothing retailer
    controller:
      name: Northwind Outfitters GmbH
      address: Hafenstraße 12, 20457 Hamburg, Germany
      email: privacy@northwind.example
      phone: "+49 40 123456"
    data_protection_officer:
      name: Dr. Jana Weber
      address: ""
      email: dpo@northwind.example
      phone: N/A
    representative:
      name: ""
      address: ""
      email: ""
      phone: ""
    security_policy: https://northwind.example/security

system:
  - fides_key: hr_platform
    name: HR platform
    description: Personnel files, payroll and recruitment, hosted by the HR software vendor
    system_type: Service
    organization_fides_key: default_organization
    administrating_department: People & Culture
    data_responsibility_title: Controller
    third_country_transfers: [USA]
    legal_basis_for_transfers: [SCCs, Supplementary Measures]
    data_security_practices: Single sign-on with MFA; personnel files encrypted at rest
    data_protection_impact_assessment:
      is_required: true
      progress: Complete
      link: https://wiki.northwind.example/dpia/hr-platform
    tags: [hr]
    privacy_declarations:
      - name: Payroll and personnel administration
        data_use: employment
        data_categories:
          - user.name
          - user.contact.address
          - user.financial.bank_account
          - user.government_id.national_identification_number
          - user.health_and_medical
        data_subjects: [employee]
        data_qualifier: aggregated.anonymized.unlinked_pseudonymized.pseudonymized.identified
        legal_basis_for_processing: Legal obligations
        special_category_legal_basis: Employment, social security and social protection
        processes_special_category_data: true
        retention_period: "3650"
        data_shared_with_third_parties: true
        third_parties: Tax office; Social security institutions
      - name: Recruitment
        data_use: employment.recruitment
        data_categories: [user.name, user.contact.email, user.contact.work_phone, user.professional_information.workplace]
        data_subjects: [job_applicant]
        legal_basis_for_processing: Contract
        retention_period: 180
        features: [Applicant tracking]

  - fides_key: newsletter
    name: Newsletter
    system_type: Application
    responsibility: [Controller]
    joint_controller:
      name: Summit Gear AG
      address: Bahnhofstrasse 1, 8001 Zürich
      email: privacy@summitgear.example
      phone: ""
    egress:
      - fides_key: mailchimp
        type: system
    privacy_declarations:
      - name: Co-branded newsletter
        data_use: marketing.communications.email
        data_categories: [user.contact.email, user.name, user.behavior.browsing_history]
        data_subjects: [customer, newsletter_subscriber]
        legal_basis_for_processing: Consnet
        retention_period: Until the subscriber unsubscribes
        impact_assessment_location: https://wiki.northwind.example/lia/newsletter
      - name: Loyalty programme
        data_use: marketing.loyalty
        data_categories: [user.contact.email, user.behavior.purchase_history]
        data_subjects: [customer]
        legal_basis_for_processing: Legitimate interests
        retention_period: "730"

  - fides_key: mailchimp
    name: Mailchimp
    legal_name: The Rocket Science Group LLC
    description: Sends the newsletter
    system_type: Third Party
    vendor_id: gvl.1234
    dpo: privacy@mailchimp.example
    third_country_transfers: [USA]
    privacy_declarations: []

  - fides_key: checkout
    name: Checkout
    description: The web shop's checkout
    system_type: Service
    responsibility: [Controller]
    egress:
      - fides_key: stripe
        type: system
      - fides_key: order_db
        type: dataset
    privacy_declarations:
      - name: Card payments
        data_use: essential.service.payment_processing
        data_categories: [user.name, user.financial.credit_card, user.financial.iban_hash, user.contact.address]
        data_subjects: [customer]
        egress: [stripe, order_db]
        legal_basis_for_processing: Contract
        retention_period: Ten years after the end of the financial year

  - fides_key: stripe
    name: Stripe
    legal_name: Stripe Payments Europe, Ltd.
    description: Card payment processing
    system_type: Third Party
    third_country_transfers: [USA, IND]
    legal_basis_for_transfers: [SCCs]
    privacy_declarations:
      - name: Fraud screening
        data_use: essential.fraud_detection
        data_categories: [user.device.ip_address, user.financial.credit_card]
        data_subjects: [customer]
        legal_basis_for_processing: Legitimate interests
        retention_period: "1825"

data_category:
  - fides_key: user.financial.iban_hash
    name: Hashed IBAN
    parent_key: user.financial

data_use:
  - fides_key: marketing.loyalty
    name: Loyalty programme rewards
    parent_key: marketing

data_subject:
  - fides_key: newsletter_subscriber
    name: Newsletter subscribers
`;

/** The manifest as the YAML parser gives it. */
export function companyManifest(): unknown {
  return parse(COMPANY_MANIFEST_YAML) as unknown;
}

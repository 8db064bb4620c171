import type { PolicyCatalogue } from './catalogue.ts';

export const en: PolicyCatalogue = {
  title: 'Privacy policy',
  subtitle: (organisation) => `How ${organisation} processes personal data`,
  contents: 'Contents',
  intro: (organisation) =>
    `This policy explains which personal data ${organisation} processes, why, on what legal basis, who receives them, how long they are kept and what rights you have. It is given under Articles 13 and 14 of the General Data Protection Regulation (Regulation (EU) 2016/679, “GDPR”).`,
  version: (version, date) => `Version ${version}, published on ${date}`,
  unpublished: (date) => `Prepared on ${date}`,

  sections: {
    controller: 'Who we are and how to contact us',
    data: 'What personal data we process and where they come from',
    purposes: 'Why we process your data and on what legal basis',
    recipients: 'Who receives your data',
    transfers: 'Transfers outside the European Economic Area',
    retention: 'How long we keep your data',
    rights: 'Your rights',
    requirement: 'Whether you have to provide your data',
    automated: 'Automated decision-making and profiling',
    security: 'How we protect your data',
    changes: 'Changes to this policy',
  },

  controller: {
    intro: (organisation) => `The controller of your personal data is ${organisation}.`,
    registrationNumber: 'Registration number',
    vatId: 'VAT number',
    address: 'Address',
    email: 'Email',
    phone: 'Telephone',
    website: 'Website',
    dpo: 'Our data protection officer can be contacted at:',
    noDpo: 'For any question about your personal data, write to us at the contact details above.',
    representative: 'Our representative in the European Union (Article 27 GDPR):',
    representativeIntro: 'As we are not established in the European Union, we have designated a representative you can also contact.',
    channels: 'This policy applies to:',
  },

  data: {
    intro: 'We process the following categories of personal data:',
    activity: 'Processing',
    dataSubjects: 'Whose data',
    dataCategories: 'Personal data',
    special: 'special category of data',
    sourcesTitle: 'Data we do not obtain from you',
    sourcesIntro: 'Some data do not come from you directly. We obtain them from these sources:',
  },

  purposes: {
    descriptionsIntro: 'What we do with personal data, in brief:',
    intro: 'We process your personal data only for the following purposes, each on a legal basis under Article 6 GDPR:',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    legitimateInterest: 'Our legitimate interest:',
    law: 'Law:',
    specialTitle: 'Special categories of data',
    specialIntro: 'Where we process special categories of personal data or data on criminal convictions, we do so only under these conditions:',
  },
  legalBases: {
    consent: 'your consent (Article 6(1)(a) GDPR)',
    contract: 'the performance of a contract with you, or steps you asked for before entering into it (Article 6(1)(b) GDPR)',
    'legal-obligation': 'compliance with a legal obligation to which we are subject (Article 6(1)(c) GDPR)',
    'vital-interests': 'the protection of your vital interests or those of another person (Article 6(1)(d) GDPR)',
    'public-task': 'the performance of a task carried out in the public interest or in the exercise of official authority (Article 6(1)(e) GDPR)',
    'legitimate-interests': 'our legitimate interests or those of a third party, which your interests do not override (Article 6(1)(f) GDPR)',
  },
  specialConditions: {
    'art9-2-a': 'your explicit consent (Article 9(2)(a) GDPR)',
    'art9-2-b': 'obligations and rights in employment, social security and social protection law (Article 9(2)(b) GDPR)',
    'art9-2-c': 'the protection of vital interests where you cannot give consent (Article 9(2)(c) GDPR)',
    'art9-2-d': 'the legitimate activities of a not-for-profit body with a political, philosophical, religious or trade union aim (Article 9(2)(d) GDPR)',
    'art9-2-e': 'data you have manifestly made public (Article 9(2)(e) GDPR)',
    'art9-2-f': 'the establishment, exercise or defence of legal claims (Article 9(2)(f) GDPR)',
    'art9-2-g': 'reasons of substantial public interest laid down by law (Article 9(2)(g) GDPR)',
    'art9-2-h': 'preventive or occupational medicine, medical diagnosis, health or social care (Article 9(2)(h) GDPR)',
    'art9-2-i': 'reasons of public interest in the area of public health (Article 9(2)(i) GDPR)',
    'art9-2-j': 'archiving in the public interest, scientific or historical research or statistics (Article 9(2)(j) GDPR)',
    art10: 'data on criminal convictions and offences, processed as the law authorises (Article 10 GDPR)',
  },

  recipients: {
    categoriesIntro: 'Your data may be disclosed to these categories of recipients:',
    namedIntro: 'These service providers and partners receive personal data from us:',
    roles: {
      processor: 'processor acting on our instructions',
      'joint-controller': 'joint controller',
      'independent-controller': 'independent controller',
    },
    subProcessorOf: (processor) => `sub-processor of ${processor}`,
  },

  transfers: {
    intro: 'Some recipients are in countries outside the European Economic Area. Your data are transferred there only with these safeguards:',
    none: 'We do not transfer your personal data to countries outside the European Economic Area or to international organisations.',
    country: 'Country',
    recipient: 'Recipient',
    safeguard: 'Safeguard',
    copy: (contact) => `You can obtain a copy of the safeguards, or learn where they are available, by writing to ${contact}.`,
    internationalOrganisation: 'International organisation',
  },
  mechanisms: {
    adequacy: 'the European Commission has decided that the country ensures an adequate level of protection (Article 45 GDPR)',
    dpf: 'the recipient is certified under the EU–U.S. Data Privacy Framework, covered by an adequacy decision of the European Commission (Article 45 GDPR)',
    scc: 'standard data protection clauses adopted by the European Commission (Article 46(2)(c) GDPR)',
    bcr: 'binding corporate rules approved by a supervisory authority (Article 47 GDPR)',
    'code-of-conduct': 'an approved code of conduct with binding commitments of the recipient (Article 46(2)(e) GDPR)',
    certification: 'an approved certification mechanism with binding commitments of the recipient (Article 46(2)(f) GDPR)',
    derogation: 'a derogation for a specific situation, such as your explicit consent or the performance of a contract (Article 49 GDPR)',
    other: 'other appropriate safeguards (Article 46 GDPR)',
    'privacy-shield': 'the EU–U.S. Privacy Shield, which is no longer valid (annulled by the Court of Justice on 16 July 2020)',
  },

  retention: {
    intro: 'We keep your data only as long as needed for each purpose:',
    activity: 'Processing',
    period: 'How long we keep the data',
    category: (category) => `${category}:`,
  },

  rights: {
    intro: 'Under the GDPR you have these rights:',
    access: 'Access: to know whether we process your data and to receive a copy of them (Article 15 GDPR).',
    rectification: 'Rectification: to have inaccurate data corrected and incomplete data completed (Article 16 GDPR).',
    erasure: 'Erasure: to have your data erased, for example when they are no longer needed (Article 17 GDPR).',
    restriction: 'Restriction of processing: to have the use of your data limited, for example while their accuracy is checked (Article 18 GDPR).',
    portability:
      'Data portability: to receive the data you gave us, on the basis of your consent or a contract, in a structured, commonly used and machine-readable format, and to have them transmitted to another controller (Article 20 GDPR).',
    objection:
      'Objection: to object at any time, on grounds relating to your particular situation, to processing based on our legitimate interests or on a task in the public interest (Article 21(1) GDPR).',
    objectionMarketing:
      'Objection to direct marketing: to object at any time to the use of your data for direct marketing, after which we stop (Article 21(2) and (3) GDPR).',
    withdrawal:
      'Withdrawal of consent: to withdraw your consent at any time, as easily as you gave it; this does not affect processing carried out before the withdrawal (Article 7(3) GDPR).',
    automated:
      'Not to be subject to a decision based solely on automated processing that significantly affects you: where such a decision is made, you may ask for human intervention, express your point of view and contest the decision (Article 22 GDPR).',
    exercise: (contact) =>
      `To exercise your rights, write to ${contact}. We answer without undue delay and at the latest within one month (Article 12(3) GDPR).`,
    complaint:
      'You also have the right to lodge a complaint with a supervisory authority, in particular in the EU Member State of your habitual residence, place of work or of the alleged infringement (Article 77 GDPR).',
    authority: 'The supervisory authority of the Member State where we are established is:',
    nationalAuthority: (country) =>
      `As we are not established in the European Union, no supervisory authority of the Union is our lead authority. The authority that oversees the protection of personal data in the country where we are established (${country}) is not a supervisory authority under the GDPR; you may also turn to it:`,
    representative: 'You may also address any question, request or complaint to our representative in the European Union (Article 27 GDPR):',
  },

  requirement: {
    contract:
      'Providing the data we need to conclude and perform a contract with you is a contractual requirement: without them we cannot conclude or perform the contract.',
    legalObligation: 'Some data are required by law: without them we cannot comply with our legal obligations and may be unable to provide the service.',
    consent:
      'Where processing is based on your consent, providing your data is voluntary: without your consent we do not carry out the processing we ask it for.',
  },

  automated: {
    decisionsIntro: (profiling) =>
      `In these cases we make decisions based solely on automated processing${profiling ? ', including profiling' : ''}, which produce legal effects concerning you or similarly significantly affect you (Article 22 GDPR). Here is the logic involved and what the processing means for you:`,
    profilingIntro:
      'We use profiling, that is, the automated evaluation of personal aspects such as your preferences or behaviour (Article 4(4) GDPR), in these cases:',
    noSignificantDecisions:
      'This profiling does not lead to decisions based solely on automated processing that produce legal effects concerning you or similarly significantly affect you.',
    logic: 'How it works',
    consequences: 'What it means for you',
  },

  security: {
    general:
      'We protect your data with appropriate technical and organisational measures against accidental or unlawful destruction, loss, alteration and unauthorised disclosure or access (Article 32 GDPR).',
    listIntro: 'Among them:',
  },

  changes: {
    text: 'We update this policy when our processing changes. Significant changes, such as new purposes, new recipients or transfers, or longer retention, are announced before they take effect. The version and date of this policy are given at its top.',
    textUnpublished:
      'We update this policy when our processing changes. Significant changes, such as new purposes, new recipients or transfers, or longer retention, are announced before they take effect. The date of this text is given at its top.',
  },
};

// Every activity template, in the order the list shows them: staff, premises, customers, then the organisation's own
// compliance activities. One file per template; the ids are stable (an activity made from one records it).
import type { ActivityTemplate } from '../activity-template.ts';
import { buildingAccess } from './building-access.ts';
import { cctv } from './cctv.ts';
import { cookiesAndConsentRecords } from './cookies-and-consent-records.ts';
import { customerAccounts } from './customer-accounts.ts';
import { customerSupport } from './customer-support.ts';
import { dataSubjectRequests } from './data-subject-requests.ts';
import { itAndSecurityLogs } from './it-and-security-logs.ts';
import { newsletter } from './newsletter.ts';
import { occupationalHealth } from './occupational-health.ts';
import { ordersAndInvoicing } from './orders-and-invoicing.ts';
import { payrollAndBenefits } from './payroll-and-benefits.ts';
import { recruitment } from './recruitment.ts';
import { staffRecords } from './staff-records.ts';
import { supplierAndPartnerContacts } from './supplier-and-partner-contacts.ts';
import { websiteAnalytics } from './website-analytics.ts';
import { whistleblowing } from './whistleblowing.ts';

export const ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
  recruitment,
  staffRecords,
  payrollAndBenefits,
  occupationalHealth,
  cctv,
  buildingAccess,
  itAndSecurityLogs,
  customerAccounts,
  ordersAndInvoicing,
  customerSupport,
  newsletter,
  websiteAnalytics,
  cookiesAndConsentRecords,
  supplierAndPartnerContacts,
  whistleblowing,
  dataSubjectRequests,
];

/** The template with this id, if there is one. */
export function findTemplate(id: string): ActivityTemplate | undefined {
  return ACTIVITY_TEMPLATES.find((template) => template.id === id);
}

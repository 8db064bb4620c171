// The Overview's register health: what the register checks find, as the DPO sees it on opening the register, and
// accepting a finding from there.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../../shared/checks/findings.ts';
import { OverviewScreen } from '../../../../renderer/src/screens/overview/OverviewScreen.tsx';
import { activitySummary, finding, organisation, recordId, registerCheck } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse, type StandInHandlers } from '../../../support/renderer/stand-in.ts';

/** A register of one organisation and two activities whose checks answer as `checkRegister` says. */
function overviewBackend(checkRegister: StandInHandlers['checkRegister'], more: StandInHandlers = {}) {
  return installStandIn({
    listOrganisations: () => [organisation()],
    listActivities: () => [activitySummary(), activitySummary({ id: recordId(301), reference: 'A-0002', name: 'CCTV' })],
    listProcessors: () => [],
    listAudit: () => [],
    checkRegister,
    ...more,
  });
}

/** The Register health panel, once the checks' answer is in. */
async function healthPanel() {
  const panel = await screen.findByRole('region', { name: 'Register health' });
  await within(panel).findByRole('heading', { name: 'Findings' });
  return within(panel);
}

const payrollPurpose = finding('purpose-missing', { message: 'Payroll states no purpose.' });
const cctvPurpose = finding('purpose-missing', {
  record: { type: 'activity', id: recordId(301), name: 'CCTV', reference: 'A-0002' },
  message: 'CCTV states no purpose.',
});
const overdueReview = finding('review-overdue', { message: 'The review of Payroll was due on 1 January 2025.' });

describe('register health', () => {
  test('counts the open findings by severity and lists them by rule, the errors first', async () => {
    const backend = overviewBackend(() => registerCheck([overdueReview, payrollPurpose, cctvPurpose]));
    renderInRegister(<OverviewScreen />);
    const panel = await healthPanel();

    await panel.findByText('2 errors');
    expect(panel.getByText('1 warning')).toBeTruthy();
    const errors = panel.getByText('Purpose missing');
    const warnings = panel.getByText('Review overdue');
    expect(errors.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const shown of [payrollPurpose, cctvPurpose, overdueReview]) expect(panel.getByText(shown.message)).toBeTruthy();
    expect(panel.getByRole('button', { name: 'Activity A-0002 CCTV' })).toBeTruthy();
    // The findings are worded in the interface's language.
    expect(backend.sent('checkRegister')).toContainEqual(expect.objectContaining({ language: 'en' }));
  });

  test('an accepted finding is counted apart and says who accepted it and why', async () => {
    const accepted: Finding = {
      ...payrollPurpose,
      accepted: { by: 'Dana DPO', at: '2025-02-03T10:00:00.000Z', reason: 'The purpose is in the works council agreement.' },
    };
    overviewBackend(() => registerCheck([accepted, cctvPurpose]));
    renderInRegister(<OverviewScreen />);
    const panel = await healthPanel();

    await panel.findByText('1 error');
    expect(panel.getAllByText('1 accepted').length).toBeGreaterThan(0);
    expect(panel.getByText(/Accepted by Dana DPO on .*: The purpose is in the works council agreement\./)).toBeTruthy();
  });

  test('a register the checks find nothing in says so', async () => {
    overviewBackend(() => registerCheck([]));
    renderInRegister(<OverviewScreen />);
    const panel = await healthPanel();

    expect(await panel.findByText('The checks find nothing to report.')).toBeTruthy();
    expect(panel.getByText('No open findings')).toBeTruthy();
  });

  test('checks that could not run say why', async () => {
    overviewBackend(() => refuse('The register file could not be read.', { code: 'io' }));
    renderInRegister(<OverviewScreen />);

    expect(await screen.findByText('Could not load: The register file could not be read.')).toBeTruthy();
  });

  test('shows how complete each Art. 30(1) item is across the active activities', async () => {
    const completeness = (['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const).map((item) => ({ item, recorded: 2, confirmedNone: 0, gaps: 0, total: 2 }));
    completeness[4] = { item: 'e', recorded: 0, confirmedNone: 1, gaps: 1, total: 2 };
    overviewBackend(() => registerCheck([], { completeness }));
    renderInRegister(<OverviewScreen />);
    const panel = await healthPanel();

    const transfers = await panel.findByRole('row', { name: /\(e\) Transfers/ });
    expect(transfers.textContent).toContain('0 of 2 · 1 none · 1 gap');
    expect(transfers.textContent).toContain('50 %');
  });
});

describe('accepting a finding', () => {
  test('sends the finding and the reason the DPO gave, and says it is accepted', async () => {
    const backend = overviewBackend(() => registerCheck([payrollPurpose]), {
      acceptFinding: ({ key, reason }) => ({ ...payrollPurpose, key, accepted: { by: 'Dana DPO', at: '2025-03-14T12:00:00.000Z', reason } }),
    });
    renderInRegister(<OverviewScreen />);
    const panel = await healthPanel();

    fireEvent.click(await panel.findByRole('button', { name: 'Accept…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept this finding' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: '  Purpose agreed with HR.  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept' }));

    expect(await screen.findByText('Finding accepted')).toBeTruthy();
    expect(backend.sent('acceptFinding')).toEqual([{ key: payrollPurpose.key, reason: 'Purpose agreed with HR.' }]);
  });

  test('without a reason nothing is sent and the dialog asks for one', async () => {
    const backend = overviewBackend(() => registerCheck([payrollPurpose]), { acceptFinding: () => payrollPurpose });
    renderInRegister(<OverviewScreen />);
    const panel = await healthPanel();

    fireEvent.click(await panel.findByRole('button', { name: 'Accept…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept this finding' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept' }));

    expect(await within(dialog).findByText('Say why the finding is accepted.')).toBeTruthy();
    expect(backend.sent('acceptFinding')).toEqual([]);
  });
});

test('a register without any organisation asks for the first one instead', async () => {
  installStandIn({ listOrganisations: () => [] });
  renderInRegister(<OverviewScreen />);

  expect(await screen.findByRole('heading', { name: 'Set up your register' })).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Register health' })).toBeNull();
});

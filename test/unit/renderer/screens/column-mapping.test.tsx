// The column mapping of a spreadsheet in no known layout (Import screen): what the DPO changes is what the register is
// asked to preview, a single-column target moves rather than being doubled, and the merge is previewed and applied
// with the mapping the DPO made.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { ColumnMapping } from '../../../../shared/import-layouts/column-mapping.ts';
import { emptyActivity, type ImportedActivity } from '../../../../shared/import-layouts/imported-register.ts';
import type { MappingPreview, MappingSuggestion } from '../../../../shared/ipc/commands/column-mappings.ts';
import { ColumnMappingPanel } from '../../../../renderer/src/screens/import/ColumnMappingPanel.tsx';
import { ImportScreen } from '../../../../renderer/src/screens/import/ImportScreen.tsx';
import { mergePreview } from '../../../support/renderer/records.ts';
import { renderInRegister } from '../../../support/renderer/render.tsx';
import { installStandIn, refuse } from '../../../support/renderer/stand-in.ts';

const PATH = '/home/dpo/facilities.csv';

function visitorBadges(overrides: Partial<ImportedActivity> = {}): ImportedActivity {
  return { ...emptyActivity({ sheet: 'facilities', row: 2 }, 'Visitor badges'), legalBases: [{ basis: 'legitimate-interests' }], ...overrides };
}

/** What the register suggests for facilities.csv: the name and the legal bases found, "Why we do it" not understood. */
function suggestion(overrides: Partial<MappingSuggestion> = {}): MappingSuggestion {
  return {
    fileName: 'facilities.csv',
    layout: null,
    sheets: ['facilities'],
    sheet: 'facilities',
    headers: ['Activity', 'Why we do it', 'Lawful basis'],
    sampleRows: [['Visitor badges', 'Know who is on site', 'Legitimate interests']],
    mapping: {
      sheet: 'facilities',
      headerRow: 1,
      columns: [
        { header: 'Activity', target: 'name' },
        { header: 'Why we do it', target: 'extension' },
        { header: 'Lawful basis', target: 'legalBases' },
      ],
    },
    activityCount: 1,
    activities: [visitorBadges()],
    findings: [{ place: { sheet: 'facilities', row: 2, column: 'Lawful basis' }, message: 'is no legal basis of Art. 6: kept as text in the notes' }],
    ...overrides,
  };
}

/** The preview the register gives for `mapping`: the purposes read from "Why we do it" when it is mapped to them. */
function previewOf(mapping: ColumnMapping): MappingPreview {
  const purposes = mapping.columns.some((column) => column.header === 'Why we do it' && column.target === 'purposes') ? ['Know who is on site'] : [];
  return { activityCount: 1, activities: [visitorBadges({ purposes })], findings: [] };
}

/** Opens the target chooser of `header` and picks `target`. */
async function chooseTarget(header: string, target: string) {
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(`Where “${header}” goes`) }));
  fireEvent.click(await screen.findByRole('option', { name: target }));
}

function targetOf(header: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`Where “${header}” goes`) });
}

function renderPanel(onPreview: (mapping: ColumnMapping) => void = () => {}) {
  return renderInRegister(<ColumnMappingPanel path={PATH} start={undefined} busy={false} error={undefined} onPreview={onPreview} onCancel={() => {}} />);
}

describe('the column mapping panel', () => {
  test('shows each column with its first values and suggested target, and what the suggestion reads', async () => {
    installStandIn({ suggestColumnMapping: () => suggestion() });
    renderPanel();

    const panel = within(await screen.findByRole('region', { name: 'Map the columns of “facilities.csv”' }));
    expect((await panel.findByRole('list', { name: 'First values of “Why we do it”' })).textContent).toBe('Know who is on site');
    expect(targetOf('Activity').textContent).toContain('Activity name');
    expect(targetOf('Why we do it').textContent).toContain('Keep as an extra field');
    expect(panel.getByRole('textbox', { name: 'Save this mapping as' })).toHaveProperty('value', 'facilities');
    const preview = panel.getByRole('table', { name: /The file gives 1 activity/ });
    expect(within(preview).getByRole('rowheader', { name: 'Visitor badges' })).toBeTruthy();
    expect(panel.getByText('Row 2, column “Lawful basis”:').parentElement?.textContent).toContain('kept as text in the notes');
  });

  test('re-targeting a column asks the register to preview the mapping with the new target, and shows what it reads', async () => {
    const backend = installStandIn({ suggestColumnMapping: () => suggestion(), previewColumnMapping: ({ mapping }) => previewOf(mapping) });
    renderPanel();

    await chooseTarget('Why we do it', 'Purposes');

    await waitFor(() => expect(backend.sent('previewColumnMapping')).toHaveLength(1));
    expect(backend.sent('previewColumnMapping')[0]).toEqual({
      path: PATH,
      mapping: {
        sheet: 'facilities',
        headerRow: 1,
        columns: [
          { header: 'Activity', target: 'name' },
          { header: 'Why we do it', target: 'purposes' },
          { header: 'Lawful basis', target: 'legalBases' },
        ],
      },
    });
    const row = within(await screen.findByRole('table', { name: /The file gives 1 activity/ })).getByRole('row', { name: /Visitor badges/ });
    await waitFor(() => expect(row.textContent).toContain('Know who is on site'));
  });

  test('a single-column target chosen for a second column moves there, and the first column is kept as an extra field', async () => {
    const backend = installStandIn({ suggestColumnMapping: () => suggestion(), previewColumnMapping: ({ mapping }) => previewOf(mapping) });
    renderPanel();

    await chooseTarget('Why we do it', 'Activity name');

    expect(targetOf('Why we do it').textContent).toContain('Activity name');
    expect(targetOf('Activity').textContent).toContain('Keep as an extra field');
    expect(screen.getAllByText('“Activity name” now comes from this column only: “Activity” is kept as an extra field.').length).toBeGreaterThan(0);
    await waitFor(() => expect(backend.sent('previewColumnMapping')).toHaveLength(1));
    expect(backend.sent('previewColumnMapping')[0]?.mapping.columns.map((column) => column.target)).toEqual(['extension', 'name', 'legalBases']);
  });

  test('without a column for the names, it says so and previews nothing', async () => {
    const backend = installStandIn({ suggestColumnMapping: () => suggestion(), previewColumnMapping: ({ mapping }) => previewOf(mapping) });
    renderPanel();

    await chooseTarget('Activity', 'Description');

    expect(await screen.findByText('No column names the activities: choose “Activity name” for the column that holds their names.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Preview import' }).hasAttribute('disabled')).toBe(true);
    // Nothing is waiting to be previewed (a preview on its way says "Updating the preview…"), and nothing was sent.
    expect(screen.queryByText('Updating the preview…')).toBeNull();
    expect(backend.sent('previewColumnMapping')).toEqual([]);
  });

  test('Preview import hands over the mapping, named as the DPO typed', async () => {
    installStandIn({ suggestColumnMapping: () => suggestion({ savedAs: 'Facilities sheet' }) });
    const onPreview = vi.fn<(mapping: ColumnMapping) => void>();
    renderPanel(onPreview);

    expect(await screen.findByText('Using the mapping saved as “Facilities sheet” for files with these columns.')).toBeTruthy();
    const name = screen.getByRole('textbox', { name: 'Save this mapping as' });
    expect(name).toHaveProperty('value', 'Facilities sheet');
    fireEvent.change(name, { target: { value: '  Facilities 2027  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));

    expect(onPreview).toHaveBeenCalledWith({ ...suggestion().mapping, name: 'Facilities 2027' });
  });
});

/** A browser window (the path is typed) on a register whose merge preview of facilities.csv needs a mapping. */
function importBackend() {
  return installStandIn({
    currentFile: () => ({ path: '/home/dpo/example.ropa', nativeDialogs: false }),
    listActivities: () => [],
    listProcessors: () => [],
    listOrganisations: () => [],
    previewMerge: ({ mapping }) =>
      mapping === undefined
        ? refuse('facilities.csv: is in no layout RoPA Desk knows', { code: 'needs-mapping' })
        : mergePreview({
            fileName: 'facilities.csv',
            path: PATH,
            threeWay: false,
            counts: { new: 1, changed: 0, conflict: 0, 'delete-conflict': 0, removed: 0, unchanged: 0 },
            records: [{ type: 'activity', id: '00000000-0000-4000-8000-000000000301', name: 'Visitor badges', outcome: 'new', fields: [] }],
          }),
    suggestColumnMapping: () => suggestion(),
    applyMerge: () => ({ created: 1, updated: 0, deleted: 0, backupPath: '/home/dpo/example.before-import.ropa', source: 'facilities.csv' }),
    previewColumnMapping: ({ mapping }) => previewOf(mapping),
  });
}

/** Types facilities.csv's path on the Import screen and previews it: the register asks for a mapping. */
async function chooseFacilities() {
  fireEvent.change(await screen.findByRole('textbox', { name: 'File' }), { target: { value: PATH } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview the merge' }));
  return within(await screen.findByRole('region', { name: 'Map the columns of “facilities.csv”' }));
}

describe('the Import screen with a spreadsheet in no known layout', () => {
  test('opens the mapping when the register asks for one, and previews and applies the merge with it', async () => {
    const backend = importBackend();
    renderInRegister(<ImportScreen />);

    const panel = await chooseFacilities();
    fireEvent.click(await panel.findByRole('button', { name: 'Preview import' }));

    const merge = within(await screen.findByRole('region', { name: 'What merging “facilities.csv” would do' }));
    const mapping = { ...suggestion().mapping, name: 'facilities' };
    expect(backend.sent('previewMerge')).toEqual([
      { path: PATH, matches: {} },
      { path: PATH, mapping, matches: {} },
    ]);
    fireEvent.click(merge.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(backend.sent('applyMerge')).toHaveLength(1));
    expect(backend.sent('applyMerge')[0]).toMatchObject({ path: PATH, mapping });
  });

  test('Map columns… in the merge preview goes back to the mapping as the DPO left it', async () => {
    importBackend();
    renderInRegister(<ImportScreen />);

    const panel = await chooseFacilities();
    await chooseTarget('Why we do it', 'Purposes');
    fireEvent.click(panel.getByRole('button', { name: 'Preview import' }));
    const merge = within(await screen.findByRole('region', { name: 'What merging “facilities.csv” would do' }));
    fireEvent.click(merge.getByRole('button', { name: 'Map columns…' }));

    await screen.findByRole('region', { name: 'Map the columns of “facilities.csv”' });
    expect((await screen.findByRole('button', { name: /Where “Why we do it” goes/ })).textContent).toContain('Purposes');
  });
});

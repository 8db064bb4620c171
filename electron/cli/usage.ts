// The help of the command line, per command, so that `ropa <command> --help` prints that command's part only.
// Plain strings and nothing else: `ropa --help` and `ropa <command> --help` load this file and no part of the backend.

/** Each command's lines of the help, keyed by the command's name: the list of commands `ropa` knows. */
export const COMMAND_HELP = {
  init: `  init <register.ropa> [--name TEXT] [--lang CODE]
        Create a new, empty register file (default language: en).
`,
  import: `  import <register.ropa> <file> [--mapping mapping.json] [--dry-run] [--json] [--on-conflict fail|ours|theirs]
        Import a colleague's file or an existing register: an exchange file (.ropa.json), their register (.ropa,
        only read), the spreadsheet template (.xlsx) or a CSV of activities, a spreadsheet in the UK ICO or CNIL
        template or exported by CISO Assistant, a Fides manifest (.yml), or any other spreadsheet read through a
        column mapping (--mapping, made with "ropa mapping suggest"; one with a "name" is saved in the register
        and offered for the next file with the same headers). A spreadsheet in no known layout without a mapping
        is refused (exit code 2). Into a register that holds records it is merged field by field
        (three-way when the file is this register's own export coming back), after a copy of the register is
        taken beside it. --dry-run shows the merge and writes nothing; with conflicts and the default
        --on-conflict fail nothing is written and the exit code is 3.
`,
  mapping: `  mapping suggest <file.xlsx|.csv> [--sheet NAME] [--register <register.ropa>]
        Print the column mapping suggested for a spreadsheet in no known layout, as JSON (edit it, then give it to
        ropa import --mapping); each column's target and what could not be read go to standard error. With
        --register, a mapping saved in that register for the same headers is offered first.
`,
  'undo-import': `  undo-import <register.ropa>
        Put the register back as it was before the last import; the merged register is kept as a backup.
`,
  backups: `  backups list <register.ropa> [--json]
        List the register's backups, newest first (taken once a day on open, before every import and upgrade,
        when a new register first holds an activity, and by backups create; the newest 20 kept, in the folder
        <register>.backups beside it): when, why, size and what each holds. --json prints them as a JSON array,
        each with its name, path, takenAt, reason, bytes and counts.
  backups create <register.ropa> [--json]
        Back the register up now (reason "manual") and print the backup made; --json prints it as JSON.
  backups restore <register.ropa> <backup name>
        Put a backup in the register's place; the state it replaces is backed up first.
`,
  export: `  export <register.ropa> --out <file.ropa.json|.xlsx|.csv|.fides.yml> [--owner NAME] [--as-of TIME]
        Write the register for a colleague: an exchange file ("-" writes it to standard output), the spreadsheet
        template, a CSV of activities, or a Fides manifest (see docs/fides-mapping.md); --owner limits it to the activities of one owner. What it holds is kept,
        so the file coming back is merged three-way. --as-of writes the exchange file of the register as it
        stood at a date (2026-03-01, midnight UTC) or a time (2026-03-01T09:00:00+02:00), rebuilt from its
        audit log.
`,
  report: `  report <register.ropa> --out <file.pdf> [--lang en|uk|bg|sl] [--organisation ID] [--include-drafts] [--as-of TIME]
        Write the record of processing activities (Art. 30) as a PDF for a supervisory authority.
        Only active activities unless --include-drafts; texts printed in another language and the register
        checks' errors and warnings go to standard error. --as-of: the register as it stood at that date or
        time, rebuilt from its audit log (the cover says so).
`,
  check: `  check <register.ropa> [--json] [--lang en|uk|bg|sl] [--min-severity error|warning|info] [--organisation ID]
        Check the register: what is wrong, missing or stale (a missing transfer tool, special-category data
        without an Art. 9 condition, a processor without a contract, an overdue review, …), each finding with what
        to do and its legal reference. --json prints the findings as a JSON array. Exit code 4 when an error
        that no one has accepted remains.
`,
  policy: `  policy <register.ropa> --out <file.html|.md|.pdf> [--lang en|uk|bg|sl] [--organisation ID] [--ignore-checks]
        Write the public privacy policy (Art. 13/14), generated from the register's active, public
        activities; the format follows the file's extension. Warnings go to standard error. While the
        register checks find an error no one has accepted in what the policy publishes (the controller's
        contact or representative, a purpose, legal basis, retention, Art. 9 condition or transfer tool),
        nothing is written, the findings go to standard error and the exit code is 4; --ignore-checks
        writes it anyway.
  policy <register.ropa> --diff-from-published [--lang CODE] [--organisation ID]
        Print what changed since the last published version, the material changes first.
  policy <register.ropa> --publish [--organisation ID] [--ignore-checks]
        Record the next published version of the policy, in every language. Held back like --out (exit code 4)
        while such an error remains; --ignore-checks publishes it anyway.
`,
  templates: `  templates list [--lang en|uk|bg|sl] [--json]
        List the activity templates (payroll, recruitment, CCTV, customer accounts, …), one line each: id, name
        and what it covers. --json prints each template whole (purposes, legal bases, data, retention with its
        source, DPIA answer) as a JSON array; the ids are the same in every language.
  templates add <register.ropa> <template-id> [--lang en|uk|bg|sl] [--organisation ID]
        Add a template as an active activity of the register's organisation (the first one, unless --organisation
        names another), its texts in all four languages, and print its reference. Check its defaults against
        your own processing: the retention notes say what national law decides.
`,
  history: `  history <register.ropa> [--json] [--record ID] [--since DATE]
        The register's audit log, oldest first, one entry a line: when, who, what kind (change, bulk edit,
        import, merge, import undone, restore, finding accepted or reopened, policy published), the record as it
        was named, the fields changed and the file it came from. --json prints the entries as a JSON array, each
        naming its kind; --record keeps one record's entries, --since those from a date (2026-03-01, midnight UTC)
        or a time (2026-03-01T09:00:00+02:00).
  history <register.ropa> --verify
        Check the audit log's chain of hashes: exit code 0 when every entry is as written, 1 naming the first
        entry changed or removed outside RoPA Desk.
`,
  diff: `  diff <register.ropa> --from DATE [--to DATE] [--out diff.pdf] [--json] [--lang en|uk|bg|sl]
        The register compared between two moments (a date, 2026-03-01, from midnight UTC, or a time,
        2026-03-01T09:00:00+02:00; --to absent: now), both rebuilt from its audit log: the records added, removed
        and changed, field by field before and after, those with material changes (a new purpose, recipient or
        transfer out of the EEA, a retention made longer) first, each named as at --to. --json prints the
        comparison as JSON; --out writes it as a PDF for the annual review, in --lang (default: the language of
        the messages).
`,
} as const;

export type CliCommandName = keyof typeof COMMAND_HELP;

export function isCliCommandName(name: string): name is CliCommandName {
  return Object.hasOwn(COMMAND_HELP, name);
}

const EXIT_CODES = `Exit codes: 0 success, 1 the command failed, 2 the command line is wrong (or a spreadsheet needs a column mapping), 3 a merge has conflicts to resolve,
4 the check found an error (ropa check), or such an error held the privacy policy back (ropa policy).
`;

export const USAGE = `Usage: ropa <command> [options]

Keeps a GDPR Article 30 register of processing activities in a .ropa file.

Commands:
${Object.values(COMMAND_HELP).join('')}
Options:
  -h, --help       Show this help (ropa <command> --help: that command's only).
  -v, --version    Show the version.

${EXIT_CODES}`;

/** `ropa <command> --help`: the command's lines, and the exit codes. */
export function commandUsage(command: CliCommandName): string {
  return `Usage:\n${COMMAND_HELP[command]}\n${EXIT_CODES}`;
}

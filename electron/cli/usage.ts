export const USAGE = `Usage: ropa <command> [options]

Keeps a GDPR Article 30 register of processing activities in a .ropa file.

Commands:
  init <register.ropa> [--name TEXT] [--lang CODE]
        Create a new, empty register file (default language: en).
  import <register.ropa> <file.ropa.json>
        Import a register exchange file into an empty register.
  export <register.ropa> --out <file.ropa.json>
        Write the whole register as an exchange file ("-" writes to standard output).

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.

Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
`;

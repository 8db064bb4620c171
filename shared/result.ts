/** What crosses every boundary (IPC, CLI, test bridge): a value or a described failure, never a throw. */
export type Failure = {
  /** A stable machine-readable code, e.g. `invalid-input`, `not-found`, `conflict`. */
  code: ErrorCode;
  /** One line a DPO can read: what is wrong and, where it helps, what to do. */
  message: string;
  /** The path of the offending field, e.g. `activities[3].legalBases[0].basis`. */
  path?: string;
  /** Every field that failed validation, for a form to show each message next to its field. */
  issues?: Array<{ path: string; message: string }>;
  /** The file a refusal is about, when the person chose it in a native dialog (the page never saw its path). */
  file?: string;
};

export type ErrorCode =
  'invalid-input' | 'invalid-file' | 'not-found' | 'conflict' | 'in-use' | 'not-empty' | 'needs-mapping' | 'no-register' | 'cancelled' | 'io' | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, path?: string): { ok: false; error: Failure } => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});

/** A refusal of the catalogue (shared/refusals): its key and the values its wording takes. */
export type Refusal = { key: string; values: Readonly<Record<string, unknown>> };

/**
 * Thrown inside the backend, turned into a `Failure` at the handler table. Its message is English; one made with
 * `refuse` (shared/refusals) also carries its catalogue key, so the handler table words it in the caller's language.
 */
export class RegisterError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;
  readonly issues: Failure['issues'];
  readonly refusal: Refusal | undefined;
  file: string | undefined;
  constructor(code: ErrorCode, message: string, path?: string, issues?: Failure['issues'], refusal?: Refusal) {
    super(message);
    this.name = 'RegisterError';
    this.code = code;
    this.path = path;
    this.issues = issues;
    this.refusal = refusal;
  }

  /** The same refusal, saying which file it is about. */
  aboutFile(file: string): RegisterError {
    const error = new RegisterError(this.code, this.message, this.path, this.issues, this.refusal);
    error.file = file;
    return error;
  }

  /** As it crosses to a transport: a refusal of the catalogue worded by `word` (in the caller's language). */
  toFailure(word?: (refusal: Refusal) => string): Failure {
    return {
      code: this.code,
      message: this.refusal !== undefined && word !== undefined ? word(this.refusal) : this.message,
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.issues === undefined ? {} : { issues: this.issues }),
      ...(this.file === undefined ? {} : { file: this.file }),
    };
  }
}

/** Where the backend reports what went wrong unexpectedly (the console by default; the app may pass its own log). */
export type Logger = (message: string, error?: unknown) => void;

export const consoleLogger: Logger = (message, error) => {
  if (error === undefined) console.error(`[ropa backend] ${message}`);
  else console.error(`[ropa backend] ${message}`, error);
};

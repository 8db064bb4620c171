// The open register (name, default language, file, counts) for every screen: useRegister() returns it once loaded.
// Screens need its defaultLanguage for texts and for the shared zod schemas (recordSchemas(defaultLanguage)).
import { createContext, useContext } from 'react';
import type { RegisterInfo } from '../api/index.ts';

export const RegisterContext = createContext<RegisterInfo | null>(null);

/** The open register. Only used below <App>, which renders screens once the register is known. */
export function useRegister(): RegisterInfo {
  const info = useContext(RegisterContext);
  if (info === null) throw new Error('useRegister() outside a loaded register.');
  return info;
}

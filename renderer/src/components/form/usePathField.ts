// A file path typed by the person, where the host has no native dialog (the browser of the test bridge): required
// once they try to go on, and no longer flagged as soon as they type again.
import { useState } from 'react';

export function usePathField(requiredMessage: string) {
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const path = value.trim();
  return {
    path,
    /** Spread onto PlainTextField: the value, its change handler and the "required" message once tried. */
    field: {
      value,
      onChange: (next: string) => {
        setValue(next);
        setTried(false);
      },
      error: tried && path === '' ? requiredMessage : undefined,
    },
    /** Marks the field as tried; true when a path was given. */
    check(): boolean {
      setTried(true);
      return path !== '';
    },
  };
}

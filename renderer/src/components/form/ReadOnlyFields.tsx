// The fields of a record's form, read-only while the register is (viewed as of a moment, or written by another RoPA
// Desk): a disabled fieldset disables every control inside it at once, however deep, and each still shows its value.
import type { ReactNode } from 'react';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import './form.css';

export function ReadOnlyFields(props: { children: ReactNode }) {
  const { readOnly } = useRegister();
  return (
    <fieldset className="read-only-fields" disabled={readOnly}>
      {props.children}
    </fieldset>
  );
}

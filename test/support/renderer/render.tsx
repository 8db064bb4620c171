// Renders a screen or component as the app does below <App> (renderer/src/shell/App.tsx): the interface's
// translations, react-aria's locale, the open register's info, and the hosts for questions (confirmAction) and
// notifications (notify). The backend behind it is the test's stand-in (stand-in.ts), installed before rendering.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import type { RegisterInfo } from '../../../shared/ipc/contract.ts';
import { ConfirmHost } from '../../../renderer/src/components/ConfirmDialog.tsx';
import { ToastHost } from '../../../renderer/src/components/toast.tsx';
import i18n from '../../../renderer/src/i18n/index.ts';
import { RegisterContext } from '../../../renderer/src/navigation/RegisterContext.tsx';

let opened = 0;

/**
 * The open register as `registerInfo` answers: an English register, writable, with a few records. Each call is
 * another register (its own id), as the app sees a register opened anew: what the screens keep per register (the
 * activity records read by the Processors and Transfers screens) starts afresh in each test.
 */
export function registerInfo(overrides: Partial<RegisterInfo> = {}): RegisterInfo {
  opened += 1;
  return {
    id: `6f9619ff-8b86-4d01-b42d-${String(opened).padStart(12, '0')}`,
    name: 'Example Ltd register',
    defaultLanguage: 'en',
    revision: 12,
    filePath: '/home/dpo/example.ropa',
    readOnly: false,
    asOf: null,
    counts: { organisations: 1, processors: 2, activities: 3 },
    ...overrides,
  };
}

function InRegister(props: { info: RegisterInfo; children: ReactNode }) {
  return (
    <I18nProvider locale={i18n.language}>
      <RegisterContext.Provider value={props.info}>
        {props.children}
        <ConfirmHost />
        <ToastHost />
      </RegisterContext.Provider>
    </I18nProvider>
  );
}

/** Renders `ui` inside an open register (its info overridable), in English. */
export function renderInRegister(ui: ReactElement, options: { register?: Partial<RegisterInfo> } = {}): RenderResult {
  const info = registerInfo(options.register);
  return render(<InRegister info={info}>{ui}</InRegister>);
}

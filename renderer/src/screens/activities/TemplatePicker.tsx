// "From a template…" on the Activities screen: a dialog listing the activity templates (shared/templates/), searchable,
// with a preview of the one selected; "Add as a draft" adds it to the register's organisation and opens it in the
// editor for the DPO to adjust. Keyboard: type to filter, arrows to move, Enter to add.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Autocomplete, Button, Dialog, Heading, Input, ListBox, ListBoxItem, Modal, ModalOverlay, SearchField, type Selection } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TemplateLanguage } from '../../../../shared/templates/activity-template.ts';
import { isTemplateLanguage, type TemplateSummary } from '../../../../shared/templates/from-template.ts';
import { foldForSearch } from '../../../../shared/vocabularies/index.ts';
import { call, useQuery } from '../../api/index.ts';
import { notify } from '../../components/index.ts';
import { languageName } from '../../i18n/format.ts';
import { useRegister } from '../../navigation/RegisterContext.tsx';
import { navigate } from '../../navigation/routing.ts';
import { TemplatePreview } from './TemplatePreview.tsx';
import './templates.css';

/** The button beside "New activity", with its dialog. */
export function TemplatePickerButton() {
  const { t } = useTranslation('activities');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button" onPress={() => setOpen(true)}>
        {t('templates.action')}
      </Button>
      {/* Mounted only while open: each opening starts with an empty search and the first template. */}
      {open && <TemplatePicker onClose={() => setOpen(false)} />}
    </>
  );
}

/** The templates whose name or description contains the query, folded as the suggestions fold text (no case, no accents). */
function matching(templates: readonly TemplateSummary[], query: string): TemplateSummary[] {
  const folded = foldForSearch(query);
  if (folded === '') return [...templates];
  return templates.filter((template) => foldForSearch(`${template.name} ${template.description}`).includes(folded));
}

function TemplatePicker({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation(['activities', 'common']);
  const info = useRegister();
  // Templates are written in the four languages of the documents; a register in another one sees the English texts.
  const language: TemplateLanguage = isTemplateLanguage(info.defaultLanguage) ? info.defaultLanguage : 'en';
  const templates = useQuery('listTemplates', { language });
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  // Enter may reach both the focused template and the search field: one addition only.
  const adding = useRef(false);

  const shown = useMemo(() => matching(templates.data ?? [], query), [templates.data, query]);
  // The selected template while it matches the search, else the first that does: the preview is never of a hidden one.
  const current = shown.find((template) => template.id === selected) ?? shown[0];

  const add = async (template: TemplateSummary | undefined) => {
    if (template === undefined || adding.current) return;
    adding.current = true;
    setBusy(true);
    setError(undefined);
    const result = await call('addActivityFromTemplate', { templateId: template.id });
    adding.current = false;
    setBusy(false);
    if (!result.ok) {
      setError(t('templates.addFailed', { message: result.error.message }));
      return;
    }
    onClose();
    notify(t('templates.added', { name: template.name }));
    void navigate('activities', result.value.id);
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable={!busy}>
      <Modal className="modal template-modal">
        <Dialog className="dialog template-dialog">
          <Heading slot="title" className="dialog-title">
            {t('templates.title')}
          </Heading>
          <p className="dialog-note">
            {t('templates.intro')} {t('templates.keyboardHint')}{' '}
            {language === info.defaultLanguage ? t('templates.textsIn', { language: languageName(language, i18n.language) }) : t('templates.textsInEnglish')}
          </p>
          {templates.error !== undefined && (
            <p className="dialog-error" role="alert">
              {t('templates.loadFailed', { message: templates.error.message })}
            </p>
          )}
          <div className="template-picker">
            <div className="template-choices">
              <Autocomplete inputValue={query} onInputChange={setQuery}>
                <SearchField className="search-field template-search" aria-label={t('templates.search')} autoFocus onSubmit={() => void add(current)}>
                  <Input className="search-input" placeholder={t('templates.search')} />
                </SearchField>
                <ListBox
                  className="listbox template-list"
                  aria-label={t('templates.list')}
                  items={shown}
                  selectionMode="single"
                  // A click selects, Enter or a double click adds.
                  selectionBehavior="replace"
                  disallowEmptySelection
                  selectedKeys={current === undefined ? [] : [current.id]}
                  onSelectionChange={(keys: Selection) => {
                    const [key] = keys === 'all' ? [] : [...keys];
                    if (key !== undefined) setSelected(String(key));
                  }}
                  onAction={(key) => void add(shown.find((template) => template.id === key))}
                  renderEmptyState={() => (
                    <p className="listbox-empty">{templates.data === undefined ? t('templates.loading') : t('templates.noMatches', { query })}</p>
                  )}
                >
                  {(template) => (
                    <ListBoxItem id={template.id} textValue={template.name} className="listbox-item template-item" lang={language}>
                      {({ isFocused }) => (
                        <>
                          <FocusFollower id={template.id} isFocused={isFocused} onFocused={setSelected} />
                          {template.name}
                        </>
                      )}
                    </ListBoxItem>
                  )}
                </ListBox>
              </Autocomplete>
            </div>
            <div className="template-preview-pane">{current !== undefined && <TemplatePreview template={current} language={language} />}</div>
          </div>
          {error !== undefined && (
            <p className="dialog-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <Button className="button" onPress={onClose} isDisabled={busy}>
              {t('common:cancel')}
            </Button>
            <Button className="button button-primary" onPress={() => void add(current)} isDisabled={current === undefined} isPending={busy}>
              {t('templates.add')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/**
 * Selects a template when the arrows reach it. The search field keeps the keyboard and the list only has virtual
 * focus, which moves no selection; without this the preview would stay on a template the arrows have left.
 */
function FocusFollower({ id, isFocused, onFocused }: { id: string; isFocused: boolean; onFocused: (id: string) => void }) {
  useEffect(() => {
    if (isFocused) onFocused(id);
  }, [id, isFocused, onFocused]);
  return null;
}

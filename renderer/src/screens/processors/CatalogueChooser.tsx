// "Fill from the catalogue…" in a new processor's editor: a searchable list of the processors most registers name
// (shared/reference/processor-catalogue.ts); one choice fills in the legal entity's name, the service, the country,
// where the data are kept and the Data Privacy Framework flag, for the DPO to check and save. Only while creating: on
// a saved record it would overwrite what the DPO recorded.
import { useMemo, useState } from 'react';
import { Autocomplete, Button, Dialog, Heading, Input, ListBox, ListBoxItem, Modal, ModalOverlay, SearchField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { catalogueMatches, DPF_LIST_AS_OF, processorFromCatalogue, type CatalogueProcessor } from '../../../../shared/reference/processor-catalogue.ts';
import { PROCESSOR_CATALOGUE } from '../../../../shared/reference/processor-catalogue-data.ts';
import { isVocabularyLanguage } from '../../../../shared/vocabularies/index.ts';
import { useFormContext } from '../../components/index.ts';
import { useFormat } from '../../i18n/format.ts';
import './catalogue.css';

export function FillFromCatalogue() {
  const { t } = useTranslation('processors');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button button-small" onPress={() => setOpen(true)}>
        {t('catalogue.action')}
      </Button>
      {open && <CatalogueDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function CatalogueDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['processors', 'common']);
  const format = useFormat();
  const { form, defaultLanguage } = useFormContext();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => catalogueMatches(PROCESSOR_CATALOGUE, query, defaultLanguage), [query, defaultLanguage]);
  const serviceOf = (entry: CatalogueProcessor) => (isVocabularyLanguage(defaultLanguage) ? entry.service[defaultLanguage] : entry.service.en);

  const fill = (entry: CatalogueProcessor | undefined) => {
    if (entry === undefined) return;
    const filled = processorFromCatalogue(entry, defaultLanguage);
    // Every field the catalogue knows, cleared where this entry has nothing, so a second choice leaves nothing of the first.
    form.set('name', filled.name);
    form.set('service', filled.service);
    form.set('country', filled.country);
    form.set('dataLocations', filled.dataLocations);
    form.set('dpfCertified', filled.dpfCertified);
    form.set('kind', filled.kind);
    onClose();
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(isOpen) => !isOpen && onClose()} isDismissable>
      <Modal className="modal catalogue-modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('catalogue.title')}
          </Heading>
          <p className="dialog-note">{t('catalogue.intro', { date: format.date(DPF_LIST_AS_OF) })}</p>
          <Autocomplete inputValue={query} onInputChange={setQuery}>
            <SearchField className="search-field catalogue-search" aria-label={t('catalogue.search')} autoFocus onSubmit={() => fill(shown[0])}>
              <Input className="search-input" placeholder={t('catalogue.search')} />
            </SearchField>
            <ListBox
              className="listbox catalogue-list"
              aria-label={t('catalogue.list')}
              items={shown}
              onAction={(key) => fill(shown.find((entry) => entry.id === key))}
              renderEmptyState={() => <p className="listbox-empty">{t('catalogue.noMatches', { query })}</p>}
            >
              {(entry) => (
                <ListBoxItem id={entry.id} textValue={entry.provider} className="listbox-item catalogue-item">
                  <span className="catalogue-item-head">
                    <span className="catalogue-item-provider">{entry.provider}</span>
                    {entry.dpfCertified === true && <span className="badge badge-dpf-only">{t('catalogue.dpf')}</span>}
                  </span>
                  <span className="listbox-item-description">
                    {t('catalogue.entity', { name: entry.name, country: format.country(entry.country) })} ·{' '}
                    <span lang={defaultLanguage}>{serviceOf(entry)}</span>
                  </span>
                </ListBoxItem>
              )}
            </ListBox>
          </Autocomplete>
          <div className="dialog-actions">
            <Button className="button" onPress={onClose}>
              {t('common:cancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

// The calendar of a DateField's popover (react-aria-components' Calendar inside the DatePicker's Popover and Dialog):
// a month with its days, a month and a year back or forward, and the month's name as its heading. Choosing a day
// closes it and fills in the field.
import { useContext, type RefObject } from 'react';
import { Button, ButtonContext, Calendar, CalendarCell, CalendarGrid, CalendarStateContext, Dialog, Heading, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export function DateCalendarPopover(props: { triggerRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation('form');
  return (
    <Popover className="popover date-popover" triggerRef={props.triggerRef} placement="bottom start">
      <Dialog className="date-dialog">
        <Calendar className="calendar">
          <div className="calendar-header">
            <YearButton years={-1} label={t('previousYear')} />
            <Button slot="previous" className="button button-quiet calendar-nav" aria-label={t('previousMonth')}>
              <Chevron direction="left" />
            </Button>
            <Heading className="calendar-heading" />
            <Button slot="next" className="button button-quiet calendar-nav" aria-label={t('nextMonth')}>
              <Chevron direction="right" />
            </Button>
            <YearButton years={1} label={t('nextYear')} />
          </div>
          <CalendarGrid className="calendar-grid">{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
        </Calendar>
      </Dialog>
    </Popover>
  );
}

/** A year back or forward: a next review is usually a year after the last, twelve clicks away by month. */
function YearButton(props: { years: number; label: string }) {
  const state = useContext(CalendarStateContext);
  return (
    // Out of the calendar's own button slots (previous and next month), which every Button inside it must otherwise fill.
    <ButtonContext.Provider value={null}>
      <Button
        className="button button-quiet calendar-nav"
        aria-label={props.label}
        onPress={() => state?.setFocusedDate(state.focusedDate.add({ years: props.years }))}
      >
        <Chevron direction={props.years < 0 ? 'left' : 'right'} double />
      </Button>
    </ButtonContext.Provider>
  );
}

function Chevron(props: { direction: 'left' | 'right'; double?: boolean }) {
  const single = props.direction === 'left' ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5';
  const second = props.direction === 'left' ? 'M14 3 9 8l5 5' : 'M2 3l5 5-5 5';
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="calendar-chevron">
      <path d={single} fill="none" stroke="currentColor" strokeWidth="1.6" />
      {props.double === true && <path d={second} fill="none" stroke="currentColor" strokeWidth="1.6" />}
    </svg>
  );
}

/** The calendar icon of the button that opens the popover. */
export function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

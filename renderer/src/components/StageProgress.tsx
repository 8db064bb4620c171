// A progress bar for long work done in the backend (a report rendered, a colleague's file read): its label, the stage
// it is at with the percentage where one is known, and a bar, or a moving band while the fraction is unknown.
import { Label, ProgressBar } from 'react-aria-components';
import './stage-progress.css';

export function StageProgress(props: { label: string; stage: string; fraction: number | undefined; className?: string }) {
  const { fraction } = props;
  return (
    <ProgressBar
      className={`stage-progress ${props.className ?? ''}`}
      {...(fraction === undefined ? { isIndeterminate: true } : { value: Math.round(fraction * 100) })}
      valueLabel={props.stage}
    >
      {/* The stage is shown as given: react-aria gives no valueText while the fraction is unknown (indeterminate). */}
      {({ percentage }) => (
        <>
          <Label className="field-label">{props.label}</Label>
          <span className="stage-progress-stage" aria-live="polite">
            {props.stage}
            {percentage !== undefined && !Number.isNaN(percentage) && fraction !== undefined ? ` ${Math.round(percentage)} %` : ''}
          </span>
          <div className="stage-progress-track">
            <div
              className={fraction === undefined ? 'stage-progress-fill indeterminate' : 'stage-progress-fill'}
              style={fraction === undefined ? undefined : { width: `${percentage ?? 0}%` }}
            />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

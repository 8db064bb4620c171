// One button a format ("Export CSV", "Export PDF", …) beside each other, each saying which format was chosen. The
// words are the caller's, and so is what a choice does (save at once, or first ask where).
import { Button } from 'react-aria-components';

export function ExportFormatButtons<Format extends string>(props: {
  formats: readonly Format[];
  label: (format: Format) => string;
  onChoose: (format: Format) => void;
}) {
  return props.formats.map((format) => (
    <Button key={format} className="button" onPress={() => props.onChoose(format)}>
      {props.label(format)}
    </Button>
  ));
}

// The policy as a reader of the website will see it: rendered from the same model as the exported HTML, by React
// (no generated HTML is injected into the app's page).
import type { ReactNode } from 'react';
import type { PolicyBlock, PolicyCell, PolicyInline, PrivacyPolicy } from '../../../../shared/policy/policy-document.ts';

function Inline({ run }: { run: PolicyInline }) {
  if (typeof run === 'string') return <>{run}</>;
  // A link in the preview is shown, not followed: the app opens nothing from a register's text.
  return <span className="policy-link">{run.text}</span>;
}

function inlines(runs: readonly PolicyInline[]): ReactNode {
  return runs.map((run, index) => <Inline key={index} run={run} />);
}

function Cell({ value }: { value: PolicyCell }) {
  if (typeof value === 'string') return <>{value}</>;
  if (value.length === 1) return <>{value[0]}</>;
  return (
    <ul>
      {value.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

function Block({ block }: { block: PolicyBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{inlines(block.text)}</p>;
    case 'subheading':
      return <h4>{block.text}</h4>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{inlines(item)}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="policy-table">
          <thead>
            <tr>
              {block.header.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((value, index) => (
                  <td key={index}>
                    <Cell value={value} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

export function PolicyPreview({ policy }: { policy: PrivacyPolicy }) {
  return (
    <article className="policy-document" lang={policy.language} aria-label={policy.title}>
      <h2 className="policy-title">{policy.title}</h2>
      <p className="policy-subtitle">{policy.subtitle}</p>
      <p className="policy-version">{policy.versionLine}</p>
      <p>{policy.intro}</p>
      <nav aria-label={policy.contentsTitle}>
        <h3>{policy.contentsTitle}</h3>
        <ol>
          {policy.sections.map((section) => (
            <li key={section.id}>{section.title}</li>
          ))}
        </ol>
      </nav>
      {policy.sections.map((section) => (
        <section key={section.id} aria-labelledby={`policy-${section.id}`}>
          <h3 id={`policy-${section.id}`}>
            {section.number}. {section.title}
          </h3>
          {section.blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

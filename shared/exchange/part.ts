// The part of a register a colleague gets: the activities of one owner (or a selection), with the processors they
// use (and the processors those were engaged by) and the organisations they belong to, so the file stands on its own.
import { refuse } from '../refusals/refusals.ts';
import type { ExchangeDocument } from './read.ts';

export type ExportScope = {
  /** The activities whose owner is this (ignoring case and spacing). */
  owner?: string | undefined;
  activityIds?: readonly string[] | undefined;
};

const comparable = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function partOfRegister(document: ExchangeDocument, scope: ExportScope): ExchangeDocument {
  if (scope.owner === undefined && scope.activityIds === undefined) return document;
  const owner = scope.owner === undefined ? undefined : comparable(scope.owner);
  const chosen = scope.activityIds === undefined ? undefined : new Set(scope.activityIds.map((id) => id.toLowerCase()));
  const activities = document.activities.filter(
    (activity) => (owner === undefined || comparable(activity.owner ?? '') === owner) && (chosen === undefined || chosen.has(activity.id)),
  );
  if (activities.length === 0) {
    throw owner === undefined
      ? refuse('not-found', 'imports:noChosenActivityInRegister')
      : refuse('not-found', 'imports:noActivityWithOwner', { owner: scope.owner });
  }
  const processorsById = new Map(document.processors.map((processor) => [processor.id, processor]));
  const used = new Set<string>();
  const use = (id: string | null | undefined) => {
    // A processor's parent chain comes along: a sub-processor is shown under the processor that engaged it.
    for (let current = id; current !== null && current !== undefined && !used.has(current); current = processorsById.get(current)?.parentId) used.add(current);
  };
  for (const activity of activities) {
    for (const id of activity.processorIds ?? []) use(id);
    for (const transfer of activity.transfers ?? []) use(transfer.processorId);
  }
  const organisationIds = new Set(activities.map((activity) => activity.organisationId));
  return {
    ...document,
    organisations: document.organisations.filter((organisation) => organisationIds.has(organisation.id)),
    processors: document.processors.filter((processor) => used.has(processor.id)),
    activities,
  };
}

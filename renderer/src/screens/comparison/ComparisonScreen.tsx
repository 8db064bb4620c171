// PLACEHOLDER: being written. The register compared between two dates.
export function ComparisonScreen() {
  return null;
}

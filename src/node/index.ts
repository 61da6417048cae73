// `localized-content/node`: everything that touches the filesystem.
export { loadResources, type LoadResourcesOptions } from './load-resources.js';
export { parseJsonFile, positionOf } from './json.js';
export { checkTree, type CheckOptions, type CheckProgress, type CheckResult } from './check-tree.js';
export { CHECK_RULES, type CheckProblem, type RuleId, type Severity } from './check-problem.js';
export { stampTranslations, type StampOptions, type StampResult } from './stamp.js';
export { readContentTree, type ContentTree, type ReadContentOptions } from './content-tree.js';
export { coverageOf, type Coverage, type CoverageCell, type CoverageRow, type LocaleCoverage } from './coverage.js';

// `localized-content/node`: everything that touches the filesystem.
export { loadResources, type LoadResourcesOptions } from './load-resources.js';
export { parseJsonFile, positionOf } from './json-document.js';
export { checkTree, type CheckOptions, type CheckProgress, type CheckResult } from '../tools/check/check-tree.js';
export type { DefaultLocaleMatched, DefaultLocaleOptions } from '../tools/default-locale.js';
export { CHECK_RULES, type CheckProblem, type RuleId, type Severity } from '../tools/check/check-problem.js';
export { stampTranslations, type StampOptions, type StampResult } from '../tools/stamp/stamp.js';
export { readContentTree, type ContentBundle, type ContentEntryFile, type ContentTree, type ReadContentOptions, type SkippedFile } from '../tools/content-tree.js';
export type { EntryFormat } from './entry-document.js';
export type { OpenFile, WriteSystem } from './atomic-write.js';
export type { Resources } from '../core.js';
export { coverageOf, type Coverage, type CoverageCell, type CoverageRow, type LocaleCoverage } from '../tools/coverage/coverage.js';
export { readCoverage, type CoverageRead } from '../tools/coverage/read-coverage.js';
export { exportTranslations, type ExchangeFormat, type ExportOptions, type ExportResult } from '../tools/exchange/export-translations.js';
export { importTranslations, type ImportOptions, type ImportResult, type ImportWarning, type Refusal, type RefusalReason, type SkippedUnit } from '../tools/exchange/import-translations.js';
export type { ExchangeUnit, UnitState } from '../tools/exchange/exchange-unit.js';

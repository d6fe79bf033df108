import { join } from 'node:path';

/** Results and screenshots land in test/e2e-artifacts (ignored by git at the repository root). */
export const ARTIFACTS_DIR = join(__dirname, '..', 'e2e-artifacts');

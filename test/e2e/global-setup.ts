import type { FullConfig } from '@playwright/test';
import { ELECTRON_SKIPPED, electronExecutable } from './electron-binary';

/** Say it once, loudly: a silently skipped host looks exactly like a passing one. */
export default function globalSetup(config: FullConfig): void {
  const hasElectronProject = config.projects.some((project) => project.name === 'electron');
  if (hasElectronProject && electronExecutable() === null) {
    console.log(`\n⚠ ${ELECTRON_SKIPPED}\n`);
  }
}

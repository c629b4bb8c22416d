import { createI18n, resolveLocale } from '../../shared/i18n';
import { detectOsLocale } from '../browser-host/host-context';

/**
 * What `npm start` runs: the desktop app when the Electron binary is there,
 * otherwise one sentence saying why, then the same app in the browser (what
 * `npm run start:browser` does). Pure, so the choice is unit-tested; start.ts
 * runs the steps.
 */

/** Installs the missing binary; Electron 45 has no install step of its own. */
export const INSTALL_ELECTRON = 'npx install-electron';
/** Electron's documented download mirror setting, with the mirror its README lists for China. */
export const ELECTRON_MIRROR_SETTING = 'ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/';

/** A package's command-line tool and its arguments; start.ts runs each with this node. */
export interface LaunchStep {
  tool: 'electron-vite' | 'tsx';
  args: string[];
}

export interface LaunchPlan {
  mode: 'electron' | 'browser';
  /** Printed before the steps run; null when there is nothing to explain. */
  notice: string | null;
  /** Run one after another; the last one is the app and runs until it is closed. */
  steps: LaunchStep[];
}

export interface LaunchOptions {
  /** From electronExecutable(): null when the binary is missing. */
  electron: string | null;
  env: Record<string, string | undefined>;
  /** false: use the build in out/ (or NSS_RENDERER_DIR) as it is. */
  build: boolean;
  /** false: print the browser host's address without opening a browser. */
  open: boolean;
}

export function planLaunch({ electron, env, build, open }: LaunchOptions): LaunchPlan {
  if (electron !== null) {
    return {
      mode: 'electron',
      notice: null,
      steps: [{ tool: 'electron-vite', args: build ? ['preview'] : ['preview', '--skipBuild'] }],
    };
  }
  const host: LaunchStep = {
    tool: 'tsx',
    args: ['src/main/browser-host/start.ts', ...(open ? ['--open'] : [])],
  };
  return {
    mode: 'browser',
    notice: noElectronNotice(env),
    steps: build ? [{ tool: 'electron-vite', args: ['build'] }, host] : [host],
  };
}

/** The one sentence, in the language of the user's session (LC_ALL, LC_MESSAGES, LANG). */
export function noElectronNotice(env: Record<string, string | undefined>): string {
  const { t } = createI18n(resolveLocale(detectOsLocale(env)));
  return t('cli:launcher.noElectron', {
    install: INSTALL_ELECTRON,
    mirror: ELECTRON_MIRROR_SETTING,
  });
}

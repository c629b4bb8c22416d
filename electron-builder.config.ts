import type { Configuration } from 'electron-builder';

/**
 * Installers: `npm run dist` (electron-vite build, then electron-builder with
 * this file). Not buildable on our machines (electron-builder downloads the
 * Electron binary and its tools); test/unit/packaging.test.ts checks the
 * settings below. See docs/dependencies.md (electron-builder) for why each
 * fuse is set as it is.
 */
const config = {
  appId: 'com.northstarstudio.desktop',
  productName: 'North Star Studio',
  directories: { output: 'dist' },
  // The built app; electron-builder adds package.json and the production
  // dependencies (zod and i18next are imported by out/main at run time).
  files: ['out/**'],
  // The sample workspaces, outside the asar, where src/main/shell/context.ts
  // looks for them when packaged: process.resourcesPath/resources/sample/.
  // The generator scripts beside them are not shipped.
  extraResources: [{ from: 'resources', to: 'resources', filter: ['**/*.northstar'] }],
  asar: true,
  // No native modules: nothing to rebuild for Electron's Node.
  npmRebuild: false,
  fileAssociations: [
    {
      ext: 'northstar',
      name: 'North Star Studio workspace',
      description: 'North Star Studio workspace',
      mimeType: 'application/x-northstar+json',
      role: 'Editor',
    },
  ],
  // Burnt into the Electron binary at packaging time. A release build is then
  // a different binary from the one the e2e suite drives: Playwright's
  // _electron needs enableNodeCliInspectArguments on, so e2e runs against the
  // unpackaged build (out/) and never against an installer's app.
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.
    runAsNode: false,
    // NODE_OPTIONS (and NODE_EXTRA_CA_CERTS) would inject code or trust.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect and SIGUSR1 would open a debugger on the main process.
    enableNodeCliInspectArguments: false,
    // The renderer is served from our own protocol, not file://.
    grantFileProtocolExtraPrivileges: false,
    // Load app code only from app.asar, and only if its hash matches the one
    // in the signed binary (macOS and Windows).
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // Chromium's cookie store encrypted with the OS keychain; we keep no
    // cookies today, and turning this on later would be a one-way change.
    enableCookieEncryption: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
  },
  mac: {
    target: 'dmg',
    category: 'public.app-category.productivity',
  },
  win: {
    target: 'nsis',
  },
} satisfies Configuration;

export default config;

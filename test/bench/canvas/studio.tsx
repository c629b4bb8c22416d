// First, as in main.tsx: configures zod before any schema is built.
import '../../../src/renderer/zod-config';
import '../../../src/renderer/styles/base.css';
import '../../../src/renderer/styles/canvas.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MetricCanvas } from '../../../src/renderer/canvas/MetricCanvas';
import type { StudioContext } from '../../../src/renderer/commands/context';
import { createDocumentStore } from '../../../src/renderer/document/document-store';
import { applyLocale, i18n } from '../../../src/renderer/i18n/i18n';
import { StudioProvider } from '../../../src/renderer/shell/studio-context';
import { createFakeHost } from '../../../src/renderer/testing/studio-harness';
import { createUiStore } from '../../../src/renderer/ui/ui-store';
import { buildBigWorkspace } from '../big-workspace';
import type { CanvasBench } from './probe';

/** Our canvas, inside the real providers and stores; the host is a fake that is never called. */
export function mount(container: HTMLElement, bench: CanvasBench): void {
  const studio: StudioContext = {
    host: createFakeHost(),
    documents: createDocumentStore(),
    ui: createUiStore(),
    now: () => new Date('2026-11-23T00:00:00Z'),
  };
  studio.ui.getState().setLocale('zh-CN');
  applyLocale('zh-CN');
  studio.documents
    .getState()
    .load({ workspace: buildBigWorkspace(), path: null, revision: null, fromVersion: 1 });
  bench.renderStartedAt = performance.now();
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StudioProvider value={studio}>
          <MetricCanvas />
        </StudioProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

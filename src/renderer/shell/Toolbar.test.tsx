import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale, i18n } from '../i18n/i18n';
import { createHarness, REVISION, sampleWorkspace } from '../testing/studio-harness';
import { StudioProvider } from './studio-context';
import { Toolbar } from './Toolbar';

/**
 * The toolbar rendered to HTML, as it stands for this studio (no DOM needed).
 * Server rendering reads zustand's server snapshot, which is the store's
 * initial state: point it at the current one.
 */
function render(ctx: ReturnType<typeof createHarness>): string {
  const documents = { ...ctx.documents, getInitialState: ctx.documents.getState };
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <StudioProvider value={{ ...ctx, documents }}>
        <Toolbar />
      </StudioProvider>
    </I18nextProvider>,
  );
}

const titleOf = (html: string, command: string) =>
  new RegExp(`data-testid="toolbar-${command}"[^>]*title="([^"]*)"`).exec(html)?.[1] ??
  new RegExp(`title="([^"]*)"[^>]*data-testid="toolbar-${command}"`).exec(html)?.[1];

afterEach(() => applyLocale('zh-CN'));

describe('the undo and redo buttons name the step', () => {
  it('in the user’s language, and follow a language switch', () => {
    const ctx = createHarness();
    ctx.documents.getState().load({
      workspace: sampleWorkspace(),
      path: '/w/plan.northstar',
      revision: REVISION,
      fromVersion: 1,
    });
    expect(titleOf(render(ctx), 'undo')).toMatch(/^撤销（/);

    ctx.documents.getState().transact('split', [
      {
        kind: 'add-many',
        items: [{ id: 'm_north', name: '华北新客首单数', parentId: 'm_sales' }],
      },
    ]);
    applyLocale('zh-CN');
    expect(titleOf(render(ctx), 'undo')).toMatch(/^撤销拆分（/);
    applyLocale('en');
    expect(titleOf(render(ctx), 'undo')).toMatch(/^Undo split \(/);

    ctx.documents.getState().undo();
    expect(titleOf(render(ctx), 'redo')).toMatch(/^Redo split \(/);
    expect(titleOf(render(ctx), 'undo')).toMatch(/^Undo \(/);
  });
});

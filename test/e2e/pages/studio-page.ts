import { expect, type Locator, type Page } from '@playwright/test';
import type { Studio } from '../fixtures';

/**
 * The app as a facilitator sees it. Every selector of the renderer lives
 * here; specs speak in gestures ("select this metric, press Tab") and in what
 * a person reads on screen.
 */
export class StudioPage {
  constructor(private readonly studio: Studio) {}

  /** Follows restart(): the fixture hands out a new page each time. */
  get page(): Page {
    return this.studio.page;
  }

  // ── What is on screen ─────────────────────────────────────────────

  get canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  /**
   * The box for `name` wherever boxes are drawn, even zoomed out to names
   * only (its title names it). Far out there are no boxes: see `metricShown`.
   */
  metricBox(name: string): Locator {
    return this.page.locator(`[data-testid="metric-node"][title="${name}"]`);
  }

  /** React Flow's "fit view" button in the canvas's zoom controls. */
  async fitView(): Promise<void> {
    await this.canvas.locator('.react-flow__controls-fitview').click();
  }

  get metricNodes(): Locator {
    return this.page.getByTestId('metric-node');
  }

  /** The box on the canvas whose name reads exactly `name`. */
  metric(name: string): Locator {
    return this.metricNodes.filter({
      has: this.page.getByTestId('metric-node-name').getByText(name, { exact: true }),
    });
  }

  metricTarget(name: string): Locator {
    return this.metric(name).getByTestId('metric-node-target');
  }

  get inspector(): Locator {
    return this.page.getByTestId('inspector');
  }

  field(name: 'name' | 'unit' | 'baseline' | 'target' | 'stretch'): Locator {
    return this.page.getByTestId(`field-${name}`);
  }

  /** The layer badge on a metric's box ("部门" / "Department"); the North Star shows its own badge. */
  metricLayer(name: string): Locator {
    return this.metric(name).locator('.layer-badge');
  }

  northStarBadge(name: string): Locator {
    return this.metric(name).locator('.north-star-badge');
  }

  /** The selected metric's layer, at the top of the inspector. */
  get inspectorLayer(): Locator {
    return this.inspector.locator('.inspector-head .layer-badge');
  }

  fieldError(name: 'name' | 'unit' | 'baseline' | 'target' | 'stretch'): Locator {
    return this.page.getByTestId(`field-${name}-error`);
  }

  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  /** 「已暂存」/ "Backed up" beside the save state: the crash-recovery journal holds the edits. */
  get backupState(): Locator {
    return this.page.getByTestId('backup-state');
  }

  get fileName(): Locator {
    return this.page.getByTestId('file-name');
  }

  get workspaceName(): Locator {
    return this.page.getByTestId('workspace-name');
  }

  toolbarButton(command: 'new' | 'open' | 'save' | 'save-as' | 'undo' | 'redo'): Locator {
    return this.page.getByTestId(`toolbar-${command}`);
  }

  languageButton(locale: 'zh-CN' | 'en'): Locator {
    return this.page.getByTestId(`language-${locale}`);
  }

  get toast(): Locator {
    return this.page.getByTestId('toast');
  }

  /** The text of the toasts on screen, without their close buttons. */
  get toastMessage(): Locator {
    return this.toast.locator(':scope > span');
  }

  /** Error, warning and question dialogs. */
  get messageDialog(): Locator {
    return this.page.getByTestId('choice-dialog');
  }

  /** The text lines of the message dialog, without its title and buttons. */
  get dialogMessage(): Locator {
    return this.messageDialog.getByTestId('dialog-message');
  }

  get openDialog(): Locator {
    return this.page.getByTestId('open-dialog');
  }

  /** Browser host: the recent files offered in the Open dialog, newest first. */
  get recentFiles(): Locator {
    return this.openDialog.getByTestId('recent-entry');
  }

  get saveAsDialog(): Locator {
    return this.page.getByTestId('save-as-dialog');
  }

  /** Browser host file dialog (Open or Save As): the rows of the folder on screen. */
  fileEntries(dialog: Locator): Locator {
    return dialog.getByTestId('file-entry');
  }

  /** The row named `name` in the file dialog's folder. */
  fileEntry(dialog: Locator, name: string): Locator {
    return dialog.locator(`[data-testid="file-entry"][data-name="${name}"]`);
  }

  /** The row the keyboard is on. */
  activeFileEntry(dialog: Locator): Locator {
    return dialog.locator('[data-testid="file-entry"][aria-selected="true"]');
  }

  /** The folder the file dialog shows, as a path. */
  fileFolder(dialog: Locator): Locator {
    return dialog.getByTestId('file-folder');
  }

  filePlace(dialog: Locator, kind: 'home' | 'root' | 'workspaces' | 'recent'): Locator {
    return dialog.locator(`[data-testid="file-place"][data-kind="${kind}"]`);
  }

  /** Why the file dialog cannot show or use what was asked for. */
  fileProblem(dialog: Locator): Locator {
    return dialog.getByTestId('file-problem');
  }

  dialogButton(dialog: Locator, choice: string): Locator {
    return dialog.locator(`button[data-choice="${choice}"]`);
  }

  // ── Gestures ──────────────────────────────────────────────────────

  async selectMetric(name: string): Promise<void> {
    await this.metric(name).click();
    await expect(this.metric(name)).toHaveClass(/\bselected\b/);
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** Tab on the selected metric, then type the new metric's name and confirm it with Enter. */
  async addChildNamed(name: string): Promise<void> {
    await this.press('Tab');
    await expect(this.field('name')).toBeFocused();
    await this.page.keyboard.type(name);
    await this.press('Enter');
    await expect(this.metric(name)).toBeVisible();
  }

  /** Click into a field of the inspector, replace its text by typing, confirm with Enter. */
  async typeInto(
    name: 'name' | 'unit' | 'baseline' | 'target' | 'stretch',
    text: string,
  ): Promise<void> {
    const field = this.field(name);
    await field.click();
    await field.press('ControlOrMeta+A');
    await field.pressSequentially(text);
    await field.press('Enter');
  }

  /**
   * Save As to `path`: the browser host asks in its own dialog; Electron shows a
   * native one, answered through the fixture's documented seam.
   */
  async saveAs(path: string, trigger: () => Promise<void>): Promise<void> {
    if (this.studio.host === 'electron') {
      await this.studio.queueDialogAnswers({ path });
      await trigger();
      return;
    }
    await trigger();
    await expect(this.saveAsDialog).toBeVisible();
    const input = this.saveAsDialog.getByTestId('path-input');
    await input.press('ControlOrMeta+A');
    await input.pressSequentially(path);
    await input.press('Enter');
    await expect(this.saveAsDialog).toBeHidden();
  }

  /** Open `path` through the toolbar's Open button. */
  async open(path: string): Promise<void> {
    if (this.studio.host === 'electron') {
      await this.studio.queueDialogAnswers({ path });
      await this.toolbarButton('open').click();
      return;
    }
    await this.toolbarButton('open').click();
    await this.typeOpenPath(path);
  }

  /** Browser host: type `path` into the Open dialog that is showing, and confirm it. */
  async typeOpenPath(path: string): Promise<void> {
    await expect(this.openDialog).toBeVisible();
    const input = this.openDialog.getByTestId('path-input');
    await input.press('ControlOrMeta+A');
    await input.pressSequentially(path);
    await input.press('Enter');
    await expect(this.openDialog).toBeHidden();
  }

  // ── Keys on the canvas (canvas-keys.spec.ts) ──────────────────────

  /** The box that is selected now; there is at most one. */
  get selectedMetric(): Locator {
    return this.page.locator('[data-testid="metric-node"].selected');
  }

  /** `name`'s box is selected, and no other. */
  async expectSelected(name: string): Promise<void> {
    await expect(this.selectedMetric).toHaveCount(1);
    await expect(this.selectedMetric).toHaveAttribute('title', name);
  }

  /** Where `name`'s box is on screen. */
  async boxOf(name: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.metricBox(name).boundingBox();
    if (!box) throw new Error(`"${name}" has no box on screen`);
    return box;
  }

  // ── Dragging on the canvas (canvas-drag.spec.ts) ──────────────────

  /**
   * Where the boxes of `names` are on screen, read in one go: a scroll
   * animation (the view following the selection) cannot come between them,
   * so their positions relative to each other are exact.
   */
  async boxesOf(
    ...names: string[]
  ): Promise<Array<{ x: number; y: number; width: number; height: number }>> {
    return this.page.evaluate((titles) => {
      const boxes = [...document.querySelectorAll('[data-testid="metric-node"]')];
      return titles.map((title) => {
        const box = boxes.find((element) => element.getAttribute('title') === title);
        if (!box) throw new Error(`"${title}" has no box on screen`);
        const { x, y, width, height } = box.getBoundingClientRect();
        return { x, y, width, height };
      });
    }, names);
  }

  /** A point of `name`'s box on screen, at fractions of its size: (0.5, 0.5) is its centre. */
  async pointOf(name: string, fx = 0.5, fy = 0.5): Promise<{ x: number; y: number }> {
    const box = await this.boxOf(name);
    return { x: box.x + fx * box.width, y: box.y + fy * box.height };
  }

  /** The centre of `name`'s box on screen. */
  async centreOf(name: string): Promise<{ x: number; y: number }> {
    return this.pointOf(name);
  }

  /**
   * Press the mouse at `from` and move it to `to` the way a hand does, in
   * many small steps (React Flow starts a drag only after the pointer has
   * moved a few pixels). The button stays down: look, then `release()`.
   */
  async pressAndMove(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 6, from.y + 6, { steps: 3 });
    await this.page.mouse.move(to.x, to.y, { steps: 15 });
  }

  async release(): Promise<void> {
    await this.page.mouse.up();
  }

  /** Drag `name`'s box by its middle to `to` and let go. */
  async dragBox(name: string, to: { x: number; y: number }): Promise<void> {
    await this.pressAndMove(await this.centreOf(name), to);
    await this.release();
  }

  /** The dot at the foot of a box that a new sub-metric is dragged out of (the + on the selected box). */
  growHandle(name: string): Locator {
    return this.metricBox(name).getByTestId('grow-handle');
  }

  /** The line and the outline of the new box that follow the pointer out of a grow handle. */
  get growLine(): Locator {
    return this.page.getByTestId('grow-line');
  }

  /** The box in hand while a box is dragged. */
  get draggedBox(): Locator {
    return this.page.locator('.react-flow__node.box-in-hand [data-testid="metric-node"]');
  }

  /** The box a drop would land on, highlighted: its title names it. */
  get dropTarget(): Locator {
    return this.page.locator('.react-flow__node.drop-onto [data-testid="metric-node"]');
  }

  /** The box a drop is refused on (its own branch; anything, for the North Star). */
  get refusedDropTarget(): Locator {
    return this.page.locator('.react-flow__node.drop-refused [data-testid="metric-node"]');
  }

  /** What the drop will do, in words, over the box it is about. */
  get dropCaption(): Locator {
    return this.page.getByTestId('drop-caption');
  }

  /** The bar in the gap where a box dropped beside its siblings will go. */
  get dropMarker(): Locator {
    return this.page.getByTestId('drop-marker');
  }
  // ── Readable boxes (canvas-readable.spec.ts) ──────────────────────

  /** The department band of `name`'s box ("销售部" / "Sales"). */
  metricDepartment(name: string): Locator {
    return this.metric(name).getByTestId('metric-node-department');
  }

  /** The baseline → target row of `name`'s box ("118 → 150 10k orders"). */
  metricNumbers(name: string): Locator {
    return this.metric(name).getByTestId('metric-node-numbers');
  }

  // ── Far out: the overview (canvas-overview.spec.ts) ──────────────

  /** Zoomed far out, the whole tree drawn as one picture instead of boxes. */
  get overviewCanvas(): Locator {
    return this.page.getByTestId('overview-canvas');
  }

  /** The names the overview prints over the North Star and the department metrics. */
  get overviewLabels(): Locator {
    return this.page.getByTestId('overview-label');
  }

  overviewLabel(name: string): Locator {
    return this.overviewLabels.and(this.page.getByText(name, { exact: true }));
  }

  /** The metric as drawn now at any zoom: its box, or far out its name on the overview. */
  metricShown(name: string): Locator {
    return this.metricBox(name).or(this.overviewLabel(name));
  }

  /**
   * Where a point of the canvas's own coordinates (the layout's, layout.ts)
   * is on screen now: how a spec finds a card in the overview, which is
   * painted, not made of elements.
   */
  async screenPointOf(flow: { x: number; y: number }): Promise<{ x: number; y: number }> {
    return this.canvas.locator('.react-flow').evaluate((element, point) => {
      const viewport = element.querySelector<HTMLElement>('.react-flow__viewport');
      const m = new DOMMatrix(viewport ? getComputedStyle(viewport).transform : 'none');
      const pane = element.getBoundingClientRect();
      return { x: pane.left + m.e + point.x * m.a, y: pane.top + m.f + point.y * m.a };
    }, flow);
  }

  /** The canvas zoom (React Flow's viewport scale). */
  async canvasZoom(): Promise<number> {
    const transform = await this.canvas
      .locator('.react-flow__viewport')
      .evaluate((element) => getComputedStyle(element).transform);
    const scale = /matrix\(([-\d.e]+)/.exec(transform);
    if (!scale) throw new Error(`no zoom in "${transform}"`);
    return Number(scale[1]);
  }

  /**
   * Every box drawn now, on screen, with what could hide part of its text: a
   * text element that overflows or is cut with an ellipsis, a text outside its
   * box, and any two boxes that overlap. Empty when every word shows.
   */
  async readabilityProblems(): Promise<string[]> {
    return this.canvas.evaluate((canvas) => {
      const problems: string[] = [];
      const boxes = [...canvas.querySelectorAll<HTMLElement>('[data-testid="metric-node"]')];
      const rects = boxes.map((box) => box.getBoundingClientRect());
      boxes.forEach((box, i) => {
        const name = box.getAttribute('title') ?? '?';
        const outer = rects[i]!;
        for (const text of box.querySelectorAll<HTMLElement>('[data-testid^="metric-node-"]')) {
          const style = getComputedStyle(text);
          const what = `${name}: ${text.dataset.testid ?? ''} "${text.textContent ?? ''}"`;
          // Vertically, CJK glyphs reach a little past a tight line height: only
          // clipping hides them. Horizontally any overflow is a cut word.
          const clipped = style.overflow !== 'visible';
          if (
            text.scrollWidth > text.clientWidth + 1 ||
            (clipped && text.scrollHeight > text.clientHeight + 3)
          )
            problems.push(`${what} overflows its element`);
          if (style.textOverflow === 'ellipsis' && style.overflow !== 'visible')
            problems.push(`${what} may be cut with an ellipsis`);
          const inner = text.getBoundingClientRect();
          const slack = 0.5;
          if (
            inner.left < outer.left - slack ||
            inner.right > outer.right + slack ||
            inner.top < outer.top - slack ||
            inner.bottom > outer.bottom + slack
          )
            problems.push(`${what} is outside its box`);
        }
        for (let j = i + 1; j < boxes.length; j++) {
          const other = rects[j]!;
          if (
            outer.left < other.right &&
            other.left < outer.right &&
            outer.top < other.bottom &&
            other.top < outer.bottom
          )
            problems.push(`${name} overlaps ${boxes[j]!.getAttribute('title') ?? '?'}`);
        }
      });
      return problems;
    });
  }

  // ── The split wizard (split-wizard.spec.ts) ───────────────────────

  /** 「拆解…」/ "Split…" in the inspector of the selected metric. */
  get splitButton(): Locator {
    return this.inspector.getByTestId('split-open');
  }

  get splitWizard(): Locator {
    return this.page.getByTestId('split-wizard');
  }

  /** A way of splitting: 按部门 / 按公式 / 按流程步骤, chosen by its label. */
  splitWay(way: 'departments' | 'formula' | 'steps'): Locator {
    return this.splitWizard.getByTestId(`split-way-${way}`);
  }

  splitFormula(formula: 'product' | 'ratio' | 'parts'): Locator {
    return this.splitWizard.getByTestId(`split-formula-${formula}`);
  }

  /** A department's check box in the wizard, found by its name as a person reads it. */
  splitDepartment(name: string): Locator {
    return this.splitWizard
      .getByTestId('split-departments')
      .getByRole('checkbox', { name, exact: true });
  }

  /** The children to be created, in order. */
  get splitRows(): Locator {
    return this.splitWizard.getByTestId('split-row');
  }

  splitRowName(index: number): Locator {
    return this.splitRows.nth(index).getByTestId('split-row-name');
  }

  splitRowUnit(index: number): Locator {
    return this.splitRows.nth(index).getByTestId('split-row-unit');
  }

  /** The parent's relation as the wizard states it: 「GMV」= 访客数 × 转化率 × 客单价. */
  get splitRelation(): Locator {
    return this.splitWizard.getByTestId('split-relation');
  }

  /** Why the split cannot be created yet. */
  get splitProblems(): Locator {
    return this.splitWizard.getByTestId('split-problems');
  }

  get splitCreate(): Locator {
    return this.splitWizard.getByTestId('split-create');
  }

  get splitCancel(): Locator {
    return this.splitWizard.getByTestId('split-cancel');
  }

  /** The relation the inspector shows for the selected metric (求和 / 乘积 / 比值 …). */
  get inspectorRelation(): Locator {
    return this.inspector.getByTestId('field-relation').locator('option:checked');
  }

  // ── Target math (target-math.spec.ts) ─────────────────────────────

  /** The box's math row: the gap badge (or ✓ adds up, or why nothing is implied) and the implied value. */
  metricMath(name: string): Locator {
    return this.metric(name).getByTestId('metric-math');
  }

  metricMathStatus(name: string): Locator {
    return this.metric(name).getByTestId('metric-math-status');
  }

  metricMathImplied(name: string): Locator {
    return this.metric(name).getByTestId('metric-math-implied');
  }

  get targetMath(): Locator {
    return this.inspector.getByTestId('target-math');
  }

  mathField(name: 'relation' | 'formula' | 'formula-error' | 'numerator' | 'denominator'): Locator {
    return this.inspector.getByTestId(`field-${name}`);
  }

  get formulaSuggestions(): Locator {
    return this.inspector.getByTestId('formula-suggestions').getByRole('option');
  }

  get levers(): Locator {
    return this.inspector.getByTestId('lever');
  }

  get impliedGap(): Locator {
    return this.inspector.getByTestId('implied-gap');
  }

  splitDown(
    part: 'method' | 'preview-button' | 'preview' | 'apply' | 'cancel' | 'refusal',
  ): Locator {
    return this.inspector.getByTestId(`split-${part}`);
  }

  /** The workspace's gap tolerance fields under a metric's target math. */
  tolerance(part: 'percent' | 'absolute'): Locator {
    return this.inspector.getByTestId(`tolerance-${part}`);
  }

  // ── Big trees and guardrails (big-tree.spec.ts, guardrails.spec.ts) ──

  /** The collapse toggle on `name`'s box: 「−」 open, 「▸ 已收起 4 项」 collapsed. */
  branchToggle(name: string): Locator {
    return this.metric(name).getByTestId('branch-toggle');
  }

  get openSearchButton(): Locator {
    return this.page.getByTestId('open-search');
  }

  get searchField(): Locator {
    return this.page.getByTestId('tree-search');
  }

  get searchStatus(): Locator {
    return this.page.getByTestId('tree-search-status');
  }

  get searchResults(): Locator {
    return this.page.getByTestId('tree-search-result');
  }

  get focusBar(): Locator {
    return this.page.getByTestId('focus-bar');
  }

  get exitFocusButton(): Locator {
    return this.page.getByTestId('exit-focus');
  }

  get focusBranchButton(): Locator {
    return this.inspector.getByTestId('focus-branch');
  }

  get filter(): Locator {
    return this.page.getByTestId('tree-filter');
  }

  get filterCount(): Locator {
    return this.page.getByTestId('tree-filter-count');
  }

  get clearFilterButton(): Locator {
    return this.page.getByTestId('tree-filter-clear');
  }

  /** React Flow's element around `name`'s box: a filter dims it. */
  metricPlace(name: string): Locator {
    return this.canvas.locator('.react-flow__node').filter({ has: this.metric(name) });
  }

  get minimap(): Locator {
    return this.canvas.locator('.react-flow__minimap');
  }

  get guardrailStrip(): Locator {
    return this.page.getByTestId('guardrails');
  }

  get guardrails(): Locator {
    return this.page.getByTestId('guardrail');
  }

  /** The guardrail card whose name reads exactly `name`. */
  guardrail(name: string): Locator {
    return this.guardrails.filter({
      has: this.page.getByTestId('guardrail-name').getByText(name, { exact: true }),
    });
  }

  get addGuardrailButton(): Locator {
    return this.page.getByTestId('add-guardrail');
  }

  get guardrailInspector(): Locator {
    return this.page.getByTestId('guardrail-inspector');
  }

  guardrailField(name: 'name' | 'unit' | 'direction' | 'limit' | 'baseline' | 'note'): Locator {
    return this.page.getByTestId(`guardrail-field-${name}`);
  }

  get deleteGuardrailButton(): Locator {
    return this.page.getByTestId('delete-guardrail');
  }

  // ── People and departments panel, collaborators, cross-links ──────

  get peoplePanelButton(): Locator {
    return this.page.getByTestId('toolbar-people');
  }

  get peoplePanel(): Locator {
    return this.page.getByTestId('people-panel');
  }

  paletteItem(kind: 'person' | 'department', name: string): Locator {
    return this.page.locator(`[data-testid="palette-${kind}"][data-name="${name}"]`);
  }

  /** The ring over the box a panel drag would land on (its data-title names the box). */
  get paletteDropTarget(): Locator {
    return this.page.getByTestId('palette-drop-target');
  }

  get paletteDropCaption(): Locator {
    return this.page.getByTestId('palette-drop-caption');
  }

  /** Drag a person or department from the panel to `to`, in small steps; Shift held if asked. */
  async dragFromPanel(
    kind: 'person' | 'department',
    name: string,
    to: { x: number; y: number },
    { shift = false, release = true } = {},
  ): Promise<void> {
    await this.paletteItem(kind, name).scrollIntoViewIfNeeded();
    const box = await this.paletteItem(kind, name).boundingBox();
    if (!box) throw new Error(`"${name}" is not in the panel`);
    if (shift) await this.page.keyboard.down('Shift');
    await this.pressAndMove({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, to);
    if (!release) return;
    await this.release();
    if (shift) await this.page.keyboard.up('Shift');
  }

  metricOwner(name: string): Locator {
    return this.metric(name).getByTestId('metric-node-owner');
  }

  /** The owner picker's chosen entry in the inspector. */
  get inspectorOwner(): Locator {
    return this.page.getByTestId('field-owner').locator('option:checked');
  }

  get collaborators(): Locator {
    return this.inspector.getByTestId('collaborator');
  }

  get addCollaboratorPicker(): Locator {
    return this.inspector.getByTestId('add-collaborator');
  }

  /** The parents the selected metric also feeds (另计入), in the inspector. */
  get crossLinks(): Locator {
    return this.inspector.getByTestId('cross-link');
  }

  get addCrossLinkPicker(): Locator {
    return this.inspector.getByTestId('add-cross-link');
  }

  /** The dashed cross-bound links on the canvas. */
  get crossLinkEdges(): Locator {
    return this.canvas.locator('.react-flow__edge.cross-link');
  }

  /** While a line is drawn out of a grow handle over another box: the ring and what letting go does. */
  get linkTarget(): Locator {
    return this.page.getByTestId('link-target');
  }

  get linkCaption(): Locator {
    return this.page.getByTestId('link-caption');
  }
}

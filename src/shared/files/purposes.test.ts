import { describe, expect, it } from 'vitest';
import { isAllowedFile, matchingExtension, withSaveExtension } from './purposes';

describe('files by purpose', () => {
  it('opens workspaces and their backups, writes only workspaces', () => {
    expect(isAllowedFile('/w/plan.northstar', 'workspace', 'open')).toBe(true);
    expect(isAllowedFile('/w/PLAN.NorthStar', 'workspace', 'open')).toBe(true);
    expect(matchingExtension('/w/plan.northstar.bak', 'workspace', 'open')).toBe('northstar.bak');
    expect(isAllowedFile('/w/plan.northstar.bak', 'workspace', 'save')).toBe(false);
    expect(isAllowedFile('/etc/passwd', 'workspace', 'open')).toBe(false);
    expect(isAllowedFile('/w/plan.xlsx', 'workspace', 'save')).toBe(false);
  });

  it('reads spreadsheets for import and never writes them; writes exports and never reads them', () => {
    for (const name of ['a.xlsx', 'b.XLSM', 'c.xls', 'd.ods', 'e.csv', 'f.txt'])
      expect(isAllowedFile(`C:\\KPI\\${name}`, 'import', 'open'), name).toBe(true);
    expect(isAllowedFile('/in/a.xlsx', 'import', 'save')).toBe(false);
    for (const name of ['m.xlsx', 'tree.pdf', 'tree.png', 'tree.svg', 'notes.md'])
      expect(isAllowedFile(`/out/${name}`, 'export', 'save'), name).toBe(true);
    expect(isAllowedFile('/out/m.xlsx', 'export', 'open')).toBe(false);
    expect(isAllowedFile('/out/run.sh', 'export', 'save')).toBe(false);
  });

  it('does not take a hidden file or a folder name for an extension', () => {
    expect(isAllowedFile('/w/.northstar', 'workspace', 'open')).toBe(false);
    expect(isAllowedFile('/w.northstar/plan', 'workspace', 'open')).toBe(false);
  });

  it('adds the extension only when it is missing, in the format asked for', () => {
    expect(withSaveExtension('/w/plan', 'workspace')).toBe('/w/plan.northstar');
    expect(withSaveExtension('/w/plan.NorthStar', 'workspace')).toBe('/w/plan.NorthStar');
    expect(withSaveExtension('/out/matrix', 'export')).toBe('/out/matrix.xlsx');
    expect(withSaveExtension('/out/tree', 'export', 'pdf')).toBe('/out/tree.pdf');
    expect(withSaveExtension('/out/tree.PDF', 'export', 'pdf')).toBe('/out/tree.PDF');
    // An unknown format falls back to the purpose's first one.
    expect(withSaveExtension('/out/tree', 'export', 'exe')).toBe('/out/tree.xlsx');
  });
});

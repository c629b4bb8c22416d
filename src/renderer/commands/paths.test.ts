import { describe, expect, it } from 'vitest';
import { fileNameOf, folderOf, joinPath, workspaceFileName } from './paths';

describe('paths', () => {
  it('splits POSIX and Windows paths', () => {
    expect(fileNameOf('/home/chen/2027 目标.northstar')).toBe('2027 目标.northstar');
    expect(fileNameOf('C:\\Users\\chen\\plan.northstar')).toBe('plan.northstar');
    expect(folderOf('/home/chen/plan.northstar')).toBe('/home/chen');
    expect(folderOf('C:\\Users\\chen\\plan.northstar')).toBe('C:\\Users\\chen');
    expect(folderOf('plan.northstar')).toBe('');
  });

  it('joins with the separator the folder already uses', () => {
    expect(joinPath('/home/chen', 'a.northstar')).toBe('/home/chen/a.northstar');
    expect(joinPath('/home/chen/', 'a.northstar')).toBe('/home/chen/a.northstar');
    expect(joinPath('C:\\Users\\chen', 'a.northstar')).toBe('C:\\Users\\chen\\a.northstar');
    expect(joinPath('', 'a.northstar')).toBe('a.northstar');
  });

  it('makes a file name from a workspace name', () => {
    expect(workspaceFileName('云杉优选 2027年度目标')).toBe('云杉优选 2027年度目标.northstar');
    expect(workspaceFileName('Q1/Q2: "plan"?')).toBe('Q1Q2 plan.northstar');
    expect(workspaceFileName('  ')).toBe('workspace.northstar');
  });
});

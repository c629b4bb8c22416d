import { describe, expect, it } from 'vitest';
import { splitPeople } from './parse-people';

describe('splitPeople', () => {
  it.each([
    ['张三、李四', ['张三', '李四']],
    ['张三，李四', ['张三', '李四']],
    ['张三,李四;王五；赵六', ['张三', '李四', '王五', '赵六']],
    ['人力资源部/财务部', ['人力资源部', '财务部']],
    ['张三 李四', ['张三', '李四']],
    ['张三　李四', ['张三', '李四']],
    ['张三\n李四', ['张三', '李四']],
    ['人力资源部和财务部', ['人力资源部', '财务部']],
    ['人力资源部及财务部', ['人力资源部', '财务部']],
    ['销售部以及市场部', ['销售部', '市场部']],
    ['Alice and Bob', ['Alice', 'Bob']],
    ['Alice & Bob', ['Alice', 'Bob']],
    ['HR&Finance', ['HR', 'Finance']],
    ['张三、李四等', ['张三', '李四']],
  ])('%j → %j', (text, people) => {
    expect(splitPeople(text)).toEqual(people);
  });

  it('keeps a Latin full name whole', () => {
    expect(splitPeople('John Smith')).toEqual(['John Smith']);
    expect(splitPeople('John Smith, Mary Jones')).toEqual(['John Smith', 'Mary Jones']);
  });

  it('keeps a name with 和 or 及 in it', () => {
    expect(splitPeople('王和平')).toEqual(['王和平']);
    expect(splitPeople('王和平、李四')).toEqual(['王和平', '李四']);
  });

  it('trims, drops empties and repeats', () => {
    expect(splitPeople(' 张三 、、 张三 ,李四 ')).toEqual(['张三', '李四']);
  });

  it('names nobody for a placeholder or an empty cell', () => {
    for (const text of ['', '  ', '—', '无', 'N/A', '/']) expect(splitPeople(text)).toEqual([]);
  });
});

import * as XLSX from 'xlsx';

/**
 * A KPI workbook the way people make them, at any size: a title and a
 * metadata block above a two-row header, departments merged down their
 * block, weights as "20%" and 0.2, targets such as "≥98%", "95%~99%",
 * "1,200万元" and "12次", a 小计 row after each department and sign-off lines
 * at the bottom. For the import benchmark; tests build their own, smaller.
 */
export function kpiWorkbook(rows: number): Uint8Array {
  const aoa: (string | number | null)[][] = [
    ['2026年度部门KPI指标汇总表'],
    ['部门：全公司', null, '制表人：', null, '日期：2026-01-05'],
    [],
    ['序号', '部门', '岗位', '指标名称', '单位', '权重', '去年实际', '目标值', null, '负责人'],
    [null, null, null, null, null, null, null, '基本目标', '挑战目标', null],
  ];
  const merges: XLSX.Range[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 9 } },
    { s: { r: 3, c: 7 }, e: { r: 3, c: 8 } },
    ...[0, 1, 2, 3, 4, 5, 6, 9].map((c) => ({ s: { r: 3, c }, e: { r: 4, c } })),
  ];
  const perDepartment = 40;
  const targets = ['≥98%', '95%~99%', '1,200万元', '12次', '≤0.5%', '3.5天', '85%', 120];
  let written = 0;
  for (let d = 0; written < rows; d++) {
    const first = aoa.length;
    const block = Math.min(perDepartment, rows - written);
    for (let i = 0; i < block; i++, written++) {
      aoa.push([
        `${d + 1}.${i + 1}`,
        i === 0 ? `部门${d + 1}` : null,
        `岗位${(i % 5) + 1}`,
        `指标${d + 1}-${i + 1}：${['销售额', '客户满意度', '交付及时率', '回款率'][i % 4]}`,
        ['万元', '%', '次', '天'][i % 4] ?? null,
        i % 2 === 0 ? '20%' : 0.2,
        i % 3 === 0 ? '1,050' : 90 + (i % 7),
        targets[i % targets.length] ?? null,
        i % 4 === 0 ? '≥99%' : null,
        `员工${d + 1}${i % 9}`,
      ]);
    }
    if (block > 1) merges.push({ s: { r: first, c: 1 }, e: { r: first + block - 1, c: 1 } });
    aoa.push([null, null, null, '小计', null, '100%', null, null, null, null]);
  }
  aoa.push([], ['编制：', null, '审核：', null, '批准：']);
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['填表说明：请按部门填写。']]),
    '说明',
  );
  XLSX.utils.book_append_sheet(book, sheet, 'KPI汇总');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

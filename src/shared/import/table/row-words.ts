/**
 * The words that tell a row's kind, in the languages of the sheets we meet
 * (zh, en, vi, ru, ko, fr). Each list becomes a rule: the word at the start
 * of a cell, then what may follow it. Matching is on normalised, lower-case
 * text; CJK words are also tried with spaces removed ("合 计" is how people
 * centre a two-character label).
 */

export interface WordRule {
  /** Whether the cell starts with one of the words, followed by what the rule allows. */
  test(text: string): boolean;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordRule(words: readonly string[], after: string, maxLength: number): WordRule {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`^(?:${sorted.map(escape).join('|')})${after}`, 'u');
  // Most cells are ruled out by their first letter, without running the pattern.
  const first = new Set(sorted.map((w) => w.charAt(0)));
  return {
    test(text) {
      if (text === '' || text.length > maxLength) return false;
      const lower = text.toLowerCase();
      if (!first.has(lower.charAt(0))) return false;
      return pattern.test(lower) || (/\s/.test(lower) && pattern.test(lower.replace(/\s+/g, '')));
    },
  };
}

/** Totals and subtotals: alone, or followed by a separator, a number or a bracket ("小计：", "Total 2024"). */
export const TOTAL = wordRule(
  [
    '合计',
    '小计',
    '总计',
    '总分',
    '总和',
    '共计',
    '该项得分',
    '得分合计',
    '权重合计',
    '综合得分',
    '加权得分',
    '等级得分',
    '总得分',
    '合計',
    '小計',
    '總計',
    'total',
    'totals',
    'subtotal',
    'sub-total',
    'sub total',
    'grand total',
    'sum',
    'tổng',
    'tổng cộng',
    'cộng',
    'итого',
    'всего',
    'sous-total',
    'total général',
    '합계',
    '소계',
    '총계',
  ],
  '(?:$|[\\s:：(（\\d])',
  24,
);

/**
 * Sign-off labels: alone or with a colon and what follows ("审核人：", "日期：2024-01"),
 * never as the start of a longer word (审核通过率 is a metric).
 */
export const SIGNATURE = wordRule(
  [
    '签字',
    '签名',
    '签章',
    '盖章',
    '审核',
    '审批',
    '批准',
    '确认',
    '日期',
    '制表',
    '编制',
    '填表',
    '核准',
    '复核',
    '考核人',
    '被考核人',
    '员工签字',
    '部门负责人',
    '直属上级',
    '上级领导',
    '主管',
    'signature',
    'signed',
    'sign-off',
    'sign off',
    'approved by',
    'prepared by',
    'reviewed by',
    'checked by',
    'employee signature',
    'manager signature',
    'date',
    'người lập',
    'người lập biểu',
    'người duyệt',
    'người kiểm tra',
    'đề xuất',
    'rà soát',
    'phê duyệt',
    'xác nhận',
    'ngày',
    'подпись',
    'утверждаю',
    'согласовано',
    'дата',
    '서명',
    '확인',
    '날짜',
  ],
  '(?:人|者|栏|签字|签名|意见)?(?:$|[\\s:：_/])',
  40,
);

/** Notes: "注：", "说明:", "Note 1:", "※". */
export const NOTE = wordRule(
  [
    '注',
    '备注',
    '说明',
    '附注',
    '填表说明',
    '注意',
    'note',
    'notes',
    'nb',
    'remark',
    'remarks',
    'ghi chú',
    'lưu ý',
    'примечание',
    '비고',
    '참고',
    'remarque',
    '※',
    '*',
  ],
  '(?:\\s*\\d*\\s*[:：.、)）]|(?<=[※*]))',
  Number.POSITIVE_INFINITY,
);

/** Section labels: 一、 / 第二部分 / Part Ⅱ / Ⅲ. / "1. BUSINESS OBJECTIVES". */
export const SECTION =
  /^([一二三四五六七八九十]+[、.)）]|第[一二三四五六七八九十\d]+[部分章节项]|part\s*[ⅰ-ⅹⅠ-Ⅹivx\d]+|[ⅰ-ⅹⅠ-Ⅹ]+[、.\s]|[ivx]+[.、]\s|\d+[.、]\s*[A-Z\p{Lu}][A-Z\p{Lu}\s&,/-]{3,})/iu;

/** A short ordinal alone in its cell: 一, Ⅱ, B, IV. */
export const ORDINAL = /^([一二三四五六七八九十]+|[ⅰ-ⅹⅠ-Ⅹ]+|[IVX]+|[A-Z])[、.)）]?$/;

/**
 * Units the split wizard can infer from a factor's name: the few quantities
 * that come back in every growth formula (visitors, conversion, order value,
 * orders, frequency), in Chinese and English. A name is written in one
 * language, so the unit comes in that language too (访客数 → 人, Visitors →
 * visitors). Anything else stays without a unit: a wrong unit on a box is
 * worse than none, and the room fills it in the inspector.
 */

interface KnownFactor {
  readonly names: readonly string[];
  readonly unit: string;
}

const KNOWN_FACTORS: readonly KnownFactor[] = [
  { names: ['访客数', '访客', '访问人数', '访问用户数', '访客人数', 'uv'], unit: '人' },
  { names: ['visitors', 'visitor count', 'unique visitors', 'traffic'], unit: 'visitors' },
  {
    names: ['用户数', '活跃用户数', '月活用户数', '买家数', '下单用户数', '客户数', '新客数'],
    unit: '人',
  },
  {
    names: [
      'users',
      'active users',
      'monthly active users',
      'buyers',
      'customers',
      'new customers',
    ],
    unit: 'users',
  },
  { names: ['订单数', '下单数', '单量', '订单量'], unit: '单' },
  { names: ['orders', 'order count', 'number of orders'], unit: 'orders' },
  { names: ['客单价', '平均客单价', '笔单价', '平均订单金额', '单价', '均价'], unit: '元' },
  {
    names: ['average order value', 'aov', 'order value', 'average price', 'price'],
    unit: '¥',
  },
  { names: ['购买频次', '下单频次', '人均下单数', '复购次数'], unit: '次' },
  { names: ['purchase frequency', 'orders per user', 'orders per customer'], unit: 'orders/user' },
];

/** Same key for 「访客数」, 「访客数 」 and full-width or differently cased spellings. */
function keyOf(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const UNIT_BY_NAME = new Map<string, string>(
  KNOWN_FACTORS.flatMap(({ names, unit }) => names.map((name) => [keyOf(name), unit] as const)),
);

/** 转化率, 复购率, Conversion rate, Click-through rate: a rate is a percentage. */
const RATE = /(率|占比|比例|\brate|\bratio|\bshare|%)$/u;

/** The unit a factor named `name` is measured in, or null when the name says nothing sure. */
export function unitForFactor(name: string): string | null {
  const key = keyOf(name);
  if (key === '') return null;
  const known = UNIT_BY_NAME.get(key);
  if (known !== undefined) return known;
  if (key === 'conversion' || RATE.test(key)) return '%';
  return null;
}

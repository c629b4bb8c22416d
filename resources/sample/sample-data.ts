import type { Decomposition, MetricDefinition } from '../../src/shared/workspace/schema';

/**
 * The content of the sample workspace, written once in both languages so that
 * the Chinese and English files cannot drift apart in structure: every id,
 * number, date and link lives here exactly once, and only the words differ.
 *
 * The company, people and figures are invented. The names are common Chinese
 * names on purpose, so that no reader takes them for anybody in particular.
 */

/** A user-visible text in both shipped languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const t = (zh: string, en: string): Bilingual => ({ zh, en });

export const SAMPLE_CREATED_AT = '2026-11-20T01:30:00.000Z';
export const SAMPLE_UPDATED_AT = '2026-11-20T09:45:00.000Z';
export const SAMPLE_DECIDED_AT = '2026-11-20T03:15:00.000Z';
export const BASELINE_PERIOD = '2026';

export const SAMPLE_META = {
  id: 'ws_sample_spruce_2027',
  name: t('云杉优选 2027年度目标', 'Spruce Select — 2027 annual targets'),
  cycle: t('2027年度目标', '2027 annual targets'),
  company: t('云杉优选', 'Spruce Select'),
  facilitator: t('陈静（战略与组织发展部）', 'Chen Jing (Strategy & Organisation Development)'),
};

export interface DepartmentSpec {
  id: string;
  name: Bilingual;
  parentId: string | null;
}

export const DEPARTMENTS: DepartmentSpec[] = [
  { id: 'd_company', name: t('云杉优选', 'Spruce Select'), parentId: null },
  { id: 'd_sales', name: t('销售部', 'Sales'), parentId: 'd_company' },
  { id: 'd_sales_east', name: t('华东大区', 'East Region'), parentId: 'd_sales' },
  { id: 'd_sales_south', name: t('华南大区', 'South Region'), parentId: 'd_sales' },
  { id: 'd_sales_north', name: t('华北大区', 'North Region'), parentId: 'd_sales' },
  { id: 'd_product', name: t('产品部', 'Product'), parentId: 'd_company' },
  { id: 'd_rnd', name: t('研发部', 'R&D'), parentId: 'd_company' },
  { id: 'd_operations', name: t('运营部', 'Operations'), parentId: 'd_company' },
  { id: 'd_service', name: t('客服部', 'Customer Service'), parentId: 'd_company' },
];

export interface PersonSpec {
  id: string;
  name: Bilingual;
  departmentId: string;
  positionId: string;
}

const person = (
  id: string,
  zh: string,
  en: string,
  departmentId: string,
  positionId: string,
): PersonSpec => ({ id, name: t(zh, en), departmentId, positionId });

export const PEOPLE: PersonSpec[] = [
  person('p_zhouqiang', '周强', 'Zhou Qiang', 'd_company', 'pos_gm'),
  person('p_wanglei', '王磊', 'Wang Lei', 'd_sales', 'pos_sales_director'),
  person('p_liuyang', '刘洋', 'Liu Yang', 'd_sales_east', 'pos_regional_sales'),
  person('p_zhaoli', '赵丽', 'Zhao Li', 'd_sales_south', 'pos_regional_sales'),
  person('p_sunhao', '孙浩', 'Sun Hao', 'd_sales_north', 'pos_regional_sales'),
  person('p_lina', '李娜', 'Li Na', 'd_product', 'pos_product_director'),
  person('p_zhangwei', '张伟', 'Zhang Wei', 'd_product', 'pos_pm_checkout'),
  person('p_huangting', '黄婷', 'Huang Ting', 'd_product', 'pos_pm_merchandise'),
  person('p_yangfan', '杨帆', 'Yang Fan', 'd_rnd', 'pos_rnd_director'),
  person('p_wujun', '吴军', 'Wu Jun', 'd_rnd', 'pos_sre_lead'),
  person('p_xuming', '徐明', 'Xu Ming', 'd_rnd', 'pos_frontend_lead'),
  person('p_zhouyan', '周艳', 'Zhou Yan', 'd_operations', 'pos_ops_director'),
  person('p_hegang', '何刚', 'He Gang', 'd_operations', 'pos_user_ops'),
  person('p_guolin', '郭琳', 'Guo Lin', 'd_operations', 'pos_content_ops'),
  person('p_majing', '马静', 'Ma Jing', 'd_service', 'pos_service_director'),
  person('p_luotao', '罗涛', 'Luo Tao', 'd_service', 'pos_service_lead'),
];

export interface DutySpec {
  id: string;
  text: Bilingual;
  metricIds: string[];
}

export interface PositionSpec {
  id: string;
  name: Bilingual;
  departmentId: string;
  duties: DutySpec[];
}

const duty = (id: string, zh: string, en: string, metricIds: string[]): DutySpec => ({
  id,
  text: t(zh, en),
  metricIds,
});

export const POSITIONS: PositionSpec[] = [
  {
    id: 'pos_gm',
    name: t('总经理', 'General Manager'),
    departmentId: 'd_company',
    duties: [
      duty(
        'duty_gm_northstar',
        '对北极星指标负总责，统筹各部门资源',
        'Own the North Star and allocate resources across departments',
        ['m_northstar'],
      ),
    ],
  },
  {
    id: 'pos_sales_director',
    name: t('销售总监', 'Sales Director'),
    departmentId: 'd_sales',
    duties: [
      duty(
        'duty_sales_new_customers',
        '制定新客获取策略并分解到各大区',
        'Set the new-customer strategy and split it across the regions',
        ['m_sales_new_customer_orders'],
      ),
      duty(
        'duty_sales_new_products',
        '与产品部共同推动新品上市销售',
        'Drive new-product sales together with Product',
        ['m_product_new_gmv'],
      ),
    ],
  },
  {
    id: 'pos_regional_sales',
    name: t('区域销售经理', 'Regional Sales Manager'),
    departmentId: 'd_sales',
    duties: [
      duty(
        'duty_regional_first_orders',
        '开发本大区新客户并促成首单',
        'Win new customers in the region and convert them to a first order',
        ['m_sales_east_first_orders', 'm_sales_south_first_orders', 'm_sales_north_first_orders'],
      ),
    ],
  },
  {
    id: 'pos_product_director',
    name: t('产品总监', 'Product Director'),
    departmentId: 'd_product',
    duties: [
      duty(
        'duty_product_conversion',
        '规划交易链路产品路线，对访问-下单转化负责',
        'Plan the shopping-journey roadmap and own visit-to-order conversion',
        ['m_product_conversion'],
      ),
    ],
  },
  {
    id: 'pos_pm_checkout',
    name: t('高级产品经理（交易链路）', 'Senior Product Manager (Checkout & Search)'),
    departmentId: 'd_product',
    duties: [
      duty('duty_checkout', '优化结算与支付流程', 'Improve the checkout and payment flow', [
        'm_product_checkout_completion',
      ]),
      duty(
        'duty_search',
        '提升搜索结果的相关性与下单转化',
        'Make search results more relevant and more likely to end in an order',
        ['m_product_search_conversion'],
      ),
    ],
  },
  {
    id: 'pos_pm_merchandise',
    name: t('产品经理（新品与商品）', 'Product Manager (New Products & Product Pages)'),
    departmentId: 'd_product',
    duties: [
      duty(
        'duty_new_products',
        '策划新品上市，与销售部共担新品GMV',
        'Plan new-product launches and share new-product GMV with Sales',
        ['m_product_new_gmv'],
      ),
      duty(
        'duty_product_page',
        '优化商品详情页与加购体验',
        'Improve product pages and the add-to-cart experience',
        ['m_product_add_to_cart'],
      ),
    ],
  },
  {
    id: 'pos_rnd_director',
    name: t('研发总监', 'R&D Director'),
    departmentId: 'd_rnd',
    duties: [
      duty(
        'duty_rnd_stability',
        '保障交易系统稳定，降低下单失败',
        'Keep the order system stable and cut failed orders',
        ['m_rnd_order_failure'],
      ),
      duty(
        'duty_rnd_innovation',
        '组织技术创新提案的评审与落地',
        'Run the review and delivery of technical innovation proposals',
        ['m_rnd_innovation'],
      ),
    ],
  },
  {
    id: 'pos_sre_lead',
    name: t('SRE负责人', 'SRE Lead'),
    departmentId: 'd_rnd',
    duties: [
      duty(
        'duty_sre_availability',
        '保障核心交易链路可用性',
        'Keep the core shopping journey available',
        ['m_rnd_availability'],
      ),
      duty(
        'duty_sre_incidents',
        '负责故障应急响应与复盘改进',
        'Lead incident response and post-incident reviews',
        ['m_rnd_p1_incidents'],
      ),
    ],
  },
  {
    id: 'pos_frontend_lead',
    name: t('前端负责人', 'Front-end Lead'),
    departmentId: 'd_rnd',
    duties: [
      duty(
        'duty_frontend_performance',
        '优化 App 与小程序的首屏性能',
        'Speed up the first screen of the app and the mini-program',
        ['m_rnd_first_screen_p90'],
      ),
    ],
  },
  {
    id: 'pos_ops_director',
    name: t('运营总监', 'Operations Director'),
    departmentId: 'd_operations',
    duties: [
      duty(
        'duty_ops_activity',
        '制定用户活跃策略，让用户更常来',
        'Set the engagement strategy that brings customers back more often',
        ['m_ops_visit_days'],
      ),
    ],
  },
  {
    id: 'pos_user_ops',
    name: t('用户运营经理', 'User Operations Manager'),
    departmentId: 'd_operations',
    duties: [
      duty('duty_user_reach', '负责消息推送与用户触达', 'Run push messages and customer outreach', [
        'm_ops_push_ctr',
      ]),
      duty('duty_user_recall', '策划沉睡用户召回', 'Plan win-back campaigns for dormant users', [
        'm_ops_dormant_recall',
      ]),
    ],
  },
  {
    id: 'pos_content_ops',
    name: t('内容与活动运营经理', 'Content & Campaign Manager'),
    departmentId: 'd_operations',
    duties: [
      duty('duty_content', '运营种草内容社区', 'Run the product-inspiration community', [
        'm_ops_content_engagement',
      ]),
      duty('duty_member_day', '策划每月会员日活动', 'Plan the monthly Member Day', [
        'm_ops_member_day',
      ]),
    ],
  },
  {
    id: 'pos_service_director',
    name: t('客服总监', 'Customer Service Director'),
    departmentId: 'd_service',
    duties: [
      duty(
        'duty_service_repurchase',
        '通过服务体验提升复购',
        'Raise repeat purchases through the service experience',
        ['m_service_repurchase'],
      ),
      duty(
        'duty_service_quality',
        '管理服务质量与差评处理',
        'Manage service quality and the handling of negative reviews',
        ['m_service_csat', 'm_service_negative_review_closure'],
      ),
    ],
  },
  {
    id: 'pos_service_lead',
    name: t('客服主管', 'Customer Service Lead'),
    departmentId: 'd_service',
    duties: [
      duty(
        'duty_service_response',
        '管理在线客服排班与响应速度',
        'Manage online-service rosters and response times',
        ['m_service_first_response'],
      ),
      duty(
        'duty_service_resolution',
        '提升问题一次解决率',
        'Resolve more questions at first contact',
        ['m_service_first_contact_resolution'],
      ),
    ],
  },
];

/** One metric; numbers and links are language-free, words come in pairs. */
export interface MetricSpec {
  id: string;
  parentId: string | null;
  layer: 'strategy' | 'department' | 'individual';
  name: Bilingual;
  description: Bilingual;
  formula: Bilingual;
  unit: Bilingual;
  dataSource: Bilingual;
  period: MetricDefinition['period'];
  aggregation: MetricDefinition['aggregation'];
  direction: MetricDefinition['direction'];
  precision: number;
  baseline: number;
  target: number;
  stretchTarget?: number;
  weight: number;
  ownerId: string;
  collaboratorIds?: string[];
  crossParentIds?: string[];
  decomposition?: Decomposition;
  kind?: 'hard' | 'soft';
  status?: 'draft' | 'agreed';
  dueDate: string;
  milestones?: { id: string; date: string; label: Bilingual; value: number }[];
  tags: Bilingual[];
}

export interface CandidateSpec {
  id: string;
  name: Bilingual;
  note: Bilingual;
  scores: { unique: number; measurable: number; drivesGrowth: number; userValue: number };
  votes: number;
}

export const CANDIDATES: CandidateSpec[] = [
  {
    id: 'c_gmv',
    name: t('年度GMV', 'Annual GMV'),
    note: t(
      '财务结果指标：靠促销、提价也能做高，反映的是公司收获了什么，而不是用户得到了什么。',
      'A financial result: discounts and price rises can inflate it; it shows what the company gets, not what customers get.',
    ),
    scores: { unique: 4, measurable: 5, drivesGrowth: 3, userValue: 1 },
    votes: 2,
  },
  {
    id: 'c_orders_per_mau',
    name: t('每活跃用户月均下单数', 'Orders per monthly active user'),
    note: t(
      '用户愿意反复来买，说明我们对用户有价值；频次提升直接带来订单增长，五个部门都有抓手。',
      'Customers who come back to buy again are getting value; higher frequency turns straight into order growth, and every department can move it.',
    ),
    scores: { unique: 5, measurable: 5, drivesGrowth: 5, userValue: 4 },
    votes: 9,
  },
  {
    id: 'c_mau',
    name: t('月活跃用户数（MAU）', 'Monthly active users (MAU)'),
    note: t(
      '只反映规模，不反映用户是否真的在这里购物；拉新投放就能推高。',
      'Measures reach only, not whether customers actually shop here; paid acquisition alone can push it up.',
    ),
    scores: { unique: 3, measurable: 5, drivesGrowth: 4, userValue: 2 },
    votes: 3,
  },
];

export const DECISION = {
  candidateId: 'c_orders_per_mau',
  decidedAt: SAMPLE_DECIDED_AT,
  rationale: t(
    'GMV 是财务结果，MAU 只看规模；每活跃用户月均下单数同时反映用户价值和增长，定义清楚、按月可量，且能拆到销售、产品、研发、运营、客服五个部门。投票 9:3:2 通过。',
    'GMV is a financial result and MAU measures reach only. Orders per monthly active user reflects both customer value and growth, has a clear monthly definition, and breaks down into Sales, Product, R&D, Operations and Service. Chosen by 9 votes to 3 and 2.',
  ),
};

export interface LibrarySpec {
  id: string;
  name: Bilingual;
  unit: Bilingual;
  formula: Bilingual;
  baseline: number;
  target: number;
  row: number;
}

/** Last year's KPIs as imported from the 2026 spreadsheet, not placed in the tree. */
export const LIBRARY: LibrarySpec[] = [
  {
    id: 'l_gmv_2026',
    name: t('年度GMV', 'Annual GMV'),
    unit: t('亿元', 'CNY 100m'),
    formula: t('已支付订单金额之和（扣除退款）', 'Sum of paid order value, net of refunds'),
    baseline: 38.5,
    target: 46,
    row: 3,
  },
  {
    id: 'l_average_order_value_2026',
    name: t('客单价', 'Average order value'),
    unit: t('元', 'CNY'),
    formula: t('已支付订单金额 ÷ 已支付订单数', 'Paid order value ÷ paid orders'),
    baseline: 126,
    target: 135,
    row: 4,
  },
];

export const LIBRARY_SOURCE = {
  file: t('2026年度KPI汇总.xlsx', '2026 KPI summary.xlsx'),
  sheet: t('公司级', 'Company'),
};

export interface GuardrailSpec {
  id: string;
  name: Bilingual;
  unit: Bilingual;
  direction: 'higher' | 'lower';
  limit: number;
  baseline: number;
  ownerId: string;
  note: Bilingual;
}

/** 护栏指标: what must not get worse while orders per active user grow. */
export const GUARDRAILS: GuardrailSpec[] = [
  {
    id: 'g_complaints',
    name: t('客诉率', 'Complaint rate'),
    unit: t('%', '%'),
    direction: 'lower',
    limit: 0.8,
    baseline: 0.65,
    ownerId: 'p_majing',
    note: t(
      '每百单客诉数；推单量时不得以服务质量为代价。',
      'Complaints per hundred orders; more orders must not cost service quality.',
    ),
  },
  {
    id: 'g_refunds',
    name: t('退款率', 'Refund rate'),
    unit: t('%', '%'),
    direction: 'lower',
    limit: 3,
    baseline: 2.4,
    ownerId: 'p_luotao',
    note: t(
      '促销拉动的订单若大量退款，北极星的增长就是虚的。',
      'Orders bought with promotions and then refunded make the North Star grow on paper only.',
    ),
  },
  {
    id: 'g_margin',
    name: t('毛利率', 'Gross margin'),
    unit: t('%', '%'),
    direction: 'higher',
    limit: 18,
    baseline: 21.5,
    ownerId: 'p_zhouqiang',
    note: t('补贴不能把毛利压到 18% 以下。', 'Subsidies must not push gross margin below 18%.'),
  },
];

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, type ImportField } from '../types';
import { MIN_CONFIDENCE, suggestField, suggestMapping } from './suggest-field';
import { FIELD_SYNONYMS } from './synonyms';
import { headerKey } from './header-key';

const fieldOf = (header: string) => suggestField(header)?.field ?? null;

describe('suggestField: Chinese headers', () => {
  it.each<[string, ImportField]>([
    ['指标名称', 'name'],
    ['指標名稱', 'name'],
    ['KPI指标', 'name'],
    ['考核指标', 'name'],
    ['业务考核指标', 'name'],
    ['考核项目', 'name'],
    ['部门', 'department'],
    ['填写部门', 'department'],
    ['分解部门', 'department'],
    ['所属部门', 'department'],
    ['部門', 'department'],
    ['岗位', 'position'],
    ['职位', 'position'],
    ['崗位', 'position'],
    ['负责人', 'owner'],
    ['责任人', 'owner'],
    ['被考核人', 'owner'],
    ['姓名', 'owner'],
    ['协作人', 'collaborators'],
    ['配合部门', 'collaborators'],
    ['单位', 'unit'],
    ['计量单位', 'unit'],
    ['單位', 'unit'],
    ['计算公式', 'formula'],
    ['核算公式', 'formula'],
    ['数据来源', 'dataSource'],
    ['数据提供部门', 'dataSource'],
    ['数据来源部门', 'dataSource'],
    ['考核周期', 'period'],
    ['月份', 'period'],
    ['基线', 'baseline'],
    ['去年实际', 'baseline'],
    ['上年实际', 'baseline'],
    ['2024实际', 'baseline'],
    ['2024年实际完成值', 'baseline'],
    ['目标', 'target'],
    ['目标值', 'target'],
    ['年度目标', 'target'],
    ['2025年目标值', 'target'],
    ['权重', 'weight'],
    ['权重占比', 'weight'],
    ['建议权重', 'weight'],
    ['權重', 'weight'],
    ['权重（%）', 'weight'],
    ['指标权重', 'weight'],
    ['层级', 'level'],
    ['一级指标', 'level'],
    ['上级指标', 'parent'],
    ['考核维度', 'category'],
    ['KPI类型', 'category'],
    ['OGSM', 'category'],
    ['序号', 'number'],
    ['KPI序号', 'number'],
    ['编号', 'number'],
    ['*指标名称', 'name'],
  ])('%j → %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('reads a header split over lines, or with spaces inside', () => {
    expect(fieldOf('业务考核\n指标')).toBe('name');
    expect(fieldOf('建议\n权重')).toBe('weight');
    expect(fieldOf('权重分解\n（100%）')).toBe('weight');
    expect(fieldOf('项  目')).toBe('name');
    expect(fieldOf('指 标 名 称')).toBe('name');
  });

  it('scores a definition below a formula, and a weak phrase below a strong one', () => {
    expect(suggestField('指标定义')).toEqual({ field: 'formula', confidence: 0.7 });
    expect(suggestField('核算公式')).toEqual({ field: 'formula', confidence: 1 });
    expect(suggestField('项目')!.confidence).toBeLessThan(suggestField('指标名称')!.confidence);
  });
});

describe('suggestField: other languages', () => {
  it.each<[string, ImportField]>([
    ['KPI', 'name'],
    ['Metric', 'name'],
    ['Indicator', 'name'],
    ['KPI Name', 'name'],
    ['Department', 'department'],
    ['Dept.', 'department'],
    ['Position', 'position'],
    ['Job Title', 'position'],
    ['Owner', 'owner'],
    ['Responsible', 'owner'],
    ['Unit', 'unit'],
    ['Formula', 'formula'],
    ['Calculation', 'formula'],
    ['Data Source', 'dataSource'],
    ['Period', 'period'],
    ['Frequency', 'period'],
    ['Baseline', 'baseline'],
    ['Last Year', 'baseline'],
    ['Actual', 'baseline'],
    ['PY', 'baseline'],
    ['Target', 'target'],
    ['Goal', 'target'],
    ['Plan', 'target'],
    ['Objective', 'target'],
    ['Weight', 'weight'],
    ['Weighting', 'weight'],
    ['Level', 'level'],
    ['Parent', 'parent'],
    ['Category', 'category'],
    ['Perspective', 'category'],
    ['Type', 'category'],
    ['No.', 'number'],
    ['#', 'number'],
    ['Target (Max 100%)', 'target'],
    ['FY2025 Target', 'target'],
    ['weight_percent', 'weight'],
    ['measurement_unit', 'unit'],
    ['criterion_name_en', 'name'],
    ['Tên KPI', 'name'],
    ['Chỉ tiêu', 'name'],
    ['Đơn vị tính', 'unit'],
    ['Trọng số (%)', 'weight'],
    ['Mục tiêu', 'target'],
    ['Phòng ban', 'department'],
    ['Vị trí', 'position'],
    ['STT', 'number'],
    ['Objectif', 'target'],
    ['Réalisé', 'baseline'],
    ['Poids', 'weight'],
    ['Unité', 'unit'],
    ['Показатель', 'name'],
    ['Целевое значение', 'target'],
    ['Вес', 'weight'],
    ['Факт', 'baseline'],
    ['Перспектива (блок задач)', 'category'],
    ['채널', 'department'],
    ['목표', 'target'],
    ['목표 매출', 'target'],
  ])('%j → %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('matches a bilingual header on any line or either half of a slash', () => {
    expect(fieldOf('TÊN KPI\nName of KPI')).toBe('name');
    expect(fieldOf('Trọng số\nWeight')).toBe('weight');
    expect(fieldOf('PHÒNG BAN/Department')).toBe('department');
    expect(fieldOf('VỊ TRÍ/ Job Title')).toBe('position');
    expect(fieldOf('OGSM/Mục tiêu Công ty')).toBe('category');
    expect(fieldOf('Đơn vị cung cấp dữ liệu/ Evidence')).toBe('dataSource');
    expect(fieldOf('Mục tiêu năm/ target of year')).toBe('target');
  });

  it('matches Latin synonyms as whole words only', () => {
    expect(fieldOf('Community')).toBeNull();
    expect(fieldOf('Notes')).toBeNull();
    expect(fieldOf('Typeface')).toBeNull();
  });
});

describe('suggestField: what is no field', () => {
  it.each([
    '',
    '   ',
    '备注',
    'Remarks',
    '1月',
    '(%)',
    '2025',
    '目标达成率',
    '得分',
    'Variance',
    '客户评分（70%）',
    '% hoàn thành so với mục tiêu',
  ])('%j → null', (header) => {
    expect(suggestField(header)).toBeNull();
  });

  it('scores a stretch target below a plain one', () => {
    expect(suggestField('挑战目标')!.field).toBe('target');
    expect(suggestField('挑战目标')!.confidence).toBeLessThan(suggestField('目标值')!.confidence);
    expect(suggestField('Stretch target')!.confidence).toBeLessThan(
      suggestField('Target')!.confidence,
    );
  });
});

describe('suggestMapping', () => {
  it('maps a usual Chinese header row', () => {
    expect(
      suggestMapping([
        '序号',
        '岗位',
        '考核维度',
        '指标名称',
        '建议\n权重',
        '目标值',
        '指标定义',
        '核算公式',
        '数据提供部门',
      ]),
    ).toEqual([
      'number',
      'position',
      'category',
      'name',
      'weight',
      'target',
      null,
      'formula',
      'dataSource',
    ]);
  });

  it('gives each field to one column, the surest; a second target stays null', () => {
    expect(suggestMapping(['挑战目标', '目标值', '指标'])).toEqual([null, 'target', 'name']);
    expect(suggestMapping(['Target', 'Q1 Target'])).toEqual(['target', null]);
    expect(suggestMapping(['目标', '目标'])).toEqual(['target', null]);
  });

  it('never maps an empty header', () => {
    expect(suggestMapping(['', '指标名称', '  ', '\n'])).toEqual([null, 'name', null, null]);
  });

  it('leaves out what is below MIN_CONFIDENCE', () => {
    const long = '项目执行情况与说明及附注事项汇总';
    const found = suggestField(long);
    expect(found === null || found.confidence < MIN_CONFIDENCE).toBe(true);
    expect(suggestMapping([long])).toEqual([null]);
  });
});

describe('synonyms', () => {
  it('names every field, and no phrase for two fields', () => {
    const owner = new Map<string, ImportField>();
    for (const field of IMPORT_FIELDS) {
      const { strong, weak } = FIELD_SYNONYMS[field];
      expect(strong.length).toBeGreaterThan(0);
      for (const phrase of [...strong, ...weak]) {
        const key = headerKey(phrase.normalize('NFKC').toLowerCase()).compact;
        expect(key, phrase).not.toBe('');
        const other = owner.get(key);
        expect(other === undefined || other === field, `${phrase}: ${other} and ${field}`).toBe(
          true,
        );
        owner.set(key, field);
      }
    }
  });

  it('matches each of its own phrases to its field', () => {
    for (const field of IMPORT_FIELDS) {
      for (const phrase of FIELD_SYNONYMS[field].strong) {
        expect(fieldOf(phrase), phrase).toBe(field);
      }
    }
  });
});

describe('suggestField: properties', () => {
  it('never throws; confidence in 0–1; mapping as long as the headers, each field once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 12 }),
        (headers) => {
          for (const header of headers) {
            const found = suggestField(header);
            if (found) expect(found.confidence > 0 && found.confidence <= 1).toBe(true);
          }
          const mapping = suggestMapping(headers);
          expect(mapping).toHaveLength(headers.length);
          const fields = mapping.filter((field) => field !== null);
          expect(new Set(fields).size).toBe(fields.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

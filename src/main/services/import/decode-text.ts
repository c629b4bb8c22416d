import type { TextEncoding } from '../../../shared/import/types';
import { utf16WithoutBom } from './detect-format';

/**
 * The text of a CSV/TXT, and which encoding it was in. Order:
 *   1. the user's choice, when there is one (it always wins);
 *   2. a BOM (UTF-8, UTF-16LE, UTF-16BE), or UTF-16 without a BOM;
 *   3. strict UTF-8;
 *   4. GB18030 (a superset of GBK) against Big5: each decoded strictly; if
 *      only one succeeds it wins; if both do (short files often decode either
 *      way) the one whose Han characters are more often among the most common
 *      characters of its own script wins: right reading gives 的 / 標 / 率,
 *      the wrong one gives rare characters nobody writes in a KPI sheet.
 *      A tie goes to GB18030 (mainland files are the majority here).
 * Decoding is always fatal: a replacement character in a metric name would
 * be imported silently, so bytes no candidate accepts are `undecodable-text`.
 *
 * The `gb18030` label, not `gbk`: in Node 20 `gbk` refused 4-byte sequences
 * (PITFALLS.md), and GB18030 decodes everything GBK does.
 */

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding; detected: boolean }
  | { ok: false; encoding: TextEncoding };

function decodeStrict(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    // ignoreBOM: false (the default) drops a BOM of this encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The most frequent characters of KPI sheets and of Chinese text in general,
 * in each script. Characters written the same in both (率, 目, 指, 的) are in
 * both lists: they still tell the right reading from the wrong one, which
 * produces rare characters.
 */
const COMMON_SIMPLIFIED = new Set(
  '的是了在和有人这个中为国上们大来到说时要就出会也对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指记标率额销售绩效考核项完际达季客户质服训划增降'.split(
    '',
  ),
);
const COMMON_TRADITIONAL = new Set(
  '的是了在和有人這個中為國上們大來到說時要就出會也對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己製身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指記標率額銷售績效考核項完際達季客戶質服訓劃增降'.split(
    '',
  ),
);

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Share of Han characters that are in `common`; 0 when there are none. One pass. */
export function commonShare(text: string, common: ReadonlySet<string>): number {
  let han = 0;
  let hits = 0;
  for (const char of text) {
    if (!isHan(char.codePointAt(0) as number)) continue;
    han++;
    if (common.has(char)) hits++;
  }
  return han === 0 ? 0 : hits / han;
}

/** Characters scored per candidate: plenty to decide, cheap on a 100 MB file. */
const SCORE_SAMPLE_CHARS = 200_000;

function chineseReading(bytes: Uint8Array): DecodedText {
  const simplified = decodeStrict(bytes, 'gb18030');
  const traditional = decodeStrict(bytes, 'big5');
  if (simplified !== null && traditional === null)
    return { ok: true, text: simplified, encoding: 'gb18030', detected: true };
  if (traditional !== null && simplified === null)
    return { ok: true, text: traditional, encoding: 'big5', detected: true };
  if (simplified === null || traditional === null) return { ok: false, encoding: 'big5' };
  const simplifiedScore = commonShare(simplified.slice(0, SCORE_SAMPLE_CHARS), COMMON_SIMPLIFIED);
  const traditionalScore = commonShare(
    traditional.slice(0, SCORE_SAMPLE_CHARS),
    COMMON_TRADITIONAL,
  );
  return traditionalScore > simplifiedScore
    ? { ok: true, text: traditional, encoding: 'big5', detected: true }
    : { ok: true, text: simplified, encoding: 'gb18030', detected: true };
}

export function decodeText(bytes: Uint8Array, chosen?: TextEncoding): DecodedText {
  if (chosen) {
    const text = decodeStrict(bytes, chosen);
    return text === null
      ? { ok: false, encoding: chosen }
      : { ok: true, text, encoding: chosen, detected: false };
  }
  const marked = bomEncoding(bytes) ?? utf16WithoutBom(bytes);
  if (marked) {
    const text = decodeStrict(bytes, marked);
    return text === null
      ? { ok: false, encoding: marked }
      : { ok: true, text, encoding: marked, detected: true };
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', detected: true };
  return chineseReading(bytes);
}

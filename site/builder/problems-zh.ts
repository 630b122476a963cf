/**
 * Chinese for the problems the validator (src/format/validate.ts) and the loader (src/base/loader.ts) report, and for
 * the data warnings of src/format/lint.ts, for the builder's Chinese interface. It lives in the site, not the kit: the
 * widget bundle carries English messages only (it is over its size budget), and the builder is where editors read and
 * act on problems.
 *
 * Each rule matches one message shape; values quoted from the data, JSON paths and the JSON parser's own text stay as
 * they are. A message no rule matches comes back null and is shown in English (marked lang="en").
 * site/builder/problems-zh.test.ts runs the validator's whole corpus (test/corpus/) and the loader's messages through
 * this file, and every kind of data warning, so a new or reworded message without its translation fails a test.
 */

const KIND: Record<string, string> = { source: '来源', sector: '行业', indicator: '指标', task: '任务', target: '目标', allowance: '限额', milestone: '阶段目标' };
const BETTER: Record<string, string> = { lower: '越低越好', higher: '越高越好' };

/** What a message says a value is, as the validator describes it (`describe()`): quoted text, numbers and null stay, after a space. */
const VALUE: Record<string, string> = { 'a list': '列表', 'an object': '对象', boolean: '布尔值', undefined: '未定义' };

/** "must be …" phrases of `bad()`, which end in ", got <value>". */
const WHAT: Record<string, string> = {
  'The document must be a JSON object ({…})': '文档必须是 JSON 对象（{…}）',
  'must be text (a string)': '必须是文本（字符串）',
  'must be a number': '必须是数字',
  'must be a finite number': '必须是有限的数值',
  'must be between -1e15 and 1e15 (use a larger unit for bigger figures)': '必须介于 -1e15 与 1e15 之间（数值更大时请改用更大的单位）',
  'must be a lowercase id of letters, digits and single hyphens (like "steel-scrap")': '必须是由小写字母、数字和单个连字符组成的 ID（如 "steel-scrap"）',
  'must be a date like "2022-08-01"': '必须是形如 "2022-08-01" 的日期',
  'must be text, or an object of texts by language like {"en": "…", "zh": "…"}': '必须是文本，或按语言给出文本的对象，如 {"en": "…", "zh": "…"}',
  'must be a full web address starting with https://': '必须是以 https:// 开头的完整网址',
  'must be an object ({…})': '必须是对象（{…}）',
  'must be 1 (this is format version 1)': '必须为1（本格式为第1版）',
  'must be a list ([...])': '必须是列表（[...]）',
  'must be 0 or more': '不能小于0',
  'cannot fall by more than 100%': '降幅不能超过100%',
  'must be a percentage above 0 and at most 100': '必须是大于0且不超过100的百分比',
  'must be a whole number above 0': '必须是大于0的整数',
};

/** Whole messages without values. */
const FIXED: Record<string, string> = {
  'is required': '为必填项',
  'is required (a list [...])': '为必填项（列表 [...]）',
  'is required: 1': '为必填项：1',
  'is required: a source id or {"title": …, "url": …}': '为必填项：来源 ID，或 {"title": …, "url": …}',
  'is a web address: write a source id or {"title": …, "url": …}': '是网址：请写来源 ID，或 {"title": …, "url": …}',
  'is required for a relative target: the change is measured from it': '相对目标必须提供此值：变化幅度从它算起',
  'must not be empty (or only invisible characters)': '不能为空（或只有不可见字符）',
  'must have at least one language, like {"en": "…"}': '至少需要一种语言，如 {"en": "…"}',
  'must not be 0: a target of no change has no distance to measure': '不能为0：没有变化的目标无从衡量进展',
  'must not be 0 for a relative target: a percentage of zero is undefined': '相对目标的基准值不能为0：无法计算相对于零的百分比变化',
  'only applies when comparison is "about"': '仅在 comparison 为 "about" 时适用',
  'must list at least one {"year", "value"} allowance': '必须至少列出一个 {"year", "value"} 限额',
  'is empty: expected a JSON document starting with {': '为空：应为以 { 开头的 JSON 文档',
  'is HTML, not JSON (a web page rather than the data file?)': '是 HTML 而不是 JSON（是网页而不是数据文件吗？）',
  'is not UTF-8 text (UTF-16?): save the file as UTF-8': '不是 UTF-8 文本（可能是 UTF-16）：请将文件另存为 UTF-8',
  'is empty: add at least one target, or no widget has anything to show': '为空：请至少添加一个目标，否则组件没有可显示的内容',
  'is not a text file (an image, PDF or archive?): choose the JSON data file': '不是文本文件（是图片、PDF 或压缩包吗？）：请选择 JSON 数据文件',
  // Data warnings (src/format/lint.ts).
  "is missing: cite the document that sets this target (the widgets cite the policy's first document in its place)": '缺失：请注明设定该目标的文件（组件目前以政策的第一份文件代替）',
  'is missing: cite the document that sets this target (the widgets cite no source for it)': '缺失：请注明设定该目标的文件（组件目前不为它注明任何来源）',
};

/**
 * The JSON parser's own words (Chromium's V8), after "is not valid JSON (line, column): "; others stay as they are. The
 * validator says the commonest in plain words of its own (a missing comma or quote, a cut text, a control character:
 * HINTS below).
 */
const PARSER: Record<string, string> = {
  "Expected property name or '}'": "此处应为属性名或 '}'",
  'Expected double-quoted property name': '属性名应使用双引号',
  'Exponent part is missing a number': '指数部分缺少数字',
  'Unterminated fractional number': '小数点后缺少数字',
  'Unexpected number': '此处不应出现数字',
  'Unexpected non-whitespace character after JSON': 'JSON 结束后还有多余内容',
  'Bad escaped character': '字符串中有无效的转义字符',
  'No number after minus sign': '负号后缺少数字',
  "Expected ':' after property name": "属性名后应为 ':'",
  'Bad Unicode escape': '无效的 Unicode 转义（\\u 后应为四位十六进制数字）',
};
/** The validator's own names for common hand-editing mistakes, in place of the parser's words (src/format/validate.ts). */
const HINTS: [RegExp, (...g: string[]) => string][] = [
  [/^a comma after the last item, before "(.)": remove it$/, (c) => `最后一项之后、"${c}" 之前多了一个逗号：请删除`],
  [/^a curly quote \((.)\): use straight double quotes \("\)$/, (q) => `弯引号（${q}）：请改用直双引号（"）`],
  [/^a single quote \('\): use double quotes \("\)$/, () => `单引号（'）：请改用双引号（"）`],
  [/^a decimal comma in (.+): write (.+)$/, (n, fix) => `数字 ${n} 用了逗号作小数点：请写作 ${fix}`],
  [/^thousands separators in (.+): write (.+)$/, (n, fix) => `数字 ${n} 用了千位分隔符：请写作 ${fix}`],
  [/^a comma in (.+): write (.+) \(no thousands separator\) or (.+) \(a decimal point\)$/, (n, whole, decimal) => `数字 ${n} 中有逗号：若为千位分隔符请写作 ${whole}，若为小数点请写作 ${decimal}`],
  [/^a JSON document starts with "\{"$/, () => 'JSON 文档应以 "{" 开头'],
  [/^a comment: JSON has none, remove it$/, () => '注释：JSON 不允许注释，请删除'],
  [/^(-?(?:Infinity|NaN|undefined)) is not JSON: write a number, or leave the field out$/, (w) => `${w} 不是 JSON 值：请写一个数字，或删去该字段`],
  [/^the text ends too soon: a closing \} or \], or a closing quote, is missing$/, () => '文本提前结束：缺少右括号 } 或 ]，或缺少结束引号'],
  [/^a text without its closing quote \("\)$/, () => '文本缺少结束引号（"）'],
  [/^a comma \(,\) is missing between two items, or a closing \} or \] before this$/, () => '两项之间缺少逗号（,），或此处之前缺少右括号 } 或 ]'],
  [/^a line break, tab or other control character inside a text \((.+)\): write a line break as \\n, or remove it$/, (c) => `文本中有换行符、制表符或其他控制字符（${c}）：换行请写作 \\n，否则请删除`],
];
const hint = (raw: string) => {
  for (const [re, zh] of HINTS) {
    const m = re.exec(raw);
    if (m) return zh(...m.slice(1));
  }
  return null;
};
/** The parser's words in Chinese, or null for words this table does not know (the message then counts as English). */
const parser = (raw: string): string | null => {
  const token = /^Unexpected token '(.+?)'(?:, ((?:\.\.\.)?".*"(?:\.\.\.)?) is not valid JSON)?$/s.exec(raw);
  return hint(raw) ?? PARSER[raw] ?? (token && `意外的字符 '${token[1]}'${token[2] ? `（${token[2]} 不是有效的 JSON）` : ''}`);
};

/** Messages with values: a pattern and its Chinese, the groups passed in order. */
const RULES: [RegExp, (...g: string[]) => string | null][] = [
  [/^must be a whole year between (\d+) and (\d+)$/, (a, b) => `必须是${a}至${b}之间的整数年份`],
  [/^must be one of (.+)$/, (list) => `必须为以下之一：${list}`],
  [/^must be after the baseline year \((\d+)\)$/, (y) => `必须晚于基准年（${y}）`],
  [/^must not be after the target year \((\d+)\)$/, (y) => `不得晚于目标年份（${y}）`],
  [/^must not exceed the final count \((.+)\)$/, (n) => `不得超过最终数量（${n}）`],
  [/^is required: one of (.+)$/, (list) => `为必填项，可选：${list}`],
  [/^is ([\d,]+) characters long; at most ([\d,]+) are allowed$/, (n, max) => `长${n}个字符，最多允许${max}个`],
  [/^has ([\d,]+) entries; at most ([\d,]+) are allowed$/, (n, max) => `有${n}项，最多允许${max}项`],
  [
    /^contains an invisible text-direction control \((.+)\) at character (\d+): remove it, as it reverses the text shown after it$/,
    (c, i) => `第${i}个字符处有不可见的文字方向控制符（${c}）：请删除，它会使其后显示的文字颠倒`,
  ],
  [/^contains a control character \((.+)\) at character (\d+): remove it$/, (c, i) => `第${i}个字符处有控制字符（${c}）：请删除`],
  [/^contains half of a character \((.+): an emoji cut in two\?\) at character (\d+): remove it$/, (c, i) => `第${i}个字符处有半个字符（${c}：被截断的表情符号？）：请删除`],
  [/^"(.*)" is not a language code like "en", "zh" or "zh-Hant"$/, (l) => `"${l}" 不是语言代码（应如 "en"、"zh" 或 "zh-Hant"）`],
  [/^must be an http\(s\) address; "(.*)" links are not allowed$/, (p) => `必须是 http(s) 网址；不允许 "${p}" 链接`],
  [/^unknown field "(.*)"$/, (f) => `未知字段 "${f}"`],
  [/^duplicate (\w+) id "(.*)" \(first used at (.*)\)$/, (k, id, at) => `${KIND[k] ?? k} ID "${id}" 重复（首次出现在 ${at}）`],
  [/^refers to (\w+) "(.*)", which is not defined$/, (k, id) => `引用的${KIND[k] ?? k} "${id}" 未定义`],
  [/^(\d+) is in the future: observations must be of years that have happened$/, (y) => `${y}年尚未到来：观测值只能是已过去的年份`],
  [/^duplicate observation of "(.*)" for (\d+) \(also at (.*)\)$/, (ind, y, at) => `"${ind}" 在${y}年的观测值重复（另见 ${at}）`],
  [/^onTrack \((.+)\) must be greater than needsAcceleration \((.+)\)$/, (on, na) => `onTrack（${on}）必须大于 needsAcceleration（${na}）`],
  [/^must come after the previous (\w+)'s year \((\d+)\)$/, (k, y) => `必须晚于上一个${KIND[k] ?? k}的年份（${y}）`],
  [
    /^moves the value (down|up) by (.+)%, but the indicator says (lower|higher) is better$/,
    (dir, x, b) => `使数值${dir === 'down' ? '下降' : '上升'}${x}%，但指标规定${BETTER[b]}`,
  ],
  [/^"(.*)" contradicts the indicator, which says (lower|higher) is better$/, (c, b) => `"${c}" 与指标矛盾：指标规定${BETTER[b]}`],
  [/^is not valid JSON \(line (\d+), column (\d+)\): (.*)$/s, (l, c, raw) => ((p) => p && `不是有效的 JSON（第${l}行，第${c}列）：${p}`)(parser(raw))],
  [/^is not valid JSON: (.*)$/s, (raw) => ((p) => p && `不是有效的 JSON：${p}`)(parser(raw))],
  [/^could not be read: (.*)$/s, (raw) => `无法读取：${raw}`],
  // Data warnings (src/format/lint.ts): the numbers and paths stay as they are.
  [
    /^is (.+), but the observation of "(.*)" for (\d+) \((.+)\) is (.+?)(?:, (.+)% apart)?: one of the two figures is wrong, or they measure different things \(the widgets measure progress from (.+)\)$/,
    (b, ind, y, at, o, pct, from) =>
      `为 ${b}，但文档中 "${ind}" ${y}年的观测值（${at}）为 ${o}${pct ? `，相差${pct}%` : ''}：两个数字中有一个有误，或二者衡量的不是同一事物（组件从 ${from} 起衡量进展）`,
  ],
  [
    /^is (.+), outside the way from the baseline \((.+) in (\d+)\) to the target \((.+)\): a milestone is a value on the way, in the indicator's unit \(not a percentage change\)$/,
    (m, b, y, g) => `为 ${m}，不在从基准值（${y}年为 ${b}）到目标值（${g}）之间：阶段目标应是途中的数值，用指标的单位表示（而不是变化百分比）`,
  ],
  [
    /^is "illustrative": "(.*)" has (\d+) illustrative \(invented\) and (\d+) reported \(official or estimate\) observations, which a chart joins in one line under an "Illustrative data" badge: keep invented values in a document of their own$/,
    (ind, n, m) => `为 "illustrative"："${ind}" 有${n}个示意（虚构）观测值和${m}个报告观测值（official 或 estimate），图表会把它们连成一条线并标注“示意数据”：请把虚构数值放在单独的文档中`,
  ],
  [
    /^is (\d+) characters long: the widgets show it whole, as a title or a row's name, on many lines of a phone's column; shorten it$/,
    (n) => `长${n}个字符：组件会完整显示它（作为标题或行名），在手机栏宽中占很多行；请缩短`,
  ],
  [
    /^is (.+), a tenth of the baseline \((.+) in (\d+)\) or less, so the widgets show the target achieved from the start: check the value and the indicator's unit \(a percentage written 0\.35 for 35%\?\)$/,
    (g, b, y) => `为 ${g}，不到基准值（${y}年为 ${b}）的十分之一，组件会从一开始就显示目标已实现：请检查该数值和指标的单位（是否把 35% 写成了 0.35？）`,
  ],
  [
    /^is (.+): a threshold is a ratio of the pace the target needs \(the default for (\w+) is (.+)\), not a percentage; write (.+) for (.+)%$/,
    (v, k, d, fix, pct) => `为 ${v}：阈值是相对于目标所需速度的比值（${k} 的默认值为 ${d}），不是百分比；${pct}% 请写作 ${fix}`,
  ],
  // The loader (the address and the browser's own error text stay as they are).
  [/^Loading (.+) took longer than (\d+) (s|ms), so it was stopped\.$/s, (url, n, unit) => `加载 ${url} 超过${n}${unit === 's' ? '秒' : '毫秒'}，已停止。`],
  [
    /^Could not load (.+): the network failed or the server does not allow this page to read it \(CORS\)\.(.*)$/s,
    // The browser's own words after it ("Failed to fetch") are English and add nothing: left out.
    (url) => `无法加载 ${url}：网络故障，或服务器不允许此页面读取（CORS）。`,
  ],
  // The status's number alone, as the widgets say it: its text is the server's English ("404 Not Found").
  [/^Could not load (.+): the server answered (\d+).*\.$/s, (url, status) => `无法加载 ${url}：服务器返回 ${status}。`],
  [/^Could not read the response from (.+)\.$/s, (url) => `无法读取 ${url} 的响应。`],
  [/^Loading (.+) was cancelled\.$/s, (url) => `已取消加载 ${url}。`],
  [/^"(.*)" is not an http\(s\) address, so it was not loaded\.$/s, (url) => `"${url}" 不是 http(s) 网址，因此未加载。`],
];

/** A "must be …" phrase, fixed or with values. */
function what(text: string): string | null {
  return WHAT[text] ?? rule(text);
}

function rule(text: string): string | null {
  for (const [re, zh] of RULES) {
    const m = re.exec(text);
    if (m) return zh(...m.slice(1));
  }
  return null;
}

/**
 * The Chinese for one problem message, or null when it has no translation (it is then shown in English).
 * Shapes: a fixed sentence; "<what>, got <value>" with an optional " (remove the quotes)" or "; did you mean "x"?";
 * a sentence with values.
 */
export function problemZh(message: string): string | null {
  let text = message;
  let tail = '';
  const quotes = text.endsWith(' (remove the quotes)');
  if (quotes) text = text.slice(0, -' (remove the quotes)'.length);
  const alone = / \(write (\S+), without quotes: the unit is the indicator's\)$/.exec(text);
  if (alone) text = text.slice(0, alone.index);
  const mean = /; did you mean "(.*)"\?$/.exec(text);
  if (mean) {
    text = text.slice(0, mean.index);
    tail = `；是否应为 "${mean[1]}"？`;
  }
  if (quotes) tail = `（请去掉引号）${tail}`;
  if (alone) tail = `（请写作 ${alone[1]}，不加引号：单位由指标给出）`;
  // "<what>, got <value>"; a quoted value may hold ", got " itself (unknown field "a, got b"): then no <what> comes
  // before it, and the message is read whole below.
  const got = text.indexOf(', got ');
  const head = got > 0 && what(text.slice(0, got));
  if (head) {
    const value = text.slice(got + ', got '.length);
    return `${head}，实际为${VALUE[value] ?? ` ${value}`}${tail}`;
  }
  const zh = FIXED[text] ?? rule(text);
  return zh && zh + tail;
}

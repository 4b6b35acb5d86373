/**
 * Who may decide a purchase, as call notes name them: titles and bodies in English and Chinese, people by
 * honorific or name. A mention is only a candidate: `decider.ts` proposes one only when the syntax around it
 * says that it decides.
 */
export interface Mention {
  text: string;
  index: number;
  end: number;
  /** `person` = a name (Mr. Sato, 王教授, Keith); `role` = a title or body (CFO, 董事会); `pronoun` = he/她/自己. */
  kind: 'person' | 'role' | 'pronoun';
}

const EN_ACRONYM = '(?:C[A-Z]{1,3}O|GM|MD|S?VP|EVP|AVP)';
const EN_TITLE =
  'owner|co-?founder|founder|(?:managing |senior )?partner|principal|headmaster|headmistress|head ?teacher|dean|provost|superintendent|chancellor|rector|(?:vice )?president|chair(?:man|woman|person)?|director|manager|board(?: of directors| of trustees)?|committee|council|commander|secretary|commissioner|mayor|foreman|franchisor|boss|treasurer|controller|administrator|wife|husband|parents|father|mother|dad|mum|mom|son|daughter|officer|trustees';
/** Words that may stand before a title as part of it ("regional director", "school board", "Deputy Secretary"). */
const EN_MODIFIER =
  'regional|area|district|country|general|managing|plant|site|store|branch|shop|base|fleet|facilities|investment|procurement|purchasing|finance|financial|it|ops|operations|project|program|programme|sales|marketing|technical|medical|clinical|executive|senior|deputy|assistant|associate|school|expansion|property|practice|hospital|city|county|state|town|parish|steering|capital|contracting|engineering|academic|group|vice|chief|head|supply chain|hr|logistics|warehouse|production|quality|maintenance|transport|innovation|digital|development|real estate';
const EN_OF =
  "(?: of (?:the )?[A-Z][\\w&'-]*(?: (?:and |& )?[A-Z][\\w&-]*){0,2}| of [a-z]+(?: [a-z]+)?(?= (?:mr|ms|mrs|dr)\\b|,))?";
const EN_ROLE = new RegExp(
  `(?<![\\w-])(?:(?:${EN_MODIFIER}) ){0,2}(?:${EN_TITLE})s?(?![\\w-])${EN_OF}|(?<![\\w-])head of (?:the )?[\\w&]+(?: [A-Z][\\w&]*){0,2}`,
  'gi',
);
/** Acronyms are matched with their case: "coo" or "md" in running text is not a title. */
const EN_ACRONYM_ROLE = new RegExp(
  `(?<![\\w-])(?:(?:APAC|EMEA|LATAM|HQ|Global|Group|Regional) )?${EN_ACRONYM}(?:(?: of)? (?:[A-Z][\\w&]*|R&D)(?: (?!I\\b)[A-Z][\\w&]*){0,2})?(?![\\w-])${EN_OF}`,
  'g',
);
/** A capitalised word, never cut short: "Lin's" is a possessive, not "Li". */
const CAPITALISED = "[A-Z][a-z]+(?![a-z])(?:-[A-Za-z]+|'(?!s\\b)[A-Za-z]+)?(?!'s\\b)";
const EN_HONORIFIC = new RegExp(
  `\\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sgt|Capt)\\.? ${CAPITALISED}(?: ${CAPITALISED})?|\\b${CAPITALISED}-san\\b`,
  'g',
);
/**
 * One or two capitalised words; after "from", "in", "at", "to"… they are a place or a company, not a person —
 * but after "up to", "defers to", "reports to" they are the person it is up to.
 */
const EN_NAME = new RegExp(
  `(?<!\\b(?:from|in|at|of|with|near|for|by|on) |(?<!\\b(?:up|defers?|goes|answers?|reports?)) to |[A-Z][a-z]+ )\\b${CAPITALISED}(?: (?:(?:de|van|von|der|den|da|di|du|del|le|la) ){0,2}${CAPITALISED}){0,2}\\b`,
  'g',
);
/** Capitalised words that are not people: sentence starts, months, days, common nouns in titles. */
const NOT_A_NAME =
  /^(?:The|They|Their|Them|He|She|His|Her|It|Its|We|Our|Us|You|I|A|An|And|But|Or|So|If|Then|Also|Budget|Decision|Timeline|Call|Met|Meeting|Contact|Contacts|Next|Last|This|That|Wants?|Needs?|Management|Leadership|Legal|Team|Company|Customer|Client|Users?|Staff|Everyone|Nobody|Someone|Will|Would|Can|Could|Should|Must|Might|Grant|Budget|Target|Mr|Ms|Mrs|Miss|Dr|Prof|Who|What|When|Where|Why|How|Maybe|Talked|Visited|Spoke|Called|Interested|Short|Long|Just|Still|Only|Please|Thanks|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Q[1-4]|H[12]|FY|Board|Owner|Director|Manager|President|Head|Dean|Competitor|Current|Government|Federal|State|County|City|Army|University|School|Hospital|Dental|HQ|IT|Ops|Operations|Engineering|Sales|Finance|Procurement|Plant|Program|Deputy|Regional|General|Chief|VP|CEO|CFO|COO|CIO|CTO)$/;

const ZH_SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段钱汤尹黎易常武乔贺赖龚文欧阳';
/** Longest first so 老板娘 wins over 老板 and 副总经理 over 总经理. */
const ZH_TITLES = [
  '副总经理',
  '总经理',
  '總經理',
  '副总裁',
  '总裁',
  '總裁',
  '董事长',
  '董事長',
  '董事会',
  '董事會',
  '厂务会',
  '校务会',
  '院务会',
  '局务会',
  '股东会',
  '党委会',
  '党组会',
  '常委会',
  '办公会',
  '委员会',
  '管委会',
  '理事会',
  '总经办',
  '老板娘',
  '大老板',
  '老板',
  '老闆',
  '一把手',
  '负责人',
  '老总',
  '副总',
  '总监',
  '经理',
  '主任',
  '处长',
  '局长',
  '副院长',
  '院长',
  '副校长',
  '校长',
  '厂长',
  '部长',
  '科长',
  '所长',
  '站长',
  '关长',
  '园长',
  '馆长',
  '县长',
  '市长',
  '区长',
  '镇长',
  '主席',
  '会长',
  '社长',
  '总工',
  '主管',
  '董事',
  '行长',
  '书记',
  '店长',
  '教授',
  '合伙人',
  '创始人',
  '股东',
  '太太',
  '老婆',
  '爱人',
  '老公',
  '丈夫',
  '妻子',
  '父亲',
  '母亲',
  '父母',
  '爸爸',
  '妈妈',
  '先生',
  '女士',
  '小姐',
];
/** What may stand before a Chinese title as part of it (运营副总, 供应链副总裁, 集团投资委员会, 局党委会). */
const ZH_QUALIFIERS = [
  '信息化',
  '供应链',
  '事业部',
  '分公司',
  '数字化',
  '信息中心',
  '党工委',
  '分局',
  '分管的',
  '主管的',
  '运营',
  '拓展',
  '财务',
  '采购',
  '销售',
  '市场',
  '技术',
  '信息',
  '人事',
  '行政',
  '生产',
  '设备',
  '投资',
  '常务',
  '执行',
  '分管',
  '主管',
  '区域',
  '大区',
  '集团',
  '公司',
  '总部',
  '项目',
  '研发',
  '质量',
  '物流',
  '仓储',
  '工程',
  '后勤',
  '基建',
  '教务',
  '科研',
  '医务',
  '门店',
  '工厂',
  '营运',
  '产品',
  '部门',
  '党委',
  '局',
  '院',
  '市',
  '县',
  '省',
  '区',
  '部',
  '科',
  '处',
  '[A-Z]{1,5}\\s?',
];
/** 副 makes a deputy of any title (副主任, 副局长); the list keeps the common ones whole too. */
const ZH_TITLE_PATTERN = new RegExp(
  `(?:${ZH_QUALIFIERS.join('|')}){0,2}(?:副?(?:${ZH_TITLES.join('|')}))+`,
  'g',
);
const ZH_NAMED = new RegExp(
  `[${ZH_SURNAMES}](?:先生|女士|小姐|总|局|工|董|老师|教授|院长|校长|处长|局长|科长|镇长|县长|市长|区长|行长|所长|馆长|园长|主任|经理|总监|厂长|部长|书记)|老[${ZH_SURNAMES}]`,
  'g',
);
const PRONOUNS = /(?<![\w-])(?:he|she|him|her|himself|herself)(?![\w-])|他自己|她自己|自己|他|她/gi;

export function findMentions(notes: string): Mention[] {
  const found: Mention[] = [];
  const add = (text: string, index: number, kind: Mention['kind']) => {
    if (text.trim()) found.push({ text, index, end: index + text.length, kind });
  };
  for (const m of notes.matchAll(EN_ROLE)) add(m[0], m.index ?? 0, 'role');
  for (const m of notes.matchAll(EN_ACRONYM_ROLE)) add(m[0], m.index ?? 0, 'role');
  for (const m of notes.matchAll(EN_HONORIFIC)) add(m[0], m.index ?? 0, 'person');
  for (const m of notes.matchAll(EN_NAME)) {
    // "Operations Greg Lin": drop title words in front, keep the name.
    const words = m[0].split(' ');
    const skip = words.findIndex((w) => !NOT_A_NAME.test(w));
    if (skip < 0) continue;
    const name = words.slice(skip).join(' ');
    if (words.slice(skip).some((w) => NOT_A_NAME.test(w))) continue;
    add(name, (m.index ?? 0) + m[0].length - name.length, 'person');
  }
  for (const m of notes.matchAll(ZH_TITLE_PATTERN)) add(m[0], m.index ?? 0, 'role');
  for (const m of notes.matchAll(ZH_NAMED)) add(m[0], m.index ?? 0, 'person');
  for (const m of notes.matchAll(PRONOUNS)) add(m[0], m.index ?? 0, 'pronoun');
  return mergeMentions(found);
}

/**
 * Overlapping mentions keep the longest; a role and a name side by side ("GM Paula Ng", "VP Ops (Carla Diaz)",
 * "Jamal, Head of Fleet", "Joe the shop foreman") become one person mention, which is how the rep reads them.
 */
function mergeMentions(found: Mention[]): Mention[] {
  const sorted = found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.index < last.end) {
      if (m.end > last.end && m.kind !== 'pronoun') kept[kept.length - 1] = { ...last, end: m.end };
      continue;
    }
    kept.push({ ...m });
  }
  return kept;
}

/** Joins a role and a name written next to each other into one mention, reading the text between them. */
export function joinAppositions(notes: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    const gap = last ? notes.slice(last.end, m.index) : '';
    const pair = last && last.kind !== 'pronoun' && m.kind !== 'pronoun' && last.kind !== m.kind;
    if (last && pair && /^(?:\s?|\s?\(|（|,\s(?:the |their |our )?|\sthe |，)$/i.test(gap)) {
      const end = notes[m.end] === ')' || notes[m.end] === '）' ? m.end + 1 : m.end;
      out[out.length - 1] = {
        text: notes.slice(last.index, end),
        index: last.index,
        end,
        kind: 'person',
      };
      continue;
    }
    out.push(m);
  }
  return out.map((m) => ({ ...m, text: notes.slice(m.index, m.end) }));
}

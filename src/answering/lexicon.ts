/**
 * General English knowledge the matcher needs whatever the story: which words carry no meaning
 * for matching and which chat habits to look through. Story-specific equivalences live with the
 * story's knowledge, not here.
 */

/** Function words: they never decide which question was asked. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet if then than that this these those there here whether
  i me my mine myself we us our ours you your yours yourself he him his she her hers it its they them their theirs
  am is are was were be been being do does did done doing have has had having get got gets getting
  will would shall should can could may might must ought
  to of in on at by for with without from into onto about as up down out off over under again further once
  between among against towards toward via
  not no yes yeah yep nope ok okay
  all any both each few more most other some such only own same too very just also even still
  s t d ll m re ve`.split(/\s+/),
);

/** Chat filler and discourse words: common in how people type, meaningless for matching. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `really actually honestly literally basically seriously genuinely truly like um uh hmm hm huh eh
  lol lmao lmfao rofl haha hahaha lel kek omg omfg wtf wth smh tbh ngl fr frfr imo imho idk idc iirc afaik
  hell heck bro bruh dude man guys guy yall mate fam bestie pls plz please thanks thx ty hey hi hello yo sup
  so well anyway anyways wait hold ok okay k kk right sure oh ah ahh aw alright
  know explain wondering wonder curious ask asking asked quick quickly
  someone somebody anyone anybody people ppl folks everyone everybody
  thing things stuff something anything whole kind sort bit lot lots
  heard hear saw see seen seeing read reading mean meant keep keeps kept
  mention mentioned mentioning mentions
  provide give gave describe described describes outline summed detail details
  alleged supposed supposedly purported purportedly reported reportedly so-called
  exactly precisely definitely probably maybe perhaps apparently supposedly allegedly personally
  now ever never always already
  again nah na yea ya yup naw sorta kinda gonna wanna gotta
  pretty general overall mr mrs ms mister`.split(/\s+/),
);

/**
 * Question words are kept, at a lower weight: "who is Peskov" and "what did Peskov say"
 * differ mostly by them.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  'who whom whose what which when where why how'.split(' '),
);

/** Adverbs that ask whether something is true ("did he really call"): read as a light "real". */
export const TRUTH_ADVERBS: ReadonlyMap<string, string> = new Map(
  ['really', 'actually', 'truly', 'genuinely', 'legitimately', 'realy', 'rly'].map((word) => [
    word,
    'real',
  ]),
);

/**
 * Set phrases that only frame a question ("in general", "i just joined"); removed before
 * matching. Their words are everyday English, so left in they would count as unmatched content.
 */
export const FILLER_PHRASES: readonly string[] = Object.freeze([
  'by the way',
  'for real',
  'no idea',
  'i just joined',
  'just joined',
  'just got here',
  'out of the loop',
  'i am confused',
  'i am lost',
  'i want to know',
  'i need to know',
  'let me know',
  'help me understand',
  'or what',
  'quick question',
  'i have a question',
  'a question',
  'question for you',
  'tell me',
  'tell us',
  'i guess',
  'guess what',
  'i think',
  'i thought',
  'i believe',
  'i suppose',
  'i feel like',
  'according to',
  'no way',
  'not familiar with',
  'real quick',
  'real fast',
  'i missed it',
  'i missed this',
  'i missed that',
]);

/**
 * Places people say they saw something ("i saw on tiktok that..."). After "on", "from", "via" or
 * "in" they only say where a rumour came from, not what is asked.
 */
export const HEARSAY_PLACES: ReadonlySet<string> = new Set(
  `tiktok twitter x reddit youtube yt facebook fb snapchat snap threads bluesky tumblr whatsapp
  telegram discord internet online tv television radio news feed timeline fyp`.split(/\s+/),
);

/** People a rumour came from ("my friend said putin called"): after "my" or "a" they only frame it. */
export const HEARSAY_PEOPLE: ReadonlySet<string> = new Set(
  `friend friends mate mates buddy pal mom mum dad mother father brother sister bro sis cousin uncle aunt
  wife husband girlfriend boyfriend gf bf roommate coworker colleague boss teacher classmate neighbor neighbour`.split(
    /\s+/,
  ),
);

/** "how do i", "how can i", "how to": requests for instructions, which a news story never answers. */
export const HOW_TO: readonly (readonly string[])[] = Object.freeze(
  [
    'how do i',
    'how can i',
    'how should i',
    'how do you',
    'how can you',
    'how to',
    'how would i',
    'how do we',
  ].map((phrase) => phrase.split(' ')),
);

/** Words that introduce where a rumour came from. */
export const HEARSAY_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'from',
  'via',
  'in',
  'over',
]);

/**
 * Words Porter stemming merges with unrelated ones: "news" is not "new", "responsible" is not
 * "response", "police" is not "policy", "authorities" are not an "author".
 */
export const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['news', 'news'],
  ['heading', 'heading'],
  ['headings', 'heading'],
  ['responsible', 'responsibl'],
  ['responsibility', 'responsibl'],
  ['irresponsible', 'irresponsibl'],
  ['police', 'police'],
  ['authority', 'authoriti'],
  ['authorities', 'authoriti'],
  ['community', 'communiti'],
  ['communities', 'communiti'],
  ['general', 'general'],
  ['university', 'universiti'],
]);

/**
 * Everyday words that name facts about a person, a place or an organisation (family, age,
 * wealth, works, founding): a question using one the story never mentions asks about something
 * the story does not cover, so it weighs like an unknown name rather than like incidental chat.
 */
export const PERSONAL_FACTS: ReadonlySet<string> = new Set(
  `wife wives husband husbands married marry marriage spouse partner divorce divorced girlfriend boyfriend
  kid kids child children son sons daughter daughters parent parents mother father mom mum dad family siblings
  age old older oldest young younger born birth birthday died dead death die alive
  height tall weight salary rich richest wealth wealthy worth money income earn earns billionaire millionaire
  religion religious school college university studied study degree educated education
  hobby hobbies favourite favorite pet pets dog cat lives live house home address hometown
  song songs album albums concert concerts tour touring tickets ticket movie movies film films award awards
  grammy grammys oscar oscars hit hits record-breaking
  founded founder founders website channel channels population currency capital weather temperature
  language languages flag anthem gdp economy army`.split(/\s+/),
);

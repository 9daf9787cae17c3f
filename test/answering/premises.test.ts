import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answering/engine.ts';
import { parseArticle } from '../../src/knowledge/article.ts';
import type { Entry, Story } from '../../src/knowledge/types.ts';
import { shippedLanguage } from '../storyFixture.ts';
import { replierFor } from './tinyStory.ts';

/** A story built for yes/no questions: a post on one platform, a plan rejected, a reaction not known. */
function story(): Story {
  const article = parseArticle(
    [
      'Mayor Alba shares the new park plan',
      'Mayor Rosa Alba posted the new park plan on Instagram on Monday.',
      'The city council rejected the plan two days later, calling it too costly.',
      "Alba has not said what she will do next, according to Mayor Alba's office.",
    ].join('\n\n'),
  );
  const entry = (e: Partial<Entry> & Pick<Entry, 'id' | 'question' | 'answer'>): Entry => ({
    alternates: [],
    sources: [{ paragraph: 1, quote: 'posted the new park plan on Instagram' }],
    related: [],
    ...e,
  });
  return {
    id: 'park-plan',
    title: 'The park plan',
    description: 'The park plan',
    examples: ['Where did the mayor post the plan?'],
    article,
    synonyms: [],
    summary: 'The mayor posted a park plan; the council rejected it.',
    timeline: [],
    entries: [
      entry({
        id: 'post',
        question: 'Where did the mayor post the park plan?',
        alternates: [
          'where was the plan posted',
          'did the mayor post the plan online',
          'where did alba share the plan',
          'which site did the mayor post the park plan on',
          'how did the mayor share the park plan',
          'mayor post park plan where',
        ],
        answer: 'Mayor Rosa Alba posted the new park plan on Instagram on Monday.',
      }),
      entry({
        id: 'approved',
        question: 'Did the council approve the park plan?',
        verdict: 'no',
        alternates: [
          'did the council approve the plan',
          'was the park plan approved',
          'did the council accept the park plan',
          'is the park plan going ahead',
          'did the plan pass the council',
          'council approval of the park plan',
        ],
        answer: 'The city council rejected the plan two days later, calling it too costly.',
        sources: [{ paragraph: 2, quote: 'The city council rejected the plan two days later' }],
      }),
      entry({
        id: 'next-step',
        question: 'What will the mayor do next?',
        verdict: 'unknown',
        alternates: [
          'what is the mayor going to do now',
          'what will alba do next',
          'what is the next step for the mayor',
          'how will the mayor respond to the council',
          'has the mayor said what she will do',
          'mayor plans after the vote',
        ],
        answer: "The article doesn't say: it reports that Alba has not said what she will do next.",
        sources: [{ paragraph: 3, quote: 'Alba has not said what she will do next' }],
      }),
    ],
  };
}

const engine = createAnswerEngine(story(), shippedLanguage());
const reply = (question: string): string => {
  const answer = engine.ask(question);
  return answer.status === 'answered' ? answer.text : `(refused: ${answer.reason})`;
};

describe('yes/no questions and their premises', () => {
  it('confirms a premise the article bears out', () => {
    expect(reply('did the mayor post the park plan on instagram?')).toMatch(
      /^Yes — Mayor Rosa Alba/,
    );
  });

  it('says no, with what the article says, to a detail the article contradicts', () => {
    expect(reply('did the mayor post the park plan on twitter?')).toMatch(
      /^No — Mayor Rosa Alba posted the new park plan on Instagram/,
    );
    expect(reply('did the mayor post the park plan on tuesday?')).toMatch(/^No — /);
  });

  it("answers a claim read again with the story's side at the bar for that reading", () => {
    const strict = createAnswerEngine(story(), shippedLanguage(), {
      decision: { answerAt: 1.01, clearWinnerMargin: 2, falsePremiseAt: 0.5 },
    });
    const twitter = strict.ask('did the mayor post the park plan on twitter?');
    expect(twitter.status === 'answered' && twitter.text).toMatch(/^No — Mayor Rosa Alba/);
    // Read as it stands, the same claim meets only the (here unreachable) bar of any answer.
    const instagram = strict.ask('did the mayor post the park plan on instagram?');
    expect(instagram.status === 'answered' && instagram.entry.id).not.toBe('post');
  });

  it('reads a summary put up for checking as its claim ("is it fair to say…")', () => {
    expect(reply('is it fair to say the mayor posted the park plan on instagram?')).toMatch(
      /^Yes — Mayor Rosa Alba/,
    );
    expect(reply('am i right in saying the mayor posted the park plan on instagram?')).toMatch(
      /^Yes — Mayor Rosa Alba/,
    );
  });

  it('reads no detail into the other answer a question offers ("…, or is that just…")', () => {
    expect(
      reply('did the mayor post the park plan on instagram or is that just gossip from bloggers?'),
    ).toMatch(/^Yes — Mayor Rosa Alba/);
  });

  it('answers a choice between alternatives with the one the article holds, no Yes or No', () => {
    expect(reply('was the park plan posted on twitter or instagram?')).toMatch(/^Mayor Rosa Alba/);
    expect(reply('did the mayor post the park plan on twitter or on instagram?')).toMatch(
      /^Mayor Rosa Alba/,
    );
    expect(reply('did the mayor post the park plan on instagram or not?')).toMatch(/^Yes — /);
    expect(reply('did the mayor post the park plan on instagram or nah?')).toMatch(/^Yes — /);
  });

  it('reads "it" as the story\'s own thing, whose other side is then its detail', () => {
    expect(reply('was it on twitter?')).toMatch(/^No — Mayor Rosa Alba posted/);
    // Someone on another platform is no detail of the story's post.
    expect(reply('is she on twitter?')).toMatch(/refused/);
  });

  it("turns an entry's verdict over when the question asks its opposite", () => {
    expect(reply('did the council approve the park plan?')).toMatch(
      /^No — the city council rejected/,
    );
    expect(reply('did the council reject the park plan?')).toMatch(
      /^Yes — the city council rejected/,
    );
  });

  it("turns an entry's verdict over when the question denies what the entry asks", () => {
    expect(reply('so the council never approved the park plan?')).toMatch(/^Yes — the city/);
    expect(reply("so the council didn't reject the park plan?")).toMatch(/^No — the city/);
    // Denied by the opening auxiliary or a closing tag, the question asks the same.
    expect(reply("didn't the council approve the park plan?")).toMatch(/^No — the city/);
    expect(reply("the council approved the park plan, didn't it?")).toMatch(/^No — the city/);
    // A plain fact with no question of its own keeps its "yes".
    expect(reply('did the mayor post the park plan and not the council?')).toMatch(/^Yes — /);
  });

  it('says no to a quote the article never writes: other words, or its negation turned', () => {
    expect(reply("did the mayor post the park plan on 'snapgram'?")).toMatch(
      /^No — Mayor Rosa Alba/,
    );
    expect(reply("did the mayor post the park plan on 'instagram'?")).toMatch(/^Yes — /);
    // A word the knowledge knows is still not the article's.
    expect(reply("did the mayor post the park plan on her 'instagram site'?")).toMatch(
      /^No — Mayor Rosa Alba/,
    );
    expect(reply("did the mayor post the 'new park plan' on instagram?")).toMatch(/^Yes — /);
    // The article's own words with the negation turned are a misquote too.
    expect(reply("did her office say 'alba has not said what she will do next'?")).toMatch(
      /^The article doesn't say/,
    );
    expect(reply("did her office say 'alba has said what she will do next'?")).toMatch(/^No — /);
  });

  it('does not confirm a claim with a detail the story never mentions', () => {
    expect(reply('did the mayor post the park plan on instagram from her yacht?')).toMatch(
      /^No — Mayor Rosa Alba posted the new park plan on Instagram/,
    );
    // Words of no content, chat and politeness included, add no detail.
    expect(reply('could you kindly say if the mayor posted the park plan on instagram?')).toMatch(
      /^Yes — /,
    );
  });

  it('answers no when a detail the story never mentions is most of what a claim says', () => {
    // Read with it, the claim reaches its entry only as a suggestion; read without it, plainly.
    expect(
      reply(
        'did the council approve the plan despite protests from angry skateboarders and bakers?',
      ),
    ).toMatch(/^No — the city council rejected/);
    // A question that reaches nothing with them asks about something else.
    expect(reply('was the plan approved by skateboarders, bakers and plumbers?')).toMatch(
      /refused/,
    );
  });

  it('answers no when a cleft puts a name the story never uses in the doer place', () => {
    expect(reply('was it zoltan who rejected the park plan?')).toMatch(/^No — the city council/);
    expect(reply('so it was zoltan who rejected the park plan, right?')).toMatch(/^No — the city/);
  });

  it('does not answer a question that shares nothing but a name with the contradicted fact', () => {
    expect(reply('is mayor alba on tiktok')).toMatch(/refused/);
  });

  it('says no when asked whether the article says what it leaves open', () => {
    expect(reply('does the article say what the mayor will do next?')).toMatch(
      /^No — the article doesn't say/,
    );
    expect(reply('will the mayor do anything next?')).toMatch(/^The article doesn't say/);
  });

  it('answers no to two joined claims when either is false', () => {
    expect(reply('so the council rejected the plan and alba posted it on twitter?')).toMatch(
      /^No — Mayor Rosa Alba posted the new park plan on Instagram/,
    );
    expect(reply('so the mayor posted the park plan and the council rejected it?')).toMatch(
      /^Yes — /,
    );
  });

  it('reads its facts ahead a few at a time when built without them, answering the same', () => {
    const later = createAnswerEngine(story(), shippedLanguage(), { readFactsAtBuild: false });
    expect(later.readFacts(1)).toBe(2);
    const question = 'did the council approve the park plan?';
    expect(later.ask(question)).toEqual(engine.ask(question));
    expect(later.readFacts(10)).toBe(0);
    expect(engine.readFacts(10)).toBe(0);
  });

  it('gives an open question the fact alone', () => {
    expect(reply('where did the mayor post the park plan')).toBe(
      'Mayor Rosa Alba posted the new park plan on Instagram on Monday.',
    );
  });
});

describe('a label before a colon', () => {
  it('reads past a label that names nothing the story knows', () => {
    const labelled = engine.ask('quiz q7: where did the mayor post the park plan');
    const plain = engine.ask('where did the mayor post the park plan');
    expect(labelled.status === 'answered' && labelled.entry.id).toBe('post');
    expect(labelled.confidence).toBe(plain.confidence);
    // The question echoed is the one asked.
    expect(labelled.question).toBe('quiz q7: where did the mayor post the park plan');
  });

  it('keeps a label that says how the question is asked', () => {
    expect(reply('true or false: the council approved the park plan')).toMatch(/^No — /);
  });
});

describe('questions past the article', () => {
  it('refuses what holds today or came later', () => {
    expect(reply('is the park plan still on instagram today')).toMatch(/refused/);
    expect(reply('what happened next with the council')).toMatch(/refused/);
  });

  it('answers with what the article leaves open when an entry says so on that very subject', () => {
    expect(reply('has the mayor said what she will do since then')).toMatch(
      /^The article doesn't say/,
    );
  });
});

describe('words that stress a claim', () => {
  const fake = createAnswerEngine(
    {
      id: 'fake-photo',
      title: 'The fake photo',
      description: 'The fake photo',
      examples: ['Who made the fake photo?'],
      article: parseArticle(
        'A fake photo of Mayor Marlow\n\nA fake photo of Mayor Marlow was made by two local students.',
      ),
      synonyms: [],
      summary: 'Two local students made a fake photo of the mayor.',
      timeline: [],
      entries: [
        {
          id: 'photo',
          question: 'Who made the fake photo of the mayor?',
          alternates: [
            'who made the photo',
            'who faked the photo of the mayor',
            'who was behind the fake photo',
            'which students made the photo',
            'who is responsible for the fake photo',
            'who created the photo of the mayor',
          ],
          answer: 'Two local students made the fake photo of Mayor Marlow.',
          sources: [{ paragraph: 1, quote: 'was made by two local students' }],
          related: [],
        },
      ],
    },
    shippedLanguage(),
  );
  it('reads "actually" as stressing the claim, not as claiming anything real', () => {
    const answer = fake.ask('were the students who made the photo actually local?');
    expect(answer.status === 'answered' ? answer.text : answer.status).toMatch(/^Yes — /);
  });

  it('reads a word a slip away from a name as the name, not as a detail', () => {
    const answer = fake.ask('did two local students make the fake photo of mayor marrow?');
    expect(answer.status === 'answered' ? answer.text : answer.status).toMatch(/^Yes — /);
  });
});

describe('chat words that take a side', () => {
  const said = replierFor({
    id: 'bridge',
    question: 'What did the mayor say about a new bridge?',
    alternates: [
      'will there be a new bridge',
      'when will the new bridge be built',
      'what are the plans for a bridge',
      'is a new bridge coming',
      'what did varga say about the bridge',
      'when is the bridge happening',
    ],
    answer: 'Mayor Ines Varga said a new bridge was unlikely before 2030.',
  });
  it('reads "definitely" as claiming certainty, though it weighs nothing in matching', () => {
    expect(said('did the mayor say the new bridge is definitely coming?')).toMatch(/^No — /);
    expect(said('did the mayor say a new bridge was unlikely?')).toMatch(/^Yes — /);
  });
});

describe('the words that frame a claim', () => {
  const said = replierFor({
    id: 'photo-real',
    question: 'Was the photo of the mayor at the fair really real?',
    verdict: 'no',
    alternates: [
      'was the fair photo real',
      'was the photo genuine',
      'is the photo of ruiz authentic',
      'was the mayor really at the fair',
      'is the fair picture real',
      'can the photo be trusted',
    ],
    answer: 'The photo of Mayor Ruiz at the fair was fake, the city said.',
  });
  it('reads "is it true" and "right?" as asking, not as claiming anything real', () => {
    expect(said('is it true the photo of the mayor at the fair was fake?')).toMatch(/^Yes — /);
    expect(said('the photo of the mayor at the fair was fake, right?')).toMatch(/^Yes — /);
    expect(said('is it true the photo of the mayor at the fair was real?')).toMatch(/^No — /);
    // A frame that reads as one word ("fact check" means "real") claims nothing either.
    expect(said('fact check: the photo of the mayor at the fair was fake')).toMatch(/^Yes — /);
  });
});

describe('a claim that a thing is done', () => {
  const said = replierFor({
    id: 'meet-king',
    question: 'Does the mayor want to meet the king?',
    alternates: [
      'does varga want to meet the king',
      'would the mayor like to meet the king',
      'is the mayor hoping to meet the king',
      'what did the mayor say about the king',
      'mayor and king meeting',
      'does the mayor plan to see the king',
    ],
    answer: 'Mayor Ines Varga said she would like to meet the king in spring.',
  });
  it('says no when the fact only looks forward to it', () => {
    expect(said('so the mayor already met the king?')).toMatch(/^No — /);
    expect(said('did the mayor finally meet the king?')).toMatch(/^No — /);
    expect(said('did the mayor say she would like to meet the king?')).toMatch(/^Yes — /);
    // What is done is the saying, which the fact bears out.
    expect(said('did the mayor already say she would like to meet the king?')).toMatch(/^Yes — /);
  });
});

describe('a fact that stresses a word', () => {
  const said = replierFor({
    id: 'fair-photo',
    question: 'What did the city say about the fair photo?',
    alternates: [
      'what happened with the fair photo',
      'what did the city say about the photo',
      'is there news about the fair photo',
      'what came out about the photo of the mayor',
      'fair photo update',
      'was the fair photo real',
    ],
    answer: 'The photo of Mayor Ruiz at the fair was a fake, and the mayor would actually go.',
  });
  it('reads "actually" in the fact as stress, not as a side of real against fake', () => {
    expect(said('was the fair photo of the mayor real?')).toMatch(/^No — /);
    expect(said('was the fair photo of the mayor fake?')).toMatch(/^Yes — /);
  });
});

describe('a claim that denies what the fact says was done', () => {
  const said = replierFor({
    id: 'king-visit',
    question: 'What did the mayor say about the king?',
    alternates: [
      'what did varga say about the king',
      'mayor and the king',
      'what are the mayor plans with the king',
      'what did the mayor announce',
      'is the king coming up in the news',
      'what did the mayor tell reporters',
    ],
    answer: 'Mayor Ines Varga told reporters she would meet the king in spring.',
  });
  it('says no when the claim denies, as a verb, what the fact says', () => {
    expect(said('did the mayor say she would never meet the king?')).toMatch(/^No — /);
    expect(said("did the mayor say she wouldn't meet the king?")).toMatch(/^No — /);
    expect(said('did the mayor say she would meet the king?')).toMatch(/^Yes — /);
  });
  it('reads a "not" that denies a thing as no denial of the verb', () => {
    expect(said('did the mayor, not the king, tell reporters about the meeting?')).toMatch(
      /^Yes — /,
    );
  });
});

describe('a wrong detail after a preposition', () => {
  const said = replierFor(
    {
      id: 'callers',
      question: 'Who made the fake call to the mayor?',
      alternates: [
        'who were the callers',
        'who made the call',
        'who was behind the fake call',
        'who pranked the mayor',
        'who called the mayor',
        'were the callers students',
      ],
      answer: 'Two students posing as the governor made the fake call to Mayor Varga.',
    },
    {
      id: 'bridge',
      question: 'What did the mayor say about the bridge?',
      alternates: [
        'what about the bridge',
        'is the bridge closing',
        'when does the bridge reopen',
        'bridge news',
        'what did varga say about the bridge',
        'is the bridge safe',
      ],
      answer: 'Mayor Varga said the bridge would close for repairs in May.',
    },
  );
  it('reads words the story never uses there as the detail the claim gets wrong', () => {
    expect(said('was the call about a concert in paris?')).toMatch(/^No — two students/);
  });
  it('reads "other" there as asking about more of a kind, not as a wrong detail', () => {
    expect(said('was the call about other concerts in paris?')).toBe('unknown');
  });
});

describe('a claim in the past of what a fact leaves open', () => {
  const said = replierFor({
    id: 'king-meeting',
    question: 'Will the mayor meet the king?',
    verdict: 'unknown',
    alternates: [
      'are the mayor and the king meeting',
      'is a meeting with the king planned',
      'when will varga meet the king',
      'mayor king meeting',
      'will there be a meeting with the king',
      'is the mayor going to see the king',
    ],
    answer:
      "The article doesn't say whether they will meet: Mayor Ines Varga said she would like to meet the king.",
  });
  it('says no when the claim is that it was done', () => {
    expect(said('did the mayor meet the king?')).toMatch(/^No — /);
    expect(said('did the mayor and the king meet?')).toMatch(/^No — /);
  });
  it('leaves it open when the claim looks ahead, or its verb is another', () => {
    expect(said('will the mayor meet the king?')).toMatch(/^The article doesn't say/);
    expect(said('did the mayor suggest they meet?')).not.toMatch(/^No — /);
  });
});

describe('a verb joined to one a fact looks forward to', () => {
  const said = replierFor({
    id: 'zoo-plans',
    question: 'What did the mayor say about the zoo?',
    alternates: [
      'what are the zoo plans',
      'what did varga say about the zoo',
      'is the zoo in the news',
      'mayor zoo plans',
      'will the mayor go to the zoo',
      'what about the zoo',
    ],
    answer: 'Mayor Ines Varga said she may visit the zoo in spring and meet the keepers there.',
  });
  it('is looked forward to as well: a claim that it was done is a No', () => {
    expect(said('did the mayor meet the keepers at the zoo?')).toMatch(/^No — /);
    expect(said('did the mayor say she may visit the zoo?')).toMatch(/^Yes — /);
  });
});

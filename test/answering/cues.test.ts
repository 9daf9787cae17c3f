import { describe, expect, it } from 'vitest';
import { markBeyondStory } from '../../src/answering/cues/beyondStory.ts';
import { rewriteByPosition } from '../../src/answering/cues/byPosition.ts';
import { createCues } from '../../src/answering/cues/createCues.ts';
import { phraseFinder } from '../../src/answering/cues/cue.ts';
import { dropFillerPhrases } from '../../src/answering/cues/fillerPhrases.ts';
import { dropHearsay } from '../../src/answering/cues/hearsay.ts';
import { markOffStory } from '../../src/answering/cues/offStory.ts';
import { shippedLanguage } from '../storyFixture.ts';

const language = shippedLanguage();
const MARK = language.cues.offStoryMark;
const LATER = language.cues.laterMark;
const w = (text: string): string[] => text.split(' ');

describe('dropFillerPhrases', () => {
  const cue = dropFillerPhrases(language);
  it('removes phrases that only frame the question', () => {
    expect(cue(w('by the way who runs the library'))).toEqual(w('who runs the library'));
    expect(cue(w('i just joined what happened'))).toEqual(w('what happened'));
  });
  it('keeps the same words when they are the question', () => {
    expect(cue(w('which way is the library'))).toEqual(w('which way is the library'));
  });
  it('keeps a filler phrase that opens a longer phrase asking past the story', () => {
    expect(cue(w('so the mayor quit after all'))).toEqual(w('so the mayor quit'));
    expect(cue(w('what happened after all that'))).toEqual(w('what happened after all that'));
  });
});

describe('dropHearsay', () => {
  const cue = dropHearsay(language);
  it('drops where a rumour was seen', () => {
    expect(cue(w('i saw on tiktok that the mayor quit'))).toEqual(w('on that the mayor quit'));
    expect(cue(w('heard on the news the bridge closed'))).toEqual(
      w('heard on the the bridge closed'),
    );
  });
  it('drops who a rumour came from only when a verb of saying follows', () => {
    expect(cue(w('my friend said the mayor quit'))).toEqual(w('my the mayor quit'));
    expect(cue(w('my grandson says the mayor quit'))).toEqual(w('my the mayor quit'));
    expect(cue(w('i read in the paper that the mayor quit'))).toEqual(
      w('i read in the that the mayor quit'),
    );
    expect(cue(w('so someone in here keeps saying the mayor quit'))).toEqual(
      w('so the mayor quit'),
    );
    expect(cue(w('i heard the mayor quit'))).toEqual(w('the mayor quit'));
    // Whose people said it is what is asked.
    expect(cue(w('the mayors people said what'))).toEqual(w('the mayors people said what'));
    expect(cue(w('does the mayor have a wife'))).toEqual(w('does the mayor have a wife'));
  });
  it('keeps a place that is the subject of the question', () => {
    expect(cue(w('is the mayor on tiktok'))).toEqual(w('is the mayor on tiktok'));
    // Where she posted is what "so the mayor posted it on twitter?" asks.
    expect(cue(w('so the mayor posted it on twitter'))).toEqual(
      w('so the mayor posted it on twitter'),
    );
  });
});

describe('phraseFinder', () => {
  it('finds the longest phrase that fits, in whatever order they are listed', () => {
    const find = phraseFinder([w('do you'), w('do you think of'), w('do you think')]);
    expect(find(w('what do you think of it'), 1)).toEqual(w('do you think of'));
    expect(find(w('what do you think'), 1)).toEqual(w('do you think'));
    expect(find(w('what do you'), 0)).toBeUndefined();
  });
});

describe('markOffStory', () => {
  const cue = markOffStory(language);
  it('marks requests for instructions, definitions and the bot opinion', () => {
    expect(cue(w('how do i report a pothole'))).toEqual([MARK, ...w('report a pothole')]);
    expect(cue(w('what is a pothole'))[0]).toBe(MARK);
    expect(cue(w('what does nasa stand for'))).toEqual([...w('what does nasa'), MARK]);
    expect(cue(w('what do you think of the mayor'))).toEqual(['what', MARK, ...w('the mayor')]);
    expect(cue(w('do you think the mayor will quit'))).toEqual([MARK, ...w('the mayor will quit')]);
  });
  it('leaves a plain question alone', () => {
    expect(cue(w('how did the mayor react'))).toEqual(w('how did the mayor react'));
  });
});

describe('markBeyondStory', () => {
  const cue = markBeyondStory(language);
  it('marks what holds today, other instances of a kind, predecessors and looks', () => {
    expect(cue(w('is she still president'))).toContain(LATER);
    expect(cue(w('does she still work for the mayor'))).toContain(LATER);
    expect(cue(w('did other mayors say anything'))).toContain(MARK);
    expect(cue(w('did the other councillor vote'))).not.toContain(MARK);
    expect(cue(w('has she ever met any king'))).toContain(LATER);
    expect(cue(w('who is the current mayor'))).toContain(LATER);
    expect(cue(w('how long has she been mayor'))).toContain(LATER);
    expect(cue(w('how long has the town been criticised'))).not.toContain(LATER);
    expect(cue(w('what happened next with the bridge'))).toContain(LATER);
    expect(cue(w('is the bridge open today'))).toContain(LATER);
    expect(cue(w('has she ever been to paris'))).toContain(LATER);
    expect(cue(w('did the mayor ever open the bridge'))).not.toContain(LATER);
    expect(cue(w('what other towns closed a bridge'))).toContain(MARK);
    expect(cue(w('who was mayor before rosa'))).toContain(MARK);
    expect(cue(w('what does the mayor look like'))).toContain(MARK);
  });
  it('reads doubt however it is worded', () => {
    expect(cue(w('it might not be hers'))).toContain(language.cues.beyondStory.doubt);
  });
  it('leaves questions about the story alone', () => {
    for (const q of [
      'is the bridge still closed',
      'who opened the library',
      'what did she say',
      'how long will the bridge be closed',
    ]) {
      expect(cue(w(q)), q).toEqual(w(q));
    }
  });
});

describe('rewriteByPosition', () => {
  const cue = rewriteByPosition(language);
  it('reads "about" with nothing after it as a topic, and "regarding" as "about"', () => {
    expect(cue(w('what is it about'))).toEqual(w('what is it topic'));
    expect(cue(w('what is this article about'))).toEqual(w('what is this article topic'));
    // A thing named before the text is what is asked: the "about" closes a clause.
    expect(cue(w('what is the snag the article talks about'))).toEqual(
      w('what is the snag the article talks about'),
    );
    expect(cue(w('what was the call regarding'))).toEqual(w('what was the call topic'));
    expect(cue(w('what did she say about the mayor'))).toEqual(
      w('what did she say about the mayor'),
    );
  });
  it('reads a naming verb closing a "what" question as a title', () => {
    expect(cue(w('what is the report called'))).toEqual(w('what is the report title'));
  });
  it('tells a job title from a headline', () => {
    expect(cue(w('what is her title'))).toEqual(w('what is her job'));
    expect(cue(w('what is the title'))).toEqual(w('what is the title'));
    expect(cue(w('what is the article title'))).toEqual(w('what is the article title'));
  });
  it('reads "one" before a person as a count, and nowhere else', () => {
    expect(cue(w('was it one guy'))).toEqual(w('was it single guy'));
    expect(cue(w('the one who called'))).toEqual(w('the one who called'));
  });

  it('reads "the us" as the country', () => {
    expect(cue(w('did the us react'))).toEqual(w('did the usa react'));
  });
});

describe('createCues', () => {
  it('applies every cue in order', () => {
    const cues = createCues(language);
    expect(cues(w('by the way my friend said the mayor quit what is it about'))).toEqual(
      w('my the mayor quit what is it topic'),
    );
  });
});

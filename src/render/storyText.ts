import type { Story } from '../knowledge/types.ts';

/** The story in brief as plain text: title, summary and its turns with their sources. */
export function renderStoryText(story: Story): string {
  const lines = [story.article.title, '', story.summary, ''];
  story.timeline.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.title}: ${step.text}`);
    lines.push(`   > "${step.source.quote}" (paragraph ${step.source.paragraph})`);
  });
  return lines.join('\n');
}

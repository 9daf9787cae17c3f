/**
 * Discord's documented payload limits, checked independently of the bot's own code: a message
 * body that breaks one of these would be rejected by Discord with a 400.
 */
interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}
interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  components?: Component[];
  options?: { label: string; value: string; description?: string }[];
}
interface Body {
  content?: string;
  embeds?: Embed[];
  components?: Component[];
  choices?: { name: string; value: string }[];
}

/** Every limit the body breaks, as readable messages (empty when valid). */
export function limitViolations(payload: object): string[] {
  const body = payload as Body;
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  check((body.content ?? '').length <= 2000, 'content over 2000');
  check((body.embeds ?? []).length <= 10, 'more than 10 embeds');
  let total = 0;
  for (const embed of body.embeds ?? []) {
    check((embed.title ?? '').length <= 256, 'embed title over 256');
    check((embed.description ?? '').length <= 4096, 'embed description over 4096');
    check((embed.fields ?? []).length <= 25, 'more than 25 fields');
    for (const field of embed.fields ?? []) {
      check(field.name.length > 0 && field.name.length <= 256, 'field name empty or over 256');
      check(field.value.length > 0 && field.value.length <= 1024, 'field value empty or over 1024');
    }
    check((embed.footer?.text ?? '').length <= 2048, 'footer over 2048');
    total +=
      (embed.title ?? '').length +
      (embed.description ?? '').length +
      (embed.footer?.text ?? '').length +
      (embed.author?.name ?? '').length +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  check(total <= 6000, `embeds total ${total} over 6000`);
  check((body.components ?? []).length <= 5, 'more than 5 action rows');
  for (const row of body.components ?? []) {
    check((row.components ?? []).length <= 5, 'more than 5 components in a row');
    for (const c of row.components ?? []) {
      check((c.custom_id ?? '').length <= 100, 'custom_id over 100');
      check((c.label ?? '').length <= 80, 'button label over 80');
      check((c.options ?? []).length <= 25, 'more than 25 select options');
      for (const o of c.options ?? []) {
        check(o.label.length <= 100 && o.value.length <= 100, 'select option label/value over 100');
        check((o.description ?? '').length <= 100, 'select option description over 100');
      }
    }
  }
  check((body.choices ?? []).length <= 25, 'more than 25 choices');
  for (const choice of body.choices ?? []) {
    check(choice.name.length >= 1 && choice.name.length <= 100, 'choice name over 100');
    check(String(choice.value).length <= 100, 'choice value over 100');
  }
  return problems;
}

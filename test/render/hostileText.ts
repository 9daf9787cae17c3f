/** What a hostile question may carry: a masked link, an autolink, invites, bidi and zero-width controls, a mention. */
export const HOSTILE =
  '[free nitro](http://evil.example) what is the weather <https://evil.example/x> ' +
  'discord.gg/abcdef discord.com/invite/xyz \u202Eevil\u200B\u2066 <@111111111111111111>';

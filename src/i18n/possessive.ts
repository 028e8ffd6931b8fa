// Whose something is, in one place. Danish: a name ending in s, x or z takes an apostrophe only
// ("Jonas' liste", "Max' klippekort"), every other name an s ("Alis liste").
export function possessive(name: string, lang: 'da' | 'en'): string {
  if (lang === 'en') return `${name}'s`;
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

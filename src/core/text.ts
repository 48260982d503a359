/**
 * The one case- and accent-insensitive form of text, for matching what a person types
 * against what a partner wrote: "Asesoría" and "asesoria" are the same.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

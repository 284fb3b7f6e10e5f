/**
 * Sentences put one after another the way each script does it: Chinese and Japanese write no space after
 * a full-width full stop (。！？), every other script the catalogs hold writes one.
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences
    .filter((s) => s !== '')
    .reduce((text, next) => (text === '' ? next : `${text}${/[。！？]$/.test(text) ? '' : ' '}${next}`), '');
}

/**
 * Wraps a reload so that a burst of calls runs it once, when the burst has been quiet for `ms`: a list
 * read again after live changes, not once per change.
 * @param {() => Promise<unknown>} reload
 * @param {number} ms
 * @returns {() => void}
 */
export function whenSettled(reload, ms) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), ms);
  };
}

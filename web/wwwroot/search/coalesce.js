/**
 * Wraps an async action so that any number of calls while it runs lead to one more run after it, not one each:
 * a burst of ticket changes re-runs the search twice at most, and never two searches at once.
 * @param {() => Promise<void>} action
 * @returns {() => void}
 */
export function coalesced(action) {
  let running = false;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void (async () => {
      try {
        do {
          again = false;
          try {
            await action();
          } catch (error) {
            console.warn("A coalesced run failed.", error);
          }
        } while (again);
      } finally {
        running = false;
      }
    })();
  };
}

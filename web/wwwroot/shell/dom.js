// Every piece of ticket data reaches the page through textContent: no HTML is ever built from data.

/**
 * Creates an element.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {{ className?: string, text?: string, attributes?: Record<string, string> }} [options]
 * @param {...Node} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, { className, text, attributes } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  for (const [name, value] of Object.entries(attributes ?? {})) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/**
 * Sets text only when it changed, so ticking countdowns do not churn the DOM.
 * @param {Node} node
 * @param {string} text
 */
export function setText(node, text) {
  if (node.textContent !== text) {
    node.textContent = text;
  }
}

/**
 * Sets a data-* attribute only when it changed.
 * @param {HTMLElement} node
 * @param {string} key camelCase dataset key
 * @param {string} value
 */
export function setData(node, key, value) {
  if (node.dataset[key] !== value) {
    node.dataset[key] = value;
  }
}

/**
 * Adds a class that plays a one-off CSS animation and removes it when the animation ends,
 * so that moving the node later does not replay it.
 * @param {HTMLElement} node
 * @param {string} className
 */
export function flash(node, className) {
  node.classList.add(className);
  /** @param {AnimationEvent} event */
  const done = (event) => {
    if (event.target === node) {
      node.classList.remove(className);
      node.removeEventListener("animationend", done);
    }
  };
  node.addEventListener("animationend", done);
}

/**
 * The element a page cannot work without: its absence is a bug of the page, reported by name.
 * @template {Element} T
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {T}
 */
export function required(selector, root = document) {
  const node = root.querySelector(selector);
  if (!node) {
    throw new Error(`${document.title || "The page"} lacks ${selector}.`);
  }
  return /** @type {T} */ (node);
}

import { element } from "../shell/dom.js";

const LEVELS = [1, 2, 3, 4, 5];

/**
 * The band of a score, from the bands GET /api/risks/scale serves (each with its lowest score).
 * @param {{ band: string, lowestScore: number }[]} bands
 * @param {number} score
 */
function band(bands, score) {
  return bands.filter((b) => b.lowestScore <= score).sort((a, b) => b.lowestScore - a.lowestScore)[0]?.band ?? "low";
}

/**
 * Draws the 5 × 5 heat map (impact down, likelihood across) with the count of risks in each cell; a cell with risks is
 * a button that picks them.
 * @param {HTMLTableElement} table
 * @param {{ impact: number, likelihood: number, count: number }[]} cells
 * @param {{ band: string, lowestScore: number }[]} bands
 * @param {(cell: { impact: number, likelihood: number }) => void} pick
 */
export function renderHeatMap(table, cells, bands, pick) {
  const counts = new Map(cells.map((c) => [`${c.impact}:${c.likelihood}`, c.count]));
  const head = /** @type {HTMLTableRowElement} */ (table.tHead?.rows[0]);
  head.replaceChildren(element("th", { text: "Impact \\ likelihood", attributes: { scope: "col" } }),
    ...LEVELS.map((l) => element("th", { text: String(l), attributes: { scope: "col" } })));
  const body = table.tBodies[0];
  body.replaceChildren(...LEVELS.slice().reverse().map((impact) => element("tr", {},
    element("th", { text: String(impact), attributes: { scope: "row" } }),
    ...LEVELS.map((likelihood) => {
      const count = counts.get(`${impact}:${likelihood}`) ?? 0;
      const cell = element("td", { className: `band-${band(bands, impact * likelihood)}`, attributes: { "data-cell": `${impact}:${likelihood}` } });
      if (count > 0) {
        const button = element("button", {
          text: String(count),
          attributes: { type: "button", "aria-label": `Impact ${impact}, likelihood ${likelihood}: ${count} risk(s)` },
        });
        button.addEventListener("click", () => pick({ impact, likelihood }));
        cell.append(button);
      }
      return cell;
    }))));
}

// summitdesk search: enhances the search page's GET form with Pagefind. The only script on the site.
// Both language bundles are loaded as separate instances; filters are entity ids and the language. A query ranks
// the results of both by relevance; browsing by filter alone merges the two date-sorted lists, newest first.
// Results are built with DOM methods and textContent; Pagefind's excerpt is parsed, keeping only <mark>.

const form = document.getElementById("search-form");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const FACETS = ["language", "summit", "country", "person", "organisation"];
const SHOWN = 30;

/** Reads the form into a term and Pagefind filters (language: any of; entities: all of). */
function readForm() {
  const data = new FormData(form);
  const term = String(data.get("q") ?? "").trim();
  const filters = {};
  for (const facet of FACETS) {
    const values = data.getAll(facet).map(String);
    if (values.length === 0) continue;
    filters[facet] = facet === "language" ? { any: values } : values;
  }
  return { term, filters, params: new URLSearchParams([...data].filter(([, v]) => String(v) !== "")) };
}

/** Fills the form from the address bar, so filtered searches can be linked to and bookmarked. */
function writeForm(params) {
  form.elements.namedItem("q").value = params.get("q") ?? "";
  for (const box of form.querySelectorAll("input[type=checkbox]")) {
    box.checked = params.getAll(box.name).includes(box.value);
    if (box.checked) box.closest("details")?.setAttribute("open", "");
  }
}

/** Text with <mark> kept, everything else as text (the excerpt is HTML produced by Pagefind). */
function excerptNode(excerpt) {
  const p = document.createElement("p");
  const parsed = new DOMParser().parseFromString(excerpt, "text/html").body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(document.createTextNode(node.textContent ?? ""));
    }
  }
  return p;
}

function resultItem(data, term) {
  const li = document.createElement("li");
  const h2 = document.createElement("h2");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  const foreign = data.meta.lang && data.meta.lang !== document.documentElement.lang;
  if (foreign) {
    // Marked in words, not only by the lang attribute: a German reader sees which results are in English.
    h2.lang = data.meta.lang;
    const label = document.createElement("span");
    label.className = "result-lang";
    const key = `lang${data.meta.lang.charAt(0).toUpperCase()}${data.meta.lang.slice(1)}`;
    label.textContent = form.dataset[key] ?? data.meta.lang;
    li.append(label);
  }
  h2.append(a);
  li.append(h2);
  if (data.meta.date) {
    const meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = data.meta.date;
    li.append(meta);
  }
  // Browsing by filter has nothing to highlight: the article's summary says more than its first words.
  // An excerpt from the hidden list of entity names (" · "-separated) reads badly; the summary says more.
  const fromNames = (data.excerpt ?? "").split(" · ").length > 2;
  const body = document.createElement("div");
  if (foreign) body.lang = data.meta.lang;
  if ((term === "" || fromNames) && data.meta.summary) {
    const summary = document.createElement("p");
    summary.textContent = data.meta.summary;
    body.append(summary);
  } else {
    body.append(excerptNode(data.excerpt ?? ""));
  }
  li.append(body);
  return li;
}

let instances;
let generation = 0;

/** One Pagefind instance per language bundle (/pagefind/de/, /pagefind/en/), this page's language first. */
async function load() {
  if (instances) return instances;
  const langs = [document.documentElement.lang, form.dataset.otherLang];
  // One bundle per language (/pagefind/de/, /pagefind/en/), found from this script's own address, so a site
  // served under a path (/news/assets/search.js) finds /news/pagefind/; Pagefind then prefixes result URLs
  // with that path too.
  const bundle = (lang) => new URL(`../pagefind/${lang}/`, import.meta.url).pathname;
  const loaded = await Promise.all(
    langs.map(async (lang) => {
      try {
        const module = await import(`${bundle(lang)}pagefind.js`);
        await module.options({ excerptLength: 30 });
        await module.init();
        return module;
      } catch {
        // An edition without articles has no bundle: search the other alone.
        return undefined;
      }
    }),
  );
  instances = loaded.filter(Boolean);
  if (instances.length === 0) throw new Error("no Pagefind bundle");
  return instances;
}

/** Articles published at the same instant: by slug, then language, as the site's own lists order them. */
function tieBreak(a, b) {
  const [, langA, , slugA] = a.split("/");
  const [, langB, , slugB] = b.split("/");
  return slugA < slugB ? -1 : slugA > slugB ? 1 : langA < langB ? -1 : langA > langB ? 1 : 0;
}

/** The first `count` results' data, across instances: by relevance for a query, newest first without one. */
async function topResults(searches, term, count) {
  if (term !== "") {
    const ranked = searches.flatMap((s) => s.results).sort((a, b) => b.score - a.score);
    return Promise.all(ranked.slice(0, count).map((r) => r.data()));
  }
  // Each instance returns its results sorted by date; merge the heads of the lists (at most `count` from each).
  const heads = await Promise.all(
    searches.map((s) => Promise.all(s.results.slice(0, count).map((r) => r.data()))),
  );
  return heads
    .flat()
    .sort((a, b) => (b.meta.sortdate ?? "").localeCompare(a.meta.sortdate ?? "") || tieBreak(a.url, b.url))
    .slice(0, count);
}

async function run() {
  const mine = ++generation;
  const { term, filters, params } = readForm();
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
  if (term === "" && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = form.dataset.hint;
    return;
  }
  status.textContent = form.dataset.loading;
  try {
    const all = await load();
    const options = { filters, ...(term === "" ? { sort: { date: "desc" } } : {}) };
    const searches = await Promise.all(all.map((pf) => pf.search(term === "" ? null : term, options)));
    const datas = await topResults(searches, term, SHOWN);
    if (mine !== generation) return;
    list.replaceChildren(...datas.map((data) => resultItem(data, term)));
    const total = searches.reduce((sum, s) => sum + s.results.length, 0);
    status.textContent = total === 0 ? form.dataset.noResults : `${total} ${form.dataset.results}`;
  } catch (error) {
    if (mine !== generation) return;
    list.replaceChildren();
    status.textContent = form.dataset.unavailable;
    console.error(error);
  }
}

let timer;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
form.addEventListener("input", (event) => {
  clearTimeout(timer);
  timer = setTimeout(run, event.target.type === "checkbox" ? 0 : 250);
});
writeForm(new URLSearchParams(location.search));
run();

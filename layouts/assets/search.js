// summitdesk search: enhances the search page's GET form with Pagefind. The only script on the site.
// Both language indexes are loaded (the page's own first); filters are entity ids and the language.
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
  if (data.meta.lang && data.meta.lang !== document.documentElement.lang) li.lang = data.meta.lang;
  const h2 = document.createElement("h2");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
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
  if ((term === "" || fromNames) && data.meta.summary) {
    const summary = document.createElement("p");
    summary.textContent = data.meta.summary;
    li.append(summary);
  } else {
    li.append(excerptNode(data.excerpt ?? ""));
  }
  return li;
}

let pagefind;
let generation = 0;

async function load() {
  if (pagefind) return pagefind;
  // One bundle per language (/pagefind/de/, /pagefind/en/): this page's language first, the other merged in.
  // Found from this script's own address, so a site served under a path (/news/assets/search.js) finds
  // /news/pagefind/; Pagefind then prefixes result URLs with that path too.
  const bundle = (lang) => new URL(`../pagefind/${lang}/`, import.meta.url).pathname;
  const module = await import(`${bundle(document.documentElement.lang)}pagefind.js`);
  await module.options({ excerptLength: 30 });
  await module.init();
  try {
    await module.mergeIndex(bundle(form.dataset.otherLang));
  } catch {
    // The other edition may have no articles yet, and so no bundle: search this one alone.
  }
  pagefind = module;
  return pagefind;
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
    const pf = await load();
    const search = await pf.search(term === "" ? null : term, {
      filters,
      ...(term === "" ? { sort: { date: "desc" } } : {}),
    });
    const datas = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...datas.map((data) => resultItem(data, term)));
    status.textContent =
      search.results.length === 0
        ? form.dataset.noResults
        : `${search.results.length} ${form.dataset.results}`;
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

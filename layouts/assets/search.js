// summitdesk search: enhances the search page's GET form with Pagefind. The only script on the site.
// Each language's search shards are one Pagefind instance (the shards merged); filters are entity ids and the
// language. A query ranks the results of both languages by relevance; browsing by filter alone merges the
// shards' date-sorted lists, newest first.
// Results are built with DOM methods and textContent; Pagefind's excerpt is parsed, keeping only <mark>.

import { foundTerms, rankShards } from "./ranking.js";

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

let editions;
let generation = 0;

/**
 * The search shards of one language (src/search/shards.ts): one Pagefind for the first, the others merged into
 * it, each marked with a synthetic `shard` filter so that browsing can ask one shard at a time. Pagefind's
 * main-thread class is used when the bundle exports it (src/search/exposeRanking.ts): in its playground mode
 * every shard's answer tells what its scores are made of, and ranking.js ranks them as one index would.
 * Otherwise Pagefind's own facade, whose shards are merged by their own scores.
 * Found from this script's own address, so a site served under a path (/news/assets/search.js) finds
 * /news/pagefind/; Pagefind then prefixes result URLs with that path too.
 */
export async function openEdition(lang, shards, base = bundleOf) {
  const [first, ...rest] = shards;
  const module = await import(`${base(first)}pagefind.js`);
  const options = { basePath: base(first), excerptLength: 30, mergeFilter: { shard: first } };
  if (typeof module.PagefindMainThread !== "function") {
    const pagefind = module.createInstance(options);
    await pagefind.init();
    await Promise.all(rest.map((name) => pagefind.mergeIndex(base(name), { mergeFilter: { shard: name } })));
    return { lang, shards, pagefind };
  }
  const pagefind = new module.PagefindMainThread(options);
  await pagefind.primary.getPtr();
  await Promise.all(
    rest.map((name) => pagefind.mergeIndex(base(name), { excerptLength: 30, mergeFilter: { shard: name } })),
  );
  const parts = await Promise.all(
    pagefind.instances.map(async (instance) => {
      await instance.enterPlaygroundMode();
      // Every page of a bundle is in its one language (a shard holds one language's articles).
      const pages = Object.values(instance.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
      return { instance, pages, averageLength: 0 };
    }),
  );
  return { lang, shards, pagefind, parts };
}

/**
 * A term query put to every shard of one edition: [{ pages, averageLength, response }] for ranking.js, or
 * undefined for an edition opened without playground data (its merged answer is ranked by Pagefind's scores).
 * A shard tells its average page length only with a result; the edition keeps what it learnt.
 */
export async function askShards(edition, term, filters) {
  if (!edition.parts) return undefined;
  const answers = await Promise.all(edition.parts.map((p) => p.instance.search(term, { filters })));
  return edition.parts.map((part, i) => {
    const response = answers[i];
    const known = response.results.find((r) => r.params)?.params.average_page_length;
    if (known > 0) part.averageLength = known;
    return { pages: part.pages, averageLength: part.averageLength, response };
  });
}

/** Each edition's results for a term query as [{ result, score }], each language ranked as one index. */
async function rankedResults(all, term, filters) {
  const asked = await Promise.all(all.map((e) => askShards(e, term, filters)));
  const found = asked.map((shards) => (shards ? foundTerms(shards) : new Set()));
  return Promise.all(
    all.map(async (edition, i) => {
      const shards = asked[i];
      if (shards) {
        const elsewhere = new Set(found.flatMap((f, j) => (j === i ? [] : [...f])));
        return rankShards(shards, elsewhere);
      }
      const search = await edition.pagefind.search(term, { filters });
      return search.results.map((result) => ({ result, score: result.score }));
    }),
  );
}

/** A shard's bundle folder, found from this script's address. */
function bundleOf(name) {
  return new URL(`../pagefind/${name}/`, import.meta.url).pathname;
}

/** Each language's shards as the form lists them ("de-00 de-01 …"): this page's language first. */
function shardsOf(lang) {
  const key = `shards${lang.charAt(0).toUpperCase()}${lang.slice(1)}`;
  return (form.dataset[key] ?? "").split(" ").filter(Boolean);
}

export async function load() {
  if (editions) return editions;
  const langs = [document.documentElement.lang, form.dataset.otherLang];
  const loaded = await Promise.all(
    langs.map(async (lang) => {
      const shards = shardsOf(lang);
      if (shards.length === 0) return undefined;
      try {
        return await openEdition(lang, shards);
      } catch {
        // An edition whose bundle cannot be loaded: search the other alone.
        return undefined;
      }
    }),
  );
  editions = loaded.filter(Boolean);
  if (editions.length === 0) throw new Error("no Pagefind bundle");
  return editions;
}

/** Articles published at the same instant: by slug, then language, as the site's own lists order them. */
function tieBreak(a, b) {
  const [, langA, , slugA] = a.split("/");
  const [, langB, , slugB] = b.split("/");
  return slugA < slugB ? -1 : slugA > slugB ? 1 : langA < langB ? -1 : langA > langB ? 1 : 0;
}

/** Newest first, then as tieBreak: the site's own order of articles. */
function newer(a, b) {
  return (b.meta.sortdate ?? "").localeCompare(a.meta.sortdate ?? "") || tieBreak(a.url, b.url);
}

/**
 * The first `count` results across editions and shards. A query ranks by relevance (each edition's shards
 * merged by Pagefind). Browsing by filter alone: every shard returns its articles newest first; the lists are
 * merged one article at a time, so only the shown ones (and one head per shard) are fetched.
 */
export async function topResults(all, term, filters, count) {
  if (term !== "") {
    const ranked = (await rankedResults(all, term, filters)).flat().sort((a, b) => b.score - a.score);
    return {
      total: ranked.length,
      datas: await Promise.all(ranked.slice(0, count).map((r) => r.result.data())),
    };
  }
  const lists = (
    await Promise.all(
      all.flatMap((e) =>
        e.shards.map((shard) =>
          e.pagefind.search(null, { filters: { ...filters, shard: [shard] }, sort: { date: "desc" } }),
        ),
      ),
    )
  ).map((s) => ({ results: s.results, next: 0, head: [] }));
  const total = lists.reduce((sum, l) => sum + l.results.length, 0);
  // A shard's head: its next article, with any that share its date (Pagefind orders those arbitrarily).
  const fill = async (list) => {
    if (list.head.length > 0 || list.next >= list.results.length) return;
    list.head.push(await list.results[list.next++].data());
    while (list.next < list.results.length) {
      const following = await list.results[list.next].data();
      if (following.meta.sortdate !== list.head[0].meta.sortdate) break;
      list.head.push(following);
      list.next++;
    }
    list.head.sort(newer);
  };
  const datas = [];
  while (datas.length < count) {
    await Promise.all(lists.map(fill));
    let best;
    for (const list of lists)
      if (list.head.length > 0 && (!best || newer(list.head[0], best.head[0]) < 0)) best = list;
    if (!best) break;
    datas.push(best.head.shift());
  }
  return { total, datas };
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
    const { total, datas } = await topResults(await load(), term, filters, SHOWN);
    if (mine !== generation) return;
    list.replaceChildren(...datas.map((data) => resultItem(data, term)));
    status.textContent = total === 0 ? form.dataset.noResults : `${total} ${form.dataset.results}`;
  } catch (error) {
    if (mine !== generation) return;
    list.replaceChildren();
    status.textContent = form.dataset.unavailable;
    console.error(error);
  }
}

// The search page runs the form; anywhere else (scripts/search-overlap.ts) only the functions above are used.
if (form) {
  let timer;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  form.addEventListener("input", (event) => {
    clearTimeout(timer);
    timer = setTimeout(run, event.target.type === "checkbox" ? 0 : 250);
  });
  // The address sets the form only when it holds a search: a reader on a slow connection may have typed into
  // the form before this script ran, and what they typed is what to search for.
  if (location.search) writeForm(new URLSearchParams(location.search));
  run();
}

// The flat list of term pages the baseline paginates over: one entry per (type, term, page of 20 articles).

const TYPES = ["countries", "people", "organisations"];

/** Entries { type, term, url, pageNumber, pageCount, items: [{ url, title, date }], previous?, next? }. */
export function termPages(all, pageSize) {
  const byTerm = new Map();
  for (const item of all) {
    if (!item.inputPath.endsWith(".md")) continue;
    for (const type of TYPES) {
      const terms = item.data[type];
      if (!Array.isArray(terms)) continue;
      for (const term of terms) {
        const key = `${type}/${String(term).toLowerCase()}`;
        let list = byTerm.get(key);
        if (!list) {
          list = [];
          byTerm.set(key, list);
        }
        list.push({
          url: item.url,
          title: item.data.title,
          date: item.date.toISOString().slice(0, 10),
          time: item.date.getTime(),
        });
      }
    }
  }
  const pages = [];
  for (const key of [...byTerm.keys()].sort()) {
    const [type, term] = key.split("/");
    const list = byTerm.get(key).sort((a, b) => b.time - a.time || (a.url < b.url ? -1 : 1));
    const pageCount = Math.max(1, Math.ceil(list.length / pageSize));
    const urlOf = (n) => `/${type}/${term}/${n > 1 ? `${n}/` : ""}`;
    for (let n = 1; n <= pageCount; n++) {
      pages.push({
        type,
        term,
        url: urlOf(n),
        pageNumber: n,
        pageCount,
        items: list.slice((n - 1) * pageSize, n * pageSize),
        previous: n > 1 ? urlOf(n - 1) : undefined,
        next: n < pageCount ? urlOf(n + 1) : undefined,
      });
    }
  }
  return pages;
}

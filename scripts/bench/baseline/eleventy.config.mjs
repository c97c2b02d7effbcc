// The plain-Eleventy baseline of `npm run bench`: the same Markdown files as ordinary Eleventy templates with
// one layout, plus term pages (countries, people, organisations from front matter, 20 articles a page).
// No validation, no tagging, no feeds, no search index: what Eleventy itself costs for this many files.
// Run from the temp project: node node_modules/@11ty/eleventy/cmd.cjs --config=<this> --input=content/articles --output=_baseline
import { articleLayout, termTemplate } from "./templates.mjs";
import { termPages } from "./termPages.mjs";

const DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/;

export default function baseline(eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  // Our format writes "2025-08-31 09:30", which Eleventy would reject; read it as UTC (the baseline needs an order, not a zone).
  eleventyConfig.addDateParsing((value) => {
    const m = typeof value === "string" ? DATE.exec(value) : null;
    return m ? new Date(`${m[1]}T${m[2]}:00Z`) : undefined;
  });
  eleventyConfig.addGlobalData("layout", "article.liquid");
  eleventyConfig.addTemplate("_includes/article.liquid", articleLayout);
  eleventyConfig.addCollection("termPages", (api) => termPages(api.getAll(), 20));
  // Paginating twice is unsupported: the collection is already flat ({ type, term, pageNumber, items }), size 1.
  eleventyConfig.addTemplate("terms.liquid", termTemplate, {
    layout: false,
    eleventyExcludeFromCollections: true,
    pagination: { data: "collections.termPages", size: 1, alias: "tp" },
    permalink: (data) => data.tp.url,
  });
  return {
    templateFormats: ["md", "liquid"],
    // Our pipeline runs no template language over Markdown; neither does the baseline.
    markdownTemplateEngine: false,
  };
}

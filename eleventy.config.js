// This folder is a summitdesk site: summitdesk runs Eleventy itself, with its own plugin, so that a build is
// checked, written atomically, searchable and keeps every old URL. Eleventy's own command would skip all that.
console.error(
  "This is a summitdesk site: build it with `npx summitdesk build`, serve it with `npx summitdesk dev` (not npx @11ty/eleventy).",
);
process.exit(1);

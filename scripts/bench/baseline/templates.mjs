// The baseline's two Liquid templates: the article layout and the term page. The article is what Pagefind indexes
// (data-pagefind-body), with the filters ours declares (language, summit, countries, people, organisations) and a date sort.

export const articleLayout = `<!doctype html>
<html lang="{{ lang }}">
<head><meta charset="utf-8"><title>{{ title }}</title><meta name="description" content="{{ summary }}"></head>
<body>
<header><a href="/">Summit Desk</a></header>
<main><article data-pagefind-body>
<h1>{{ title }}</h1>
<p><time datetime="{{ page.date | date: '%Y-%m-%d' }}">{{ page.date | date: '%d.%m.%Y' }}</time> · {{ author }}</p>
<p>{{ summary }}</p>
{{ content }}
<div hidden data-pagefind-sort="date:{{ page.date | date: '%Y-%m-%dT%H:%M' }}"><span data-pagefind-filter="language:{{ lang }}"></span>{% if summit %}<span data-pagefind-filter="summit:{{ summit }}"></span>{% endif %}{% for id in countries %}<span data-pagefind-filter="country:{{ id }}"></span>{% endfor %}{% for id in people %}<span data-pagefind-filter="person:{{ id }}"></span>{% endfor %}{% for id in organisations %}<span data-pagefind-filter="organisation:{{ id }}"></span>{% endfor %}</div>
<ul>{% for id in countries %}<li><a href="/countries/{{ id | downcase }}/">{{ id }}</a></li>{% endfor %}{% for id in people %}<li><a href="/people/{{ id }}/">{{ id }}</a></li>{% endfor %}{% for id in organisations %}<li><a href="/organisations/{{ id }}/">{{ id }}</a></li>{% endfor %}</ul>
</article></main>
</body>
</html>
`;

export const termTemplate = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ tp.term }} ({{ tp.pageNumber }}/{{ tp.pageCount }})</title></head>
<body>
<main>
<h1>{{ tp.type }}: {{ tp.term }}</h1>
<ol>{% for item in tp.items %}<li><a href="{{ item.url }}">{{ item.title }}</a> <time>{{ item.date }}</time></li>{% endfor %}</ol>
<nav>{% if tp.previous %}<a href="{{ tp.previous }}">Newer</a>{% endif %} {{ tp.pageNumber }} / {{ tp.pageCount }} {% if tp.next %}<a href="{{ tp.next }}">Older</a>{% endif %}</nav>
</main>
</body>
</html>
`;

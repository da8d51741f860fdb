// name: provenance
// description: The articles and exact sentences that support a fact (a Call or a Statement).
// param: fact nodeKey example=Call:example -- the Call or Statement (Label:key)
MATCH (f:Call:Statement)-[r:REPORTED_IN]->(a:Article)
WHERE label(f) = $fact_label AND f.id = $fact_key
RETURN 'Article:' + a.id AS article, a.title AS title, a.publishedAt AS publishedAt, a.source AS source,
       a.url AS url, r.sentence AS sentence, r.start AS start, r.`end` AS `end`
ORDER BY publishedAt, article, start

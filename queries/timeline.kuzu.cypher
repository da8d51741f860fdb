// name: timeline
// description: Calls and statements whose date falls in a window, oldest first, with their actors.
// param: from date example=2021-12-01 -- first day of the window (inclusive)
// param: to date example=2021-12-31 -- last day of the window (inclusive)
// A month- or year-precision date ('2021-12') overlaps the window when date <= to and date + '~' >= from.
MATCH (e:Call:Statement)
WHERE e.date <= $to AND e.date + '~' >= $from
OPTIONAL MATCH (a:Leader:Country:Organization)-[:PARTICIPATED_IN|MADE]->(e)
WITH e, coalesce(list_sort(collect(CASE WHEN coalesce(a.id, a.iso2) IS NULL THEN NULL ELSE label(a) + ':' + coalesce(a.id, a.iso2) END)), []) AS actors
RETURN label(e) AS kind, label(e) + ':' + e.id AS key, e.date AS date, e.datePrecision AS datePrecision,
       e.kind AS type, e.status AS status, coalesce(e.title, e.text) AS label, actors
ORDER BY date, key

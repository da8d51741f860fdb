// name: leader_activity
// description: Everything about a leader in a window: calls taken part in, statements made and statements about them, with the others involved.
// param: leader string example=vladimir-putin -- the Leader id (slug)
// param: from date example=2021-12-01 -- first day of the window (inclusive)
// param: to date example=2021-12-31 -- last day of the window (inclusive)
MATCH (l:Leader {id: $leader})-[r:PARTICIPATED_IN|MADE|ABOUT]-(e:Call:Statement)
WHERE e.date <= $to AND e.date + '~' >= $from
OPTIONAL MATCH (o:Leader:Country:Organization)-[:PARTICIPATED_IN|MADE]->(e)
WHERE o <> l
WITH r, e, coalesce(list_sort(collect(CASE WHEN coalesce(o.id, o.iso2) IS NULL THEN NULL ELSE label(o) + ':' + coalesce(o.id, o.iso2) END)), []) AS others
RETURN CASE label(r) WHEN 'PARTICIPATED_IN' THEN 'took part' WHEN 'MADE' THEN 'said' ELSE 'spoken about' END AS relation,
       label(e) AS kind, label(e) + ':' + e.id AS key, e.date AS date, e.kind AS type,
       coalesce(e.title, e.text) AS label, others
ORDER BY date, key, relation

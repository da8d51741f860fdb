// name: search
// description: Case-insensitive text search over names, aliases, titles and statement text; name matches first.
// param: q string example=putin -- the text to find (a substring)
// param: limit int[1..500] example=20 default=20 -- at most this many results
MATCH (n:Leader|Country|Organization|Topic|Place|Call|Statement|Article)
WITH n, toLower($q) AS q
WITH n, CASE
    WHEN toLower(n.name) CONTAINS q THEN 'name'
    WHEN any(x IN coalesce(n.aliases, []) WHERE toLower(x) CONTAINS q) THEN 'alias'
    WHEN toLower(n.title) CONTAINS q THEN 'title'
    WHEN toLower(n.text) CONTAINS q THEN 'text'
    ELSE NULL END AS matched
WHERE matched IS NOT NULL
RETURN labels(n)[0] + ':' + coalesce(n.id, n.iso2) AS key, labels(n)[0] AS kind,
       coalesce(n.name, n.title, n.text) AS label, matched
ORDER BY CASE matched WHEN 'name' THEN 0 WHEN 'alias' THEN 1 WHEN 'title' THEN 2 ELSE 3 END, label, key
LIMIT toInteger($limit)

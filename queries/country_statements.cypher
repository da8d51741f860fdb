// name: country_statements
// description: Statements made by a country (itself, its leaders or its institutions) or about it, by kind.
// param: country string example=RU -- the Country iso2 code
// param: kind string example=warning default="" -- only this statement kind (empty: every kind)
MATCH (c:Country {iso2: $country})
MATCH (s:Statement)
WHERE $kind = '' OR s.kind = $kind
WITH c, s,
     EXISTS { MATCH (c)-[:MADE]->(s) } OR EXISTS { MATCH (c)<-[:REPRESENTS|PART_OF*1..2]-()-[:MADE]->(s) } AS byIt,
     EXISTS { MATCH (s)-[:ABOUT]->(c) } AS aboutIt
WHERE byIt OR aboutIt
RETURN s.kind AS kind, CASE WHEN byIt AND aboutIt THEN 'by and about' WHEN byIt THEN 'by' ELSE 'about' END AS relation,
       'Statement:' + s.id AS key, s.date AS date, s.text AS text
ORDER BY kind, date, key

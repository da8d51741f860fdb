// name: contacts_countries
// description: Who talks to whom: pairs of countries (directly or through their leaders and institutions) in calls of a window, with counts and first and last contact.
// param: from date example=2021-01-01 -- first day of the window (inclusive)
// param: to date example=2021-12-31 -- last day of the window (inclusive)
MATCH (x)-[:PARTICIPATED_IN]->(c:Call)
WHERE c.date <= $to AND c.date + '~' >= $from
MATCH (x)-[:REPRESENTS|PART_OF*0..2]->(k:Country)
WITH DISTINCT c, k
MATCH (y)-[:PARTICIPATED_IN]->(c)
MATCH (y)-[:REPRESENTS|PART_OF*0..2]->(m:Country)
WHERE k.iso2 < m.iso2
WITH DISTINCT c, k, m
RETURN 'Country:' + k.iso2 AS a, k.name AS aName, 'Country:' + m.iso2 AS b, m.name AS bName,
       count(c) AS calls, min(c.date) AS first, max(c.date) AS last
ORDER BY calls DESC, a, b

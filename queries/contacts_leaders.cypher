// name: contacts_leaders
// description: Who talks to whom: pairs of leaders in calls of a window, with the number of calls and the first and last contact.
// param: from date example=2021-01-01 -- first day of the window (inclusive)
// param: to date example=2021-12-31 -- last day of the window (inclusive)
MATCH (a:Leader)-[:PARTICIPATED_IN]->(c:Call)<-[:PARTICIPATED_IN]-(b:Leader)
WHERE a.id < b.id AND c.date <= $to AND c.date + '~' >= $from
RETURN 'Leader:' + a.id AS a, a.name AS aName, 'Leader:' + b.id AS b, b.name AS bName,
       count(c) AS calls, min(c.date) AS first, max(c.date) AS last
ORDER BY calls DESC, a, b

// name: calls_on_topic
// description: Calls that discussed a topic (by id or name, any case), oldest first, with their participants.
// param: topic string example=ukraine -- the Topic id or name
MATCH (t:Topic)<-[:DISCUSSED]-(c:Call)
WHERE t.id = $topic OR lower(t.name) = lower($topic)
OPTIONAL MATCH (a:Leader:Country:Organization)-[:PARTICIPATED_IN]->(c)
WITH t, c, coalesce(list_sort(collect(CASE WHEN coalesce(a.id, a.iso2) IS NULL THEN NULL ELSE label(a) + ':' + coalesce(a.id, a.iso2) END)), []) AS participants
RETURN 'Call:' + c.id AS key, c.date AS date, c.kind AS type, c.status AS status, c.title AS title,
       'Topic:' + t.id AS topic, participants
ORDER BY date, key

// name: calls_on_topic
// description: Calls that discussed a topic (by id or name, any case), oldest first, with their participants.
// param: topic string example=ukraine -- the Topic id or name
MATCH (t:Topic)<-[:DISCUSSED]-(c:Call)
WHERE t.id = $topic OR toLower(t.name) = toLower($topic)
OPTIONAL MATCH (a:Leader|Country|Organization)-[:PARTICIPATED_IN]->(c)
WITH t, c, labels(a)[0] + ':' + coalesce(a.id, a.iso2) AS participant ORDER BY participant
WITH t, c, collect(participant) AS participants
RETURN 'Call:' + c.id AS key, c.date AS date, c.kind AS type, c.status AS status, c.title AS title,
       'Topic:' + t.id AS topic, participants
ORDER BY date, key

// name: neighbourhood
// description: The nodes within N hops of a node, each with its distance (shortest hop count).
// param: node nodeKey example=Leader:vladimir-putin -- the centre node (Label:key)
// param: depth int[1..3] example=2 default=1 -- how many hops (1 to 3)
MATCH (a) WHERE $node_label IN labels(a) AND coalesce(a.id, a.iso2, a.date) = $node_key
MATCH p = (a)-[*1..3]-(b)
WHERE length(p) <= $depth AND b <> a
WITH b, min(length(p)) AS distance
RETURN labels(b)[0] + ':' + coalesce(b.id, b.iso2, b.date) AS key, labels(b)[0] AS kind,
       coalesce(b.name, b.title, b.text, b.date) AS label, distance
ORDER BY distance, key

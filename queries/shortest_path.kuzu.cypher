// name: shortest_path
// description: Every shortest path (up to 6 hops) between two nodes over the relations of events (not articles, mentions or days), as node keys and relationship types.
// param: from nodeKey example=Leader:vladimir-putin -- one end (Label:key)
// param: to nodeKey example=Country:US -- the other end (Label:key)
MATCH (a) WHERE label(a) = $from_label AND coalesce(a.id, a.iso2, a.date) = $from_key
MATCH (b) WHERE label(b) = $to_label AND coalesce(b.id, b.iso2, b.date) = $to_key
MATCH p = (a)-[:PARTICIPATED_IN|REPRESENTS|PART_OF|MADE|ABOUT|REPORTED_BY|DURING|DISCUSSED|HELD_IN* ALL SHORTEST 1..6]-(b)
WITH length(p) AS hops,
     list_transform(nodes(p), x -> label(x) + ':' + coalesce(x.id, x.iso2, x.date)) AS nodes,
     list_transform(rels(p), r -> label(r)) AS types
RETURN hops, nodes, types
ORDER BY list_to_string(',', nodes), list_to_string(',', types)

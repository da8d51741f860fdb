// name: shortest_path
// description: Every shortest path (up to 6 hops) between two nodes over the relations of events (not articles, mentions or days), as node keys and relationship types.
// param: from nodeKey example=Leader:vladimir-putin -- one end (Label:key)
// param: to nodeKey example=Country:US -- the other end (Label:key)
MATCH (a) WHERE $from_label IN labels(a) AND coalesce(a.id, a.iso2, a.date) = $from_key
MATCH (b) WHERE $to_label IN labels(b) AND coalesce(b.id, b.iso2, b.date) = $to_key
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|REPRESENTS|PART_OF|MADE|ABOUT|REPORTED_BY|DURING|DISCUSSED|HELD_IN*..6]-(b))
WITH length(p) AS hops,
     [x IN nodes(p) | labels(x)[0] + ':' + coalesce(x.id, x.iso2, x.date)] AS nodes,
     [r IN relationships(p) | type(r)] AS types
RETURN hops, nodes, types
ORDER BY nodes, types

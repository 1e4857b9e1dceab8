"""Questions a board asks of its archive, as SQL on the database (docs/archive.md shows each).
Run one with ``tdkt-extract db sql "$(python -c ...)"`` or from Python with ``con.execute(SQL)``."""

EXAMPLES: dict[str, str] = {
    # which unit chaired each cluster in which year, and in how many articles that is stated
    "chairs_by_year": """
SELECT c.name AS cluster, c.province, m.year, m.chair_organization AS chair, count(*) AS articles
FROM meetings m JOIN clusters c USING (cluster_id)
WHERE m.chair_organization IS NOT NULL AND m.year IS NOT NULL
GROUP BY ALL ORDER BY cluster, c.province, m.year, articles DESC""",
    # the units proposed most often for the Government's emulation flag, in how many clusters
    "government_flag_proposals": """
SELECT a.recipient, count(DISTINCT a.article_id) AS proposals, count(DISTINCT m.cluster_id) AS clusters,
       min(m.year) AS first_year, max(m.year) AS last_year
FROM awards a JOIN meetings m USING (article_id)
WHERE a.status = 'proposed' AND a.award ILIKE 'Cờ thi đua của Chính phủ%'
GROUP BY a.recipient ORDER BY proposals DESC, a.recipient LIMIT 20""",
    # clusters reported before last year (the year before the archive's latest) with no meeting reported in it
    "silent_last_year": """
WITH last AS (SELECT max(year) - 1 AS y FROM meetings)
SELECT c.cluster_id, c.name, c.province, max(m.year) AS last_reported
FROM clusters c JOIN meetings m USING (cluster_id), last
GROUP BY c.cluster_id, c.name, c.province, last.y HAVING min(m.year) < last.y AND NOT bool_or(m.year = last.y)
ORDER BY last_reported DESC, c.cluster_id""",
    # who takes over next: the chair and vice-chair elected for the coming year, latest election first
    "next_chairs": """
SELECT c.name AS cluster, c.province, m.year + 1 AS for_year, m.next_chair_organization AS next_chair,
       m.next_vice_chair_organization AS next_vice_chair, min(m.article_id) AS article_id
FROM meetings m JOIN clusters c USING (cluster_id)
WHERE m.next_chair_organization IS NOT NULL
GROUP BY ALL ORDER BY for_year DESC, cluster""",
    # how the clusters ranked their members: the leading unit of each cluster each year
    "leaders_by_year": """
SELECT c.name AS cluster, c.province, m.year, r.organization AS leading_unit, count(*) AS articles
FROM rankings r JOIN meetings m USING (article_id) JOIN clusters c USING (cluster_id)
WHERE r.rank = 1
GROUP BY ALL ORDER BY cluster, c.province, m.year""",
}

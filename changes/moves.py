"""Pages that moved between two snapshots, and the facts matched across each move.

A page moved from an old URL to a new one when the new snapshot records a redirect from the old URL
(which answered 200 before), or when a page that is gone and a page that is new hold the same main text
(the same bytes, for files without text), or, failing both, the same title, each unique on its side.
The facts of a moved page are matched across the move: the same figure at the new URL is no change,
and one figure that differs is a changed fact, not one removed and one added.

Every statement runs in the diff's duckdb connection, over its `old_pages`, `new_pages` and `fact_delta`.
"""

REDIRECT = "redirect"
SAME_TEXT = "same_text"
SAME_TITLE = "same_title"
HOW = (REDIRECT, SAME_TEXT, SAME_TITLE)  # in the order they are trusted

_FACT_KEY = ("network_id", "attribute")
_SAME_FIGURE = ("value", "qualifier", "unit")

# One row per move: old_url -> new_url and how it was recognised. An old URL moves once; a new URL is the
# target of one move, unless several old URLs redirect to it.
_MOVES = f"""
    CREATE TEMP TABLE moves AS
    WITH gone AS (
        SELECT url, text_sha256, body_sha256, title FROM old_pages
        WHERE status = 200 AND url NOT IN (SELECT url FROM new_pages)
    ), arrived AS (
        SELECT url, text_sha256, body_sha256, title FROM new_pages
        WHERE status = 200 AND url NOT IN (SELECT url FROM old_pages)
    ), redirected AS (
        SELECT o.url AS old_url, n.final_url AS new_url, '{REDIRECT}' AS how
        FROM old_pages o JOIN new_pages n USING (url)
        WHERE n.status BETWEEN 300 AND 399 AND n.final_url IS NOT NULL AND n.final_url <> n.url
          AND (coalesce(o.status NOT BETWEEN 300 AND 399, true) OR o.final_url IS DISTINCT FROM n.final_url)
    ), same_content AS (  -- the content hash: the main text of a page, the bytes of a file without text
        SELECT url, coalesce(text_sha256, body_sha256) AS content, title FROM gone
        UNION ALL BY NAME
        SELECT url, coalesce(text_sha256, body_sha256) AS content, title, true AS arrived FROM arrived
    ), unique_content AS (
        SELECT content, max(url) FILTER (WHERE arrived IS NULL) AS old_url,
               max(url) FILTER (WHERE arrived) AS new_url
        FROM same_content WHERE content IS NOT NULL GROUP BY content
        HAVING count(*) FILTER (WHERE arrived IS NULL) = 1 AND count(*) FILTER (WHERE arrived) = 1
    ), unique_title AS (
        SELECT title, max(url) FILTER (WHERE arrived IS NULL) AS old_url,
               max(url) FILTER (WHERE arrived) AS new_url
        FROM same_content WHERE title IS NOT NULL AND trim(title) <> '' GROUP BY title
        HAVING count(*) FILTER (WHERE arrived IS NULL) = 1 AND count(*) FILTER (WHERE arrived) = 1
    ), candidates AS (
        SELECT old_url, new_url, how, 1 AS rank FROM redirected
        UNION ALL SELECT old_url, new_url, '{SAME_TEXT}', 2 FROM unique_content
        UNION ALL SELECT old_url, new_url, '{SAME_TITLE}', 3 FROM unique_title
    )
    SELECT old_url, new_url, how FROM candidates
    QUALIFY row_number() OVER (PARTITION BY old_url ORDER BY rank) = 1
        AND (how = '{REDIRECT}' OR row_number() OVER (PARTITION BY new_url ORDER BY rank) = 1)
"""


def _pairs(condition: str) -> str:
    """Removed facts of a moved page beside the added facts of its new URL, for the same network and attribute."""
    same_key = " AND ".join(f"r.old_{name} = a.new_{name}" for name in _FACT_KEY)
    return f"""
        SELECT r.old_fact_id, a.new_fact_id
        FROM fact_delta r JOIN moves m ON m.old_url = r.old_source_url
        JOIN fact_delta a ON a.new_source_url = m.new_url AND {same_key}
        WHERE r.change = 'removed' AND a.change = 'added' AND {condition}
    """


_SAME = " AND ".join(f"r.old_{name} IS NOT DISTINCT FROM a.new_{name}" for name in _SAME_FIGURE)


def match_statements(fact_fields: tuple[str, ...]) -> tuple[str, ...]:
    """The statements that build `moves` and fold the facts of moved pages in `fact_delta`: the same figure at
    the new URL drops out; one figure on each side that differs becomes a changed fact."""
    return (
        _MOVES,
        f"CREATE TEMP TABLE moved_same AS {_pairs(_SAME)}",
        """DELETE FROM fact_delta WHERE (change = 'removed' AND old_fact_id IN (SELECT old_fact_id FROM moved_same))
                                     OR (change = 'added' AND new_fact_id IN (SELECT new_fact_id FROM moved_same))""",
        # One removed and one added fact for a network and attribute across a move: the figure changed.
        f"""CREATE TEMP TABLE moved_changed AS
            SELECT * FROM ({_pairs('true')})
            QUALIFY count(*) OVER (PARTITION BY old_fact_id) = 1 AND count(*) OVER (PARTITION BY new_fact_id) = 1""",
        f"""INSERT INTO fact_delta
            SELECT 'changed', {', '.join(f'r.old_{name}, a.new_{name}' for name in fact_fields)}
            FROM moved_changed p
            JOIN fact_delta r ON r.change = 'removed' AND r.old_fact_id = p.old_fact_id
            JOIN fact_delta a ON a.change = 'added' AND a.new_fact_id = p.new_fact_id""",
        """DELETE FROM fact_delta
           WHERE (change = 'removed' AND old_fact_id IN (SELECT old_fact_id FROM moved_changed))
              OR (change = 'added' AND new_fact_id IN (SELECT new_fact_id FROM moved_changed))""",
    )

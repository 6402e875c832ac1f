"""The network figures: every page's facts grouped by network and attribute, old against new.

One row per network and attribute whose stated values differ between the two snapshots, whatever the
pages and their spelling of the network: the change a reader looks for, once. Each value carries the
pages that state it (the first PAGES_PER_VALUE of them, and how many), so that a disagreement between
pages of one snapshot shows as such. A figure that jumps implausibly is set apart "to check":

- `jump`: the new figure is more than JUMP_FACTOR times the old one, or less than a JUMP_FACTOR-th of it;
- `against_pages`: the pages of the new snapshot give figures more than JUMP_FACTOR times apart.

Runs in the diff's duckdb connection, over its `old_facts`, `new_facts` and `vanished_facts`.
"""

JUMP = "jump"
AGAINST_PAGES = "against_pages"
JUMP_FACTOR = 10
PAGES_PER_VALUE = 10

_STATED = """
    SELECT '{age}' AS age, network_id, attribute, value, coalesce(qualifier, 'exact') AS qualifier, value_num,
           source_url
    FROM {age}_facts {where}
"""
# Suspect facts are left out of the old values, so that a parser problem does not show here either.
_NOT_SUSPECT = "WHERE fact_id NOT IN (SELECT fact_id FROM vanished_facts WHERE suspect_checks IS NOT NULL)"

_FIGURES = f"""
    CREATE TEMP TABLE figures AS
    WITH stated AS (
        {_STATED.format(age='old', where=_NOT_SUSPECT)}
        UNION ALL
        {_STATED.format(age='new', where='')}
    ), counted AS (  -- each value with its pages, and each network's attribute with its number of pages
        SELECT age, network_id, attribute, value, qualifier, grouping(value, qualifier) AS whole,
               max(value_num) AS value_num, count(DISTINCT source_url) AS pages,
               list(DISTINCT source_url ORDER BY source_url)[1:{PAGES_PER_VALUE}] AS urls
        FROM stated
        GROUP BY GROUPING SETS ((age, network_id, attribute, value, qualifier), (age, network_id, attribute))
    ), sides AS (
        SELECT age, network_id, attribute,
               list(struct_pack(value := value, qualifier := qualifier) ORDER BY value, qualifier)
                   FILTER (WHERE whole = 0) AS figure,
               list(struct_pack(value := value, qualifier := qualifier, value_num := value_num, pages := pages,
                                urls := urls) ORDER BY value, qualifier) FILTER (WHERE whole = 0) AS stated_values,
               max(pages) FILTER (WHERE whole > 0) AS pages,
               min(value_num) FILTER (WHERE whole = 0) AS lowest, max(value_num) FILTER (WHERE whole = 0) AS highest
        FROM counted GROUP BY ALL
    ), names AS (  -- the name the pages use most for each network (alphabetical first among equals)
        SELECT network_id, network_name FROM (
            SELECT network_id, network_name, count(*) AS uses
            FROM (SELECT network_id, network_name FROM old_facts
                  UNION ALL SELECT network_id, network_name FROM new_facts)
            WHERE network_name IS NOT NULL GROUP BY ALL
        ) QUALIFY row_number() OVER (PARTITION BY network_id ORDER BY uses DESC, network_name) = 1
    ), old AS (SELECT * FROM sides WHERE age = 'old'), new AS (SELECT * FROM sides WHERE age = 'new')
    SELECT network_id, names.network_name, attribute,
           coalesce(old.stated_values, []) AS old_values, coalesce(new.stated_values, []) AS new_values,
           coalesce(old.pages, 0) AS old_pages, coalesce(new.pages, 0) AS new_pages,
           CASE WHEN new.highest > {JUMP_FACTOR} * old.highest OR new.lowest * {JUMP_FACTOR} < old.lowest
                THEN '{JUMP}'
                WHEN new.lowest > 0 AND new.highest > {JUMP_FACTOR} * new.lowest THEN '{AGAINST_PAGES}'
           END AS to_check
    FROM old FULL JOIN new USING (network_id, attribute) LEFT JOIN names USING (network_id)
    WHERE old.figure IS DISTINCT FROM new.figure
"""

STATEMENTS = (_FIGURES,)
FIGURES_CHANGED = "SELECT * EXCLUDE (to_check) FROM figures WHERE to_check IS NULL ORDER BY network_id, attribute"
FIGURES_TO_CHECK = "SELECT * FROM figures WHERE to_check IS NOT NULL ORDER BY network_id, attribute"

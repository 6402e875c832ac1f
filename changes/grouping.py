"""The network figures: every page's facts grouped by network and attribute, old against new.

One row per network and attribute whose stated values differ between the two snapshots, whatever the
pages and their spelling of the network: the change a reader looks for, once. Each value says how many
pages state it, so that a disagreement between pages of one snapshot shows as such, and each side lists
the first PAGES_LISTED pages that state the figure (and how many do). A figure that jumps implausibly is
set apart "to check":

- `jump`: the new figure is more than JUMP_FACTOR times the old one, or less than a JUMP_FACTOR-th of it;
- `against_pages`: the pages of the new snapshot give figures more than JUMP_FACTOR times apart.

Runs in the diff's duckdb connection, over its `old_facts`, `new_facts`, `vanished_facts` and pages, in passes over
whole columns: the values of every figure first (which tell the figures that changed), then the pages of
the changed figures only.
"""

JUMP = "jump"
AGAINST_PAGES = "against_pages"
JUMP_FACTOR = 10
PAGES_LISTED = 5

# Suspect facts are left out of the old values, so that a parser problem does not show here either.
_NOT_SUSPECT = "WHERE fact_id NOT IN (SELECT fact_id FROM vanished_facts WHERE suspect_checks IS NOT NULL)"
_STATED_VIEW = f"""
    CREATE TEMP VIEW figure_facts AS
    SELECT 'old' AS age, network_id, attribute, value, coalesce(qualifier, 'exact') AS qualifier, value_num,
           source_url
    FROM old_facts {_NOT_SUSPECT}
    UNION ALL
    SELECT 'new', network_id, attribute, value, coalesce(qualifier, 'exact'), value_num, source_url FROM new_facts
"""
# A page states each value of a network's attribute once (the parsers keep one fact per network, attribute,
# value and qualifier on a page), so a value's facts count its pages.
_VALUES = """
    CREATE TEMP TABLE figure_values AS
    SELECT age, network_id, attribute, value, qualifier, max(value_num) AS value_num, count(*) AS pages
    FROM figure_facts GROUP BY ALL
"""
_KEYS = """
    CREATE TEMP TABLE figure_keys AS
    SELECT network_id, attribute FROM (
        SELECT network_id, attribute,
               list(struct_pack(value := value, qualifier := qualifier) ORDER BY value, qualifier)
                   FILTER (WHERE age = 'old') AS old_key,
               list(struct_pack(value := value, qualifier := qualifier) ORDER BY value, qualifier)
                   FILTER (WHERE age = 'new') AS new_key
        FROM figure_values GROUP BY network_id, attribute
    ) WHERE old_key IS DISTINCT FROM new_key
"""
# The pages that state a changed figure, each once however many values it gives, and the first of them with
# their titles.
_SIDE_PAGES = f"""
    CREATE TEMP TABLE figure_side_pages AS
    WITH counted AS (
        SELECT age, network_id, attribute, count(*) AS pages, min(source_url, {PAGES_LISTED}) AS urls
        FROM (SELECT DISTINCT age, network_id, attribute, source_url
              FROM figure_facts SEMI JOIN figure_keys USING (network_id, attribute))
        GROUP BY ALL
    ), listed AS (
        SELECT age, network_id, attribute, pages, unnest(urls) AS url, generate_subscripts(urls, 1) AS position
        FROM counted
    )
    SELECT age, network_id, attribute, any_value(pages) AS pages,
           list(struct_pack(url := l.url, title := coalesce(o.title, n.title)) ORDER BY position) AS sources
    FROM listed l
    LEFT JOIN old_pages o ON l.age = 'old' AND o.url = l.url
    LEFT JOIN new_pages n ON l.age = 'new' AND n.url = l.url
    GROUP BY age, network_id, attribute
"""
_FIGURES = f"""
    CREATE TEMP TABLE figures AS
    WITH sides AS (
        SELECT age, network_id, attribute,
               list(struct_pack(value := value, qualifier := qualifier, value_num := value_num, pages := pages)
                    ORDER BY value, qualifier) AS stated_values,
               min(value_num) AS lowest, max(value_num) AS highest
        FROM figure_values SEMI JOIN figure_keys USING (network_id, attribute) GROUP BY ALL
    ), names AS (  -- the name the pages use most for each network (alphabetical first among equals)
        SELECT network_id, network_name FROM (
            SELECT network_id, network_name, count(*) AS uses
            FROM (SELECT network_id, network_name FROM old_facts
                  UNION ALL SELECT network_id, network_name FROM new_facts)
            WHERE network_name IS NOT NULL GROUP BY ALL
        ) QUALIFY row_number() OVER (PARTITION BY network_id ORDER BY uses DESC, network_name) = 1
    ), old AS (SELECT * FROM sides JOIN figure_side_pages USING (age, network_id, attribute) WHERE age = 'old'),
       new AS (SELECT * FROM sides JOIN figure_side_pages USING (age, network_id, attribute) WHERE age = 'new')
    SELECT network_id, names.network_name, attribute,
           coalesce(old.stated_values, []) AS old_values, coalesce(new.stated_values, []) AS new_values,
           coalesce(old.pages, 0) AS old_pages, coalesce(new.pages, 0) AS new_pages,
           coalesce(old.sources, []) AS old_sources, coalesce(new.sources, []) AS new_sources,
           CASE WHEN new.highest > {JUMP_FACTOR} * old.highest OR new.lowest * {JUMP_FACTOR} < old.lowest
                THEN '{JUMP}'
                WHEN new.lowest > 0 AND new.highest > {JUMP_FACTOR} * new.lowest THEN '{AGAINST_PAGES}'
           END AS to_check
    FROM figure_keys k LEFT JOIN old USING (network_id, attribute) LEFT JOIN new USING (network_id, attribute)
    LEFT JOIN names USING (network_id)
"""
STATEMENTS = (_STATED_VIEW, _VALUES, _KEYS, _SIDE_PAGES, _FIGURES)
FIGURES_CHANGED = "SELECT * EXCLUDE (to_check) FROM figures WHERE to_check IS NULL ORDER BY network_id, attribute"
FIGURES_TO_CHECK = "SELECT * FROM figures WHERE to_check IS NOT NULL ORDER BY network_id, attribute"

"""The City of Paris's international relations pages: the profile the archive was built for.

Another city: copy this file, change every field, and point the `site` setting at the copy.
"""

from shared.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="paris",
    hosts=("paris.fr",),
    # The section as paris.fr publishes it today, its English pages, and the city's press releases of the last
    # 90 days.
    sources={
        "section": {"spider": "paris_international", "lang": "fr",
                    "start_urls": ["https://www.paris.fr/pages/paris-a-l-international-2433"]},
        "english": {"spider": "paris_international", "lang": "en",
                    "start_urls": ["https://www.paris.fr/en/pages/paris-and-the-international-city-networks-2434"]},
        "press": {"spider": "press_releases", "lang": "fr", "since": "90d",
                  "start_urls": ["https://presse.paris.fr/communiques-de-presse/"]},
    },
    # The portal (2012-15), the 2016 redesign, the English pages, and today's site.
    url_prefixes=(
        "www.paris.fr/politiques/paris-a-l-international/",
        "www.paris.fr/international/",
        "www.paris.fr/english/international/",
        "www.paris.fr/pages/paris-a-l-international",
    ),
    subject="the City of Paris international relations pages",
    report_heading={"en": "Changes to the City of Paris international relations pages",
                    "fr": "Changements des pages relations internationales de la Ville de Paris"},
    # Paris's twin city and the partner cities of its friendship and cooperation pacts, as communiqués write them.
    partner_cities=(
        "Rome", "Alger", "Amman", "Athènes", "Beyrouth", "Berlin", "Buenos Aires", "Le Caire", "Casablanca",
        "Chicago", "Dakar", "Erevan", "Kyiv", "Kiev", "Lisbonne", "Londres", "Madrid", "Mexico", "Montréal",
        "Phnom Penh", "Prague", "Québec", "Rabat", "Rio de Janeiro", "San Francisco", "Séoul", "Shanghai", "Sydney",
        "Tokyo", "Tunis", "Varsovie", "Abidjan", "Bamako",
    ),
)

"""The words of the facts table: the attributes a fact can state, the hedges of its value, and the networks
known by name. The README's vocabularies section is generated from here (`python -m paris_archive.readme`)."""

ATTRIBUTES = {
    "founded": "when the network was created (`value_date`, as precise as the page)",
    "founded_place": "where it was created (a city, as written)",
    "headquarters": "where it is based: its seat or secretariat (a city, as written)",
    "member_cities": "number of member cities: cities, capitals, metropolises, member towns or members",
    "represented_governments": "number of local and regional governments it represents or federates, counted as "
                               "such (\"240 000 collectivités locales et régionales\"), not member cities",
    "member_associations": "number of member national associations",
    "member_countries": "number of countries (or UN member states) where it has members",
    "regions": "number of world regions it spans",
    "projects": "number of projects carried out",
    "population_threshold": "minimum population of a member city (inhabitants)",
    "joined": "when the publishing city (Paris, or the city whose site it is) joined (`value_date`)",
    "president": "who presides or chairs it, as written",
}

QUALIFIERS = {
    "exact": "no hedge",
    "more_than": "\"plus de\", \"more than\", \"over\", \"über\", \"más de\", \"oltre\"",
    "at_least": "\"au moins\", \"at least\", \"or more\", \"mindestens\", \"al menos\", \"almeno\"",
    "about": "\"environ\", \"près de\", \"une centaine\", \"around\", \"some\", \"rund\", \"casi\", \"circa\"",
    "up_to": "\"jusqu'à\", \"up to\", \"bis zu\", \"hasta\", \"fino a\"",
}

# network_id -> the label reports use. A network not listed here gets a slug of its name as written.
NETWORKS = {
    "uclg": "UCLG (CGLU)",
    "aimf": "AIMF",
    "eurocities": "Eurocities",
    "ucue": "UCUE (UCEU)",
    "icorn": "ICORN",
    "metropolis": "Metropolis",
    "c40": "C40",
    "mayors-for-peace": "Mayors for Peace",
    "energy-cities": "Energy Cities",
    "iclei": "ICLEI",
    "strong-cities-network": "Strong Cities Network",
    "unesco-creative-cities-network": "UNESCO Creative Cities Network",
    "fast-track-cities": "Fast-Track Cities",
    "luci": "LUCI",
    "world-cities-culture-forum": "World Cities Culture Forum",
    "medcities": "MedCities",
    "cities-for-mobility": "Cities for Mobility",
    "cities-for-children": "Cities for Children",
    "cities-for-life": "Cities for Life",
    "climate-alliance": "Climate Alliance",
    "covenant-of-mayors": "Covenant of Mayors",
    "ucci": "UCCI",
    "mercociudades": "Mercociudades",
    "owhc": "OWHC (OVPM)",
    "delice": "Délice",
    "resilient-cities-network": "Resilient Cities Network",
    "global-parliament-of-mayors": "Global Parliament of Mayors",
    "milan-urban-food-policy-pact": "Milan Urban Food Policy Pact",
}

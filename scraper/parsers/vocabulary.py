"""The words of the facts table: the attributes a fact can state, the hedges of its value, and the networks
known by name. The README's vocabularies section is generated from here (`python -m paris_archive.readme`)."""

ATTRIBUTES = {
    "founded": "when the network was created (`value_date`, as precise as the page)",
    "founded_place": "where it was created (a city, as written)",
    "headquarters": "where it is based: its seat or secretariat (a city, as written)",
    "member_cities": "number of member cities: cities, towns, municipalities, capitals, metropolises or members of "
                     "no stated kind",
    "represented_governments": "number of local and regional governments it represents or federates, counted as "
                               "such (\"240 000 collectivités locales et régionales\", \"500 collectivités "
                               "membres\"), members or not, or local units of several kinds it is said to represent "
                               "(\"vertritt über 3.200 Städte und Gemeinden\"); not member cities",
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
    "at_least": "\"au moins\", \"at least\", \"or more\", \"200+\", \"mindestens\", \"al menos\", \"almeno\"",
    "about": "\"environ\", \"près de\", \"une centaine\", \"around\", \"some\", \"rund\", \"casi\", \"circa\"",
    "up_to": "\"jusqu'à\", \"up to\", \"bis zu\", \"hasta\", \"fino a\"",
}

# network_id -> the label reports use. A network not listed here gets a slug of its name as written.
NETWORKS = {
    "uclg": "UCLG (CGLU)",
    "cglu-afrique": "CGLU Afrique (UCLG Africa, CGLU África, UCLG-A): UCLG's African section, United Cities and Local "
                    "Governments of Africa",
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
    "unesco-global-network-of-learning-cities": "UNESCO Global Network of Learning Cities",
    "cites-unies-france": "Cités Unies France",
    "cemr": "CEMR (CCRE, RGRE)",
    "afccre": "AFCCRE",
    "aiccre": "AICCRE",
    "eccar": "ECCAR",
    "iccar": "ICCAR",
    "union-of-baltic-cities": "Union of Baltic Cities",
    "who-healthy-cities": "WHO Healthy Cities",
    "intercultural-cities": "Intercultural Cities",
    "cittaslow": "Cittaslow",
    "rainbow-cities-network": "Rainbow Cities Network",
    "age-friendly-cities": "WHO Global Network for Age-friendly Cities and Communities",
    "child-friendly-cities": "UNICEF Child Friendly Cities",
    "global-covenant-of-mayors": "Global Covenant of Mayors",
    "arab-towns-organization": "Arab Towns Organization",
    "sister-cities-international": "Sister Cities International",
    "cideu": "CIDEU",
    "iaec": "International Association of Educating Cities (AICE)",
    "douzelage": "Douzelage",
    "walled-towns-friendship-circle": "Walled Towns Friendship Circle",
    "quattropole": "QuattroPole",
    "core-cities-uk": "Core Cities UK",
    "scottish-cities-alliance": "Scottish Cities Alliance",
    "world-energy-cities-partnership": "World Energy Cities Partnership (WECP)",
    "eunivercities": "EUniverCities",
    "allianz-in-den-alpen": "Alliance in the Alps (Allianz in den Alpen)",
    "coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani":
        "Coordinamento nazionale degli enti locali per la pace e i diritti umani",
    "polis": "POLIS (cities and regions for transport innovation)",
    "aivp": "AIVP (the worldwide network of port cities)",
    "cities-coalition-for-digital-rights": "Cities Coalition for Digital Rights",
    "eurotowns": "Eurotowns",
    "arco-latino": "Arco Latino",
    "flacma": "FLACMA",
    "al-las": "AL-LAs (Euro-Latin American Alliance of Cooperation between Cities)",
    "afcdrp": "AFCDRP (Maires pour la Paix France)",
    "rfvaa": "Réseau francophone des villes amies des aînés (RFVAA)",
    "key-cities": "Key Cities",
    "uk100": "UK100",
    "international-cities-of-peace": "International Cities of Peace",
    "avviso-pubblico": "Avviso Pubblico",
    "euregio": "EUREGIO",
    "reseau-art-nouveau-network": "Réseau Art Nouveau Network",
    "big-city-mayors-caucus": "FCM Big City Mayors' Caucus (BCMC)",
    "federation-of-canadian-municipalities": "Federation of Canadian Municipalities (FCM)",
    "union-des-municipalites-du-quebec": "Union des municipalités du Québec (UMQ)",
    "federation-quebecoise-des-municipalites": "Fédération québécoise des municipalités (FQM)",
    "uvicoci": "Union des villes et communes de Côte d'Ivoire (UVICOCI)",
    "association-nationale-des-communes-du-benin": "Association nationale des communes du Bénin (ANCB)",
    "association-des-maires-de-france": "Association des maires de France (AMF)",
    "union-des-villes-et-communes-de-wallonie": "Union des villes et communes de Wallonie (UVCW)",
    "deutscher-stadtetag": "Deutscher Städtetag",
    "deutscher-stadte-und-gemeindebund": "Deutscher Städte- und Gemeindebund (DStGB)",
    "osterreichischer-stadtebund": "Österreichischer Städtebund",
    "schweizerischer-stadteverband": "Schweizerischer Städteverband",
    "associazione-nazionale-comuni-italiani": "Associazione nazionale comuni italiani (ANCI)",
    "federacion-espanola-de-municipios-y-provincias": "Federación Española de Municipios y Provincias (FEMP)",
    "local-government-association": "Local Government Association (England)",
    "die-hanse": "Städtebund Die Hanse (The Hanse)",
    "efus": "Efus (European Forum for Urban Security)",
    "organisation-des-villes-et-capitales-islamiques": "Organisation des villes et capitales islamiques (OICC)",
    "local-government-new-zealand": "Local Government New Zealand (LGNZ)",
    "nova-scotia-federation-of-municipalities": "Nova Scotia Federation of Municipalities (NSFM)",
    "australian-local-government-association": "Australian Local Government Association (ALGA)",
    "south-african-local-government-association": "South African Local Government Association (SALGA)",
    "welsh-local-government-association": "Welsh Local Government Association (WLGA)",
    "convention-of-scottish-local-authorities": "Convention of Scottish Local Authorities (COSLA)",
    "france-urbaine": "France urbaine",
    "villes-de-france": "Villes de France",
    "brulocalis": "Brulocalis (Association de la Ville et des Communes de la Région de Bruxelles-Capitale)",
    "vvsg": "VVSG (Vereniging van Vlaamse Steden en Gemeenten)",
    "deutscher-landkreistag": "Deutscher Landkreistag",
    "bayerischer-stadtetag": "Bayerischer Städtetag",
    "osterreichischer-gemeindebund": "Österreichischer Gemeindebund",
    "schweizerischer-gemeindeverband": "Schweizerischer Gemeindeverband (Association des Communes Suisses)",
    "unione-delle-province-d-italia": "Unione delle Province d'Italia (UPI)",
    "autonomie-locali-italiane": "Autonomie Locali Italiane (ALI, formerly Legautonomie)",
    "grupo-de-ciudades-patrimonio-de-la-humanidad-de-espana": "Grupo de Ciudades Patrimonio de la Humanidad de España",
    "associazione-beni-italiani-patrimonio-mondiale-unesco": "Associazione Beni Italiani Patrimonio Mondiale UNESCO",
    "association-des-biens-francais-du-patrimoine-mondial": "Association des biens français du patrimoine mondial "
                                                            "(ABFPM)",
    "associazione-nazionale-citta-del-vino": "Associazione nazionale Città del Vino",
    "associazione-nazionale-citta-dell-olio": "Associazione nazionale Città dell'Olio",
    "red-espanola-de-ciudades-por-el-clima": "Red Española de Ciudades por el Clima (FEMP)",
    "kommunen-fur-biologische-vielfalt": "Kommunen für biologische Vielfalt",
    "city-of-sanctuary-uk": "City of Sanctuary UK",
    "forum-delle-citta-dell-adriatico-e-dello-ionio": "Forum delle Città dell'Adriatico e dello Ionio (FAIC)",
    "antarctic-gateway-cities": "Antarctic Gateway Cities",
    "great-wine-capitals-global-network": "Great Wine Capitals Global Network",
    "partners-for-climate-protection": "Partners for Climate Protection (FCM and ICLEI Canada)",
    "newcastles-of-the-world": "Newcastles of the World",
    "major-cities-of-europe": "Major Cities of Europe (IT Users Group)",
    "international-association-of-peace-messenger-cities": "International Association of Peace Messenger Cities "
                                                            "(IAPMC)",
}

# The verbs that tell a network's founding, as participles and past forms in the five languages: "créée en 2004",
# "founded by six cities", "gegründet 1986", "se fundó en 2004", "fondata nel 1979", "lanzada en 2008". Claims read
# the date after them (claims/founding.py); a count after them, with no present verb between, counts the founders
# (count_context.py). A regular-expression alternation, to be used between word boundaries.
FOUNDING_VERBS = (r"cré[ée]e?s?|fond[ée]e?s?|née?s?|vu\s+le\s+jour|lancée?s?|founded|created|established|set\s+up"
                  r"|formed|launched|gegründet|gründete[n]?|entstand(?:en)?|fundad[oa]s?|(?:se\s+)?fund[óo]|cread[oa]s?"
                  r"|se\s+cre[óo]|naci[óo]|nace|constituid[oa]s?|se\s+constituy[óo]|se\s+puso\s+en\s+marcha"
                  r"|puest[oa]\s+en\s+marcha|lanzad[oa]s?|fondat[oa]|nat[oa]|nasce|costituit[oa]"
                  r"|istituit[oa]|lanciat[oa]|na[îi]t"
                  r"|creat[oa]|nacid[oa]|vio\s+la\s+luz|visto\s+la\s+luce"
                  r"|came\s+into\s+(?:being|existence)")

# An adverb inside a verb of belonging, as the city's own news writes it: "fait désormais partie", "fa ufficialmente
# parte", "forma oficialmente parte", "hace ya parte". Optional: placed between the verb and its noun.
BELONGING_ADVERB = (r"(?:\s+(?:[^\W\d_]{2,16}(?:ment|mente)|désormais|déjà|aussi|également|già|ormai|ora|anche|ya"
                    r"|también|ahora))?")

"""Which city network a piece of text names, as a stable `network_id` of the data contract."""

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .text import case_blind_search, compile_guarded, literal_alternation
from .vocabulary import FOUNDING_VERBS

_APOSTROPHE = "['’]"
# Italy's regions, whose names after a national association's acronym name its regional section ("ANCI Puglia")
_ITALIAN_REGION = (r"(?:Abruzzo|Basilicata|Calabria|Campania|Emilia[- ]Romagna|Friuli(?:[- ]Venezia[- ]Giulia)?|Lazio"
                   r"|Liguria|Lombardia|Marche|Molise|Piemonte|Puglia|Sardegna|Sicilia|Toscana"
                   r"|Trentino(?:[- ]Alto[- ]Adige)?|Umbria|Valle\s+d['’]Aosta|Veneto)(?![\w-])")
# network_id -> the ways pages write its name. Acronyms and "Metropolis"/"C40" are matched with their
# case as written, so that the English word "metropolis" is not taken for the network.
KNOWN_NETWORKS: dict[str, list[str]] = {
    # UCLG's African section by its acronyms ("UCLG-A", "CGLUA"), tried before UCLG's own; its names are UCLG's
    # with the continent after them (_KNOWN_SECTIONS)
    "cglu-afrique": [r"UCLG-?A", r"CGLU-?A"],
    "uclg": [r"(?i:cités et gouvernements locaux unis)", r"(?i:united cities and local governments)",
             r"(?i:ciudades y gobiernos locales unidos)", r"(?i:città e governi locali uniti)",
             r"(?i:weltverband vereinigte(?:n)? städte und lokal(?:regierungen|e regierungen))",
             r"(?i:vereinigte(?:n)? städte und lokal(?:regierungen|e regierungen))",
             r"C\.G\.L\.U", r"CGLU", r"UCLG"],
    "aimf": [r"(?i:association internationale des maires (?:francophones|et responsables des capitales))",
             r"(?i:international association of (?:francophone|french-speaking) mayors)",
             r"(?i:asociación internacional de (?:los )?alcaldes francófonos)",
             r"(?i:associazione internazionale dei sindaci francofoni)",
             r"(?i:internationale(?:n)? (?:vereinigung|verband) (?:der )?frankophone(?:n)? bürgermeister)",
             r"A\.I\.M\.F", r"AIMF"],
    "eurocities": [r"(?i:euroci(?:ties|tés))"],
    "ucue": [rf"(?i:union des capitales de l{_APOSTROPHE}union européenne)",
             r"(?i:union of (?:the )?capitals of the european union)",
             r"(?i:unión de (?:las )?capitales de la unión europea)",
             rf"(?i:unione delle capitali dell{_APOSTROPHE}unione europea)",
             r"(?i:union der hauptstädte der (?:europäischen union|eu))", r"U\.C\.U\.E", r"UCUE", r"UCEU"],
    "icorn": [r"(?i:international cities of refuge network)", r"(?i:réseau international des villes[- ]refuges)",
              r"(?i:red internacional de ciudades refugio)", r"(?i:rete internazionale delle città rifugio)",
              r"(?i:internationale[ns]? netzwerke?s? (?:der )?zufluchtsstädte)", r"ICORN"],
    "metropolis": [r"Metropolis", r"METROPOLIS", r"Metrópolis", r"METRÓPOLIS",
                   r"(?i:world association of the major metropolises)",
                   r"(?i:association mondiale des grandes métropoles)",
                   r"(?i:asociación mundial de (?:las )?grandes metrópolis)",
                   r"(?i:associazione mondiale delle grandi metropoli)", r"(?i:weltverband(?:e?s)? der metropolen)"],
    "c40": [r"C40(?: Cities(?: Climate Leadership Group)?)?", r"(?i:cities climate leadership group)"],
    # Other networks cities commonly belong to, with the spellings of their sites and their members' pages.
    "mayors-for-peace": [r"(?i:mayors for peace)", r"(?i:maires pour la paix)",
                         r"(?i:bürgermeister(?:innen und bürgermeister)? für (?:den )?frieden)",
                         r"(?i:alcaldes por la paz)", r"(?i:sindaci per la pace)"],
    # "energy cities" is also an ordinary phrase ("20 energy cities on five continents"): only the capitalised name
    "energy-cities": [r"Energy Cities", r"ENERGY CITIES", r"(?i:énergie[- ]cités)", r"(?i:energie[- ]cités)"],
    "iclei": [r"ICLEI(?:\s*[-–—]\s*(?i:local governments for sustainability))?"],
    "strong-cities-network": [r"(?i:strong cities network)", r"(?i:strong cities)"],
    "unesco-creative-cities-network": [
        r"(?i:unesco creative cities network)", r"(?i:creative cities network)",
        r"(?i:réseau des villes créatives(?: de l['’]unesco)?)", r"(?i:red de ciudades creativas(?: de la unesco)?)",
        r"(?i:rete (?:delle )?città creative(?: (?:dell['’])?unesco)?)",
        r"(?i:ciudad(?:es)? creativas? de la unesco)", r"(?i:villes? créatives? (?:de l['’])?unesco)",
        r"(?i:città creativ[ae] (?:dell['’])?unesco)", r"(?i:netzwerke?s? (?:der )?kreativen städte(?: der unesco)?)",
        r"(?i:unesco-netzwerk (?:der )?kreativen städte)",
        # the title the network gives its members: "a UNESCO City of Literature"
        r"(?i:unesco (?:creative )?city of (?:literature|film|music|design|gastronomy|crafts and folk art"
        r"|media arts))",
        # the same titles in the other languages: "Ciudad Creativa de la Gastronomía", "Ville créative de la musique"
        r"(?i:ciudad creativa (?:de la (?:gastronomía|música|literatura)|del (?:cine|diseño)))",
        r"(?i:ville créative (?:de la (?:gastronomie|musique|littérature)|du (?:cinéma|film|design)))",
        r"(?i:città creativa (?:per la|della) (?:gastronomia|musica|letteratura)|città creativa (?:per il|del) "
        r"(?:cinema|design))"],
    "fast-track-cities": [r"(?i:fast[- ]track cities)", r"(?i:villes? fast[- ]track)",
                          r"(?i:ciudad(?:es)? fast[- ]track)", r"(?i:città fast[- ]track)"],
    "luci": [r"LUCI(?: Association)?", r"(?i:lighting urban community international)"],
    "world-cities-culture-forum": [r"(?i:world cities culture forum)"],
    "medcities": [r"(?i:medcit(?:ies|és))"],  # "MedCités" on French pages
    "cities-for-mobility": [r"(?i:cities for mobility)"],
    "cities-for-children": [r"(?i:cities for children)"],
    "cities-for-life": [r"(?i:cities for life)", r"(?i:villes pour la vie)", r"(?i:città per la vita)",
                        r"(?i:ciudades por la vida)"],
    "climate-alliance": [r"(?i:climate alliance)", r"(?i:klima-?bündnis(?:ses)?)",
                         r"(?i:alliance pour le climat)", r"(?i:alianza (?:del|por el) clima)",
                         r"(?i:alleanza per il clima)"],
    "covenant-of-mayors": [r"(?i:covenant of mayors)", r"(?i:convention des maires)",
                           r"(?i:konvents? der bürgermeister(?:innen und bürgermeister)?)",
                           r"(?i:bürgermeisterkonvents?)",
                           # "alcaldías", "alcaldies": the gender-neutral Spanish and Catalan names
                           r"(?i:pacto de (?:los |las )?(?:alcaldes|alcaldías))", r"(?i:patto dei sindaci)",
                           r"(?i:pacte (?:dels alcaldes|d['’]alcaldies|de les alcaldies))"],
    "ucci": [r"UCCI", r"(?i:unión de ciudades capitales iberoamericanas)"],
    "mercociudades": [r"(?i:mercociudades)"],
    "owhc": [r"OWHC", r"OVPM", r"OCPM",
             r"(?i:organi[sz]ation (?:of|des) (?:world heritage cities|villes du patrimoine mondial))",
             r"(?i:organisation der welterbe-?städte)",
             r"(?i:organización de (?:las )?ciudades del patrimonio mundial)",
             r"(?i:organizzazione delle città del patrimonio mondiale)"],
    "delice": [r"(?i:délice)", r"DELICE"],
    "resilient-cities-network": [r"(?i:resilient cities network)", r"(?i:100 resilient cities)"],
    "global-parliament-of-mayors": [r"(?i:global parliament of mayors)", r"(?i:parlement mondial des maires)",
                                    r"(?i:parlamento (?:global|mundial) de (?:los )?alcaldes)",
                                    r"(?i:parlamento (?:globale|mondiale) dei sindaci)",
                                    r"(?i:globale[sn]? parlament der bürgermeister(?:innen und bürgermeister)?)",
                                    r"(?i:weltparlament der bürgermeister(?:innen und bürgermeister)?)"],
    "cites-unies-france": [r"(?i:cités unies france)"],
    "milan-urban-food-policy-pact": [r"(?i:milan urban food policy pact)", r"MUFPP", r"(?i:patto (?:di|de) milano)",
                                     r"(?i:pacte de milan)", r"(?i:pacto de milán)",
                                     r"(?i:mailänder (?:pakt|abkommen))",
                                     # the pact's long name in the other languages
                                     r"(?i:pacto de política alimentaria urbana de milán)",
                                     r"(?i:pacte de politique alimentaire urbaine de milan)",
                                     r"(?i:patto (?:sulla|per la) politica alimentare urbana di milano)"],
    "unesco-global-network-of-learning-cities": [
        r"(?i:unesco global network of learning cities)", r"(?i:global network of learning cities)",
        r"(?i:réseau mondial (?:unesco )?des villes apprenantes)",
        r"(?i:red mundial (?:unesco )?de ciudades del aprendizaje)",
        r"(?i:rete globale (?:unesco )?delle città dell['’]apprendimento)",
        r"(?i:globale[sn]? netzwerk (?:der )?lernende[rn]? städte)",
        r"(?i:unesco learning city)", r"(?i:villes? apprenantes? (?:de l['’])?unesco)"],
    # Networks European, francophone and Latin American cities commonly belong to. Where a name is also an ordinary
    # phrase ("healthy cities", "intercultural cities", "sister cities"), only its capitalised or complete form counts.
    "cemr": [r"(?i:council of european municipalities and regions)",
             r"(?i:conseil des communes et (?:des )?régions d['’]europe)",
             r"(?i:rat(?:e?s)? der gemeinden und regionen europas)",
             r"(?i:consejo de (?:los )?municipios y (?:las )?regiones de europa)",
             r"(?i:consiglio dei comuni e delle regioni d['’]europa)", r"CEMR", r"CCRE", r"RGRE", r"CMRE"],
    "afccre": [r"(?i:association française du conseil des communes et (?:des )?régions d['’]europe)", r"AFCCRE"],
    # its Italian section, an association of its own ("AICCRE - Associazione Italiana per il Consiglio dei Comuni e
    # delle Regioni d'Europa"): its seat and its members' joinings are not CEMR's
    "aiccre": [r"(?i:associazione italiana per il consiglio dei comuni e (?:delle )?regioni d['’]europa)", r"AICCRE"],
    "eccar": [r"(?i:european coalition of cities against racism)",
              r"(?i:coalition européenne des villes contre le racisme)",
              r"(?i:europäische[n]? städte-?koalition gegen rassismus)",
              r"(?i:coalición europea de ciudades contra el racismo)",
              r"(?i:coalizione europea (?:delle |di |dei )?città contro (?:il )?razzismo)", r"ECCAR"],
    "iccar": [r"(?i:international coalition of (?:inclusive and sustainable cities|cities against racism))",
              r"(?i:coalition internationale des villes (?:inclusives et durables|contre le racisme))",
              r"(?i:internationale[n]? städte-?koalition gegen rassismus)",
              r"(?i:coalición internacional de ciudades (?:inclusivas y sostenibles|contra el racismo))",
              r"(?i:coalizione internazionale delle città (?:inclusive e sostenibili|contro (?:il )?razzismo))",
              r"ICCAR"],
    "union-of-baltic-cities": [r"(?i:union of (?:the )?baltic cities)", r"(?i:union des villes (?:de la )?baltique)",
                               r"(?i:union der ostseestädte)", r"(?i:unión de (?:las )?ciudades del báltico)",
                               r"(?i:unione delle città (?:del )?baltic(?:he|o))"],
    "who-healthy-cities": [r"WHO (?:European )?Healthy Cities(?: Network)?", r"European Healthy Cities Network",
                           r"Healthy Cities [Nn]etwork",
                           r"(?i:réseau (?:français |européen )?des villes[- ]santé(?: de l['’]oms| oms)?)",
                           r"(?i:villes[- ]santé (?:de l['’]oms|oms))",
                           r"(?i:gesunde[nr]? städte[- ]?netzwerk(?:e?s)?)",
                           r"(?i:red (?:española |europea )?de ciudades saludables)",
                           r"(?i:rete (?:italiana |europea )?(?:delle )?città sane)",
                           # the project's name with its owner: "Città Sane dell'Organizzazione Mondiale della Sanità"
                           r"(?i:città sane dell['’](?:oms|organizzazione mondiale della sanità))",
                           r"(?i:ciudades saludables de la (?:oms|organización mundial de la salud))"],
    "intercultural-cities": [r"Intercultural Cities", r"INTERCULTURAL CITIES", r"Cités [Ii]nterculturelles",
                             r"(?i:réseau des (?:villes|cités) interculturelles)", r"Interkulturelle[n]? Städte",
                             r"(?i:red (?:española )?de ciudades interculturales)", r"Ciudades Interculturales",
                             r"(?i:rete (?:italiana )?(?:delle )?città interculturali)", r"Città Interculturali"],
    "cittaslow": [r"(?i:cittaslow)", r"(?i:città slow)"],
    "rainbow-cities-network": [r"(?i:rainbow cities(?: network)?)", r"(?i:réseau des villes arc-en-ciel)",
                               r"(?i:regenbogenstädte(?:-?netzwerk(?:e?s)?)?)",
                               r"(?i:red de ciudades arco ?[íi]ris)", r"(?i:rete (?:delle )?città arcobaleno)"],
    "age-friendly-cities": [r"WHO (?i:global network (?:for|of) age[- ]friendly cities(?: and communities)?)",
                            r"(?i:global network (?:for|of) age[- ]friendly cities(?: and communities)?)",
                            r"(?i:réseau mondial (?:de l['’]oms |oms )?(?:des|pour les) villes(?: et communautés)?"
                            r"[- ]amies des aînés)",
                            r"(?i:globale[sn]? netzwerk (?:der )?altersfreundliche[rn]? städte(?: und gemeinden)?)",
                            r"(?i:red mundial (?:de la oms )?(?:de|para las) ciudades y comunidades amigables con las"
                            r" personas mayores)",
                            r"(?i:rete mondiale (?:dell['’]oms )?(?:delle|per le) città (?:e comunità )?amiche"
                            r" (?:degli anziani|delle persone anziane))"],
    "child-friendly-cities": [r"(?i:unicef child[- ]friendly cit(?:ies|y))",
                              r"(?i:child[- ]friendly cities initiative)",
                              r"Child[- ]Friendly Cit(?:ies|y)", r"(?i:villes? amies? des enfants)",
                              r"Kinderfreundliche[n]? (?:Kommunen?|Gemeinden?)",
                              r"(?i:ciudad(?:es)? amigas? de la infancia)",
                              r"(?i:città amic(?:a|he) dei bambini(?: e degli adolescenti)?)"],
    "global-covenant-of-mayors": [r"(?i:global covenant of mayors(?: for climate (?:&|and) energy)?)",
                                  r"(?i:convention mondiale des maires(?: pour le climat et l['’]énergie)?)",
                                  r"(?i:globale[nr]? konvents? der bürgermeister(?:innen und bürgermeister)?)",
                                  r"(?i:pacto (?:global|mundial) de (?:los |las )?(?:alcaldes|alcaldías))",
                                  r"(?i:patto globale dei sindaci)",
                                  # its short name, capitalised ("the Global Covenant, which Wellington signed")
                                  r"Global Covenant"],
    "arab-towns-organization": [r"(?i:arab towns organi[sz]ation)", r"(?i:organi[sz]ation des villes arabes)",
                                r"(?i:organización de (?:las )?ciudades árabes)",
                                r"(?i:organizzazione delle città arabe)", r"(?i:organisation arabischer städte)"],
    "sister-cities-international": [r"(?i:sister cities international)"],
    "cideu": [r"CIDEU", r"(?i:centro iberoamericano de desarrollo estratégico urbano)"],
    "iaec": [r"(?i:international association of educating cities)",
                         r"(?i:association internationale des villes éducatrices)",
                         r"(?i:asociación internacional de ciudades educadoras)",
                         r"(?i:associazione internazionale (?:delle )?città educative)",
                         r"(?i:red (?:estatal |española |latinoamericana )?de ciudades educadoras)",
                         r"Ciudades Educadoras", r"AICE", r"AIVE", r"IAEC",
                         # its short names, capitalised ("la ciudad educadora" is the idea it stands for)
                         r"Ciudad Educadora", r"Villes? [EÉeé]ducatrices?", r"Città [Ee]ducativ[ae]",
                         r"(?i:rete (?:italiana )?delle città educative)",
                         r"(?i:réseau français des villes éducatrices)", r"Educating Cities"],
    "douzelage": [r"(?i:douzelage)"],
    "walled-towns-friendship-circle": [r"(?i:walled towns friendship circle)", r"WTFC"],
    # Networks of neighbouring cities across borders and of a country's largest cities; "core cities" is also an
    # ordinary phrase, so only its capitalised form counts.
    "quattropole": [r"(?i:quattropole)"],
    "core-cities-uk": [r"Core Cities(?: UK)?", r"CORE CITIES(?: UK)?"],
    "scottish-cities-alliance": [r"(?i:scottish cities alliance)"],
    # Networks of cities sharing a trait or a region: energy cities, university cities, the Alps' municipalities; and a
    # country's local authorities for peace.
    "world-energy-cities-partnership": [r"(?i:world energy cities partnership)", r"WECP"],
    "eunivercities": [r"(?i:eunivercities)"],
    "allianz-in-den-alpen": [r"(?i:allianz in den alpen)", r"(?i:alliance (?:in|of) the alps)",
                             r"(?i:alliance dans les alpes)", r"(?i:alleanza nelle alpi)",
                             r"(?i:alianza en los alpes)"],
    "coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani": [
        r"(?i:coordinamento nazionale (?:degli )?enti locali per la pace(?: e i diritti umani)?)"],
    # Thematic networks of European cities: transport, port cities, digital rights, medium-sized towns, the
    # Mediterranean's local governments. "Polis" alone is a word of many languages: only the network's capitals or its
    # noun.
    "polis": [r"POLIS(?![-‐])", r"(?i:polis network)", r"(?i:réseau polis)", r"(?i:polis-netzwerk(?:e?s)?)",
              r"(?i:red polis)", r"(?i:rete polis)", r"(?i:cities and regions for transport innovation)"],
    "aivp": [r"AIVP", r"(?i:association internationale (?:des )?villes (?:et|&) ports)",
             r"(?i:associazione internazionale (?:delle )?città e porti)",
             r"(?i:asociación internacional (?:de )?ciudades y puertos)",
             r"(?i:international association of cities and ports)",
             r"(?i:worldwide network of port cities)", r"(?i:réseau mondial des villes portuaires)",
             r"(?i:red mundial de (?:las )?ciudades portuarias)", r"(?i:rete mondiale delle città portuali)",
             r"(?i:weltweite[sn]? netzwerk (?:der )?hafenstädte)"],
    "cities-coalition-for-digital-rights": [
        r"(?i:cities coalition for digital rights)", r"CC4DR",
        r"(?i:coalition des villes pour les droits numériques)",
        r"(?i:coalición de (?:las )?ciudades por los derechos digitales)",
        r"(?i:coalizione delle città per i diritti digitali)",
        r"(?i:städte-?koalition für digitale rechte)"],
    "eurotowns": [r"(?i:eurotowns)"],
    "arco-latino": [r"Arco Latino", r"ARCO LATINO"],
    # Latin America's federation of local governments and its alliance with European cities
    "flacma": [r"FLACMA",
               r"(?i:federación latinoamericana de ciudades,? municipios y asociaciones(?: de gobiernos locales)?)",
               r"(?i:fédération latino-américaine des villes,? municipalités et associations(?: de gouvernements"
               r" locaux)?)",
               r"(?i:latin american federation of cities,? municipalities and (?:local government )?associations)"],
    "al-las": [r"AL-LAs", r"AL-LAS", r"(?i:alianza euro-?latinoamericana de cooperación entre ciudades)",
               r"(?i:euro-latin american alliance (?:of|for) cooperation between cities)",
               r"(?i:alliance euro-latino-américaine de coopération entre (?:les )?villes)"],
    # National networks francophone cities belong to: Mayors for Peace's French chapter, the francophone network of
    # age-friendly cities (not the WHO's global network, which it is affiliated to).
    "afcdrp": [r"AFCDRP", r"(?i:association française des communes,? départements et régions pour la paix)"],
    "rfvaa": [r"RFVAA", r"(?i:réseau francophone des villes amies des aînés)"],
    # Networks of a country's or a region's cities: "key cities" is also an ordinary phrase, and "Avviso pubblico" the
    # Italian for a public notice, so only their capitalised names count, the latter as an association's ("Avviso
    # Pubblico – Enti locali ...", "l'associazione Avviso Pubblico"); an "EUREGIO" followed by another name is another
    # cross-border region ("EUREGIO Maas-Rhein").
    "key-cities": [r"Key Cities", r"KEY CITIES"],
    "uk100": [r"UK100"],
    "international-cities-of-peace": [r"(?i:international cit(?:ies|y) of peace)",
                                      r"(?i:villes? internationales? de (?:la )?paix)",
                                      r"(?i:ciudad(?:es)? internacional(?:es)? de (?:la )?paz)",
                                      r"(?i:città internazional[ei] (?:della|di) pace)",
                                      r"(?i:internationale[n]? städte? des friedens)"],
    "avviso-pubblico": [r"Avviso Pubblico(?=\s*[–—.,:-]\s*(?i:(?:la\s+|l['’])?(?:enti locali|rete|associazione)))",
                        r"(?i:associazione avviso pubblico)",
                        r"(?i:rete avviso pubblico)",
                        # the name alone after the preposition of a membership ("aderisce ad Avviso Pubblico",
                        # "socia di Avviso Pubblico, la rete"), ending its clause: "un Avviso Pubblico per ...",
                        # "l'Avviso Pubblico n. 3" are notices, "Avviso Pubblico Toscana" a regional coordination
                        r"Avviso Pubblico(?:(?<=(?:ad|di|da) Avviso Pubblico)|(?<=con Avviso Pubblico))"
                        r"(?=\s*(?:[.,;)»”]|$))",
                        # the subject of a network's verb or of its founding, which no notice has: "Avviso Pubblico
                        # riunisce circa 550 tra Comuni, ...", "Avviso Pubblico conta oltre 500 enti soci", "Avviso
                        # Pubblico è nata nel 1996", "Avviso Pubblico, fondata nel 1996"
                        r"Avviso Pubblico(?<![Ll]['’]Avviso Pubblico)(?<![Uu]n Avviso Pubblico)"
                        r"(?=,?\s+(?:riunisce|conta|associa|raggruppa|rappresenta|è\s+nata|nacque|nasce"
                        r"|è\s+stata\s+(?:fondata|costituita)|fondata|costituita|è\s+la\s+rete|è\s+l['’]associazione)\b)"],
    "euregio": [r"EUREGIO(?![\s-]*[A-Z])"],
    "reseau-art-nouveau-network": [r"(?i:réseau art nouveau(?: network)?)", r"(?i:art nouveau network)",
                                   r"(?i:red art nouveau)", r"(?i:rete art nouveau)", r"RANN"],
    # National associations of local governments, which cities list among their networks. The Big City Mayors' Caucus
    # is a caucus of the FCM's, named with its owner's acronym before it ("FCM Big City Mayors' Caucus"): listed before
    # the FCM, so that the longer name is tried first.
    "big-city-mayors-caucus": [r"FCM(?:['’]s)? Big City Mayors['’]? Caucus", r"Big City Mayors['’]? Caucus",
                               r"BCMC",
                               r"(?i:caucus des maires des grandes villes)"],
    "federation-of-canadian-municipalities": [r"(?i:federation of canadian municipalities)",
                                              r"(?i:fédération canadienne des municipalités)", r"FCM"],
    "union-des-municipalites-du-quebec": [r"(?i:union des municipalités du québec)",
                                          r"(?i:union of qu[ée]bec municipalities)", r"UMQ"],
    "federation-quebecoise-des-municipalites": [r"(?i:fédération québécoise des municipalités)", r"FQM"],
    "uvicoci": [r"UVICOCI", r"(?i:union des villes et communes de côte d['’]ivoire)"],
    "association-nationale-des-communes-du-benin": [r"(?i:association nationale des communes du bénin)", r"ANCB"],
    # "l'association des maires de France" is any such association: only the capitalised name
    "association-des-maires-de-france": [r"Association des [Mm]aires de France", r"AMF"],
    "union-des-villes-et-communes-de-wallonie": [r"(?i:union des villes et communes de wallonie)", r"UVCW"],
    "deutscher-stadtetag": [r"(?i:deutsche[nr]? städtetag(?:e?s)?)", r"(?i:german association of cities)"],
    "deutscher-stadte-und-gemeindebund": [r"(?i:deutsche[nr]? städte- und gemeindebund(?:e?s)?)", r"DStGB"],
    "osterreichischer-stadtebund": [r"(?i:österreichische[nr]? städtebund(?:e?s)?)",
                                    r"(?i:austrian association of cities and towns)"],
    "schweizerischer-stadteverband": [r"(?i:schweizerische[nr]? städteverband(?:e?s)?)",
                                      r"(?i:union des villes suisses)", r"(?i:unione delle città svizzere)"],
    # "ANCI Toscana": a region's own association
    "associazione-nazionale-comuni-italiani": [r"(?i:associazione nazionale (?:dei )?comuni italiani)",
                                               rf"ANCI(?!\s+(?!{_ITALIAN_REGION})[A-Z])"],
    "federacion-espanola-de-municipios-y-provincias": [
        r"(?i:federación española de municipios y provincias)", r"FEMP"],
    "local-government-association": [r"Local Government Association(?! of)"],
    # The league of Hanseatic towns founded in 1980, not the medieval Hanse ("die Hanse" of merchants): by the league's
    # noun with its name, or its name as it writes it, in capitals.
    "die-hanse": [r"(?i:städtebund(?:es)? die hanse)", r"DIE HANSE",
                  # the league's own names for itself: "die „Neue Hanse“", "die Hanse der Neuzeit"
                  r"Neue[n]? Hanse", r"(?i:hanse der neuzeit)"],
    "efus": [r"(?i:european forum for urban security)", r"(?i:forum européen pour la sécurité urbaine)",
             r"(?i:europäische[sn]? forum(?:s)? für urbane sicherheit)", r"(?i:foro europeo para la seguridad urbana)",
             r"(?i:forum europeo per la sicurezza urbana)", r"Efus", r"EFUS"],
    "organisation-des-villes-et-capitales-islamiques": [
        r"(?i:organisation des (?:villes et capitales|capitales et villes) islamiques)",
        r"(?i:organi[sz]ation of islamic (?:capitals and cities|cities and capitals))",
        r"(?i:organización de (?:capitales y ciudades|ciudades y capitales) islámicas)",
        r"(?i:organizzazione delle (?:capitali e (?:delle )?città|città e (?:delle )?capitali) islamiche)",
        r"OICC", r"OVCI"],
    # National and regional associations of local governments that a city's networks page lists. "France urbaine" is
    # also "urban France" ("la France urbaine et rurale") and "villes de France" any of the country's towns: only the
    # association's name with no article before it. ALI and UPI (Italy) and LGA are words or other bodies as
    # acronyms: only their names.
    "local-government-new-zealand": [r"(?i:local government new zealand)", r"LGNZ"],
    "nova-scotia-federation-of-municipalities": [r"(?i:nova scotia federation of municipalities)", r"NSFM"],
    "australian-local-government-association": [r"(?i:australian local government association)",
                                                 r"ALGA(?!\s+[A-ZÀ-Ý])"],
    "south-african-local-government-association": [r"(?i:south african local government association)", r"SALGA"],
    "welsh-local-government-association": [r"(?i:welsh local government association)", r"WLGA"],
    "convention-of-scottish-local-authorities": [r"(?i:convention of scottish local authorities)", r"COSLA"],
    "france-urbaine": [r"France urbaine(?<![Ll]a France urbaine)(?!\s+(?:et|ou)\s+(?:la\s+)?(?:France\s+)?rurale)",
                       r"FRANCE URBAINE"],
    "villes-de-france": [r"Villes de France(?<![Ll]es Villes de France)(?<![Dd]es Villes de France)"
                         r"(?<![Aa]ux Villes de France)"],
    "brulocalis": [r"(?i:brulocalis)",
                   r"(?i:association de la ville et des communes de la région de bruxelles-capitale)"],
    "vvsg": [r"VVSG", r"(?i:vereniging van vlaamse steden en gemeenten)"],
    "deutscher-landkreistag": [r"(?i:deutsche[nr]? landkreistag(?:e?s)?)"],
    "bayerischer-stadtetag": [r"(?i:bayerische[nr]? städtetag(?:e?s)?)"],
    "osterreichischer-gemeindebund": [r"(?i:österreichische[nr]? gemeindebund(?:e?s)?)"],
    "schweizerischer-gemeindeverband": [r"(?i:schweizerische[nr]? gemeindeverband(?:e?s)?)",
                                        r"(?i:association des communes suisses)",
                                        r"(?i:associazione dei comuni svizzeri)"],
    "unione-delle-province-d-italia": [r"(?i:unione delle province d['’]italia)"],
    "autonomie-locali-italiane": [r"(?i:autonomie locali italiane)", r"(?i:lega delle autonomie locali)",
                                  r"(?i:legautonomie)"],
    # Networks of a country's cities sharing a heritage, a product or a cause
    "grupo-de-ciudades-patrimonio-de-la-humanidad-de-espana": [
        r"(?i:grupo de ciudades patrimonio de la humanidad(?: de españa)?)",
        r"(?i:group of world heritage cities of spain)", r"(?i:spain['’]s world heritage cities group)"],
    "associazione-beni-italiani-patrimonio-mondiale-unesco": [
        r"(?i:associazione (?:dei )?beni italiani (?:del )?patrimonio mondiale(?: unesco)?)"],
    "association-des-biens-francais-du-patrimoine-mondial": [
        r"(?i:association des biens français du patrimoine mondial)", r"ABFPM"],
    "associazione-nazionale-citta-del-vino": [r"(?i:associazione nazionale (?:delle )?città del vino)",
                                              r"Città del Vino"],
    "associazione-nazionale-citta-dell-olio": [r"(?i:associazione nazionale (?:delle )?città dell['’]olio)",
                                               r"Città dell['’]Olio"],
    "red-espanola-de-ciudades-por-el-clima": [r"(?i:red española de ciudades por el clima)"],
    "kommunen-fur-biologische-vielfalt": [r"(?i:kommunen für biologische vielfalt)"],
    "city-of-sanctuary-uk": [r"City of Sanctuary(?: UK)?", r"CITY OF SANCTUARY(?: UK)?"],
    # International networks: "Antarctic gateway cities" and "the major cities of Europe" are also ordinary phrases:
    # only their capitalised names
    "forum-delle-citta-dell-adriatico-e-dello-ionio": [
        r"(?i:forum delle città dell['’]adriatico e dello ionio)",
        r"(?i:forum of (?:the )?adriatic and ionian cities(?: and towns)?)", r"FAIC"],
    "antarctic-gateway-cities": [r"Antarctic Gateway Cities(?: [Pp]artnership)?"],
    # "great wine capitals" and "partners for climate protection" are also ordinary phrases: only the capitalised
    # names, and their translations
    "great-wine-capitals-global-network": [r"Great Wine Capitals(?: Global Network)?",
                                           r"(?i:red de (?:las )?grandes capitales del vino)",
                                           r"(?i:réseau des grandes capitales du vin)",
                                           r"(?i:rete delle grandi capitali del vino)"],
    "partners-for-climate-protection": [r"Partners for Climate Protection",
                                        r"(?i:partenaires dans la protection du climat)"],
    "newcastles-of-the-world": [r"(?i:newcastles of the world)"],
    "major-cities-of-europe": [r"Major Cities of Europe(?:\s*[–—-]?\s*IT Users? Group)?"],
    "international-association-of-peace-messenger-cities": [
        r"(?i:international association of peace messenger cities)", r"IAPMC",
        r"(?i:internationale[nr]? vereinigung (?:der )?friedensbotschafterstädte)",
        r"(?i:association internationale des villes messagères de (?:la )?paix)"],
}

# Networks that are an initiative or a pact the cities sign, not an association they join: what a page calls "the
# initiative" or "the pact" under their name is them.
INITIATIVES = frozenset({"covenant-of-mayors", "global-covenant-of-mayors", "milan-urban-food-policy-pact",
                         "fast-track-cities", "child-friendly-cities"})
# Networks that are a programme the cities take part in: what a page calls "the programme" under their name is them.
PROGRAMMES = frozenset({"partners-for-climate-protection", "intercultural-cities"})


def _leading_literal(spelling: str, length: int = 2) -> tuple[str, bool]:
    """The first `length` literal characters of a spelling's pattern, and whether it ignores case."""
    ignores_case = spelling.startswith("(?i:")
    pattern, literal, position = spelling.removeprefix("(?i:"), "", 0
    while len(literal) < length and position < len(pattern) and pattern[position] not in "([?*+{|)":
        escaped = pattern[position] == "\\"
        literal += pattern[position + escaped]
        position += 1 + escaped
    return literal, ignores_case


# One regex group per spelling, named after its network ("mayors-for-peace" -> "mayors_for_peace_0": group names
# are identifiers).
_NETWORK_OF_GROUP = {f"{network_id.replace('-', '_')}_{index}": network_id
                     for network_id, spellings in KNOWN_NETWORKS.items() for index in range(len(spellings))}


def _split_start(spelling: str) -> tuple[str, str]:
    """A spelling's first two characters, in lower case, and the pattern of the rest: "(?i:eurocities)" -> ("eu",
    "(?i:rocities)"); a spelling with its case looks back at its first two: "CGLU" -> ("cg", "(?<=CG)LU")."""
    literal, ignores_case = _leading_literal(spelling)
    pattern, position = spelling.removeprefix("(?i:"), 0
    for _ in literal:
        position += 2 if pattern[position] == "\\" else 1
    rest = pattern[position:]
    if len(literal) < 2 or not re.fullmatch(r"\w", literal[0]) or rest[:1] in ("?", "*", "+", "{"):
        raise ValueError(f"a network spelling must start with a word character and one more of its own: {spelling!r}")
    return literal.lower(), ("(?i:" + rest) if ignores_case else f"(?<={re.escape(literal)}){rest}"


def _either_case(character: str) -> str:
    return f"[{re.escape(character)}{re.escape(character.upper())}]"


# The characters a case-blind spelling's ASCII letter matches: itself and its other case, and for "i", "k" and "s" also
# "İ", "ı", "K" (Kelvin) and "ſ", so a class of those characters tests them as the spelling does.
_CASE_BLIND_LETTERS = {letter: frozenset((letter, letter.upper())) for letter in "abcdefghjlmnopqrtuvwxyz"} | {
    "i": frozenset("iIİı"), "k": frozenset("kK\u212a"), "s": frozenset("sS\u017f")}
_QUANTIFIERS = ("?", "*", "+", "{")


def _alternates_at_top(pattern: str) -> bool:
    """`pattern` has an alternation of its own, outside its groups and classes ("eurocities|eurocity")."""
    depth, position, in_class = 0, 0, False
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth <= 0:
            return True
        position += 1
    return False


def _characters_after_the_start(spelling: str) -> list[tuple[frozenset[str], str]]:
    """The characters a spelling must match after its first two, one by one while each is a plain literal (no
    quantifier after it, the spelling no alternation of its own): each as the characters it matches there, with the
    pattern of the rest after it (a spelling with its case looks back at what it has matched, as `_split_start`)."""
    ignores_case = spelling.startswith("(?i:")
    pattern = spelling.removeprefix("(?i:")
    if _alternates_at_top(pattern):
        return []
    literal, _ = _leading_literal(spelling)  # the first two, which `_split_start` tests
    position = 0
    for _ in literal:
        position += 2 if pattern[position] == "\\" else 1
    characters = []
    while position < len(pattern):
        escaped = pattern[position] == "\\"
        char = pattern[position + escaped] if position + escaped < len(pattern) else ""
        if not char or (char.isalnum() if escaped else char in ".^$([?*+{|)]"):
            break
        after = pattern[position + 1 + escaped:]
        if after.startswith(_QUANTIFIERS):
            break
        if not ignores_case or char.lower() == char.upper():
            matched = frozenset(char)
        elif char.lower() in _CASE_BLIND_LETTERS:
            matched = _CASE_BLIND_LETTERS[char.lower()]
        else:
            break
        literal += char
        position += 1 + escaped
        characters.append((matched, ("(?i:" + after) if ignores_case else f"(?<={re.escape(literal)}){after}"))
    return characters


def _by_next_characters(spellings: list[tuple[str, str, list[tuple[frozenset[str], str]]]], depth: int = 0) -> str:
    """The spellings (group, pattern of the rest, characters after the start) that share the characters before
    `depth`, as alternatives grouped by their character there: in the vocabulary's order, but for spellings that no
    text matches both of at one place (their characters there differ), each group behind a class of that character.
    The engine rejects a class by one test, where it would enter each spelling's group to fail on its first letter."""
    alternatives: list[str] = []
    classes: list[tuple[frozenset[str], list]] = []  # the run of spellings grouped by their character at `depth`

    def close_the_run() -> None:
        alternatives.extend("[" + "".join(map(re.escape, sorted(matched))) + "](?:" + _by_next_characters(
            grouped, depth + 1) + ")" for matched, grouped in classes)
        classes.clear()

    for group, rest, characters in spellings:
        if depth >= len(characters):
            close_the_run()
            alternatives.append(f"(?P<{group}>{rest})")
            continue
        matched, rest_after = characters[depth]
        same = next((grouped for other, grouped in classes if other == matched), None)
        if same is None and any(other & matched for other, _ in classes):
            close_the_run()  # a character both classes match: the spellings keep their order
        if same is None:
            classes.append((matched, same := []))
        same.append((group, rest_after, characters))
    close_the_run()
    return "|".join(alternatives)


def _by_first_characters(spellings: dict[str, str]) -> str:
    """The spellings (by group name) as alternatives grouped by their first character, then by their second, each
    group behind that character in both cases, then by their next characters as long as they are plain literals: a
    word start tries only the spellings that begin with its letters, in the vocabulary's order, and the engine rejects
    every other group by one character alone."""
    groups: dict[str, dict[str, list]] = {}
    for group, spelling in spellings.items():
        start, rest = _split_start(spelling)
        groups.setdefault(start[0], {}).setdefault(start[1], []).append(
            (group, rest, _characters_after_the_start(spelling)))
    return "|".join(
        _either_case(first) + "(?:" + "|".join(f"{_either_case(second)}(?:{_by_next_characters(alternatives)})"
                                               for second, alternatives in seconds.items()) + ")"
        for first, seconds in groups.items())


_SPELLINGS = _by_first_characters(dict(zip(_NETWORK_OF_GROUP, (spelling for spellings in KNOWN_NETWORKS.values()
                                                                  for spelling in spellings), strict=True)))
# Every spelling starts with a word character, so a match starts at a word boundary: the cheap \b test comes first.
# The spellings' first two characters are tested once, before the rest: elsewhere no spelling is tried.
_KNOWN = re.compile(rf"\b(?<![\w.])(?:{_SPELLINGS})(?!\w)")

# A network the vocabulary does not know yet, introduced by name: "le réseau Energy Cities",
# "the Mayors for Peace network", "le réseau « Villes Lumière »"; an ampersand joins its words ("Sites & Cités").
_CAPITALISED_NAME = r"[A-Z][\w&\-]*(?:\s+(?:(?:for|of|de|des|du|and|et|the|pour|&)\s+)?[A-Z0-9][\w&\-]*)*"
_QUOTED_NAME = r"[«“„\"]\s*(?P<name_quoted>\w[^«»“”„\"\n]{2,60}?)\s*[»”“\"]"
# Every introduction starts a word: one word-start test first, not one per introduction at every position.
_UNKNOWN = re.compile(
    rf"\b(?:(?i:\b(?=[ldautni])(?:le|du|au|un|the|das|dem|im|la|el|del|nella|della)\s+(?:réseau|netzwerk|städtenetzwerk"
    rf"|städtenetz|red|rete)\s+(?:(?:de|des|di|delle)\s+(?:villes|ciudades|città)\s+)?)(?P<name>{_CAPITALISED_NAME})"
    # "le réseau européen « Villes amies des aînés »", "the “Cities for Global Health” network"
    rf"|(?i:\b(?=[ldautnie])(?:le|du|au|un|une|the|das|dem|im|einem|la|el|del|nella|della|alla|al|una)\s+(?:réseau"
    rf"|network|netzwerk|städtenetzwerk|städtenetz|red|rete)(?:\s+[a-zà-ÿ]+){{0,2}}\s*){_QUOTED_NAME}"
    rf"|(?i:\bthe)\s+[“\"](?P<name_quoted_en>\w[^“”\"\n]{{2,60}}?)[”\"]\s+(?i:network)\b"
    # "der Städtebund Die Hanse", "im Städtebund Die Hanse"
    rf"|(?i:\b(?=[dia])(?:der|dem|des|im|am)\s+städtebund(?:es)?\s+)(?P<name_de>{_CAPITALISED_NAME})"
    rf"|(?i:\bthe)\s+(?P<name_en>{_CAPITALISED_NAME})\s+(?i:network)\b"
    # German compounds naming the cities they gather: "im Hanse-Städtebund", "des QuattroPole-Städtenetzes"
    rf"|\b(?P<name_compound>[A-ZÄÖÜ]\w*(?:-\w+){{0,3}}-Städte(?:netzwerk|netz|bund|verband|koalition|bündnis))"
    rf"(?:e?s)?\b)")
_UNKNOWN_GROUPS = ("name", "name_quoted", "name_quoted_en", "name_de", "name_en", "name_compound")

_NETWORK_WORDS = ("réseau", "network", "netzwerk", "red ", "rete ", "städte")  # what an unknown network's
# introduction needs

# A network's name followed by its acronym: "Red de Ciudades por el Clima (RCC)", "Réseau des villes
# universitaires de France (RVUF)": up to twenty words before the parenthesis (a long official name, whose acronym
# may spell only its opening words), the name being the run whose words spell the acronym; a region's letters may
# follow the acronym after a dash ("AGFK-BW" for "... in Baden-Württemberg").
_NAME_BEFORE_ACRONYM = re.compile(
    r"(?P<words>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){1,19})\s*\((?P<acronym>[A-Z]{2,8}(?:-[A-Z]{1,4})?)\)")
_TOKEN = re.compile(r"[\w'’-]+")
_ELIDED = re.compile(r"\w{1,4}['’]")  # "l'", "d'", "all'", "dell'"
_APOSTROPHE_SPLIT = re.compile(r"['’]")
_SMALL_WORDS = frozenset("de des du del la las los le les el d l of for the and et y e i und für der die das per pour "
                         "por il di della delle dei degli dello en in on against contre contra gegen sur sobre "
                         "su".split())


@dataclass(frozen=True)
class NetworkMention:
    network_id: str
    name: str  # as written on the page
    start: int
    end: int
    part_of: str | None = None  # the network a regional or national section belongs to


# Letters that no decomposition brings to ASCII, written as their readers spell them in ASCII: "Sønderjylland" is
# "sonderjylland", not "snderjylland".
_UNDECOMPOSED_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                                       "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                                       # a typographic apostrophe separates words as the typewriter one does, so
                                       # "Ontario’s" and "Ontario's" give one id
                                       "’": "'", "‘": "'", "ʼ": "'"})


def slugify(name: str) -> str:
    """A network_id for a network the vocabulary does not know: "Energy Cities" -> "energy-cities"."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED_LETTERS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


# A name opening on the noun of an organisation of members, for a name found with its acronym: "Association nationale
# des communes de Guinée (ANCG)", "Unione dei Comuni (UDC)", "Federación Española de Municipios y Provincias (FEMP)".
_MEMBERS_ORGANISATION = re.compile(
    r"(?i:association|asociación|associazione|associació|union|unión|unione|unió|fédération|federation|federación"
    r"|federazione|federació|alliance|alianza|alleanza|aliança|ligue|league|liga|lega|lliga|coalition|coalición"
    r"|coalizione|coalició|verband|bund|arbeitsgemeinschaft"
    r"|vereinigung|consortium|consorcio|consorzio|coordination|coordinadora|coordinamento)\b")

# Any organisation's noun opens a name its acronym spells when the name says whom it gathers: "Forum delle Città
# dell'Adriatico e dello Ionio (FAIC)", "Organisation des Villes et Capitales Islamiques (OVCI)", "Organización
# Paraguaya de Cooperación Intermunicipal (OPACI)", whose word for cooperation between municipalities says it.
_ORGANISATION_OPENING = re.compile(r"(?i:union|unión|unione|association|asociación|associazione|alliance|alianza"
                                   r"|alleanza|organi[sz]ation|organización|organizzazione|forum|foro|conférence"
                                   r"|conference|conferencia|conferenza|conseil|council|consejo|consiglio)\b")
_BETWEEN_MUNICIPALITIES = re.compile(
    r"\b(?i:intermunicipal|intercommunal|intercomunal|intercomunale|interkommunal)e?s?\b")


def _abbreviates(initials: str, acronym: str) -> bool:
    """The acronym is made of the name's initials: in their order, in the order of another tongue ("Forum delle Città
    dell'Adriatico e dello Ionio", FAIC), or with a word giving two letters ("Organización PAraguaya de Cooperación
    Intermunicipal", OPACI); it opens on the name's first initial."""
    if initials == acronym:
        return True
    if not initials or acronym[:1] != initials[:1]:
        return False
    if sorted(initials) == sorted(acronym):
        return True
    letters = iter(acronym)
    return len(acronym) == len(initials) + 1 and all(initial in letters for initial in initials)


# A long official name's acronym may spell only its opening words, the complement after them left out: "Association
# nationale des Villes et Pays d'art et d'histoire et des villes à secteurs sauvegardés et protégés (ANVPAH)",
# "Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial y de los Centros Históricos (ANCMPM)". Four
# letters at least, and two words of the complement, so that a short acronym does not spell a name's start by chance.
_OPENING_ACRONYM_LETTERS = 4
_COMPLEMENT_WORDS = 2


def _spells_the_opening(initials: str, acronym: str) -> bool:
    return (len(acronym) >= _OPENING_ACRONYM_LETTERS and len(initials) >= len(acronym) + _COMPLEMENT_WORDS
            and initials.startswith(acronym))


# German acronyms take letters from a compound's parts and from a region's joined name: "Arbeitsgemeinschaft
# Fahrrad- und Fußgängerfreundlicher Kommunen in Baden-Württemberg (AGFK-BW)", where "Arbeitsgemeinschaft" gives A
# and G, "Baden-Württemberg" B and W, and "Fahrrad-", the first half of "Fahrrad- und Fußgängerfreundlicher", shares
# the letter of the word it is joined to. Every word gives its initial, then letters of its own in order.
def _spelled_by_compounds(words: list[str], acronym: str) -> bool:
    """`acronym` (its letters, no dash) spelled by `words`, a word giving its initial and letters of its own after."""
    letters = acronym.casefold()
    if len(letters) < 3 or len(letters) <= len(words):
        return False  # one letter a word is what `_abbreviates` reads

    def spells(word_index: int, letter_index: int) -> bool:
        if word_index == len(words):
            return letter_index == len(letters)
        word = words[word_index].casefold()
        if word.endswith("-") and spells(word_index + 1, letter_index):
            return True
        if letter_index == len(letters) or word[0] != letters[letter_index]:
            return False
        position, letter_index = 1, letter_index + 1
        while True:
            if spells(word_index + 1, letter_index):
                return True
            if letter_index == len(letters) or (position := word.find(letters[letter_index], position) + 1) == 0:
                return False
            letter_index += 1

    return spells(0, 0)


# An English possessive ends its word, no elision opens the next one: "Ontario's Big City Mayors" spells OBCM.
_POSSESSIVE_ENDING = re.compile(r"['’]s?\Z")


def _initialled(word: str) -> str:
    """The part of a word whose first letter the name's acronym takes: "L'Association" -> "Association", "Ontario's"
    -> "Ontario's"."""
    return word if _POSSESSIVE_ENDING.search(word) else _APOSTROPHE_SPLIT.split(word)[-1]


def _named_with_acronym(words: str, acronym: str) -> tuple[int, str] | None:
    """Where in `words` the name its acronym spells begins, and the name: ("Sevilla forma parte de la Red de
    Ciudades por el Clima", "RCC") -> the offset of "Red" and "Red de Ciudades por el Clima"."""
    tokens = [token for token in _TOKEN.finditer(words) if token.group().casefold() not in _SMALL_WORDS]
    initials = [_initialled(token.group())[:1] for token in tokens]
    letters = acronym.replace("-", "")
    for first, token in enumerate(tokens):
        elided = _ELIDED.match(token.group())
        start = token.start() + (elided.end() if elided else 0)
        spelled = "".join(initials[first:]).upper()
        if not words[start].isupper() or not (
                _abbreviates(spelled, letters) or _spells_the_opening(spelled, letters)
                or _spelled_by_compounds([_initialled(other.group()) for other in tokens[first:]], letters)):
            continue
        name = words[start:]
        if (_NETWORK_NOUN.search(name) or _MEMBERS_ORGANISATION.match(name) or _ORGANISATION_OPENING.match(name)) and (
                _GATHERS.search(name) or _BETWEEN_MUNICIPALITIES.search(name)):
            return start, name
        if len(acronym) > 2 and _named_by_its_members(name):
            return start, name
    return None


# A name an acronym spells names a network when its head says the members it gathers: an organisation's noun, which
# English puts last ("Canadian Capital Cities Organization", "Prairie Mayors' Caucus"), of communities too
# ("Association des communautés rurales du Sahel"),
# and a name can be its members themselves, said united or for a cause ("Communes et Villes Unies du Cameroun",
# "Ciudades Unidas de Chile", "Alcaldes por la Paz", "Città per il Clima") or grouped by what they share
# ("Ontario Big City Mayors", "Northern Coastal Towns"). Not a body of government or an event named after the cities
# ("Department for Housing and Communities", "Programme Villes Durables", "Festival des Villes").
_MEMBERS_NOUN = (r"villes|cités|cities|towns|städte|ciudades|città|communes|comuni|municipalities|municipios"
                 r"|municipalidades|municipalités|gemeinden|kommunen|maires|mayors|alcaldes|sindaci|bürgermeister"
                 r"|capitales|capitals|capitali|hauptstädte|communities|communautés|comunidades|comunità|collectivités")
_ENGLISH_ORGANISATION_LAST = re.compile(
    r"\b(?:Organi[sz]ation|Association|Alliance|Caucus|Coalition|Council|Conference|Federation|League|Union"
    r"|Network|Partnership|Forum)\Z")
# or before the members it gathers, after the region's words: "North Queensland Regional Organisation of Councils",
# "Hunter Joint Organisation of Councils", "Western Alliance of Towns".
_ENGLISH_ORGANISATION_OF_ITS_MEMBERS = re.compile(
    rf"\b(?:Organi[sz]ation|Association|Alliance|Federation|League|Union|Forum)\s+of\s+(?:the\s+)?"
    rf"(?:Councils|Local\s+Governments?|(?i:{_MEMBERS_NOUN}))\b")
_A_MEMBERS_NOUN = re.compile(rf"\b(?i:{_MEMBERS_NOUN})\b")
_MEMBERS_LAST = re.compile(rf"\s(?i:{_MEMBERS_NOUN})\Z")
_MEMBERS_UNITED_OR_FOR_A_CAUSE = re.compile(
    rf"(?i:{_MEMBERS_NOUN})(?:\s+(?:et|and|y|e|und)\s+(?i:{_MEMBERS_NOUN}))?\s+(?:(?i:unies|unis|united|unidas|unidos"
    rf"|unite|uniti|vereinte)\b|(?:for|pour|por|para|per|für)\s+(?:(?:la|le|el|il|l['’]|the|die|den)\s*)?[A-ZÀ-Ý])")
_A_GOVERNMENTS_BODY = re.compile(
    r"\b(?i:minist|department|départ|departamento|dipartimento|secr[eé]tar|agen[cz]|office|oficina|ufficio|programm?e?"
    r"|programa|fund|fonds|fondo|festival|summit|sommet|cumbre|vertice|gipfel|award|prix|premio|preis|day\b|journ"
    r"|día|giornat|tag\b|week|semaine|semana|settimana|woche|commission|comisión|commissione|kommission|act\b|loi\b"
    r"|ley\b|legge|gesetz|institut|istitut|bank|banque|banco|banca|company|compagnie|compañía|società|gmbh|inc\b"
    r"|ltd\b|s\.a\.)")


def _named_by_its_members(name: str) -> bool:
    if _A_GOVERNMENTS_BODY.search(name):
        return False
    if (_ENGLISH_ORGANISATION_LAST.search(name) or _MEMBERS_ORGANISATION.match(name)
            or _ORGANISATION_OPENING.match(name) or _ENGLISH_ORGANISATION_OF_ITS_MEMBERS.search(name)):
        return bool(_A_MEMBERS_NOUN.search(name) or _ENGLISH_LOCAL_UNITS.search(name))
    return bool(_MEMBERS_LAST.search(name) or _MEMBERS_UNITED_OR_FOR_A_CAUSE.match(name))


# A network's noun written with a capital after its article opens its proper name, in the languages that write common
# nouns in lower case: "la Red Española de Ciudades por el Clima", "la Red de Ciudades AVE", "le Réseau des Villes
# Créatives", "la Rete dei Comuni Solidali"; the name runs over its capitalised words and the small words between them
# ("la Red de ciudades del Atlántico" is a description, "la Red de Juderías de España – Caminos de Sefarad" ends at the
# dash).
_LINKING_WORDS = (r"(?:de|del|des|du|di|dei|degli|della|delle|la|las|los|el|le|les|por|para|per|pour|y|et|e|i|ante"
                  r"|entre|contra|contre|sobre|sur|con|avec|frente|face|al|au|aux|alla|allo)")
# Its last words may be a relative clause whose verb is capitalised too: "la Red de Ciudades que Caminan", "le Réseau
# des Villes qui Marchent", "la Rete delle Città che Camminano" (a plural verb, not a place: "que Madrid preside").
_RELATIVE_CLAUSE_TAIL = r"(?: (?:que|qui|che) [A-ZÀ-Ý][a-zà-ÿ]{2,12}(?:an|en|ent|ano|ono|ino)(?![\w'’-]))?"
_CAPITALISED_NOUN_NAME = re.compile(
    r"(?<![\w'’-])(?i:la|el|le|il|del|della|alla|nella|dalla|du|au|al) "
    r"(?P<name>(?:Red|Rete|Réseau|Xarxa) (?:[A-ZÀ-Ý][a-zà-ÿ]+ )?(?:de|del|des|du|di|dei|degli|della|delle) "
    rf"[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*(?:(?: {_LINKING_WORDS}){{1,2}} [A-ZÀ-Ý][a-zà-ÿ][\w'’-]*| [A-ZÀ-Ý][\w'’-]*){{0,6}}"
    rf"{_RELATIVE_CLAUSE_TAIL})")


# The noun with a nation's adjective in lower case before the capitalised words: "la Rete italiana Città del Dialogo",
# "la Red española Ciudades Amigas de la Infancia", "le Réseau national Villes Actives" (not "la Rete italiana di
# comuni": the words after are a description).
_CAPITALISED_NOUN_AND_NATION_NAME = re.compile(
    r"(?<![\w'’-])(?i:la|el|le|il|del|della|alla|nella|dalla|du|au|al) "
    r"(?P<name>(?:Red|Rete|Réseau) (?:italiana|nazionale|española|nacional|français|national) "
    rf"[A-ZÀ-Ý][a-zà-ÿ][\w'’-]*(?:(?: {_LINKING_WORDS}){{1,2}} [A-ZÀ-Ý][a-zà-ÿ][\w'’-]*| [A-ZÀ-Ý][\w'’-]*){{0,6}})")


def _named_by_a_capitalised_noun(text: str) -> list[NetworkMention]:
    return [NetworkMention(slugify(found.group("name")), found.group("name"), found.start("name"), found.end("name"))
            for pattern in (_CAPITALISED_NOUN_NAME, _CAPITALISED_NOUN_AND_NATION_NAME)
            for found in pattern.finditer(text)]


# A network's or a members' organisation's noun written with its capital inside a sentence opens a proper name, which
# goes on through its capitalised words and the prepositions and articles between them: "la Red Española de Ciudades
# por el Clima", "la Red de Ciudades AVE", "the League of Historic Cities", "la Rete dei Comuni per la Pace". It ends
# before a word in lower case, a conjunction before one, an acronym in brackets or a dash ("Red de Juderías de España –
# Caminos de Sefarad"). German capitalises every noun, so its nouns open no name this way.
_NAME_OPENING_NOUN = (r"Red|Réseau|Rete|Network|Liga|Ligue|Lega|League|Association|Asociación|Associazione|Federación"
                      r"|Fédération|Federazione|Federation|Alianza|Alliance|Alleanza|Unión|Union|Unione|Coalición"
                      r"|Coalition|Coalizione|Consorzio|Consorcio|Consortium|Forum|Foro|Grupo|Groupe|Gruppo|Group"
                      # Catalan's, which Spanish pages keep for Catalonia's bodies
                      r"|Xarxa|Federació|Associació|Unió|Aliança|Lliga|Coalició|Consorci"
                      # Galician's and Portuguese's, which Spanish pages keep for Galicia's and cross-border bodies
                      # ("el Eixo Atlántico", "la Rede de Cidades do Eixo")
                      r"|Rede|Eixo|Associação|Federação|União")
_NAMES_CAPITALISED_WORD = r"[A-ZÀ-Þ][\w’'-]*"
_NAMES_INNER_LINK = (r"(?:\s+(?:de|del|des|du|di|dei|degli|delle|della|dello|of|for|por|para|pour|per|für|ante"
                     r"|frente\s+al?|face\s+au[x]?|face\s+à|contra|contre|contro|against|hacia|towards|sobre)(?:\s+(?:la|las|los|le|les|el|il|i|gli|lo|the))?\s+"
                     r"|\s+(?:d|dell|de\s+l|nell)['’]|\s+(?:y|e|et|and|i)\s+(?=[A-ZÀ-Þ][a-zà-ÿ]))")
# A name's last complement joined to the one before it, one word of its own: "... dell'Adriatico e dello Ionio",
# "... de la Loire et du Rhône" (a title's next line run into it, "... dello Ionio Sindaci e delegazioni", is not).
_NAMES_LAST_COMPLEMENT = (r"(?:\s+(?:y|e|et|and)\s+(?:(?:dello|della|degli|delle|dei|del|des|du|de\s+la|of\s+the)\s+"
                          r"|(?:d|dell|de\s+l)['’])[A-ZÀ-Þ][\w’'-]*)?")
# The noun may follow an elided article: "l'Association des Villes Universitaires de France", "dell'Associazione
# Nazionale Città del Tartufo" (not a word's own apostrophe: "O'Union").
_AFTER_AN_ELIDED_ARTICLE = r"(?<=(?<![\w’'-])[lLdD]['’])|(?<=[^\W\d_]ll['’])"
# Behind a test of the nouns' first letters (`compile_guarded`): the lookbehinds that open it are otherwise tried at
# every position of every text.
_NAME_OPENING_ON_ITS_NOUN = compile_guarded(
    rf"(?:(?<![\w’'-])|{_AFTER_AN_ELIDED_ARTICLE})(?P<name>(?P<noun>{_NAME_OPENING_NOUN})(?P<words>(?:\s+{_NAMES_CAPITALISED_WORD}){{0,3}}"
    rf"(?:{_NAMES_INNER_LINK}{_NAMES_CAPITALISED_WORD}(?:\s+{_NAMES_CAPITALISED_WORD}){{0,2}}){{0,4}}"
    rf"{_NAMES_LAST_COMPLEMENT}))(?![\w’'-])")
# A network's noun that needs no members named: the others name an organisation of members only with them ("Liga de
# Ciudades Históricas", not "Federación Española de Fútbol"). A nation's adjective is no word of a name's own ("Alliance
# Française", "Unión Española").
_NETWORKS_OWN_NOUN = frozenset({"Red", "Réseau", "Rete", "Network", "Xarxa", "Rede", "Eixo"})
# Networks of pipes, rails and wires: companies, not cities' networks ("Red Eléctrica de España", "Rete Ferroviaria
# Italiana", "Réseau Ferré de France").
_UTILITY_WORD = re.compile(r"(?i:el[eèé]ctric|elettric|électri|ferr|rail|transport|gas\b|autopist|autostrad|telecom"
                           r"|t[eé]l[eé]com|vial|routier|postal|m[eé]tro|bus\b|tram|cercan|chaleur|calor|calore)")
# A name the words right after it describe as a thing of another kind: "Red Colombiana de Ciudades Cómo Vamos.
# Iniciativa ciudadana que ...", "Réseau Culture 21, un programme de ...", "Rete Città Future: progetto europeo".
_DESCRIBED_AS_NO_NETWORK = re.compile(
    r"\s*[.,:;–—-]?\s*(?:(?i:un|une|a|an|una|uno|el|le|il|the)\s+)?(?i:iniciativa|initiative|iniziativa|programme"
    r"|program|programa|programma|projet|project|proyecto|progetto|festival|label|prix|premio|award)\b")
# A forum or a group of cities is also a meeting's or a working group's name ("Le Forum des Villes Moyennes 2026 se
# tiendra à Albi", "Il Gruppo di Lavoro delle Città"): a network's only where the text says the city is a member, that
# it gathers members, that it holds its members' assemblies, or gives its key figures ("... in cifre"), and no year or
# work follows in its name.
_MEETINGS_NOUNS = frozenset({"Forum", "Foro", "Grupo", "Groupe", "Gruppo", "Group"})
_A_MEETINGS_NAME = re.compile(r"(?i:lavoro|work|travail|trabajo|arbeit|festival|expert|summit|day|journ|giorn|d[ií]a"
                              r"|tag\b)")
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d\b")
# An axis is also a road's or a railway's ("o Eixo Norte-Sul liga as cidades do litoral"): a network's only where the
# text says it gathers members, as a forum's, or calls it an association of them ("el Eixo Atlántico es una
# asociación transfronteriza de ciudades").
_ALSO_A_ROADS_NOUN = "Eixo"
_AN_ASSOCIATION_OF_MEMBERS = re.compile(
    r"(?i:asociación|associação|associazione|association|alianza|aliança)(?:\s+[\w-]+){0,2}?\s+(?i:de|of|di|d[ao]s?)"
    r"\s+(?i:ciudades|cidades|città|cities|villes|towns|municipios|municípios|municipalities|concellos|comuni"
    r"|communes)\b")
_A_MEMBERS_ORGANISATION = case_blind_search(re.compile(
    r"membre|member|mitglied|miembro|membro|socio|adhère|adhérent|aderisce|aderente|adhiere|adhesión|adesione"
    r"|joined|beigetreten|fa\s+parte|forma\s+parte|fait\s+partie|part\s+of|belongs|gehört|appartient|appartiene"
    r"|pertenece|riunisce|réunit|rassemble|regroupe|gathers|brings\s+together|vereint|reúne|agrupa|plenari|plenary"
    r"|plénière|assemblea|assemblée|assembly|asamblea|versammlung|in\s+cifre|en\s+chiffres|in\s+figures|in\s+numbers"
    r"|at\s+a\s+glance|in\s+zahlen|en\s+cifras", re.IGNORECASE))
_ACRONYM_AFTER_NAME = re.compile(r"\s*\(([A-Z][\w&.-]{1,9})\)")
_CAPITALISED_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:Red|Réseau|Rete)\s")
_ENGLISH_LINK = re.compile(r"\s+(?:of|for)\s")
_SPANISH_LINK = re.compile(r"\s(?:de|del|por)\s")
_NATIONALITY_WORD = re.compile(r"(?i:fran[cç]ais|espa[nñ]ol|italian|deutsch|german|british|english|american|americain"
                               r"|américain|iberoameric|latinoameric|suisse|swiss|belg|canad|mexican|portugu)[\w’'-]*")


# English names the local units a name gathers in capitals, before its noun or after it: "Local Government Association
# of Tasmania", "Urban Councils Association of Zimbabwe", "Association of Yukon Communities", "Association of Irish
# Local Government" (not the "European Communities" of the Union's treaties), or says "Municipal" right before
# its noun ("Municipal Association of Victoria"; not "Municipal Finance Officers Association").
_ENGLISH_LOCAL_UNITS = re.compile(r"\b(?:Local\s+Government|(?<!European\s)Communities|Councils"
                                  r"|Municipal(?=\s+(?:Association|League|Federation|Alliance)\b))\b")


def _names_opening_on_their_noun(text: str) -> list[NetworkMention]:
    """The proper names that a capitalised network's noun opens in `text`, with a word of their own, and the members
    they gather in the name, or for a network's own noun in the text around it."""
    mentions = []
    for found in _NAME_OPENING_ON_ITS_NOUN.finditer(text):
        if (acronym := _ACRONYM_AFTER_NAME.match(text, found.end())) and _KNOWN.fullmatch(acronym.group(1)):
            continue  # "Asociación Internacional Ciudades y Puertos (AIVP)": a known network's name in another tongue
        if _DESCRIBED_AS_NO_NETWORK.match(text, found.end()):
            continue
        if found.group("noun") in _MEETINGS_NOUNS and not _a_members_organisation(text, found):
            continue
        if found.group("noun") == _ALSO_A_ROADS_NOUN and not (
                _a_members_organisation(text, found) or _AN_ASSOCIATION_OF_MEMBERS.search(text)):
            continue
        words = found.group("words")
        if not any(word[0].isupper() and not _NATIONALITY_WORD.match(word) for word in words.split()) or not (
                _a_names_own_word(_NATIONALITY_WORD.sub(" ", words))):
            continue
        if found.group("noun") == "Red" and not _SPANISH_LINK.search(words):
            continue  # "the Red Cross", "Red Bull": the English colour
        start = found.start()
        if (not words or _ENGLISH_LINK.match(words)) and (
                before := _NAMES_WORDS_BEFORE.search(text, max(0, start - _LOOK_BEHIND_CHARS), start)):
            start = before.start()  # "World Union of Olympic Cities", "European Network of Cities"
        gathers = _GATHERS.search(words) or _ENGLISH_LOCAL_UNITS.search(text, start, found.end())
        if not gathers and (found.group("noun") not in _NETWORKS_OWN_NOUN or _UTILITY_WORD.search(words)
                            or not _GATHERS.search(text)):
            continue
        name = text[start:found.end()]
        if not _GATHERS.search(name) and _SPORTS_OR_TRADES.search(name):
            continue  # "Municipal Association of Football Referees": people of a trade, not the councils
        mentions.append(_in_one_language(NetworkMention(slugify(name), name, start, found.end())))
    return mentions


def _a_members_organisation(text: str, found: re.Match) -> bool:
    return bool(_A_MEMBERS_ORGANISATION.search(text) and not _A_MEETINGS_NAME.search(found.group("words"))
                and not _YEAR_AFTER.match(text, found.end()))


# An organisation's noun with its qualifiers names a network when the text says local governments are its members or
# founded it, or states a network's facts (founded, seat, members, president, assembly) beside local governments:
# "la Fédération européenne des Cités napoléoniennes", "dell'Associazione Europea delle Vie Francigene", "la
# Conferencia Intermunicipal de Pueblos del Pirineo", "the Conference of Heritage Towns of Wales". Romance languages
# write the qualifiers in lower case, an adjective after the noun and a plural adjective after the members' noun; the
# name needs a complement ("l'Union européenne" has none). Not a sports federation, a ministry, a company or a
# programme, nor one of people or firms ("Fédération Française de Football", "Association des Amis du Musée",
# "Fédération des Entreprises de Bretagne", "Asociación de Vecinos del Casco Viejo").
_QUALIFIED_ORGANISATION_NOUN = (r"Fédération|Federazione|Federación|Federation|Association|Asociación|Associazione"
                                r"|Union|Unione|Unión|Conférence|Conference|Conferenza|Conferencia|Alliance|Alleanza"
                                r"|Alianza|Ligue|Lega|Liga|League|Coordinamento|Coordination|Coordinadora|Syndicat"
                                r"|Club|Comunidad\s+de\s+Trabajo|Communauté\s+de\s+travail|Forum|Foro")
_NOUNS_ADJECTIVE = (r"\s+[a-zà-ÿ]{2,}(?:éenne|éen|ale|al|ique|ica|ico|aise|ais|ienne|ien|ea|eo|ana|ano|ese|aine|ain"
                    r"|ina|ino|aria|ario)\b")
_PLURAL_ADJECTIVE = (r"\s+[a-zà-ÿ]{2,}(?:iennes|iens|ales|aux|ées|és|iques|aises|ines|ins|ières|iers|ives|ifs|elles"
                     r"|ane|ani|iche|ici|ali|ate|ati|ose|osi|ine|ini|anas|anos|icas|icos|adas|ados|inas|inos)\b")
_QUALIFIED_ORGANISATION_NAME = re.compile(
    rf"(?:(?<![\w’'-])|{_AFTER_AN_ELIDED_ARTICLE})(?P<name>(?:{_QUALIFIED_ORGANISATION_NOUN})(?:{_NOUNS_ADJECTIVE})?"
    rf"(?:\s+{_NAMES_CAPITALISED_WORD}){{0,2}}(?:{_NAMES_INNER_LINK}{_NAMES_CAPITALISED_WORD}"
    rf"(?:\s+{_NAMES_CAPITALISED_WORD}){{0,2}}(?:{_PLURAL_ADJECTIVE})?){{1,3}})(?![\w’'-])")
_QUALIFIED_ORGANISATION_CUE = re.compile(rf"(?:{_QUALIFIED_ORGANISATION_NOUN})\s")
_NETWORK_FACT = re.compile(
    r"(?i:fondée?s?|fondat[aoie]|fondateur|fondatric|fondator|fundad[ao]|fundador|founded|founding|gegründet|créée?"
    r"|cread[ao]|costituit[ao]|istituit[ao]|siège|sede|seat|headquarter|sitz|président|presidente|president"
    r"|präsident|vorsitz|assembl|asamblea|versammlung|plenar|plénière)")
# The city among those who founded it: "tra i comuni fondatori", "a founding member", "miembro fundador".
# Searched in the text lowered alike (`case_blind_search`), as the other cues of a members' organisation are.
_FOUNDERS = case_blind_search(re.compile(r"fondat(?:eur|rice|or[ei])|fundador|founding|founders?\b|gründungs",
                                         re.IGNORECASE))
_SPORTS_OR_TRADES = re.compile(
    r"(?i:football|fútbol|futbol|fußball|calcio|rugby|basket|baloncesto|pallacanestro|handball|balonmano|volley"
    r"|pallavolo|tennis|golf|ski|cyclis|ciclis|athl[eé]t|atlet|natation|nuoto|nataci|judo|boxe|hockey|sport|deport"
    r"|escrime|scherma|esgrima|aviron|canottaggio|amis|amici|amigos|friends|anciens|alumni|commer|industri|artisan"
    r"|agricult|médecin|medic|avvocat|avocat|abogad|ingénieur|ingegner|architect|notai|pharmac|farmac|entrepr|empres"
    r"|impres|unternehm|business|employ|vecin|voisin|habitant|abitant|resident|quartier|barrio|parents|genitori"
    r"|padres|consum)")
_LOCAL_GOVERNMENTS_AS_MEMBERS = re.compile(
    r"\b(?i:villes|cities|towns|städte|ciudades|città|communes|comuni|comunes|municipalities|municipios|municipalidades"
    r"|municipalités|gemeinden|kommunen|collectivités|enti\s+locali|entes\s+locales|local\s+(?:governments"
    r"|authorities)|gobiernos\s+locales|ayuntamientos|pueblos|villages|borghi)\b")


def _organisations_with_network_facts(text: str) -> list[NetworkMention]:
    """The names an organisation's noun and its qualifiers make, that gather local governments by their name or by
    what the text says of them."""
    if not _QUALIFIED_ORGANISATION_CUE.search(text):
        return []
    mentions = []
    for found in _QUALIFIED_ORGANISATION_NAME.finditer(text):
        name = found.group("name")
        if _A_GOVERNMENTS_BODY.search(name) or _SPORTS_OR_TRADES.search(name) or _UTILITY_WORD.search(name):
            continue
        if _DESCRIBED_AS_NO_NETWORK.match(text, found.end()):
            continue
        if not _a_names_own_word(_NATIONALITY_WORD.sub(" ", name.split(None, 1)[1])):
            continue
        if _GATHERS.search(name) and (_A_MEMBERS_ORGANISATION.search(text) or _NETWORK_FACT.search(text)) or (
                _LOCAL_GOVERNMENTS_AS_MEMBERS.search(text) and _NETWORK_FACT.search(text)
                and (_A_MEMBERS_ORGANISATION.search(text) or _FOUNDERS.search(text))):
            mentions.append(_in_one_language(NetworkMention(slugify(name), name, *found.span("name"))))
    return mentions


# An English name ends where a preposition of another language begins: "l'Association of Urban Authorities de
# Maurice" is the Association of Urban Authorities, the French sentence naming its country after it.
_ENGLISH_NAME_THEN_ANOTHER_LINK = re.compile(
    r"\s(?:of|for)\s(?:[\w'’-]+\s){0,6}?(?P<cut>(?:de|des|du|di|del|della|delle|dei|degli|von)\s)")


def _in_one_language(mention: NetworkMention) -> NetworkMention:
    if " of " not in mention.name and " for " not in mention.name:
        return mention
    if not (other := _ENGLISH_NAME_THEN_ANOTHER_LINK.search(mention.name)):
        return mention
    name = mention.name[:other.start("cut")].rstrip()
    return NetworkMention(slugify(name), name, mention.start, mention.start + len(name))


# A network's noun in lower case, a description ("le réseau national des", "la red de", "the network of the"), before a
# capitalised word: the name starts there and runs as above, with a French complement in lower case at its end ("du
# réseau national des Villes et Pays d'art et d'histoire", "la red de Ciudades Patrimonio de la Humanidad").
_NAME_AFTER_A_NETWORKS_NOUN = re.compile(
    rf"(?<![\w’'-])(?i:le|du|au|un|the|a|la|el|del|al|una|il|della|nella|alla)\s+(?:réseau|red|rete|network)"
    rf"(?:\s+[a-zà-ÿ]+)?\s+(?:des|de|di|delle|dei|degli|del|of|of\s+the|de\s+las|de\s+los|de\s+la)\s+"
    rf"(?P<name>{_NAMES_CAPITALISED_WORD}(?:\s+{_NAMES_CAPITALISED_WORD}){{0,3}}"
    rf"(?:{_NAMES_INNER_LINK}{_NAMES_CAPITALISED_WORD}(?:\s+{_NAMES_CAPITALISED_WORD}){{0,2}}){{0,4}}"
    rf"(?:\s+d['’][a-zà-ÿ]+(?:\s+et\s+d['’][a-zà-ÿ]+)?)?)(?![\w’'-])")

# A plural adjective in lower case may come first, before its complement: "le réseau Sites & Cités remarquables de
# France", "la rete Comuni virtuosi d'Italia", "la red Ciudades saludables de Navarra".
_ADJECTIVE_BEFORE_A_COMPLEMENT = rf"(?:\s+[a-zà-ÿ]{{4,}}[sxie](?={_NAMES_INNER_LINK}[A-ZÀ-Þ]))?"
_NAME_GOES_ON = re.compile(
    rf"{_ADJECTIVE_BEFORE_A_COMPLEMENT}"
    rf"(?:{_NAMES_INNER_LINK}{_NAMES_CAPITALISED_WORD}(?:\s+{_NAMES_CAPITALISED_WORD}){{0,2}}){{0,4}}")



def _names_after_a_networks_noun(text: str) -> list[NetworkMention]:
    """The proper names a network's noun in lower case describes, with a word of their own and the members they gather
    (not a network of buses or pipes: "la red de Metro de Madrid")."""
    return [_mention(found, "name") for found in _NAME_AFTER_A_NETWORKS_NOUN.finditer(text)
            if " " in (name := found.group("name")) and _a_names_own_word(_NATIONALITY_WORD.sub(" ", name))
            and (_GATHERS.search(name) or _GATHERS.search(text) and not _UTILITY_WORD.search(name))
            and not _DESCRIBED_AS_NO_NETWORK.match(text, found.end())]


def _names_a_cities_network(text: str, mention: NetworkMention) -> bool:
    """Not a company's network of wires or rails ("la Red Eléctrica de España"), nor a name the words after it call a
    programme or an initiative."""
    return not (_UTILITY_WORD.search(mention.name) and not _GATHERS.search(mention.name)) and (
        not _DESCRIBED_AS_NO_NETWORK.match(text, mention.end))


# A name in quotes after the noun of an organisation of members, when it names whom it gathers: "im Bündnis „Kommunen
# für biologische Vielfalt“", "l'association « Villes Internet »", "la asociación «Ciudades que Caminan»", "the
# alliance “Cities for Life”"; not a club's or a charity's ("l'association « Les Amis du Louvre »").
_MEMBERS_NOUNS = ("bündnis", "verband", "verein", "associa", "asocia", "allian", "alianza", "alleanza", "coali")
_QUOTED_AFTER_A_MEMBERS_NOUN = re.compile(
    r"(?i:(?<![\w'’-])(?:le|la|l['’]|das|dem|im|einem|einer|der|the|an|a|el|una|un|al|del|all['’]|dell['’]|nell['’]"
    r"|zum|vom)\s*(?:bündnis(?:ses)?|verband(?:es)?|verein(?:s)?|association|asociación|associazione|alliance|alianza"
    rf"|alleanza|coalition|coalición|coalizione)(?:\s+[a-zà-ÿ]+){{0,2}}\s*){_QUOTED_NAME}")


def _quoted_after_a_members_noun(text: str) -> list[NetworkMention]:
    return [_mention(found, "name_quoted") for found in _QUOTED_AFTER_A_MEMBERS_NOUN.finditer(text)
            if _GATHERS.search(found.group("name_quoted"))]


def _unknown_networks(text: str) -> list[NetworkMention]:
    """The networks outside the vocabulary that `text` names with their acronym or introduces by name; a name with
    its acronym first, as the fullest."""
    mentions = []
    if "(" in text:
        for found in _NAME_BEFORE_ACRONYM.finditer(text):
            named = _named_with_acronym(found.group("words"), found.group("acronym"))
            if named:
                offset, name = named
                mentions.append(NetworkMention(slugify(name), name, found.start("words") + offset, found.end("words")))
    if any(noun in text for noun in ("Red ", "Rete ", "Réseau ", "Xarxa ")):
        mentions += [named for named in _named_by_a_capitalised_noun(text) if _names_a_cities_network(text, named)]
    if ", " in text:
        mentions += _described_after_a_comma(text)
    mentions += _names_opening_on_their_noun(text)
    lowered = text.lower()
    networks_word = any(word in lowered for word in _NETWORK_WORDS)
    if networks_word:
        mentions += _names_after_a_networks_noun(text)
    if any(quote in text for quote in "«“„\"") and any(noun in lowered for noun in _MEMBERS_NOUNS):
        mentions += _quoted_after_a_members_noun(text)
    if networks_word:
        for found in _UNKNOWN.finditer(text):
            group = next(group for group in _UNKNOWN_GROUPS if found.group(group))
            if group == "name" and _CAPITALISED_NOUN_BEFORE.search(text, found.start(), found.start(group)):
                continue  # "la Red de Ciudades AVE", "the Red Cross": the capitalised noun opens the name, read whole
            start, end = found.span(group)
            if group == "name":  # "la red de ciudades Patrimonio de la Humanidad": on through "de la"
                end = _NAME_GOES_ON.match(text, end).end()
            mentions.append(NetworkMention(slugify(text[start:end]), text[start:end], start, end))
    return mentions


# A known network's name inside a longer proper name is not that network: the longest name wins. "World Energy Cities
# Partnership" is not Energy Cities. The longer name is a name when it goes on to an organisation's noun of its own
# ("... Cities Partnership", "... Peace Alliance"), or when the acronym after it spells it ("World Energy Cities
# (WEC)"); "Council of Europe Intercultural Cities" and "the Energy Cities partnership" stay the known network.
_CAPITALISED_WORD = r"[A-ZÀ-Ý][\w'’-]*"
# A headline's verb, its words capitalised, ends its subject: "City Joins Canadian Coalition of Inclusive
# Municipalities", "Town Becomes Member of ...", "Stadt Tritt Bündnis Bei"; the name starts after it.
_HEADLINE_VERB = (r"Joins|Joined|Rejoins|Becomes|Became|Signs|Signed|Hosts|Hosted|Welcomes|Welcomed|Leaves|Quits|Enters"
                  r"|Receives|Wins|Chairs|Meets|Attends|Backs|Supports|Launches|Renews|Commits|Pledges|Adopts|Endorses"
                  r"|Approves|Celebrates|Visits|Presents|Now|Officially|Rejoint|Adhère|Intègre|Quitte|Accueille|Signe"
                  r"|Devient|Tritt|Wird|Unterzeichnet|Verlässt|Entra|Ingresa|Firma|Acoge|Aderisce|Ospita|Diventa")
# Words that start a sentence or a clause, not a name: "The", "Die", "Member".
_NOT_A_NAMES_WORD = (r"(?!(?:The|Le|La|Les|Die|Der|Das|El|Los|Las|Il|Lo|Gli|I|A|An|In|At|By|Of|To|With|From|For|And"
                     r"|Et|Y|E|Und|Since|Seit|Desde|Dal|Depuis|Member|Membre|Mitglied|Miembro|Membro"
                     rf"|{_HEADLINE_VERB})\s)")
_LONGER_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<before>(?:{_NOT_A_NAMES_WORD}{_CAPITALISED_WORD}\s+){{1,3}})\Z")
# An English name's words before its noun: "World Union of Olympic Cities"
_NAMES_WORDS_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_NOT_A_NAMES_WORD}{_CAPITALISED_WORD}\s+){{1,2}}\Z")
_LONGER_NAME_AFTER = re.compile(
    rf"(?P<after>(?:\s+{_NOT_A_NAMES_WORD}{_CAPITALISED_WORD}){{0,2}}?\s+(?P<noun>Partnership|Alliance|Association|Union"
    rf"|League|Coalition|Federation|Organi[sz]ation|Consortium|Partenariat|Partnerschaft|Verband)\b)?"
    rf"(?:\s*\((?P<acronym>[A-Z][A-Z0-9]{{1,9}})\))?")
_LOOK_BEHIND_CHARS = 60


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper() or word[0].isdigit()).upper()


def _in_a_longer_name(text: str, known: list[NetworkMention], index: int) -> NetworkMention:
    """The known mention at `index`, or the longer proper name it is part of, as a network the vocabulary does not
    know (not when that name runs into the known name before or after it: "AIMF Association internationale des maires
    francophones")."""
    mention = known[index]
    after = _LONGER_NAME_AFTER.match(text, mention.end)
    noun, acronym = after.group("noun"), after.group("acronym")
    if not (noun or acronym):
        return mention
    before = _LONGER_NAME_BEFORE.search(text, max(0, mention.start - _LOOK_BEHIND_CHARS), mention.start)
    start, end = before.start("before") if before else mention.start, after.end("after") if noun else mention.end
    name = text[start:end]
    neighbours = known[max(0, index - 1):index] + known[index + 1:index + 2]
    if (start, end) == (mention.start, mention.end) or not (noun or _initials(name) == acronym) or any(
            other.start < end and start < other.end for other in neighbours):
        return mention
    return NetworkMention(slugify(name), name, start, end)


# A network's regional or national section is a network of its own, with facts of its own: the network's name with its
# continent's or country's after it ("CGLU Afrique", "UCLG Africa", "ICLEI Europe", "Klimabündnis Österreich"), a
# nation's adjective after the network's noun ("Rete Italiana Città Sane", "Réseau français des Villes-Santé", "Red
# Estatal de Ciudades Educadoras"), or an English one before a network's name ("UK Healthy Cities Network"); the
# owner's acronym after a dash ends the section's name ("Rete Italiana Città Sane – OMS").
_REGION_AFTER_NAME = re.compile(
    r"[ -](?:Europe|Europa|Afrique|Africa|África|Afrika|Asia[- ]Pacific|Asie[- ]Pacifique|Asia[- ]Pac[íi]fico"
    r"|Asien[- ]Pazifik|Asie|Asia|Asien|ASPAC|MEWA|Eurasia|Océanie|Oceania|Oceanía"
    r"|Ozeanien|Pacific|Amérique\s+latine|Latin\s+America|América\s+Latina|America\s+Latina|Lateinamerika"
    r"|Middle\s+East|North\s+America|Amérique\s+du\s+Nord|(?:der\s+Bundesrepublik\s+)?Deutschland|Österreich|Schweiz"
    r"|Suisse|Svizzera|France|Frankreich|Francia|Italia|Italy|Italien|España|Spain|Spanien|Belgique|Belgium|Belgien"
    r"|Nederland|Netherlands|Portugal|Canada|Kanada|Japan|Australia|Australien|New\s+Zealand|Aotearoa|Ireland|UK|USA"
    r"|México|Mexico|Brasil|Argentina"
    r"|Colombia|Chile|Perú|Ecuador)(?![\w-])")
# "Cités et Gouvernements Locaux Unis d'Afrique", "United Cities and Local Governments of Africa": a continent after a
# preposition (not Europe: "Pacto de los Alcaldes de Europa" is the covenant itself).
_CONTINENT_OF_AFTER_NAME = re.compile(
    r"\s+(?:d['’]|of\s+|de\s+|dell['’])(?:Afrique|Africa|África|Afrika|Asie|Asia|Amérique\s+latine|Latin\s+America"
    r"|América\s+Latina|America\s+Latina|Eurasie|Eurasia)(?![\w-])")
# The region a chapter serves, after its network's name: "Convention des Maires pour l'Afrique subsaharienne", "Covenant
# of Mayors for Sub-Saharan Africa", "Covenant of Mayors in Sub-Saharan Africa", "Patto dei Sindaci per l'Africa
# subsahariana", "Pacto de los Alcaldes para el Mediterráneo": an initiative's regional chapter, with its own
# signatories and facts (after a network of members, the region is an office's: "vice-président de l'AIMF pour
# l'Afrique de l'Ouest").
_REGION_SERVED_AFTER_NAME = re.compile(
    r"\s+(?:pour\s+l['’]\s*|pour\s+le\s+|for\s+(?:the\s+)?|per\s+(?:l['’]\s*|il\s+)?|para\s+(?:el\s+|la\s+)?"
    r"|für\s+(?:den\s+|das\s+)?|in\s+(?:the\s+)?(?=(?:Sub-?Saharan|West|East|Southern|Central|North|South-?East)\s))"
    r"(?:(?:Sub-?Saharan|West|East|Southern|Central|North|South-?East)\s+)?"
    r"(?:Afrique|Africa|África|Afrika|Subsahara-Afrika|Asie|Asia|Asien|Amérique\s+latine|Latin\s+America"
    r"|América\s+Latina|America\s+Latina|Lateinamerika|Méditerranée|Mediterranean|Mediterráneo|Mediterraneo"
    r"|Mittelmeerraum|Middle\s+East|Moyen-Orient|Oriente\s+Medio|Medio\s+Oriente)"
    r"(?:\s+(?:subsaharienne|[sS]ubsahariana|subsaharien|australe|centrale|occidentale|orientale|del\s+Sur"
    r"|de\s+l['’](?:Ouest|Est)))?(?![\w-])")
_NATION_AFTER_NETWORK_NOUN = re.compile(r"(?i:réseau|red|rete)\s+(?i:italian[ao]|français|española?|estatal"
                                       r"|latinoamerican[ao]|latino-américain)\s")
_NATION_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:UK|British|English|Scottish|Welsh|Irish|German|French|Italian|Spanish|Dutch|Belgian|Swiss|Austrian"
    r"|Canadian|Australian|American|Japanese|Mexican|Brazilian|Portuguese|Danish|Swedish|Norwegian|Finnish|Polish)\s+$")
# or a state's or a province's ("Victorian Creative Cities Network", "Tasmanian Healthy Cities Network")
_STATES_ADJECTIVE_BEFORE_NAME = re.compile(r"(?<![\w-])(?!Christian)[A-Z][a-z]{3,}ian\s+$")
_NETWORK_NOUN_AFTER = re.compile(r"\s+[Nn]etwork\b")
_OWNER_AFTER_SECTION = re.compile(r"\s*[–—-]\s*(?:OMS|WHO|UNESCO|UNICEF)(?![\w-])")
_NATION_BEFORE_CHARS = 12
# A German compound of the network's name and its members' noun before the nation: "Klima-Bündnis-Städte Schweiz",
# "Klimabündnis-Gemeinden Österreich" are the national association of the network's members there.
_MEMBERS_COMPOUND_AFTER_NAME = re.compile(r"-(?:Städte|Gemeinden|Kommunen)(?= )")


# A region after a national association's acronym: "ANCI Puglia", "AICCRE Sicilia"
_REGION_AFTER_ACRONYM = re.compile(rf"\s+{_ITALIAN_REGION}")


def _section_span(text: str, mention: NetworkMention) -> tuple[int, int] | None:
    """Where the name of a section of the mentioned network is written around the mention, if it names one."""
    if region := (_REGION_AFTER_NAME.match(text, mention.end) or _CONTINENT_OF_AFTER_NAME.match(text, mention.end)
                  or (mention.network_id in INITIATIVES and _REGION_SERVED_AFTER_NAME.match(text, mention.end))):
        return mention.start, region.end()
    if (members := _MEMBERS_COMPOUND_AFTER_NAME.match(text, mention.end)) and (
            region := _REGION_AFTER_NAME.match(text, members.end())):
        return mention.start, region.end()
    if mention.name.isupper() and (region := _REGION_AFTER_ACRONYM.match(text, mention.end)):
        return mention.start, region.end()
    if _NATION_AFTER_NETWORK_NOUN.match(mention.name):
        return mention.start, mention.end
    window = max(0, mention.start - _NATION_BEFORE_CHARS)
    nation = (_NATION_BEFORE_NAME.search(text, window, mention.start)
              or _STATES_ADJECTIVE_BEFORE_NAME.search(text, window, mention.start))
    noun = _NETWORK_NOUN_AFTER.match(text, mention.end)
    if nation and (noun or mention.name.endswith(("Network", "network"))):
        return nation.start(), noun.end() if noun else mention.end
    return None


# A section the vocabulary knows has one id in every language its name is written in: its network's id and the
# continent after the network's name ("CGLU Afrique", "UCLG Africa", "Cités et Gouvernements Locaux Unis d'Afrique",
# "Ciudades y Gobiernos Locales Unidos de África" are one section, cglu-afrique).
_CONTINENTS = {"afrique": "africa", "africa": "africa", "áfrica": "africa", "afrika": "africa"}
_KNOWN_SECTIONS = {("uclg", "africa"): "cglu-afrique"}
# a known section's id of its own, named by its acronyms: the network it is a section of
_SECTION_OF = {section_id: network_id for (network_id, _), section_id in _KNOWN_SECTIONS.items()}
_REGION_WORD = re.compile(r"\w+")


def _section_id(mention: NetworkMention, region: str, name: str) -> str:
    """The vocabulary's id of the section its name names, or the slug of its name."""
    continent = _CONTINENTS.get(words[-1] if (words := _REGION_WORD.findall(region.lower())) else "")
    return _KNOWN_SECTIONS.get((mention.network_id, continent)) or slugify(name)


# A section named by its noun and its continent's adjective before its network: "Section africaine de CGLU", "la
# sección africana de CGLU", "the African section of UCLG", "la sezione africana di CGLU", "die afrikanische Sektion
# von UCLG" are the section the vocabulary knows (cglu-afrique), not the world organisation.
_CONTINENTAL_SECTION_BEFORE = re.compile(
    r"(?:(?i:section|secci[óo]n|sezione|sektion|branch|chapter)\s+(?P<after>(?i:africaine|africana|afrikanische))"
    r"|(?P<before>(?i:african|africaine|africana|afrikanische))\s+(?i:section|secci[óo]n|sezione|sektion|branch"
    r"|chapter))\s+(?i:de\s+l['’]|de|del|di|della|dell['’]|of\s+the|of|von|der|des)\s*$")
_CONTINENT_OF_ADJECTIVE = {"african": "africa", "africaine": "africa", "africana": "africa", "afrikanische": "africa"}
_SECTION_BEFORE_CHARS = 40


def _a_continental_section_named_before(text: str, mention: NetworkMention) -> NetworkMention | None:
    # every adjective starts "afr" (letters without other case variants): most mentions have none before them
    if "afr" not in text[max(0, mention.start - _SECTION_BEFORE_CHARS):mention.start].lower():
        return None
    if not (found := _CONTINENTAL_SECTION_BEFORE.search(text, max(0, mention.start - _SECTION_BEFORE_CHARS),
                                                        mention.start)):
        return None
    continent = _CONTINENT_OF_ADJECTIVE[(found.group("after") or found.group("before")).casefold()]
    if not (section_id := _KNOWN_SECTIONS.get((mention.network_id, continent))):
        return None
    return NetworkMention(section_id, text[found.start():mention.end], found.start(), mention.end,
                          part_of=mention.network_id)


def _as_a_section(text: str, mention: NetworkMention) -> NetworkMention:
    """The mention, or the regional or national section of its network that it names, as a network of its own."""
    if section := _a_continental_section_named_before(text, mention):
        return section
    if mention.network_id in _SECTION_OF:
        return NetworkMention(mention.network_id, mention.name, mention.start, mention.end,
                              part_of=_SECTION_OF[mention.network_id])
    if (span := _section_span(text, mention)) is None:
        return mention
    start, end = span
    region = text[mention.end:end]
    if owner := _OWNER_AFTER_SECTION.match(text, end):
        end = owner.end()
    name = text[start:end]
    if (section_id := _section_id(mention, region, name)) == mention.network_id:
        return mention  # a national network whose own name says its nation: "Red Española de Ciudades por el Clima"
    return NetworkMention(section_id, name, start, end, part_of=mention.network_id)


# The networks of each text read so far in the extraction of a page (None outside it): a page's title, headings and
# sentences are searched by several stages in turn (the layout's bands, the facts' sections and sentences, the news).
_read_on_this_page: dict[str, tuple[NetworkMention, ...]] | None = None
# The names each text introduces by a membership's or an association's noun, read so far in the extraction of a page:
# the search of a text's networks reads them, and so does the facts' list of the names the page introduces.
_introduced_on_this_page: dict[str, tuple[tuple[NetworkMention, ...], tuple[NetworkMention, ...]]] | None = None


@contextmanager
def networks_read_once() -> Iterator[None]:
    """Within the block (one page's extraction), each text's networks are searched once."""
    global _read_on_this_page, _introduced_on_this_page
    outer = _read_on_this_page, _introduced_on_this_page
    _read_on_this_page, _introduced_on_this_page = {}, {}
    try:
        yield
    finally:
        _read_on_this_page, _introduced_on_this_page = outer


def names_introduced_by_a_noun(text: str) -> tuple[list[NetworkMention], list[NetworkMention]]:
    """`named_after_a_membership_in_its_noun(text)` and `acronyms_after_their_noun(text)`, read once a page."""
    if _introduced_on_this_page is None:
        return named_after_a_membership_in_its_noun(text), acronyms_after_their_noun(text)
    if (found := _introduced_on_this_page.get(text)) is None:
        found = _introduced_on_this_page[text] = (tuple(named_after_a_membership_in_its_noun(text)),
                                                  tuple(acronyms_after_their_noun(text)))
    return list(found[0]), list(found[1])


def find_networks(text: str) -> list[NetworkMention]:
    """Every network named in `text`, in reading order."""
    if _read_on_this_page is None:
        return _search_networks(text)
    if (found := _read_on_this_page.get(text)) is None:
        found = _read_on_this_page[text] = tuple(_search_networks(text))
    # new mentions at each call, as a search makes them: a section's network is told from the page's by identity
    return [NetworkMention(mention.network_id, mention.name, mention.start, mention.end, mention.part_of)
            for mention in found]


def _search_networks(text: str) -> list[NetworkMention]:
    known = [NetworkMention(_NETWORK_OF_GROUP[found.lastgroup], found.group(), found.start(), found.end())
             for found in _KNOWN.finditer(text)]
    mentions = [_in_a_longer_name(text, known, index) for index in range(len(known))]
    mentions = [_as_a_section(text, mention) if mention in known else mention for mention in mentions]
    named_by_membership, acronyms_by_noun = names_introduced_by_a_noun(text)
    for unknown in (_titles_of_the_year(text) + _unknown_networks(text) + _associations_of_a_land(text)
                    + _named_after_an_associations_noun(text)
                    + _named_after_their_title(text) + named_by_membership
                    + _names_in_lower_case(text) + _german_names_of_cities(text) + _euro_compound_names(text)
                    + _organisations_with_network_facts(text) + _english_names_of_local_units(text)
                    + _english_names_of_members_and_noun(text) + _cross_border_regions(text)
                    + _german_regional_bodies(text) + _registered_associations(text)
                    + _territorial_groupings(text) + acronyms_by_noun
                    + _english_names_of_members_and_country(text)):
        if not any(m.start < unknown.end and unknown.start < m.end for m in mentions):
            mentions.append(_without_a_closing_possessive(unknown))
    mentions = sorted(mentions, key=lambda mention: mention.start)
    if _DASH.search(text):
        mentions = [_named_by_the_acronym_before(text, mention) for mention in mentions]
    if _RENAMED_CUE.search(text):
        mentions = _under_their_current_names(text, mentions)
    if mentions and _OWNERS_NETWORK_CUE.search(text):
        mentions = [mention for mention in mentions if not _owns_the_network_named(text, mention)]
    return _without_names_after_their_acronym(text, mentions) if " " in text and len(mentions) > 1 else mentions


# A possessive closing a name is the sentence's, not the name's: "the Local Government Association of Queensland's
# annual conference" names the Local Government Association of Queensland ("Ontario's Big City Mayors" keeps its own).
_CLOSING_POSSESSIVE = re.compile(r"['’]s?\Z")


def _without_a_closing_possessive(mention: NetworkMention) -> NetworkMention:
    if not (possessive := _CLOSING_POSSESSIVE.search(mention.name)):
        return mention
    name = mention.name[:possessive.start()]
    return NetworkMention(slugify(name), name, mention.start, mention.end - len(possessive.group()), mention.part_of)


# An organisation named as the owner of a network for a purpose is not that network: "la red de la FEMP para la lucha
# contra el cambio climático" is the FEMP's climate network, "le réseau de l'AIMF pour la santé", "la rete dell'ANCI per
# l'inclusione", "the network of ICLEI for urban resilience" (a section, or the network its heading names).
_OWNERS_NETWORK_CUE = case_blind_search(re.compile(literal_alternation((
    "red de", "red del", "réseau de", "réseau du", "rete de", "rete dell", "network of", "netzwerk de")),
    re.IGNORECASE))
_OWNER_BEFORE = re.compile(r"(?i:red|réseau|rete|network|netzwerk)\s+(?i:de\s+la|de\s+l['’]|del|de|du|des|della"
                           r"|dell['’]|dello|dei|degli|of\s+the|of|der|des)\s*\Z")
_PURPOSE_AFTER = re.compile(r"\s+(?i:para|por|pour|per|for|für|contra|contre|contro|against)\s")
_OWNER_BEFORE_CHARS = 20


def _owns_the_network_named(text: str, mention: NetworkMention) -> bool:
    return bool(_OWNER_BEFORE.search(text, max(0, mention.start - _OWNER_BEFORE_CHARS), mention.start)
                and _PURPOSE_AFTER.match(text, mention.end))


# A European grouping of territorial cooperation, by its acronym in any language and the name it is known by: "GECT
# GO", "EGTC Tritia", "EVTZ Euregio Tirol-Südtirol-Trentino", "AECT Pirineos-Pyrenées", id of both as written. Not the
# acronym alone ("il GECT gestisce"), nor its law, programme or platform ("EGTC Regulation", "GECT Platform").
_GROUPING_CUE = re.compile(r"\b(?:EGTC|GECT|EVTZ|AECT)\s")
_TERRITORIAL_GROUPING = re.compile(
    r"\b(?:EGTC|GECT|EVTZ|AECT)\s+(?!(?i:regulation|regolamento|règlement|verordnung|reglamento|platform|plattform"
    r"|plateforme|piattaforma|plataforma|programme?|programma|programa|project|projet|progetto|proyecto|projekt"
    r"|award|day|conference|forum)\b)[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:de|di|del|of|und|e|y|et)\s+)?[A-ZÀ-Þ][\w'’-]*){0,4}")


# The grouping's kind spelled out before its name, in the language of the page, is part of its id as written: "il
# Gruppo europeo di cooperazione territoriale Città della Ceramica", "le Groupement européen de coopération territoriale
# Pays Basque", "the European Grouping of Territorial Cooperation Tritia" (German writes "EVTZ" before the name). Not
# the kind alone ("un Gruppo europeo di cooperazione territoriale è un ente ...").
_GROUPING_SPELLED_OUT = re.compile(
    r"(?i:gruppo\s+europeo\s+di\s+cooperazione\s+territoriale|groupement\s+européen\s+de\s+coopération\s+territoriale"
    r"|european\s+grouping\s+(?:of|for)\s+territorial\s+co-?operation|agrupación\s+europea\s+de\s+cooperación"
    r"\s+territorial)"
    r"\s+(?!(?i:regulation|regolamento|règlement|verordnung|reglamento)\b)[A-ZÀ-Þ][\w'’-]*"
    r"(?:\s+(?:(?:de|di|del|della|delle|dei|des|du|of|the|und|e|y|et)\s+)?[A-ZÀ-Þ][\w'’-]*){0,4}")


def _territorial_groupings(text: str) -> list[NetworkMention]:
    found = list(_TERRITORIAL_GROUPING.finditer(text)) if _GROUPING_CUE.search(text) else []
    if "erritori" in text:
        found += _GROUPING_SPELLED_OUT.finditer(text)
    return [NetworkMention(slugify(name.group()), name.group(), name.start(), name.end()) for name in found]


# A German registered association ("e. V.") named by the members it gathers, in the plural, or by the region it
# joins: "UNESCO-Welterbestätten Deutschland e. V.", "Deutsche Fachwerkstädte e.V.", "Europäische Metropolregion
# München e.V.", whose id leaves out the legal form. Not a club, a society of friends or a town's own association
# ("Sportverein Bamberg e.V.", "Freundeskreis der Partnerstädte e.V.", "Stadtmarketing Bamberg e.V.").
_REGISTERED_CUE = re.compile(r"\se\.\s?V\.")
_REGISTERED_ASSOCIATION = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÄÖÜ][\w'’-]*(?:\s+(?:(?:für|und|in|im|am|an|von|zur|zum)\s+)?[A-ZÄÖÜ][\w'’-]*){0,6})"
    r"\s+e\.\s?V\.")
_GATHERED_IN_THE_PLURAL = re.compile(r"(?i:städte|stätten|kommunen|gemeinden|landkreise|regionen|metropolregion"
                                     r"|orte|dörfer)(?![\w-])|(?i:städtenetz|netzwerk)")
_NOT_A_NETWORKS_ASSOCIATION = re.compile(r"(?i:freund|förder|partner|sport|turn|fußball|club|klub|musik|karneval"
                                         r"|marketing|heimat|geschicht|bürger|tourismus|verkehrsverein)")
_MEMBERSHIPS_NOUN = re.compile(r"(?:Gründungsmitglied|Mitglied|Mitgliedschaft|Verein|Vereins)\s+")


def _registered_associations(text: str) -> list[NetworkMention]:
    if not _REGISTERED_CUE.search(text):
        return []
    mentions = []
    for found in _REGISTERED_ASSOCIATION.finditer(text):
        start = found.start("name")
        while opening := _MEMBERSHIPS_NOUN.match(text, start, found.end("name")):
            start = opening.end()
        name = text[start:found.end("name")]
        # a members' noun alone ends a longer name: "Förderverein Partnerschaft der Städte e.V."
        if _GATHERED_IN_THE_PLURAL.search(name) and not _GATHERED_IN_THE_PLURAL.fullmatch(name) and (
                not _NOT_A_NETWORKS_ASSOCIATION.search(name)):
            mentions.append(NetworkMention(slugify(name), name, start, found.end("name")))
    return mentions


# A network's former name after its current one ("Alberta Municipalities, known until 2021 as the Alberta Urban
# Municipalities Association", "Energy Cities (formerly Energie-Cités)", "CGLU, anciennement FMCU", "Städtenetz X,
# ehemals Y", "Red X, antes Y", "Rete X, già Y") is the network of the current name: the facts go to that name. The
# current name is a network already found or an organisation's or members' name; a person or a town renamed
# ("Lethbridge, formerly Coalbanks"), or a former role ("formerly president of UCLG") are none of this.
_RENAMED_CUE = case_blind_search(re.compile(literal_alternation((
    "formerly", "previously", "until 19", "until 20", "anciennement", "autrefois", "jusqu", "ehemals", "vormals",
    "früher", "bis 19", "bis 20", "antes", "antiguamente", "anteriormente", "hasta 19", "hasta 20", "già",
    "precedentemente", "fino al 19", "fino al 20")), re.IGNORECASE))
_RENAMED = re.compile(
    r"\s*[,(–—]\s*(?i:(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?|known\s+until\s+\d{4}\s+as"
    r"|until\s+\d{4}\s+(?:known\s+as|called|named)"
    r"|(?:anciennement|autrefois|jusqu['’]en\s+\d{4})(?:\s+(?:appel|nomm|dénomm)ée?)?"
    r"|connue?\s+jusqu['’]en\s+\d{4}\s+(?:sous\s+le\s+nom\s+d['’e]|comme)"
    r"|(?:ehemals|vormals|früher|bis\s+\d{4})(?:\s+(?:als|unter\s+dem\s+namen))?"
    r"|(?:antes|antiguamente|anteriormente|hasta\s+\d{4})(?:\s+(?:llamad|denominad|conocid)[oa](?:\s+como)?)?"
    r"|conocid[ao]\s+hasta\s+\d{4}\s+como"
    r"|(?:già|precedentemente|fino\s+al\s+\d{4})(?:\s+(?:chiamat|denominat|not)[oa](?:\s+come)?)?"
    r"|not[ao]\s+fino\s+al\s+\d{4}\s+come)(?:\s*:)?\s+"
    r"(?:(?i:the|le|la|les|der|die|das|den|el|los|las|il|lo)\s+|(?i:l)['’]\s*)?")
_CURRENT_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:The|Le|La|Les|Die|Der|Das|El|Los|Las|Il|Lo)\s)[A-ZÀ-Þ][\w'’&-]*(?:\s+(?:(?:of|for|de|des|du|der|für|di|del|della|y|et|and|e|und)\s+)?"
    r"[A-ZÀ-Þ][\w'’&-]*){0,6}\Z")
_CURRENT_NAME_CHARS = 90
_GERMAN_ORGANISATIONS_COMPOUND = re.compile(r"\w(?:bund|verband|verbund|netz|netzwerk|tag|städte|gemeinden|kommunen)\b")


def _under_their_current_names(text: str, mentions: list[NetworkMention]) -> list[NetworkMention]:
    renamed = []
    for mention in mentions:
        if (cue := renaming_cue_before(text, mention)) is None or (
                current := _current_name(text, cue, renamed)) is None:
            renamed.append(mention)
            continue
        if current not in renamed:
            renamed.append(current)
        renamed.append(NetworkMention(current.network_id, mention.name, mention.start, mention.end, current.part_of))
    return renamed


def _current_name(text: str, cue: int, found: list[NetworkMention]) -> NetworkMention | None:
    """The network named just before a renaming's cue: one found already, or an organisation's name."""
    if before := [mention for mention in found if mention.end == cue]:
        return before[-1]
    window_start = max(0, cue - _CURRENT_NAME_CHARS)
    if not (name := _CURRENT_NAME_BEFORE.search(text, window_start, cue)):
        return None
    if not (_SPELLED_NOUNS.search(name.group()) or _GERMAN_ORGANISATIONS_COMPOUND.search(name.group())):
        return None
    return NetworkMention(slugify(name.group()), name.group(), name.start(), name.end())


def renaming_cue_before(text: str, mention: NetworkMention) -> int | None:
    """Where the current name ends, when a renaming's cue ("formerly", "anciennement", "früher", "antes llamada",
    "già") joins it to `mention`, a former name; else None."""
    window_start = max(0, mention.start - 60)
    for cue in _RENAMED.finditer(text, window_start, mention.start):
        # the former name may open on a noun its mention leaves out: "ehemals Städtebund Die Hanse"
        if cue.end() == mention.start or _ONE_WORD.fullmatch(text, cue.end(), mention.start):
            return cue.start()
    return None


_ONE_WORD = re.compile(r"[\w'’-]+\s+")


# The name a network was founded under, right after its founding's verb: "L'association a été fondée en 1988 sous le nom
# de Fédération des maires des villes moyennes", "set up in 1982 as Sister Cities New Zealand", "gegründet 1990 unter
# dem Namen ...", "fundada en 1990 con el nombre de ...", "nata nel 1990 con il nome di ...": a former name of the
# network the sentence is about (not what a founding was part of: "created in 2004 as a section of UCLG").
_FOUNDED_UNDER_A_NAME = re.compile(
    rf"\b(?i:{FOUNDING_VERBS})\b[^.;,]{{0,30}}?\s(?i:sous\s+le\s+nom\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)"
    r"|under\s+the\s+name(?:\s+of)?\s+(?:the\s+)?|as\s+(?:the\s+)?|unter\s+dem\s+namen\s+|als\s+"
    r"|(?:bajo|con)\s+el\s+nombre\s+de\s+(?:la\s+|el\s+)?|como\s+(?:la\s+|el\s+)?|con\s+il\s+nome\s+di\s+"
    r"|col\s+nome\s+di\s+|come\s+)\Z")
_FOUNDED_UNDER_A_NAME_CHARS = 90


def founded_under_the_name(text: str, mention: NetworkMention) -> bool:
    """`mention` is the name its network was founded under."""
    return _FOUNDED_UNDER_A_NAME.search(text, max(0, mention.start - _FOUNDED_UNDER_A_NAME_CHARS),
                                        mention.start) is not None


# An acronym the vocabulary does not know, a dash, then an organisation's name that does not spell it, is one network
# going by the acronym, its name given in another language: "EUDEL – Asociación de Municipios Vascos" (Euskadiko
# Udalen Elkartea) is eudel. A name whose words' initials spell the acronym keeps its own slug ("ANCG – Association
# nationale des communes de Guinée"), and a row of names stays a row ("EUDEL – Asociación de Municipios Vascos – FEMP").
_DASH = re.compile(r"\s[-–—]\s")
_ACRONYM_AND_DASH_BEFORE = re.compile(r"(?<![\w.\-–—])(?P<acronym>[A-Z][A-Z0-9]{2,7})\s+[-–—]\s+\Z")
_ACRONYM_BEFORE_CHARS = 14


def _named_by_the_acronym_before(text: str, mention: NetworkMention) -> NetworkMention:
    if mention.network_id in _KNOWN_IDS or mention.part_of or not _MEMBERS_ORGANISATION.match(mention.name):
        return mention
    before = _ACRONYM_AND_DASH_BEFORE.search(text, max(0, mention.start - _ACRONYM_BEFORE_CHARS), mention.start)
    if (not before or _KNOWN.fullmatch(acronym := before.group("acronym")) or _initials_spell(mention.name, acronym)
            or _DASH_AFTER.match(text, mention.end)):
        return mention
    return NetworkMention(slugify(acronym), acronym, before.start(), mention.end)


def _initials_spell(name: str, acronym: str) -> bool:
    """The acronym's letters are initials of the name's words, in order, capitalised or not: "Association nationale
    des communes de Guinée" spells "ANCG"; "Asociación de Municipios Vascos" does not spell "EUDEL"."""
    initials = iter(word[0].lower() for word in _TOKEN.findall(name))
    return all(letter in initials for letter in acronym.lower())


# A German Land's or region's association of local governments, named by the region's adjective and a masculine
# association's noun, is one network in every case it is declined in: "Bayerischer Städtetag", "im Bayerischen
# Städtetag", "des Bayerischen Städtetags" are bayerischer-stadtetag; "Thüringer Gemeinde- und Städtebund", whose
# adjective does not decline, keeps its form. A nation's adjective is not a Land's: the national associations have
# their own names ("Österreichischer Städtebund"), and the "Österreichische Städtetag" is the Städtebund's congress.
# A region's league of Hanseatic towns is named alike: "dem Westfälischen Hansebund" is westfalischer-hansebund.
_LAND_ASSOCIATION = re.compile(
    r"\b(?!Österreich|Schweizer|Deutsch)(?:(?P<stem>[A-ZÄÖÜ][a-zäöüß]{1,20}isch)(?:er|en|es|e)|(?P<indeclinable>[A-ZÄÖÜ][a-zäöüß]{1,20}er))"
    r"\s+(?P<noun>(?:Städte-\s+und\s+Gemeinde|Gemeinde-\s+und\s+Städte|Städte|Gemeinde|Landkreis)(?:tag|bund)"
    r"|Städteverband|Hansebund)(?:e?s)?\b")


# The same association named by its noun and then its Land: "im Städtetag NRW", "Städtetag Baden-Württemberg",
# "Städte- und Gemeindebund Brandenburg" are the Land's own association, not the Deutscher Städtetag.
_LAND_AFTER_ASSOCIATION = re.compile(
    r"\b(?P<noun>(?:Städte-\s+und\s+Gemeinde|Gemeinde-\s+und\s+Städte|Städte|Gemeinde|Landkreis)(?:tag|bund))(?:e?s)?"
    r"\s+(?P<land>NRW|Nordrhein-Westfalen|Baden-Württemberg|Rheinland-Pfalz|Saarland|Schleswig-Holstein"
    r"|Niedersachsen|Sachsen-Anhalt|Sachsen|Brandenburg|Mecklenburg-Vorpommern|Thüringen|Hessen|Bayern)(?![\w-])")


# A Land's short form and its full name are one Land, so one association: "Städtetag NRW" is the "Städtetag
# Nordrhein-Westfalen", whose id is its full name's.
_LAND_FULL_NAME = {"NRW": "Nordrhein-Westfalen"}


def _associations_of_a_land(text: str) -> list[NetworkMention]:
    if "tädte" not in text and "emeinde" not in text and "andkreis" not in text and "ansebund" not in text:
        return []  # most texts: no association's noun ("Städte", "Gemeinde", "Landkreis"), no search
    mentions = []
    for found in _LAND_ASSOCIATION.finditer(text):
        adjective = f"{found.group('stem')}er" if found.group("stem") else found.group("indeclinable")
        name = f"{adjective} {found.group('noun')}"
        mentions.append(NetworkMention(slugify(name), found.group(), found.start(), found.end()))
    for found in _LAND_AFTER_ASSOCIATION.finditer(text):
        land = found.group("land")
        name = f"{found.group('noun')} {_LAND_FULL_NAME.get(land, land)}"
        mentions.append(NetworkMention(slugify(name), found.group(), found.start(), found.end()))
    return mentions


# A name after an association's or an alliance's noun, in quotes or capitalised, names a network when it names the
# cities it gathers: "Verein „Alpenstadt des Jahres“", "l'association « Villes Internet »", and in German unquoted
# ("dem Bündnis Städte Sicherer Häfen", "des Trägervereins Energiestadt", whose noun is its name's first word), in the
# other languages unquoted after the noun in lower case when the text speaks of members ("membre de l'association
# Ville des Alpes de l'Année", "socio dell'associazione Città del Vino"; not "la asociación de vecinos"). Not a
# twinning's association ("Verein „Städtepartnerschaft Würzburg–Caen“"): a partnership of two.
_NAME_AFTER_AN_ASSOCIATIONS_NOUN = re.compile(
    rf"\b(?:(?i:verein(?:s|e)?|bündnis(?:ses)?|association|associazione|asociación|alliance|alleanza|alianza)\s+"
    rf"{_QUOTED_NAME}|(?:Verein|Bündnis|Trägerverein)(?:es|ses|s)?\s+(?P<name>{_CAPITALISED_NAME})"
    rf"|(?<=[ ’'])(?:association|associazione|asociación)\s+(?P<name_latin>{_NAMES_CAPITALISED_WORD}"
    rf"(?:\s+{_NAMES_CAPITALISED_WORD}){{0,3}}(?:{_NAMES_INNER_LINK}{_NAMES_CAPITALISED_WORD}"
    rf"(?:\s+{_NAMES_CAPITALISED_WORD}){{0,2}}){{0,4}}))")
_GATHERS_CITIES = re.compile(r"(?i:städte|stadt|cities|city|villes?\b|città|ciudad|comuni\b|gemeinden|kommunen"
                             r"|municipios|towns)")
# An unquoted German name's word ends on the cities it gathers ("Energiestadt", "Städte"), not a town's feast, library
# or works ("Trägerverein Stadtfest", "Verein Stadtbibliothek").
_ENDS_ON_CITIES = re.compile(r"(?i:städte|stadt|gemeinden|gemeinde|kommunen|kommune|cities|towns)\b")
_A_PARTNERSHIP = re.compile(r"(?i:partner|jumelage|gemellaggio|hermanamiento|twinning)")
# An unquoted name says whom it gathers in its first two words ("Villes Internet", "Walled Towns Friendship Circle",
# "Borghi e Città Murate"), not a local club's or a city's own ("Pro Loco Città Alta", "Ville de Lyon Handball").
_NAMED_BY_ITS_MEMBERS = re.compile(r"(?:\S+\s+(?:(?:e|et|and|y)\s+)?)?"
                                   r"(?i:villes?|cities|city|towns?|ciudad(?:es)?|città|comuni)\b")
_ONE_CITYS_OWN = re.compile(r"(?:Ville|City|Town|Ciudad|Città)\s+(?:de|di|of)\s+[A-ZÀ-Þ]")
# The genitive's ending of the German noun opening a name is no part of its id: "des Trägervereins Energiestadt" is
# the Trägerverein Energiestadt.
_GENITIVE_OF_THE_NOUN = re.compile(r"(?<=rein|dnis)(?:ses|es|s)(?= )")


# An association named after the title it awards: the title in quotes, then "the association of the same name"
# ("a reçu le titre de « Ville des Alpes de l'Année » et appartient à l'association du même nom", "holds the title
# “Alpine Town of the Year” and belongs to the association of the same name", "der gleichnamige Verein").
_SAME_NAMES_ASSOCIATION = case_blind_search(re.compile(
    literal_alternation(("du même nom", "of the same name", "gleichnamig", "del mismo nombre", "omonim",
                         "dello stesso nome")), re.IGNORECASE))
_QUOTED_TITLE = re.compile(rf"\b(?i:titre|title|titel|título|titolo)(?:\s+(?i:de|of|des|del|di|als))?\s*{_QUOTED_NAME}")


_ASSOCIATION_OF_THE_SAME_NAME = re.compile(
    r"(?i:association|asociación|associazione|network|réseau|red|rete)\s+(?i:du\s+même\s+nom|of\s+the\s+same\s+name"
    r"|del\s+mismo\s+nombre|omonima|dello\s+stesso\s+nome)|(?i:gleichnamige[nmrs]?)\s+(?:Verein|Verband|Netzwerk"
    r"|Bündnis)|(?i:omonima)\s+(?i:associazione|rete)")
# the title of a town: "Ville des Alpes de l'Année", "Alpine Town of the Year", "Alpenstadt des Jahres"
_A_TOWNS_TITLE = re.compile(r"(?i:ville|city|town|stadt|ciudad|città|comune|gemeinde|village|dorf|pueblo|borgo)")


def _named_after_their_title(text: str) -> list[NetworkMention]:
    if not _SAME_NAMES_ASSOCIATION.search(text) or not _ASSOCIATION_OF_THE_SAME_NAME.search(text):
        return []
    return [NetworkMention(slugify(found.group("name_quoted")), found.group("name_quoted"), *found.span("name_quoted"))
            for found in _QUOTED_TITLE.finditer(text) if _A_TOWNS_TITLE.search(found.group("name_quoted"))]


# A town's title "of the year", which the association that awards it bears, names that association where the text
# speaks of an association, its members or its assembly: "socia dell'associazione Città alpina dell'anno", "Assemblea di
# Città alpina dell'anno", "membre de l'association Ville des Alpes de l'Année", "Alpine Town of the Year", "Verein
# Alpenstadt des Jahres". Its words between the town and the year may be in lower case; not a title alone ("Biella è
# stata proclamata Città alpina dell'anno").
_TITLE_OF_THE_YEAR = re.compile(
    r"(?<![\w’'-])(?P<name>(?:(?:[A-Z][a-z]+\s+)?(?:Città|Ville|Ciudad|City|Town|Village|Borgo|Pueblo|Comune)"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:dell['’]\s*[Aa]nno|de\s+l['’]\s*[Aa]nnée|del\s+[Aa]ño|of\s+the\s+Year)"
    r"|[A-ZÄÖÜ][a-zäöüß]*(?:stadt|dorf|gemeinde)\s+des\s+Jahres))(?![\w’'-])")
# German's capitalised noun before it opens the name, read whole by the readers of associations' names ("Verein
# Alpenstadt des Jahres").
_GERMAN_ASSOCIATIONS_NOUN_BEFORE = re.compile(r"(?:Verein|Trägerverein|Bündnis)(?:es|ses|s)?\s+\Z")
_OF_THE_YEAR_CUE = case_blind_search(re.compile(literal_alternation(("anno", "année", "año", "year", "jahres")),
                                                re.IGNORECASE))


def _titles_of_the_year(text: str) -> list[NetworkMention]:
    if not _OF_THE_YEAR_CUE.search(text) or not (_ASSOCIATIONS_NOUN_CUE.search(text)
                                                  or _A_MEMBERS_ORGANISATION.search(text)):
        return []
    return [_mention(found, "name") for found in _TITLE_OF_THE_YEAR.finditer(text)
            if not _GERMAN_ASSOCIATIONS_NOUN_BEFORE.search(text, max(0, found.start() - _LOOK_BEHIND_CHARS),
                                                           found.start())]


# A proper name with no generic word of its own, which the city's membership introduces by an association's or a
# network's noun in lower case (German's capitalised): "membre de l'association Cité de l'énergie depuis 1998", "socio
# dell'associazione Avviso Pubblico", "miembro de la red Ciudades Amigas", "Mitglied im Verein Energiestadt seit 2000",
# "a member of the association Energy Towns". The name ends its clause or meets a date's or a conjunction's word; a
# French complement in lower case may close it, a plural adjective come before a complement ("membre de l'association
# Sites et Cités remarquables de France"). Not a club's, a trade's, a friends' or residents' association, nor a
# programme, a fund, a festival or a partnership ("membre de l'association Amis du Musée").
_MEMBERSHIP_CUES = ("membre", "member", "mitglied", "miembro", "membro", "soci", "adh", "aderi", "rejoint")
_MEMBER_OF_A_NOUN_THEN_NAME = re.compile(
    r"(?<![\w’'-])(?i:membre|member|mitglied|miembro|membro|soci[oa]|adhère|adhérente?|aderisce|aderente|adhiere"
    r"|adherida|adherido|rejoint)\s+(?i:de\s+l['’]\s*|de\s+la\s+|du\s+|of\s+the\s+|of\s+an?\s+|dell['’]\s*"
    r"|della\s+|del\s+|im\s+|in\s+der\s+|des\s+|der\s+|all['’]\s*|alla\s+|al\s+|à\s+l['’]\s*|au\s+|the\s+|zum\s+"
    r"|de\s+)?(?:association|associazione|asociación|associació|réseau|rete|red|network|alliance|alleanza|alianza"
    r"|Verein(?:s)?|Netzwerk(?:s)?|Bündnis(?:ses)?|Verband(?:es)?)\s+"
    rf"(?P<name>{_NOT_A_NAMES_WORD}{_NAMES_CAPITALISED_WORD}(?:\s+{_NAMES_CAPITALISED_WORD}){{0,3}}"
    rf"(?:{_ADJECTIVE_BEFORE_A_COMPLEMENT}{_NAMES_INNER_LINK}{_NAMES_CAPITALISED_WORD}"
    rf"(?:\s+{_NAMES_CAPITALISED_WORD}){{0,2}}){{0,3}}"
    r"(?:\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|della\s+|dell['’]|del\s+|di\s+)[a-zà-ÿ][\w’'-]{2,})?)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?i:depuis|since|seit|desde|dal|dall['’]|dès|from|en|in|nel|et|and|e|y|und|qui|che|que"
    r"|which|die|das|der)\b)")


# a town's own promotion or feast committee: "Pro Loco Città Alta", "Comité des fêtes", "Heimatverein"
_TOWNS_OWN_CLUB = re.compile(r"(?i:pro\s+loco|comit[ée]\s+des\s+f[êe]tes|syndicat\s+d['’]initiative|heimat|bürger"
                             r"|carnaval|carnevale|karneval|fiestas|festeggiamenti)")


def named_after_a_membership_in_its_noun(text: str) -> list[NetworkMention]:
    """The networks `text` names after the noun the city's membership calls them by (see above)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _MEMBERSHIP_CUES):
        return []
    return [_mention(found, "name") for found in _MEMBER_OF_A_NOUN_THEN_NAME.finditer(text)
            if not (_A_GOVERNMENTS_BODY.search(name := found.group("name")) or _SPORTS_OR_TRADES.search(name)
                    or _A_PARTNERSHIP.search(name) or _NOT_A_NETWORKS_ASSOCIATION.search(name)
                    or _UTILITY_WORD.search(name) or _TOWNS_OWN_CLUB.search(name))]


def _named_after_an_associations_noun(text: str) -> list[NetworkMention]:
    if not _ASSOCIATIONS_NOUN_CUE.search(text):
        return []
    mentions = []
    for found in _NAME_AFTER_AN_ASSOCIATIONS_NOUN.finditer(text):
        group = next(group for group in ("name_quoted", "name", "name_latin") if found.group(group))
        # a capitalised noun before an unquoted name is the name's first word: "Bündnis Städte Sicherer Häfen"
        start = found.start() if group == "name" and found.group()[0].isupper() else found.start(group)
        name = text[start:found.end(group)]
        if group == "name_latin" and not (_A_MEMBERS_ORGANISATION.search(text)
                                          and _NAMED_BY_ITS_MEMBERS.match(found.group(group))
                                          and not _ONE_CITYS_OWN.match(found.group(group))):
            continue  # "l'association Paris Ville Lumière organise un concours": no members, no network
        gathers = _ENDS_ON_CITIES if group == "name" else _GATHERS_CITIES
        if gathers.search(found.group(group)) and not _A_PARTNERSHIP.search(name):
            mentions.append(NetworkMention(slugify(_GENITIVE_OF_THE_NOUN.sub("", name, count=1)), name, start,
                                           found.end(group)))
    return mentions


# An acronym in capitals that an association's, a network's or a cultural route's noun introduces, in the text that
# speaks of its members, founders or assembly, names that network: "l'assemblea generale dell'associazione ATRIUM",
# "membre de l'association ATRIUM", "the ATRIUM association", "im Verein ATRIUM", "la ruta cultural ATRIUM". Not a
# programme's, a fund's, a project's or a company's acronym ("la rete del programma URBACT", "the FEDER fund").
# Behind a test of the characters a match can start with (a capital, or a case-blind noun's first letter: "İ" and "ı"
# are an "i" case-blind): the lookbehinds and the case-blind nouns are otherwise tried at every position of every
# text. `compile_guarded` cannot derive it through the case-blind group.
_ACRONYM_AFTER_ITS_NOUN = re.compile(
    r"(?=[A-Zarniİı])"
    rf"(?:(?:(?<![\w’'-])|{_AFTER_AN_ELIDED_ARTICLE})(?:(?i:association|associazione|asociación|associació|réseau|rete"
    r"|red|network|alliance|alleanza"
    r"|alianza|itinerario\s+culturale|itinéraire\s+culturel|route\s+culturelle|ruta\s+cultural)|Verein(?:s|es)?"
    r"|Netzwerk(?:s|es)?|Verband(?:s|es)?|Bündnis(?:ses)?|Kulturroute)\s+(?P<name>[A-Z][A-Z0-9]{2,7})(?![\w’'-])"
    r"|(?<![\w’'-])(?P<name_first>[A-Z][A-Z0-9]{2,7})\s+(?:association|network|cultural\s+route)\b)")
_ACRONYMS_NOUN_CUE = case_blind_search(re.compile(literal_alternation((
    "associa", "asocia", "réseau", "rete ", "red ", "network", "allian", "allean", "alianz", "culturale",
    "culturel", "cultural", "verein", "netzwerk", "verband", "bündnis", "kulturroute")), re.IGNORECASE))
_NOT_A_NETWORKS_KIND = re.compile(
    r"(?i:programm|programa|project|projet|proyecto|progett|projekt|fund\b|fonds|fondo|company|société|società"
    r"|empresa|unternehmen|gmbh|s\.p\.a|s\.a\.)")
_KIND_WINDOW_CHARS = 30
# An assembly alone is any association's: a network's where local governments or their councils are spoken of too.
_AN_ASSEMBLY = case_blind_search(re.compile(r"assembl|asamblea|versammlung|plenar|plénière", re.IGNORECASE))
_LOCAL_GOVERNMENTS_OR_COUNCILS = case_blind_search(re.compile(
    r"comunal|municipal|council|conseil|consiglio|ayuntamiento|gemeinderat|stadtrat|città|cities|villes|ciudades"
    r"|städte|comuni\b|communes|municipios", re.IGNORECASE))


def _speaks_of_members(text: str) -> bool:
    if _FOUNDERS.search(text) or any(not _AN_ASSEMBLY.match(found.group())
                                     for found in _A_MEMBERS_ORGANISATION.finditer(text)):
        return True
    return bool(_AN_ASSEMBLY.search(text) and _LOCAL_GOVERNMENTS_OR_COUNCILS.search(text))


def acronyms_after_their_noun(text: str) -> list[NetworkMention]:
    """The acronyms in capitals an association's, a network's or a route's noun introduces (see above)."""
    if not _ACRONYMS_NOUN_CUE.search(text) or not _speaks_of_members(text):
        return []
    mentions = []
    for found in _ACRONYM_AFTER_ITS_NOUN.finditer(text):
        group = "name" if found.group("name") else "name_first"
        window = text[max(0, found.start() - _KIND_WINDOW_CHARS):found.end() + _KIND_WINDOW_CHARS]
        if _KNOWN.fullmatch(found.group(group)) or _NOT_A_NETWORKS_KIND.search(window):
            continue
        mentions.append(_mention(found, group))
    return mentions


# Searched in the text lowered alike (`case_blind_search`): a case-blind alternation is entered word by word at every
# position, a lowered one skips at once the positions none of its words starts at.
_ASSOCIATIONS_NOUN_CUE = case_blind_search(re.compile(
    literal_alternation(("verein", "bündnis", "associa", "asocia", "allian", "allean", "alianz")), re.IGNORECASE))


# An acronym and its name joined by a dash are one network, the acronym's: the name it spells ("ANCB – Association
# nationale des communes du Bénin") or a national section's ("l'AFCDRP - Maires pour la Paix France, l'association
# qui ..."). Not a row of names ("AIMF – Réseau des Villes Créatives – ICLEI"), nor another network ("AIMF –
# Eurocities", "AIMF – Association des maires du Bénin").
_DASH_BETWEEN = re.compile(r"\s+[-–—]\s+")
_DASH_AFTER = re.compile(r"\s*[-–—|/]")
_KNOWN_IDS = frozenset(_NETWORK_OF_GROUP.values())


def _without_names_after_their_acronym(text: str, mentions: list[NetworkMention]) -> list[NetworkMention]:
    kept = mentions[:1]
    for mention in mentions[1:]:
        acronym = kept[-1]
        if (acronym.name.isupper() and " " not in acronym.name and " " in mention.name
                and _DASH_BETWEEN.fullmatch(text, acronym.end, mention.start)
                and not _DASH_AFTER.match(text, mention.end)
                and (mention.part_of or mention.network_id not in _KNOWN_IDS and spells(mention.name, acronym.name))):
            continue
        kept.append(mention)
    return kept


# A network the vocabulary does not know, told by the form of its name: an organisation's noun and the members it
# gathers ("Union mondiale des villes olympiques", "World Union of Olympic Cities", "Liga de Ciudades Históricas",
# "Verband der Hansestädte im Ostseeraum", "Association des maires de France").
_ORGANISATION = (r"union|unión|unione|unió|association|asociación|associazione|associació|alliance|alianza|alleanza"
                 r"|aliança|federació|xarxa|organi[sz]ation"
                 r"|organización|organizzazione|réseau|network|red|rete|netzwerk|verband|bund|ligue|league|liga|lega"
                 r"|conseil|council|consejo|consiglio|fédération|federation|federación|federazione|coalition"
                 r"|coalición|coalizione|partenariat|partnership|centre|center|centro|zentrum|conférence|conference"
                 r"|conferencia|conferenza|forum|foro")
_GATHERED = (r"villes|cités|cities|towns|städte|hansestädte|ciudades|città|communes|comuni|municipalities|municipios"
             r"|municipalidades|municipis|ciutats|concellos|cidades|municípios"
             r"|municipalités|gemeinden|kommunen|maires|mayors|alcaldes|sindaci|bürgermeister|capitales|capitals"
             r"|capitali|hauptstädte|métropoles|metrópolis|metropoli|metropolises|collectivités"
             r"|gouvernements\s+locaux|local\s+(?:governments|authorities)|gobiernos\s+locales|governi\s+locali"
             r"|régions|regions|regiones|regioni|regionen")
_CAPITALISED_ORGANISATION = rf"(?=[A-ZÀ-Ý])(?i:{_ORGANISATION})"
# The verb after the name, not a word of it: "Die Union der Hauptstädte wurde 1961 gegründet", "L'Union des villes
# est née", "The Union of Capitals was founded", "La Unión de Ciudades fue creada", "L'Unione delle città è nata".
_AUXILIARY = (r"wurden?|ist|sind|war|waren|hat|haben|hatte|est|sont|fut|ont|avait|was|were|is|are|has|have|had|es"
              r"|son|fue|fueron|ha|han|había|è|sono|fu|furono|hanno|aveva")
# "Municipalities and Regions", "villes et gouvernements locaux", "Städte und Gemeinden"
_GATHERED_PAIR = rf"(?i:(?:{_GATHERED})(?:\s+(?:and|et|y|e|und)\s+(?:{_GATHERED}))?)"
# A network's noun and the cities, mayors or local governments it gathers, for a name found with its acronym (a
# federation or an agency with an acronym is not taken for a network).
_GATHERS = re.compile(rf"\b(?i:{_GATHERED})\b")
_NETWORK_NOUN = re.compile(r"\b(?i:réseau|red|rete|network|netzwerk|städtenetzwerk|xarxa)\b")
# A name goes on through an elided article and the capitalised words after it, joined by a conjunction: "Forum delle
# Città dell'Adriatico e dello Ionio", "Association des Villes d'Europe et d'Asie", "Unione dei Comuni dell'Alta Valle".
_ELIDED_COMPLEMENT = (r"\s+(?i:d|dell|dall|nell|l|de\s+l)['’](?=[A-ZÀ-Þ])[\w-]+(?:\s+[A-ZÀ-Þ][\w-]*)?"
                      r"(?:\s+(?:e|et|y|and)\s+(?:(?i:d|dell|l)['’]|(?:dello|della|degli|delle|dei|del|des|du|de)\s+)"
                      r"(?=[A-ZÀ-Þ])[\w-]+)?")
_NAME_BY_FORM = re.compile(
    rf"(?P<name>{_CAPITALISED_ORGANISATION}(?:\s+[a-zà-ÿ]+){{0,2}}\s+(?:des|de\s+las|de\s+los|de|del|dei|delle|degli"
    rf"|d['’])\s*(?:[\w-]+\s+){{0,2}}?{_GATHERED_PAIR}"
    rf"(?:\s+(?!(?:et|and|y|e|und|pour|for|per|qui|que|dont|en|à|a|in|de|des|du|of|del|di|{_AUXILIARY})\b)[\w-]+\b(?!['’]))?"
    rf"(?:\s+(?:de|of|del|di)\s+[A-Z][\w-]*|{_ELIDED_COMPLEMENT})?"
    rf"|(?:[A-Z][\w-]*\s+){{0,2}}{_CAPITALISED_ORGANISATION}\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}(?=[A-Z])"
    rf"{_GATHERED_PAIR})")
_ARTICLE = r"(?:(?:L['’]|La|Le|Les|The|El|Los|Las|Die|Der|Das|Il|Lo)\s*)?"
# The subject of a sentence: such a name, or an acronym in apposition to a network's noun ("El CIDEU, la red
# iberoamericana de ...", "ICLD, the network of ...").
_NAME_AS_SUBJECT = re.compile(
    rf"{_ARTICLE}(?:{_NAME_BY_FORM.pattern}"
    r"|(?P<apposed>[A-Z][A-Z\d&-]{1,7}),\s+(?:(?i:la|le|l['’]|the|el|il|das|die|der|a|an|une?)\s*)"
    r"(?i:red|réseau|network|rete|netzwerk|städtenetzwerk|association|asociación|associazione|alliance|alianza"
    r"|organisation|organization|organización|organizzazione|union|unión|league|liga|verband|bund)\b)")


def _mention(found: re.Match, group: str) -> NetworkMention:
    name = found.group(group)
    return NetworkMention(slugify(name), name, found.start(group), found.end(group))


# "Red de alcaldes de casi 100 ciudades líderes", "Réseau de maires de près de 100 villes": a number of members in or
# right after the words describes a network, it does not name one.
_A_NUMBER = re.compile(r"\d")
_NUMBER_AFTER_NAME = re.compile(
    r"(?:\s+(?i:de|des|d['’]|of|von|di|del|della|da|près|plus|presque|environ|casi|más|cerca|nearly|almost|about"
    r"|around|over|some|more|than|fast|über|rund|etwa|knapp|quasi|oltre|circa)){0,4}\s+\d")


def network_as_subject(sentence: str) -> NetworkMention | None:
    """The network the vocabulary does not know that opens a sentence as its subject: "L'Union mondiale des villes
    olympiques, dont ...", "El CIDEU, la red iberoamericana de ... , tiene su sede en Barcelona"."""
    found = _NAME_AS_SUBJECT.match(sentence)
    if not found or (found.group("name") and (_A_NUMBER.search(found.group("name"))
                                              or _NUMBER_AFTER_NAME.match(sentence, found.end("name")))):
        return None
    return _mention(found, "name" if found.group("name") else "apposed")


# French, Spanish and Italian write an organisation's name with its first noun alone capitalised: "l'Alliance des
# villes des Grands Lacs et du Saint-Laurent", "l'Association des maires ruraux de France", "el Consejo de ciudades y
# regiones del Danubio", "l'Associazione dei comuni del Lago di Garda". A capitalised noun of an organisation of
# members, the members it gathers and the place it gathers them in, capitalised, make the name; "l'association des
# maires de la ville" or "Grands Lacs" alone do not. A council gathers cities or regions, not mayors: "Conseil des
# maires de Montréal" is a city's body; "Conseil municipal", "Consejo de Ministros" gather no members.
_COUNCILS_NOUNS = ("Conseil", "Consejo", "Consiglio", "Council")
_LOWER_CASE_MEMBERS = (r"villes|communes|municipalités|collectivités|maires|régions|ciudades|municipios|municipalidades"
                       r"|alcaldes|regiones|città|comuni|sindaci|regioni|cities|municipalities|towns|mayors|regions")
_MAYORS = re.compile(r"(?i:maires|alcaldes|sindaci|mayors)")
_PLACES_WORDS = (r"[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*){0,2}"
                 r"(?:(?:\s+(?:de|del|di|du|de\s+la)\s+|\s+d['’])[A-ZÀ-Þ][\w’'-]*)?")
_LOWER_CASE_NAMES_NOUN = (r"Alliance|Association|Union|Fédération|Ligue|Conseil|Alianza|Asociación|Unión|Federación"
                          r"|Liga|Consejo|Alleanza|Associazione|Unione|Federazione|Lega|Consiglio|Council")
_PLACES_COMPLEMENT = (rf"\s+(?:de\s+la|de\s+l['’]|des|du|de|del|dello|della|delle|dei|degli|di|d['’]|dell['’]|of)\s*"
                      rf"(?:(?:la|le|les|the)\s+)?(?=[A-ZÀ-Þ]){_PLACES_WORDS}"
                      rf"(?:\s+(?:et|e|y|and)\s+(?:du|des|de\s+la|del|della|dello|dei|delle|d['’]|dell['’]|l['’])\s*"
                      rf"(?!(?:{_LOWER_CASE_NAMES_NOUN})\b)(?=[A-ZÀ-Þ])[\w’'-]+)?")
_NAME_IN_LOWER_CASE = re.compile(
    rf"(?<![\w-])(?P<name>(?P<noun>{_LOWER_CASE_NAMES_NOUN})"
    rf"(?:\s+[a-zà-ÿ]+)?\s+(?:des|de\s+las|de\s+los|de|del|dei|delle|degli|of)\s+(?P<members>(?i:{_LOWER_CASE_MEMBERS})"
    rf"(?:\s+(?:et|e|y|and)\s+(?:(?:des|de\s+las|de\s+los|delle|dei|degli|les|las|los|le)\s+)?"
    rf"(?i:{_LOWER_CASE_MEMBERS}))?)(?:\s+[a-zà-ÿ]+)?{_PLACES_COMPLEMENT})(?![\w’'-])")
# Searched in the text lowered alike (`case_blind_search`), as the associations' nouns are.
_LOWER_CASE_MEMBERS_CUE = case_blind_search(re.compile(literal_alternation((
    "villes", "communes", "municipal", "collectivités", "maires", "régions", "ciudades", "municipios", "alcaldes",
    "regiones", "città", "comuni", "sindaci", "regioni", "cities", "towns", "mayors", "regions")), re.IGNORECASE))


def _names_in_lower_case(text: str) -> list[NetworkMention]:
    if not _LOWER_CASE_MEMBERS_CUE.search(text):
        return []
    return [_mention(found, "name") for found in _NAME_IN_LOWER_CASE.finditer(text)
            if not (found.group("noun") in _COUNCILS_NOUNS and _MAYORS.search(found.group("members")))
            and not _A_GOVERNMENTS_BODY.search(found.group("name"))]


# German names an organisation of cities by its noun and the cities in the genitive, often a compound saying what they
# share, and may elide the compound's shared part: "Rat der Donaustädte und -regionen" (Danube cities and regions),
# "Verband der Hansestädte im Ostseeraum", "Bund der Alpenstädte und -gemeinden". Declined, the noun names the same
# network ("des Rates der Donaustädte"). Cities without a compound, a second kind of member or a region are a
# description ("im Rat der Städte"); a city's own council ("Rat der Stadt Ulm", "Gemeinderat") and an event ("Konferenz
# der Donaustädte") are no network.
_GERMAN_CITIES = r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:städte|gemeinden|kommunen)|Städte|Gemeinden|Kommunen)"
_GERMAN_NAME_OF_CITIES = re.compile(
    r"\b(?P<noun>Rat|Verband|Bund|Bündnis|Netzwerk|Vereinigung|Allianz|Union|Liga|Arbeitsgemeinschaft)(?:es|ses|s)?"
    rf"\s+(?P<rest>der\s+(?P<cities>{_GERMAN_CITIES})(?P<more>\s+und\s+(?:-[a-zäöüß]+\b|[A-ZÄÖÜ][a-zäöüß]*(?:regionen"
    r"|gemeinden|städte|kommunen|kreise)|Regionen|Gemeinden|Städte|Kommunen|Landkreise|Kreise))?"
    r"(?P<region>\s+(?:im|am)\s+[A-ZÄÖÜ][a-zäöüß]+raum)?)(?![\w-])")


def _german_names_of_cities(text: str) -> list[NetworkMention]:
    if " der " not in text or not ("tädte" in text or "emeinden" in text or "ommunen" in text):
        return []
    return [NetworkMention(slugify(f"{found.group('noun')} {found.group('rest')}"), found.group(), found.start(),
                           found.end())
            for found in _GERMAN_NAME_OF_CITIES.finditer(text)
            if found.group("more") or found.group("region") or found.group("cities") not in ("Städte", "Gemeinden",
                                                                                             "Kommunen")]


# A cross-border body named by a "Euro-" compound before its region's name: "Eurorégion Pyrénées-Méditerranée",
# "Euroregione Tirolo", "Eurociudad Chaves-Verín", "Euroregión Galicia-Norte de Portugal", or a region's adjective
# closing the name ("l'Eurocité basque,"). German capitalises its nouns ("dass die Euroregion Projekte fördert") and
# shares "Euroregion" and "Eurodistrict" with English, and "Eurocity" is also a train's: after those spellings only a
# name that is one by its form is read, its words joined by a hyphen or a slash ("Euroregion Elbe/Labe", "Euregio
# Maas-Rhein", "Eurodistrict Strasbourg-Ortenau"), closed by a "+" ("EuRegio SaarLorLux+") or ending the clause.
_REGIONS_WORD = r"[A-ZÀ-Þ][\w'’]*(?:[-/][A-ZÀ-Þ][\w'’]*){0,3}"
_EURO_COMPOUND_NAME = re.compile(
    r"(?<![\w-])(?P<name>(?:Eurorégion|Eurorregi[óo]n|Euroregión|Euroregione|Eurodistretto|Eurocité|Eurociudad"
    rf"|Eurocittà|Eurocidade)(?:\s+{_REGIONS_WORD}){{1,3}}(?:\s+(?:de\s+la|de|del|des|du|di|della)\s+{_REGIONS_WORD})?"
    r"\+?|(?:Eurocité|Eurociudad|Eurocittà|Eurocidade|Euroregione|Eurorégion)\s+[a-zà-ÿ]{3,}(?=\s*(?:$|[,.;:()–—]))"
    rf"|(?:Euroregion|Eu[Rr]egio|Eurodistri[ck]t)\s+(?:(?=[A-ZÀ-Þ][\w'’]*[-/]){_REGIONS_WORD}(?:\s+{_REGIONS_WORD})?\+?"
    rf"|{_REGIONS_WORD}\+|[A-ZÀ-Þ][\w'’]*(?=\s*(?:$|[,.;:()–—]))))(?![\w'’+-])")


def _euro_compound_names(text: str) -> list[NetworkMention]:
    if "Eu" not in text:
        return []
    return [_mention(found, "name") for found in _EURO_COMPOUND_NAME.finditer(text)]


# English names a network of local units by its members, in capitals: a kind of town and the members' noun "of Europe"
# or "of the World" ("The Great Spa Towns of Europe", "Most Beautiful Villages of the World"), a region and "Councils"
# ("South West Councils", "London Councils"), or a "Local Government" body ("Commonwealth Local Government Forum",
# "Welsh Local Government Association"). Not a town's title or its partners ("City of Sanctuary", "Twin Towns of
# Bath"), councils of a kind ("District Councils", "Town and Parish Councils"), nor a forum held in a year.
_NOT_A_KIND_OF_TOWN = (r"(?!(?:The|A|An|All|Many|Some|Other|Our|Its|Their|These|Those|Both|Several|Member|Partner"
                       r"|Twin|Sister|Friendship|Host|Major|Largest|Biggest|Main|Leading|Participating|Neighbouring"
                       r"|Local|District|County|Town|Parish|Borough|City|Unitary|Rural|Urban|Metropolitan|Constituent"
                       r"|Community|Regional|National|Combined|Lead|Shire|English|Welsh|Scottish|Irish|British|In|At"
                       r"|Of|For|And|With|From|By|To|Dear|Why|How|What|When|Where|Which|If)\b)")
# A word closing on a possessive is the owner's, before the name: "the Climate Council's Cities Power Partnership".
_KIND_OF_TOWN_WORD = rf"{_NOT_A_KIND_OF_TOWN}[A-Z][a-z][\w'’-]*(?<!['’]s)"
_ENGLISH_NAME_OF_LOCAL_UNITS = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_KIND_OF_TOWN_WORD}\s+){{1,3}}(?:Towns|Cities|Villages|Municipalities|Ports)\s+of\s+"
    rf"(?:Europe|the\s+World|the\s+Mediterranean|the\s+Baltic)"
    rf"|(?:{_KIND_OF_TOWN_WORD}\s+){{1,3}}Councils(?!\s+(?:[A-Z]|of\b|and\b|&))"
    rf"|(?:{_KIND_OF_TOWN_WORD}\s+){{1,3}}Local\s+Government\s+(?P<noun>Forum|Association|Network|Alliance|Federation"
    r"|Partnership|Confederation))(?![\w'’-])")


# English also names a network by its members and its noun last, with words of its own before or between them: "Cities
# Power Partnership", "Resilient Towns Alliance", "Mayors Climate Coalition". Not the bare members and noun ("Cities
# Alliance"), a twinning's or a partner's ("Twin Cities Partnership"), a longer name's start ("Smart Cities Partnership
# Fund") nor a programme ("the Healthy Towns Alliance programme"). A "... Cities Network" is left to the readers of
# networks' names, which tell it from the acronym a heading gives it ("Mcn" over "Medium Cities Network").
_MEMBERS_THEN_ENGLISH_NOUN = re.compile(
    rf"(?<![\w'’-])(?P<name>(?P<before>(?:{_KIND_OF_TOWN_WORD}\s+){{0,3}})(?:Cities|Towns|Mayors|Municipalities|Councils)"
    rf"(?P<between>(?:\s+{_KIND_OF_TOWN_WORD}){{0,2}})\s+(?:Partnership|Alliance|Coalition|Compact|League))"
    r"(?![\w'’-]|\s+[A-Z0-9])")
_ENGLISH_NOUNS_LAST = ("Partnership", "Alliance", "Coalition", "Compact", "League")


# English names an alliance by its members and the country it gathers them in, with a word of their own before them:
# "Regional Capitals Australia", "Regional Cities Canada", "Historic Towns Europe", "Global Cities New Zealand". Not a
# twinning's or a partner's ("Sister Cities Australia" aside, which names no kind of town), nor a longer name's start
# ("... Australia Program").
_MEMBERS_THEN_COUNTRY = re.compile(
    r"(?<![\w'’-])(?P<name>(?:(?!(?:The|A|An|All|Many|Some|Other|Our|Its|Their|These|Those|In|Of|For|And|With|Member"
    r"|Partner|Twin|Sister|Major|Largest|Biggest|Main|Leading|Participating|Neighbouring)\b)[A-Z][a-z][\w'’-]*\s+){1,2}"
    rf"(?:Capitals|Cities|Towns|Councils|Municipalities){_REGION_AFTER_NAME.pattern})")
_MEMBERS_BEFORE_COUNTRY_CUE = ("Capitals ", "Cities ", "Towns ", "Councils ", "Municipalities ")


def _english_names_of_members_and_country(text: str) -> list[NetworkMention]:
    if not any(cue in text for cue in _MEMBERS_BEFORE_COUNTRY_CUE):
        return []
    return [_mention(found, "name") for found in _MEMBERS_THEN_COUNTRY.finditer(text)
            if not _A_GOVERNMENTS_BODY.search(text, found.end(), found.end() + _KIND_WINDOW_CHARS)
            and not _DESCRIBED_AS_NO_NETWORK.match(text, found.end())]


def _english_names_of_members_and_noun(text: str) -> list[NetworkMention]:
    if not any(noun in text for noun in _ENGLISH_NOUNS_LAST):
        return []
    return [_mention(found, "name") for found in _MEMBERS_THEN_ENGLISH_NOUN.finditer(text)
            if (found.group("before") or found.group("between")) and not _A_GOVERNMENTS_BODY.search(found.group())
            and not _DESCRIBED_AS_NO_NETWORK.match(text, found.end())]


def _english_names_of_local_units(text: str) -> list[NetworkMention]:
    if not ("Councils" in text or "Local Government " in text or " of " in text and ("Towns" in text
            or "Cities" in text or "Villages" in text or "Municipalities" in text or "Ports" in text)):
        return []
    return [_mention(found, "name") for found in _ENGLISH_NAME_OF_LOCAL_UNITS.finditer(text)
            if found.group("noun") != "Forum" or (_A_MEMBERS_ORGANISATION.search(text)
                                                  and not _YEAR_AFTER.match(text, found.end()))]


# German names a regional body of local governments by a compound noun and its region: "Städteverband
# Schleswig-Holstein", "Regionalverband Ruhr", "Kommunalverband Großraum Braunschweig"; a metropolitan region's
# association by its adjective or its "e.V." ("Europäische Metropolregion München e.V.", "der Europäischen
# Metropolregion Nürnberg"), and a cross-border conference by its adjective ("Internationale Bodensee-Konferenz"). The
# name is one in every case ("der Europäischen ..." is the "Europäische ..."). Not a region as a place ("in der
# Metropolregion Rhein-Neckar"), a party's or a club's branch ("Kreisverband", "Landesverband"), a special-purpose
# utility ("Zweckverband"), nor a conference held in a year ("die Bodensee-Konferenz 2024").
_GERMAN_REGIONS_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+){0,2}"
_GERMAN_REGIONAL_BODY = re.compile(
    rf"(?<![\w-])(?P<name>(?:Städte|Gemeinde|Kommunal|Regional)verband(?:e?s)?\s+"
    # a region of two words opens on its kind or its adjective ("Großraum Braunschweig", "Mittlerer Oberrhein"): German
    # capitalises the noun after a name too ("im Regionalverband Ruhr Projekte fördern")
    rf"(?:(?:Großraum|Region|Raum|[A-ZÄÖÜ][a-zäöüß]+er)\s+)?{_GERMAN_REGIONS_WORD}"
    rf"|(?P<adjective>Europäische|Internationale|Grenzüberschreitende)(?P<ending>n)?\s+(?:Metropolregion\s+"
    rf"{_GERMAN_REGIONS_WORD}|{_GERMAN_REGIONS_WORD}-Konferenz)"
    rf"|Metropolregion\s+{_GERMAN_REGIONS_WORD}(?=\s+e\.\s?V\.))(?![\w-])")


def _german_regional_bodies(text: str) -> list[NetworkMention]:
    if "verband" not in text and "Metropolregion" not in text and "-Konferenz" not in text:
        return []
    mentions = []
    for found in _GERMAN_REGIONAL_BODY.finditer(text):
        if _YEAR_AFTER.match(text, found.end()):
            continue
        name = found.group("name")
        if found.group("ending"):  # "der Europäischen Metropolregion München": the name's nominative
            name = found.group("adjective") + name[found.end("ending") - found.start("name"):]
        mentions.append(NetworkMention(slugify(_GENITIVE_OF_A_VERBAND.sub("", name)), found.group("name"),
                                       *found.span("name")))
    return mentions


_GENITIVE_OF_A_VERBAND = re.compile(r"(?<=verband)e?s(?= )")


_INITIAL = re.compile(r"\b[A-ZÀ-Ý]")


def is_a_longer_form(full: NetworkMention, short: NetworkMention) -> bool:
    """A network the vocabulary does not know, named in full as an organisation's noun and its words before the short
    form's: "Associazione Nazionale Città dell'Olio" is the longer form of "Città dell'Olio", "Association des Villes
    Lumière de France" is not of "Villes Lumière"."""
    full_name, short_name = full.name.casefold(), short.name.casefold()
    if _opens_the_longer_name(full_name, short_name, short) or _without_its_nations_adjective(full_name, short_name,
                                                                                             full, short):
        return True
    if (full.network_id in _KNOWN_IDS or short.network_id in _KNOWN_IDS or short.part_of
            or short.network_id == full.network_id or " " not in short_name
            or not full_name.endswith(f" {short_name}")):
        return False
    prefix = full.name[:len(full.name) - len(short.name)]
    return bool(_MEMBERS_ORGANISATION.match(prefix)) and len(prefix.split()) <= _PREFIX_WORDS


_PREFIX_WORDS = 3
# A name's short form may be its opening words, the full name going on with a complement the short form leaves out:
# "Union der Hauptstädte" of "Union der Hauptstädte der Europäischen Union", "Rat der Donaustädte" of "Rat der
# Donaustädte und -regionen", "l'Alliance des villes" of "Alliance des villes des Grands Lacs et du Saint-Laurent".
_COMPLEMENT_OPENING = re.compile(r" (?:der|des|du|de|of|del|della|delle|dei|degli|di|d['’]|dell['’]|und|et|and|y|e)\b")


# A name's short form may leave out the adjective of its nation after its noun: "Red de Ciudades Inteligentes" of "Red
# Española de Ciudades Inteligentes", "Réseau des Villes-Santé" of "Réseau français des Villes-Santé", "Rete delle Città
# Sane" of "Rete Italiana delle Città Sane".
_NATIONS_ADJECTIVE = re.compile(r" (?:español|española|nacional|français|française|national|nationale|italiano|italiana"
                                r"|nazionale|suisse|svizzera|suiza|belge|austriaca|autrichien|autrichienne) ")


def _without_its_nations_adjective(full_name: str, short_name: str, full: NetworkMention, short: NetworkMention
                                   ) -> bool:
    if full.network_id in _KNOWN_IDS or short.network_id in _KNOWN_IDS or short.part_of or " " not in short_name:
        return False
    adjective = _NATIONS_ADJECTIVE.search(full_name, 0, len(full_name))
    return bool(adjective and adjective.start() == full_name.find(" ")
                and full_name[:adjective.start()] + full_name[adjective.end() - 1:] == short_name)


def _opens_the_longer_name(full_name: str, short_name: str, short: NetworkMention) -> bool:
    return (short.network_id not in _KNOWN_IDS and not short.part_of and " " in short_name
            and full_name.startswith(short_name) and bool(_COMPLEMENT_OPENING.match(full_name, len(short_name))))




def spells(name: str, acronym: str) -> bool:
    """The name's capitalised words begin with the acronym's letters: "Centro Iberoamericano de Desarrollo Estratégico
    Urbano" spells "CIDEU"."""
    return acronym in "".join(initial.group() for initial in _INITIAL.finditer(name)).upper()


_WORD = r"[\w'’\-]+"
# "Un réseau de villes solidaires", "Ein Netzwerk von Kommunen für das Klima", "Im Netzwerk der europäischen Städte":
# a description of a network, not its name.
_NOT_AN_ARTICLE = (r"(?!(?i:un|une|ein|eine|einem|einer|eines|im|am|beim|zum|the|a|an|our|notre|nos|nuestra|nuestro"
                   r"|el|la|le|les|los|las|il|lo|uno|una|der|die|das|dans|in|en|nel|nella|del|della|au|aux)\s)")
_ORGANISATION_NAME = re.compile(
    rf"(?P<name>(?P<before>(?:{_NOT_AN_ARTICLE}[A-Z]{_WORD}\s+){{0,2}})(?i:{_ORGANISATION})(?P<qualifier>(?:\s+{_WORD}){{0,3}}?)"
    rf"\s+(?i:des|de|of|der|di|delle|dei|degli|del|de\s+las|de\s+los|for|pour|per|für|von)"
    rf"\s+(?:(?i:les|las|los|the|la|le|l['’])\s*)?(?P<adjective>{_WORD}\s+)??(?i:{_GATHERED})(?P<after>(?:\s+{_WORD}){{0,3}}))"
    rf"(?:\s*\([A-Z][A-Z0-9&.\-]{{1,9}}\))?")
# An acronym alone ("CIDEU"), a name only when the text under it spells it out ("El Centro Iberoamericano de Desarrollo
# Estratégico Urbano"), with an organisation's noun or its members' among the words spelled.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,7}")
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w'’\-]*(?:\s+(?:(?:de|del|des|du|d['’]|of|the|for|and|et|y|e|di|della|für|der"
                              r"|la|las|los|le|für)\s+)*[A-ZÀ-Þ][\w'’\-]*)+")
_SPELLED_NOUNS = re.compile(rf"\b(?:{_ORGANISATION}|{_GATHERED})\b", re.IGNORECASE)
_TEXT_UNDER_CHARS = 600
_HEADING_CHARS = 120


def _initial(word: str) -> str:
    return unicodedata.normalize("NFKD", word[0]).encode("ascii", "ignore").decode().upper()


def _spelled_out(acronym: str, text: str) -> bool:
    for run in _CAPITALISED_RUN.finditer(text[:_TEXT_UNDER_CHARS]):
        words = [word for word in run.group().split() if word[0].isupper()]
        for start in range(len(words) - len(acronym) + 1):
            spelled = words[start:start + len(acronym)]
            if "".join(map(_initial, spelled)) == acronym and _SPELLED_NOUNS.search(" ".join(spelled)):
                return True
    return False


# An acronym written as a word ("Efus", "Eccar"), a name when the text under it opens with the words it abbreviates,
# small words aside and whatever their case ("Europäisches Forum für urbane Sicherheit"), among them an organisation's
# noun or its members'; not when that text opens with the heading's word itself ("Paris accueille le réseau ...").
_WORD_ACRONYM = re.compile(r"[A-Z][A-Za-z]{2,7}")
_ARTICLE_OPENING = re.compile(r"\s*(?:(?i:le|la|les|the|der|die|das|el|los|las|il|lo)\s+|(?i:l)['’])?")
_OPENING_CHARS = 120


def _opens_spelling_out(acronym: str, text: str) -> bool:
    opening = text[_ARTICLE_OPENING.match(text).end():_OPENING_CHARS]
    words = [word for word in _TOKEN.findall(opening) if word.casefold() not in _SMALL_WORDS][:len(acronym)]
    return (len(words) == len(acronym) and words[0][0].isupper() and words[0].casefold() != acronym.casefold()
            and "".join(map(_initial, words)) == acronym.upper() and bool(_SPELLED_NOUNS.search(" ".join(words))))


def names_an_acronyms_network(title: str, text_under: str) -> bool:
    """A title that is an acronym alone ("CIDEU", "Efus") and the text under it spells out as an organisation's name."""
    title = title.strip()
    return bool(_ACRONYM.fullmatch(title) and _spelled_out(title, text_under)
                or _WORD_ACRONYM.fullmatch(title) and _opens_spelling_out(title, text_under))


_ACRONYMS_LETTERS = 3  # fewer initials spell too many other bodies' acronyms


def acronym_of(name: str) -> str | None:
    """The acronym the words of a network's name spell, small words aside, each by its initial: "Union des villes
    suisses" spells "UVS", "Verband Kommunaler Unternehmen" "VKU"; None for a name of fewer words than it takes."""
    words = [word for word in _TOKEN.findall(_ELIDED.sub("", name)) if word.casefold() not in _SMALL_WORDS]
    return "".join(map(_initial, words)) if len(words) >= _ACRONYMS_LETTERS else None


def network_named_by_heading(heading: str, text_under: str) -> NetworkMention | None:
    """The network a section's heading names when the vocabulary does not know it: an organisation's name, an acronym
    the text under it spells out, or the name the text under it introduces as a network's ("Die Hanse" over "Der
    Städtebund Die Hanse ...")."""
    heading = heading.strip()
    if len(heading) > _HEADING_CHARS:
        return None
    if (name := _ORGANISATION_NAME.fullmatch(heading)) and (
            name.group("before") or name.group("qualifier") or name.group("adjective") or name.group("after")):
        return NetworkMention(slugify(name.group("name")), name.group("name"), 0, name.end("name"))
    if names_an_acronyms_network(heading, text_under):
        return NetworkMention(slugify(heading), heading, 0, len(heading))
    # the name as the heading writes it, or its last words after the network's noun ("Städtebund Die Hanse")
    introduced = [mention for mention in find_networks(text_under[:_TEXT_UNDER_CHARS])
                  if mention.name == heading or " " in heading and mention.name.endswith(f" {heading}")]
    if introduced:
        return NetworkMention(introduced[0].network_id, heading, 0, len(heading))
    return (_repeated_as_a_networks_name(heading, text_under) or network_named_over_its_facts(heading, text_under)
            or _named_by_an_about_heading(heading, text_under) or _spoken_of_under_its_heading(heading, text_under)
            or _a_place_and_its_members(heading, text_under) or _a_route_of_cities(heading, text_under)
            or a_cross_border_region(heading, text_under))


# A cross-border region's cooperation body, named by the region's noun and a name of two places or two languages joined
# by a hyphen or a slash ("Region Sønderjylland-Schleswig", "Région Alsace-Bade"), over text that calls it a
# cross-border region ("Die grenzüberschreitende Region wird gegründet"); in a sentence, after the cross-border
# region's noun ("die grenzüberschreitende Region Sønderjylland-Schleswig", "la région transfrontalière Grand-Genève",
# "the cross-border region Öresund-Skåne"), German's capitalised noun opening the name. Not a region as a place, which
# no cross-border word qualifies ("Region Hannover", "Région Provence-Alpes-Côte d'Azur").
_CROSS_BORDER = case_blind_search(re.compile(r"grenzüberschreitend|transfrontali|transfronteri|cross-border|crossborder"
                                             r"|binational", re.IGNORECASE))
_HYPHENED_REGIONS_NAME = rf"(?=[A-ZÀ-Þ][\w'’]*[-/]){_REGIONS_WORD}"
_CROSS_BORDER_REGIONS_HEADING = re.compile(rf"(?:Region|Région|Regione|Región|Regio)\s+{_HYPHENED_REGIONS_NAME}")
_CROSS_BORDER_REGION_NAMED = re.compile(
    rf"(?i:grenzüberschreitenden?|cross-border)\s+(?:(?P<noun>Region)|region)\s+(?P<name>{_HYPHENED_REGIONS_NAME})"
    rf"|(?:région|región|regione|region)\s+(?i:transfrontalière|transfronteriza|transfrontaliera)\s+"
    rf"(?P<name_after>{_HYPHENED_REGIONS_NAME})")


def a_cross_border_region(heading: str, text_under: str) -> NetworkMention | None:
    """The cross-border region's body a heading or a timeline entry's title names, over text calling it one."""
    if not _CROSS_BORDER_REGIONS_HEADING.fullmatch(heading) or not _CROSS_BORDER.search(text_under):
        return None
    return NetworkMention(slugify(heading), heading, 0, len(heading))


def _cross_border_regions(text: str) -> list[NetworkMention]:
    if not _CROSS_BORDER.search(text):
        return []
    mentions = []
    for found in _CROSS_BORDER_REGION_NAMED.finditer(text):
        start = found.start("noun") if found.group("noun") else found.start(found.lastgroup)
        name = text[start:found.end()]
        mentions.append(NetworkMention(slugify(name), name, start, found.end()))
    return mentions


# A cultural route named by its noun ("Strada Europea della Ceramica", "Route of Historic Thermal Towns", "Ruta de los
# Castillos", "Via Francigena"), over text that speaks of its association, tells its founding and says it links or
# gathers cities: the association of the route's towns. Not a road or a trail ("Strada Statale 16" over roadworks, "Via
# Alpina" over hikers' stages): no association and no cities linked.
_ROUTES_NAME = re.compile(r"(?:Strada|Route|Ruta|Rotta|Itinerario|Itinéraire|Itinerary|Via|Straße|Chemin|Camino"
                          r"|Cammino)\s+[\w'’-]+(?:\s+[\w'’-]+){0,6}")
_LINKS_CITIES = re.compile(r"\b(?i:collega|relie|links|connects|verbindet|conecta|riunisce|réunit|rassemble|reúne"
                           r"|vereint|brings\s+together|gathers)\s+(?:[\w'’-]+\s+){0,3}?(?i:città|villes|cities|towns|städte"
                           r"|ciudades|comuni|communes|municipios|gemeinden)\b")


# German tells the year first: "wurde 1993 in Magdeburg gegründet"
_YEAR_BEFORE_FOUNDED = re.compile(rf"\b(?:1[89]|20)\d\d\b[^.;]{{0,30}}?\b(?i:{FOUNDING_VERBS})\b")


def _a_route_of_cities(heading: str, text_under: str) -> NetworkMention | None:
    if not _ROUTES_NAME.fullmatch(heading) or not _a_names_own_word(heading.split(None, 1)[1]):
        return None
    text = text_under[:_TEXT_UNDER_CHARS]
    founded = _NETWORKS_FACTS[0].search(text) or _YEAR_BEFORE_FOUNDED.search(text)
    if not (_SPOKEN_OF.search(text) and founded and _LINKS_CITIES.search(text)):
        return None
    return NetworkMention(slugify(heading), heading, 0, len(heading))


# A heading that is a place and the noun of the members it gathers ("Alberta Municipalities", "Ontario Big City Mayors",
# in German the noun first: "Städte Tirols"), over text stating a network's facts ("Member since: 1906", "headquartered
# in Edmonton") and naming no known network: an association of that place's members, named so since a rename. Not the
# members in lower case ("Alberta municipalities": a description), a description of their kind ("European Cities",
# "Large Cities"), a section's heading ("Partner Cities", "Twin Towns") nor a person's card.
_PLACES_MEMBERS = re.compile(
    r"(?P<place>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})\s+(?:Municipalities|Cities|Towns|Councils|Counties"
    r"|Mayors|Villes|Communes|Maires|Ciudades|Municipios|Alcaldes|Città|Comuni|Sindaci)"
    r"|(?:Städte|Gemeinden|Kommunen|Landkreise)\s+(?P<genitive>[A-ZÄÖÜ][\w-]*s)")
_NOT_A_PLACE = re.compile(r"(?i:the|les|la|los|las|le|our|nos|unsere|twin|sister|partner|friendship|host|other|all"
                          r"|nearby|neighbou?ring|participating|smart|creative|resilient|healthy)\b")


def _a_place_and_its_members(heading: str, text_under: str) -> NetworkMention | None:
    if not (named := _PLACES_MEMBERS.fullmatch(heading)) or _SECTIONS_HEADING.search(heading):
        return None
    place = named.group("place") or named.group("genitive")
    if _NOT_A_PLACE.match(place) or _DESCRIBING_WORD.match(place):
        return None
    text = text_under[:_TEXT_UNDER_CHARS]
    if not _states_a_networks_facts(text) or _A_PERSONS_PRONOUN.search(text) or find_networks(text):
        return None
    return NetworkMention(slugify(heading), heading, 0, len(heading))


# "About Newcastles of the World" over "The alliance was founded in 1998 ...", "À propos de Villes Lumière" over "Le
# réseau a été créé ...": a heading about a proper name, over text whose first sentence has a network's noun as its
# subject, names that network ("About the city", "About Newcastle" over a city's history are no network's).
_ABOUT = re.compile(r"(?:About|À propos (?:de |du |d['’])|Über |Acerca de |Sobre |Informazioni su )\s*")
_ABOUTS_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:of|the|for|and|de|des|du|la|der|die|für|di|del|y|et)\s+){0,2}"
                          r"[A-ZÀ-Ý][\w'’-]*){1,5}")
_NETWORKS_NOUN_OPENING = re.compile(
    r"\s*(?:The|This|Le|La|L['’]|Ce|Cette|Der|Die|Das|Dieses|Diese|El|Esta|Il|Questa)\s*(?i:network|alliance|association"
    r"|organi[sz]ation|league|coalition|réseau|netzwerk|verband|bündnis|allianz|red|alianza|asociación|liga|rete"
    r"|alleanza|associazione|lega)\b(?!\s+(?i:de|des|du|d['’]|of|der|del|di|della)\b)")


def _named_by_an_about_heading(heading: str, text_under: str) -> NetworkMention | None:
    if not (about := _ABOUT.match(heading)) or not (name := _ABOUTS_NAME.fullmatch(heading, about.end())):
        return None
    if not _NETWORKS_NOUN_OPENING.match(text_under) or find_networks(name.group()):
        return None
    return NetworkMention(slugify(name.group()), name.group(), name.start(), name.end())


# A heading that is a proper name ("Key Cities", "UK100", "Global Cities New Zealand") or an organisation's name of any
# members ("Le Réseau des sites majeurs de Vauban"), repeated in the sentence under it that says it is a network or
# gathers members ("Key Cities brings together 27 urban authorities", "UK100 is a network of ...", "... is the national
# body for councils"): the name of a network the vocabulary does not know.
_HEADING_ARTICLE = re.compile(r"(?:(?:Le|La|Les|The|Der|Die|Das|El|Los|Las|Il|Lo)\s+|L['’])")
# Its words may be joined by an ampersand ("Sites & Cités") or a slash between two capitalised words, the name in two
# languages or three ("Elbe/Labe", "Neisse/Nisa/Nysa", not a date range), and close on a "+" ("EuRegio SaarLorLux+").
_PROPER_NAME = re.compile(
    r"(?:[A-Z][\w-]*(?:/[A-Z][\w-]*){0,2}(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z0-9][\w-]*(?:/[A-Z][\w-]*){0,2}){1,4}"
    r"|[A-Z]+\d+|[A-Z][a-z]+[A-Z][\w-]*)\+?")
_ORGANISATION_OF = re.compile(rf"(?=[A-ZÀ-Ý])(?i:{_ORGANISATION})\s+(?i:des|de|of|der|di|delle|dei|degli|del|de\s+las"
                              rf"|de\s+los|du)\s+{_WORD}(?:\s+{_WORD}){{0,5}}")
_SAYS_A_NETWORK = re.compile(
    rf"\b(?i:{_ORGANISATION}|group|groupe|grupo|gruppo|gruppe|body|brings\s+together|gathers|links|réunit|rassemble"
    r"|fédère|agrupa|reúne|riunisce|vereint|verbindet|umfasst)\b"
    # an association's own work: "vertritt die Interessen der Kommunen", "represents the interests of its members"
    r"|\b(?i:vertritt\s+die\s+interessen|represents\s+the\s+interests|représente\s+les\s+intérêts"
    r"|rappresenta\s+gli\s+interessi|representa\s+los\s+intereses)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _repeated_as_a_networks_name(heading: str, text_under: str) -> NetworkMention | None:
    name = heading[article.end():] if (article := _HEADING_ARTICLE.match(heading)) else heading
    if not (_PROPER_NAME.fullmatch(name) or _ORGANISATION_OF.fullmatch(name)):
        return None
    text = text_under[:_TEXT_UNDER_CHARS]
    for repeated in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if named := [mention for mention in find_networks(text)
                     if mention.start <= repeated.start() and repeated.end() <= mention.end]:
            # "UNESCO Creative Cities" over "... Teil des UNESCO Creative Cities Network": the name it shortens
            return NetworkMention(named[0].network_id, heading, 0, len(heading))
        starts = [end.end() for end in _SENTENCE_END.finditer(text, 0, repeated.start())]
        end = _SENTENCE_END.search(text, repeated.end())
        sentence = (starts[-1] if starts else 0, end.start() if end else len(text))
        if _SAYS_A_NETWORK.search(text, *sentence) or _founded_then_spoken_of_as_members_body(text, *sentence):
            return NetworkMention(slugify(name), name, 0, len(heading))
    return None


# The name's own sentence gives its founding, and a later one speaks of it by an organisation's noun with members that
# are local governments: "Global Cities New Zealand was set up in 1982 ... It supports councils ... The organisation
# has more than 50 member councils". Not a museum's or a festival's founding ("The museum has 40 rooms": no members).
def _founded_then_spoken_of_as_members_body(text: str, start: int, end: int) -> bool:
    if not _NETWORKS_FACTS[0].search(text, start, end):
        return False
    for sentence_end in _SENTENCE_END.finditer(text, end):
        following = _NETWORKS_NOUN_OPENING.match(text, sentence_end.end())
        if following:
            closing = _SENTENCE_END.search(text, following.end())
            sentence = text[following.end():closing.start() if closing else len(text)]
            return bool(re.search(rf"\b(?i:{_GATHERED_BY_A_NETWORK})\b", sentence))
    return False


# A heading that is the proper name of an organisation the vocabulary does not know, over the text that states its
# facts without naming it again ("the network", "la plateforme", "der Verbund", "la rete", "el movimiento", or a card's
# rows alone): an organisation's noun opening a name that holds a word of its own ("Réseau urbain rhénan", "Bündnis
# Städte Sicherer Häfen", "Red Chilena de Municipios ante el Cambio Climático", "Associazione nazionale Città del
# Vino"), over text saying that the city is a member and that the organisation gathers cities or is a network; or a
# proper name of another form ("City of Sanctuary UK"), over a card whose rows open with the city's membership ("Member
# since: 2010") and call it a network, naming no known one. A description ("Réseau de villes", "Netzwerk der
# europäischen Städte"), a list's heading ("Nos réseaux"), a section's ("Key figures", "Contact"), a twin city, a
# programme or a person are none of these.
_NAMES_NOUN = (r"réseau|association|union|alliance|fédération|coalition|ligue|organisation|plateforme|coordination"
               r"|network|league|federation|organi[sz]ation|platform|netzwerk|städtenetz(?:werk)?|verbund|bündnis"
               r"|verband|bund|städtebund|allianz|vereinigung|red|asociación|unión|alianza|federación|coalición|liga"
               r"|organización|coordinadora|plataforma|rete|associazione|unione|alleanza|federazione|coalizione|lega"
               r"|organizzazione|coordinamento|piattaforma")
# "Le Réseau urbain rhénan", "Red Chilena de Municipios ante el Cambio Climático – RedMuniCC": the article and the
# acronym are no part of the name.
_ORGANISATIONS_PROPER_NAME = re.compile(
    rf"{_HEADING_ARTICLE.pattern}?(?P<name>(?=[A-ZÀ-Ý])(?i:{_NAMES_NOUN})(?P<words>(?:\s+[\w'’-]+){{1,9}}?))"
    r"(?:\s*\([A-Z][A-Z0-9&.-]{1,9}\)|\s+[–—-]\s+(?=[A-Z][a-z]*[A-Z])[A-Z][A-Za-z0-9&.-]{1,11})?")
# Words that describe an organisation rather than name it: its reach, its members, its kind of work.
_DESCRIBING_WORD = re.compile(
    r"(?i:europ|internation|internaz|internac|mondi|world|global|weltweit|nation|nazion|nacion|local|lokal|urba"
    r"|städt|municip|grand|groß|gross|major|large|great|informel|informal|coopéra|coopera|zusammen|ville|cit[yi]"
    r"|città|ciudad|stadt|städte|membre|member|mitglied|miembro|membro|nouve|new|nuev|nuov|neu)")
_NAMES_SMALL_WORDS = _SMALL_WORDS | frozenset("ante entre among avec con mit im am zum zur al alla nel nella by"
                                              .split())
_CITY_IS_A_MEMBER = re.compile(
    r"\b(?i:membre|member|mitglied|gründungsmitglied|miembro|membro|socio|socia|soci|adhère|adhérente?|aderisce"
    r"|adhiere|joined|beigetreten|dabei\s+seit)\b")
# A card's row of the membership alone ("Member since: 2010", "Membre fondateur"), not a sentence with a subject of its
# own ("dont elle est membre depuis 2020": a person's) nor a row that goes on ("Membre depuis 2020 du bureau")
_MEMBERSHIP_ROW = re.compile(
    r"(?:^|[.;:·|]\s*)(?i:(?:member|membre|mitglied|miembro|membro|socio)\s+(?:(?:since|depuis|seit|desde|dal)\s*:?"
    r"\s*(?:1[89]|20)\d\d|fondateur|fundador|fondatore)|founding\s+member|gründungsmitglied)"
    r"(?=\s*(?:$|[.;·|]|\s(?-i:[A-ZÀ-Ý])))")
_NETWORK_NOUNS = (r"réseau|plateforme|mouvement|network|platform|movement|netzwerke?s?|städtenetz(?:werk)?(?:e?s)?"
                  r"|verbund(?:e?s)?|bündnis(?:ses)?|red|plataforma|movimiento|rete|piattaforma|movimento")
_CALLS_IT_A_NETWORK = re.compile(
    rf"\b(?i:le|la|l['’]|ce|cette|the|this|its|der|die|das|des|dem|dieser|diese|dieses|el|esta|este|il|lo|questa"
    rf"|questo|del|della|dello)\s*(?i:{_NETWORK_NOUNS})\b")
_GATHERS_MEMBERS = re.compile(
    rf"\b(?i:rassemble|réunit|regroupe|fédère|compte|brings\s+together|gathers|unites|links|vereint|verbindet"
    rf"|umfasst|zählt|mitglieder|reúne|agrupa|integra|riunisce|raccoglie|conta|members|membres|miembros|membri)\b"
    rf"[^.;]{{0,60}}?\b(?i:{_GATHERED}|ayuntamientos|municipalidades)\b")

# A proper name the clause after its comma describes as a network of cities or local authorities: an apposition ("Avviso
# Pubblico, la rete degli enti locali ...", "Eurotowns, the network of medium-sized cities", "Quattropole, das Netzwerk
# der Städte ...", or with no article, as French and Spanish write it: "Intercommunalités de France, fédération
# nationale des communautés et métropoles", "Ciudades Saludables, red española de municipios") or, for a name opening
# on an organisation of members' noun, a relative clause saying whom it gathers ("Consorzio dei Comuni, che riunisce i
# 116 comuni", "Union des communes du Togo, qui fédère 117 communes"). The noun after the comma is a description's, not
# a name's ("Paris et Québec, l'Association internationale des maires ..."
# names its subject); words that open a sentence ("Oggi, la rete ...") are no name; a métropole or a province gathering
# communes is not a network.
# (not German's "der" and "von", which join any two nouns: "Gastgeber der Jahrestagung von ...")
_NAMES_CONNECTOR = (r"(?:de|des|du|dei|degli|delle|della|del|di|of|the|for|für|la|las|los|y|e|et|and|und|in|nelle"
                    r"|nella|nel|en|dans)")
_NOT_A_NAMES_OPENER = (r"(?!(?:The|Le|La|Les|Die|Der|Das|El|Los|Las|Il|Lo|Gli|In|En|Im|Nel|Nella|Dal|Dès|Depuis|Desde"
                       r"|Seit|Since|Today|Aujourd|Oggi|Hoy|Heute|Ainsi|Also|Así|Così|Inoltre|Además|Außerdem|Ensuite"
                       r"|Then|Dann|Poi|Luego|Ici|Here|Hier|Aquí|Qui|Dort|There|Là|Allí|Lì|Ce|Cette|This|Diese|Dieses"
                       r"|Esta|Este|Questa|Questo|Elle|Er|Sie|Es|Ella|She|He|It|They|Ils|Elles)\b)")
_GATHERED_BY_A_NETWORK = (rf"(?:{_GATHERED}|enti\s+locali|entes\s+locales|pouvoirs\s+locaux|autorités\s+locales"
                          r"|kommunen|gemeinden|landkreise|ayuntamientos|municipalidades|councils)")
_NAME_DESCRIBED_AFTER = re.compile(
    # a capital first (both kinds of name start with one), before the words that open sentences are tried
    r"(?<![\w-])(?=[A-ZÀ-Ý])"
    rf"{_NOT_A_NAMES_OPENER}(?P<name>[A-ZÀ-Ý][\w’-]*(?:\s+(?:{_NAMES_CONNECTOR}\s+){{0,2}}[A-ZÀ-Ý][\w’-]*)"
    rf"{{0,5}}|(?=[A-ZÀ-Ý]){_MEMBERS_ORGANISATION.pattern}(?:\s+[\w’'-]+){{1,8}}?),\s+"
    rf"(?:(?P<apposed>(?:(?i:la|le|l['’]|the|das|die|der|dem|den|el|il|un|une|a|an|ein|eine|einem|una|uno)\s*)?"
    rf"(?:réseau|plateforme|network|platform|red|plataforma|rete|piattaforma|association|asociación|associazione"
    rf"|alliance|alianza|alleanza|union|unión|unione|fédération|federation|federación|federazione"
    rf"|(?:Städte)?[Nn]etzwerk|Verband|Verbund|Bund|Bündnis))(?:\s+[^\W\d][\w’-]*){{0,3}}?\s+(?i:of|de|des|du|d['’]|di"
    rf"|degli|dei|delle|della|del|der|von)\s*(?:(?i:the|les|la|las|los|le|l['’])\s*)?(?:[^\W\d][\w’-]*\s+){{0,2}}?"
    rf"|(?i:qui|che|which|that|que|der|die|das)\s+(?:[\w’'-]+\s+){{0,2}}?(?i:réunit|rassemble|regroupe|fédère"
    rf"|riunisce|raggruppa|associa|brings\s+together|gathers|unites|represents|reúne|agrupa|asocia|vereint|verbindet"
    rf"|umfasst|représente|rappresenta|representa|vertritt)[^.;:]{{0,60}}?)"
    rf"\b(?i:{_GATHERED_BY_A_NETWORK})\b")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?i:à|a|au|aux|in|en|at|near|from|nach|bei|aus|zu|presso|vers)\s+\Z")
_PLACE_BEFORE_CHARS = 8


def _described_after_a_comma(text: str) -> list[NetworkMention]:
    """The names `text` describes as a network's in the clause after their comma; not a place an opening clause
    names ("Fondé en 1982 à Hiroshima, le réseau rassemble ...") nor an organisation's noun alone ("L'Union, qui
    regroupe ...")."""
    mentions = []
    for found in _NAME_DESCRIBED_AFTER.finditer(text):
        name = found.group("name")
        if _PLACE_BEFORE.search(text, max(0, found.start() - _PLACE_BEFORE_CHARS), found.start()):
            continue
        if found.group("apposed") or (_MEMBERS_ORGANISATION.match(name) and " " in name):
            mentions.append(_in_one_language(NetworkMention(slugify(name), name, *found.span("name"))))
    return mentions


def _a_names_own_word(words: str) -> bool:
    return any(word.casefold() not in _NAMES_SMALL_WORDS and word != "&" and not _DESCRIBING_WORD.match(word)
               and not _GATHERS.fullmatch(word) for word in _APOSTROPHE_SPLIT.sub(" ", words).split())


def network_named_over_its_facts(heading: str, text_under: str) -> NetworkMention | None:
    """The network outside the vocabulary a heading, a card's title or a bold line names by its proper name alone, when
    the text under it states a network's facts."""
    text = text_under[:_TEXT_UNDER_CHARS]
    if (name := _ORGANISATIONS_PROPER_NAME.fullmatch(heading)) and _a_names_own_word(name.group("words")):
        if _CITY_IS_A_MEMBER.search(text) and (_GATHERS_MEMBERS.search(text) or _CALLS_IT_A_NETWORK.search(text)
                                               or _A_NETWORK_OF_MEMBERS.search(text)) or (
                _text_under_calls_it_by_its_noun(name, text)):
            return NetworkMention(slugify(name.group("name")), name.group("name"), name.start("name"), name.end("name"))
        return None
    name = heading[article.end():] if (article := _HEADING_ARTICLE.match(heading)) else heading
    if _PROPER_NAME.fullmatch(name) and (_MEMBERSHIP_ROW.search(text) or _JOINED_ROW.match(text)) and (
            _CALLS_IT_A_NETWORK.search(text)) and not find_networks(text):
        return NetworkMention(slugify(name), name, 0, len(heading))
    if _NAME_WITH_INNER_ARTICLES.fullmatch(heading) and _MEMBER_SINCE_ROW.search(text) and (
            _CALLS_IT_A_NETWORK.search(text) or _A_NETWORK_OF_MEMBERS.search(text)) and not find_networks(text):
        return NetworkMention(slugify(heading), heading, 0, len(heading))  # "Les Arts et la Ville": its article too
    return None


# A network of members the text under a name describes ("Un réseau de villes qui ..."); the noun its name opens on, by
# which the text under it calls it ("Red de Juderías de España" over "La red, con sede en Toledo, ...", "Associazione
# Beni Italiani ..." over "... socio fondatore dell'Associazione"), when that text says the city belongs to it and names
# the members it gathers.
_A_NETWORK_OF_MEMBERS = re.compile(
    rf"\b(?i:un|une|a|an|ein|eine|una|uno)\s+(?i:{_NETWORK_NOUNS})\s+(?i:de|d['’]|of|di|von|der)\s*"
    rf"(?i:{_GATHERED_BY_A_NETWORK})\b")
_CITY_BELONGS = re.compile(
    r"\b(?i:forma\s+parte|fait\s+partie|fa\s+parte|is\s+part\s+of|belongs|appartient|appartiene|pertenece"
    r"|gehört)\b")
_ITS_NOUN = r"(?:\b(?i:la|le|el|il|the|die|der|das)\s+|\b(?i:l|dell|all|nell|dall)['’])(?i:{noun})\b"
_LOCAL_GOVERNMENTS = re.compile(r"\b(?i:enti\s+locali|entes\s+locales|collectivités|local\s+authorities)\b")


def _text_under_calls_it_by_its_noun(name: re.Match, text: str) -> bool:
    noun = name.group("name").split()[0]
    return bool(re.search(_ITS_NOUN.format(noun=re.escape(noun)), text)
                and (_CITY_IS_A_MEMBER.search(text) or _CITY_BELONGS.search(text))
                and (_GATHERS.search(text) or _LOCAL_GOVERNMENTS.search(text)))


# A card's row of the city's membership, capitalised where the rows run on in one line ("Siège : Québec Membre depuis
# 2004 Colloque 2025 : ...")
_MEMBER_SINCE_ROW = re.compile(r"(?<![\w-])(?:Membre|Member|Mitglied|Miembro|Membro|Socio)\s+(?:depuis|since|seit"
                               r"|desde|dal)\s*:?\s*(?:1[89]|20)\d\d\b")


# A table's or a list's first row under a network's name, giving the year the city joined under its label ("Auckland
# joined: 1994", "Adhésion : 2010", "Beitritt: 1995", "Miembro desde: 2003", "Adesione: 2012")
_JOINED_ROW = re.compile(
    r"\s*(?:[A-ZÀ-Ý][\w’'-]*\s+)?(?i:joined|year\s+joined|member\s+since|adhésion|année\s+d['’]adhésion"
    r"|membre\s+depuis|beitritt|mitglied\s+seit|adhesión|año\s+de\s+adhesión|miembro\s+desde|adesione"
    r"|anno\s+di\s+adesione|socio\s+dal)\s*:\s*(?:1[89]|20)\d\d\b")


# A proper name whose capitalised words are joined by articles and conjunctions: "Les Arts et la Ville", "Villes et
# Pays d'art et d'histoire" is not (its words in lower case are a description's).
_NAME_WITH_INNER_ARTICLES = re.compile(
    r"(?:(?:Les|La|Le|L['’]|Los|Las|El|Il|Lo|The)\s*)?[A-ZÀ-Ý][\w-]*(?:\s+(?:et|y|e|and|de|des|du|del|di|of)"
    r"(?:\s+(?:la|le|les|l['’]|el|los|las|il|the))?\s*[A-ZÀ-Ý][\w-]*){1,3}")


# A heading that is a name of any form ("Avviso Pubblico", "Città alpina dell'anno", "Grupo de Ciudades Patrimonio de la
# Humanidad de España") over text that speaks of it as an organisation ("L'associazione ...", "la rete conta ...", "El
# Grupo es ...", "Das Netzwerk ...", or a card's rows under a name opening on its noun: "Forum delle Città ...") and
# states a network's fact (founded, seat, the city's joining, the cities it gathers) of members that are cities or
# local governments, naming no known network: that network's section. Section headings ("Cooperazione internazionale",
# "Partner cities", "Contatti", "Gemellaggi"), projects, programmes, events, offices and lists of networks are none.
_SPOKEN_OF_NOUNS = (r"associazione|rete|forum|gruppo|alleanza|lega|federazione|association|réseau|groupe|alliance"
                    r"|fédération|ligue|network|group|league|federation|verein[s]?|netzwerk(?:e?s)?|verband(?:e?s)?"
                    r"|verbund(?:e?s)?|bündnis(?:ses)?|red|asociación|grupo|foro|alianza|federación|liga")
# the noun with its article, or with a preposition and an article in one ("dell'associazione", "du réseau", "al
# Grupo"); not a description going on ("la rete delle città", "the network of Europe's cities") nor a name after it
_SPOKEN_OF = re.compile(
    r"(?<![\w'’-])(?i:l['’]|dell['’]|all['’]|nell['’]|dall['’]|sull['’]|de\s+l['’]|la|le|il|lo|del|della|dello|al|alla"
    r"|nella|du|au|the|this|der|die|das|dem|des|el|esta|este|ce|cette|questa|questo|dieser|diese|dieses)\s*"
    rf"(?i:{_SPOKEN_OF_NOUNS})(?![\w'’-])"
    r"(?!\s+(?i:de|des|du|d['’]|of|di|dei|degli|delle|della|del|der|von|für|for)\b|\s*[«“„\"]|\s+[A-ZÀ-Ý])")
_OPENS_ON_ITS_NOUN = re.compile(rf"(?:{_HEADING_ARTICLE.pattern})?(?i:{_SPOKEN_OF_NOUNS})\s")
# a description rather than a name: "Une association de maires", "Le réseau des grandes villes européennes" (a
# subtitle under the network's name), "Netzwerk europäischer Großstädte"
_INDEFINITE_OPENING = re.compile(r"(?:Un|Une|A|An|Ein|Eine|Uno|Una)\s")
# a network's facts, by kind: its founding, its seat, the city's joining, the members it gathers
_NETWORKS_FACTS = (
    re.compile(rf"\b(?i:{FOUNDING_VERBS})\b[^.;]{{0,30}}?\b(?:1[89]|20)\d\d", re.IGNORECASE),
    re.compile(r"\b(?i:sede|siège|seat|based\s+in|headquarter\w*|sitz)\b"),
    re.compile(r"\b(?i:aderente\s+dal|socio\s+dal|member\s+since|membre\s+depuis|mitglied\s+seit|miembro\s+desde"
               r"|joined|a\s+rejoint|adhère|beigetreten|se\s+incorpor[óo]|se\s+adhiri[óo]|far\s+parte|fa\s+parte"
               r"|forma\s+parte|fait\s+partie|founding\s+partner)\b"),
    re.compile(r"\b(?i:riunisce|conta|rassemble|réunit|regroupe|compte|brings\s+together|gathers|counts|vereint"
               r"|umfasst|zählt|reúne|agrupa|integran?|cuenta\s+con)\b"))
_JOINING = _NETWORKS_FACTS[2]
# a person's card ("Anne Martin" over "Adjointe au maire, elle représente la Ville au bureau du réseau"); a feminine
# organisation's pronoun before its own passive is none ("Cette association ... Elle est présidée par Martin Malvy")
_A_PERSONS_PRONOUN = re.compile(r"\b(?i:elle|she|he|ella|lei)\b(?!\s+(?:est|è|es)\s+(?i:présidée|dirigée|basée"
                                r"|installée|fondée|créée|constituée|composée|presieduta|guidata|fondata|costituita"
                                r"|presidida|fundada|creada))")


def _states_a_networks_facts(text: str) -> bool:
    """The city's joining and another of a network's facts, or three kinds of them: one alone is also a museum's,
    a school's or a notice's ("Nata nel 1996, l'associazione ..." under "Avviso Pubblico", a public notice)."""
    kinds = sum(1 for kind in _NETWORKS_FACTS if kind.search(text))
    return kinds >= 3 or kinds == 2 and bool(_JOINING.search(text))
_SECTIONS_HEADING = re.compile(
    r"(?i:cooperaz|cooperation|coopération|kooperation|cooperación|zusammenarbeit|partner|gemellag|jumelage|twinn"
    r"|sister|hermanam|contatt|contact|kontakt|progett|project|projet|projekt|proyect|program|evento|event|événement"
    r"|veranstaltung|ufficio|office|servi[cz]|\bamt\b|büro|oficina|stori|histo|geschicht|about|chi\s+siamo|qui\s+sommes"
    r"|über\s+uns|quiénes|\bnot[ae]\b|hinweis|news|notizie|actualit|noticias|aktuell|relazion|relation|beziehung"
    r"|relacion|\breti\b|réseaux|networks|netzwerke\b|\bredes\b|associazioni|associations|asociaciones|vereine\b"
    r"|verbände|membership|adesion|adhésion|mitgliedschaft|membresía|adhesion|festival|summit|vertice|sommet|gipfel"
    r"|cumbre|conferen|konferenz|premio|prize|award|\bprix\b|\bpreis|figures|chiffres|en\s+bref|cifras|cifre|zahlen"
    r"|at\s+a\s+glance)")
_HEADINGS_WORD = r"[\w’'-]+(?:/[A-ZÀ-Ý][\w’'-]*){0,2}"  # or a name in two languages: "Elbe/Labe"
_HEADINGS_NAME = re.compile(
    rf"(?:(?=[A-ZÀ-Ý]){_HEADINGS_WORD}(?:\s+(?:{_HEADINGS_WORD}|&)){{1,11}}|[A-Z][A-Za-z]*[A-Z][\w-]*)\+?")


def _spoken_of_under_its_heading(heading: str, text_under: str) -> NetworkMention | None:
    if not _HEADINGS_NAME.fullmatch(heading) or _SECTIONS_HEADING.search(heading) or (
            _INDEFINITE_OPENING.match(heading)):
        return None
    opening = _OPENS_ON_ITS_NOUN.match(heading)
    if not _a_names_own_word(heading[opening.end():] if opening else heading):
        return None
    text = text_under[:_TEXT_UNDER_CHARS]
    if not (_SPOKEN_OF.search(text) or opening) or not _states_a_networks_facts(text) or (
            _A_PERSONS_PRONOUN.search(text)):
        return None
    if not re.search(rf"\b(?i:{_GATHERED_BY_A_NETWORK})\b", text) or find_networks(text):
        return None
    return _without_the_sentences_article(heading)


# A heading's article before an organisation's noun is the sentence's, not the name's: "Le Club des villes et
# territoires cyclables" is the Club des villes ..., "Der Rat der Donaustädte" the Rat der Donaustädte ("Les Arts et la
# Ville", "Die Hanse" keep theirs: no organisation's noun follows).
_ORGANISATIONS_NOUN_OPENING = re.compile(
    rf"(?i:{_NAMES_NOUN}|{_ORGANISATION}|club|klub|circolo|círculo|cercle|groupe|group|grupo|gruppo|gruppe|rat"
    r"|konferenz|conferenza|coordinamento|strada|route|ruta|itinerary|itinéraire|itinerario|convention|convenio"
    r"|convenzione|konvent)\b")


def _without_the_sentences_article(heading: str) -> NetworkMention:
    article = _HEADING_ARTICLE.match(heading)
    start = article.end() if article and _ORGANISATIONS_NOUN_OPENING.match(heading, article.end()) else 0
    return NetworkMention(slugify(heading[start:]), heading[start:], start, len(heading))


# A card's kind label just over its title ("Network" over "Antarctic Gateway Cities", beside cards labelled "City
# relationship" over twin cities): the title names a network when the card states a network's fact and names no known
# one.
_NETWORK_LABEL = re.compile(r"(?i:(?:city\s+)?network|réseau(?:\s+de\s+villes)?|(?:städte)?netzwerk"
                            r"|red(?:\s+de\s+ciudades)?|rete(?:\s+di\s+città)?|association|associazione|asociación"
                            r"|verband)")


def network_labelled_over_its_card(label: str, heading: str, text_under: str) -> NetworkMention | None:
    """The network outside the vocabulary a card's title names under a label saying the card is a network's."""
    heading = heading.strip()
    if not _NETWORK_LABEL.fullmatch(label.strip()) or not _HEADINGS_NAME.fullmatch(heading) or (
            _SECTIONS_HEADING.search(heading)) or not _a_names_own_word(heading):
        return None
    text = text_under[:_TEXT_UNDER_CHARS]
    if not any(kind.search(text) for kind in _NETWORKS_FACTS) or find_networks(text) or find_networks(heading):
        return None
    return _without_the_sentences_article(heading)


def introduced_as_a_network(title: str, text_under: str) -> bool:
    """The text under a title names it as a network the vocabulary does not know ("Villes et Pays d'art et d'histoire"
    over "Perpignan fait partie du réseau national des Villes et Pays d'art et d'histoire")."""
    title = title.strip()
    return bool(title) and any(mention.name == title for mention in find_networks(text_under[:_TEXT_UNDER_CHARS]))


def could_name_a_network(text: str) -> bool:
    """The text has the form of a network's proper name: an organisation's or another proper name."""
    name = text[article.end():] if (article := _HEADING_ARTICLE.match(text)) else text
    return bool(_ORGANISATIONS_PROPER_NAME.fullmatch(text) or _PROPER_NAME.fullmatch(name))


def first_network(text: str) -> NetworkMention | None:
    """The first network named in `text` (a heading, a title), if any."""
    mentions = find_networks(text)
    return mentions[0] if mentions else None


# What is left of a network's title once its names are taken out: "Cités et Gouvernements Locaux Unis (CGLU)",
# "ICORN –".
_NAME_PUNCTUATION = " ()[]-–—:,./|"


_OWNERS_ACRONYM = re.compile(r"\s*[A-Z]{2,6}['’]?s?\s+$")


def names_only_networks(text: str, mentions: list[NetworkMention] | None = None) -> bool:
    """The text is a network's name and nothing else (a card's title, a logo's alt, a tab): what follows presents it.
    `mentions` are the text's networks when the caller has found them already."""
    mentions = find_networks(text) if mentions is None else mentions
    if mentions and (owner := _OWNERS_ACRONYM.match(text, 0, mentions[0].start)):
        text = " " * owner.end() + text[owner.end():]  # "WHO Global Network for Age-friendly Cities": the WHO's network
    ends = [0] + [mention.end for mention in mentions]
    starts = [mention.start for mention in mentions] + [len(text)]
    rest = "".join(text[end:start] for end, start in zip(ends, starts, strict=True))
    return bool(mentions) and not rest.strip(_NAME_PUNCTUATION)


def network_ids(text: str) -> list[str]:
    """The distinct networks named in `text`, in order of first mention."""
    return list(dict.fromkeys(mention.network_id for mention in find_networks(text)))


# A line opened by a network's name and a colon, its text then calling it by the acronym the name's words spell:
# "Canadian Capital Cities Organization: The CCCO links 14 capital cities", "Union des villes et communes de Wallonie :
# l'UVCW fédère 262 communes", "Federación Argentina de Municipios: la FAM reúne ...". The line is about that network,
# whatever other networks its text names ("Partners for Climate Protection: Run jointly by FCM and ICLEI, PCP is ...").
_LABEL_BEFORE_COLON = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[\w'’-]+){1,9}?)[ \t]*:\s")
_LABELLED_TEXT_CHARS = 200
_ACRONYM_IN_TEXT = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&]{1,7}(?![\w-])")


def _name_initials(name: str) -> str:
    return "".join(_initial(_initialled(token)) for token in _TOKEN.findall(name)
                   if token.casefold() not in _SMALL_WORDS)


def network_labelling_its_line(text: str, mentions: list[NetworkMention]) -> list[NetworkMention]:
    """The network a line opened by its name and a colon is about, by that name and by the acronym its text calls it
    (none when the text does not spell the name's acronym, or the label names more than a network)."""
    if ":" not in text[:_HEADING_CHARS] or not (label := _LABEL_BEFORE_COLON.match(text)):
        return []
    name = label.group("name")
    opening = [mention for mention in mentions if mention.start < label.end("name")]
    if opening and (len(opening) > 1 or (opening[0].start, opening[0].end) != (0, label.end("name"))):
        return []  # the label names a network in passing ("Mayors for Peace members:")
    initials = _name_initials(name)
    if len(initials) < 2 or not (_SPELLED_NOUNS.search(name) or _NETWORK_NOUN.search(
            text, label.end(), label.end() + _LABELLED_TEXT_CHARS)):
        return []
    network_id = opening[0].network_id if opening else slugify(name)
    acronyms = [found for found in _ACRONYM_IN_TEXT.finditer(text, label.end(), label.end() + _LABELLED_TEXT_CHARS)
                if found.group() == initials]
    if not acronyms:
        return []
    return [NetworkMention(network_id, name, 0, label.end("name"))] + [
        NetworkMention(network_id, found.group(), found.start(), found.end()) for found in acronyms]


# A programme a network runs, named by its own name with its owner's possessive or genitive: "FCM's Partners for
# Climate Protection program", "le programme Partenaires pour la protection du climat de la FCM", "el programa Ciudades
# Amigables de la FEMP", "il programma Città Sicure dell'ANCI", "das Programm „Klimaschutzpartner“ des Städtetags". The
# sentence then speaks of the programme, not of its owner.
_PROGRAMME_CUE = re.compile(r"program|initiativ|iniciativ|iniziativ|campaign")
_OWNERS_NAMED_PROGRAMME = re.compile(
    r"['’]s\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|for|of|and|the|on|to|in)){0,7}?)"
    r"(?:\s*\([A-Z][A-Za-z]{1,7}\))?\s+(?:programmes?|programs?|initiatives?|campaigns?)\b")
_NAMED_PROGRAMME_OF = re.compile(
    r"\b(?i:programmes?|programs?|programas?|programm[ai]?|programme|initiative|iniciativa|iniziativa)\s+"
    r"[«\"„“]?\s*(?P<name>[A-ZÀ-Þ][^,.;:«»\"„“”()]{2,80}?)\s*[»\"“”]?(?:\s*\([A-Z][A-Za-z]{1,7}\))?\s+"
    r"(?i:de\s+la|de\s+l['’]|del|du|des|de|della|dell['’]|dello|der|of\s+the|of)\s*$")
_PROGRAMME_NAME_CHARS = 130


def programmes_named_by_their_owner(text: str, mentions: list[NetworkMention]
                                    ) -> tuple[list[NetworkMention], list[NetworkMention]]:
    """The programmes the text names with their owner's possessive or genitive, and the owners' mentions there."""
    if not _PROGRAMME_CUE.search(text.casefold()):
        return [], []
    programmes, owners = [], []
    for mention in mentions:
        found = _OWNERS_NAMED_PROGRAMME.match(text, mention.end)
        if not found:
            found = _NAMED_PROGRAMME_OF.search(text, max(0, mention.start - _PROGRAMME_NAME_CHARS), mention.start)
        if not found or len(_TOKEN.findall(found.group("name"))) < 2 or any(
                other.start < found.end("name") and found.start("name") < other.end for other in mentions):
            continue  # a one-word name, a name holding a network's: not read as a programme of its own
        name = found.group("name")  # the mention runs over its owner's: "FCM's Partners ...", "... de la FCM"
        programmes.append(NetworkMention(slugify(name), name, min(mention.start, found.start("name")),
                                         max(mention.end, found.end("name"))))
        owners.append(mention)
    return programmes, owners

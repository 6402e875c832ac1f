"""When the city signed a network's text (a covenant, a charter, a pact): the signature dates the joining."""

import re
from datetime import date

from ..dates import date_at
from ..networks import NetworkMention
from .clause_dates import _date_opening_the_clause, _first_date_after
from .common import _SIGNED, Claim

# A timeline entry opening on the signing of a pact the network is: "2016: Con la firma del Patto dei Sindaci il Comune
# si impegna ...", "2010: signature de la Convention des maires", "2010: Unterzeichnung des Konvents der
# Bürgermeister"; the network named right after the noun is what was signed (not "firma di un accordo con ...").
# The council approving the signing opens it too: "2009: El Pleno aprueba la firma del Pacto de los Alcaldes", "2009 :
# le conseil municipal approuve la signature de la Convention des maires", "2009: Der Gemeinderat beschließt die
# Unterzeichnung des Konvents der Bürgermeister".
_SIGNING_OPENS_THE_ENTRY = re.compile(
    r"(?:1[89]|20)\d\d\s*(?:[:–—,]|-\s)\s*(?:(?:con\s+la|with\s+the|avec\s+la|mit\s+der|by)\s+"
    r"|(?:[\w’'-]+\s+){1,3}(?:aprueba|acuerda|approuve|vote|décide|approves|votes\s+for|approva|delibera|beschließt"
    r"|genehmigt)\s+(?:(?:la|le|the|die|il)\s+|l['’]\s*)?)?"
    r"(?:firma|sottoscrizione|signature|signing|unterzeichnung)\s+"
    r"(?:del|della|dello|dell['’]|de\s+la|de\s+l['’]|du|des|of\s+the|of|der|dem)\s*", re.IGNORECASE)


def _network_signed_in_a_timeline_entry(sentence: str, base: date | None, mentions: list[NetworkMention]
                                        ) -> list[Claim]:
    entry = _SIGNING_OPENS_THE_ENTRY.match(sentence)
    named = next((mention for mention in mentions if entry and mention.start == entry.end()), None)
    when = date_at(sentence, 0, base) if named else None
    return [Claim("joined", when[0].iso(), entry.start(), value_date=when[0].iso(), about=named)] if when else []


# The sentence opening on the signing of the pact the network is, then its date, the city the subject after: "Con la
# sottoscrizione del Patto dei Sindaci nel 2011 la città si è impegnata ...", "Avec la signature de la Convention des
# maires en 2011, la ville s'est engagée ...", "With the signing of the Covenant of Mayors in 2011 the city ...". Not
# a signing by others ("in 2008 by the first cities").
_SIGNING_OPENS_THE_SENTENCE = re.compile(
    r"(?:con\s+la|with\s+the|avec\s+la|mit\s+der|by)\s+(?:firma|sottoscrizione|signature|signing|unterzeichnung)\s+"
    r"(?:del|della|dello|dell['’]|de\s+la|de\s+l['’]|du|des|of\s+the|of|der|dem)\s*", re.IGNORECASE)
_DATE_AFTER_THE_PACT = re.compile(r"\s*,?\s*(?:en|in|nel|im(?:\s+jahre?)?|el|le|il|on)\s+(?=\d)", re.IGNORECASE)
_SIGNED_BY_OTHERS = re.compile(r"\s*,?\s*(?:by|par|por|da|dai|dalle|durch|von)\b", re.IGNORECASE)


def _network_signed_in_an_opening_phrase(sentence: str, base: date | None, mentions: list[NetworkMention]
                                         ) -> list[Claim]:
    opening = _SIGNING_OPENS_THE_SENTENCE.match(sentence)
    named = next((mention for mention in mentions if opening and mention.start == opening.end()), None)
    gap = named and _DATE_AFTER_THE_PACT.match(sentence, named.end)
    when = gap and date_at(sentence, gap.end(), base)
    if not when or _SIGNED_BY_OTHERS.match(sentence, when[1]):
        return []
    return [Claim("joined", when[0].iso(), opening.start(), value_date=when[0].iso(), about=named)]


_SIGNING_HINT = re.compile(r"sign|firm|unterzeichn|suscri|sottoscri")
# "signed the Eurocities declaration", "firmó la Carta de Eurocities", "signed the UK100 Net Zero Pledge": a text of
# the network, not the network.
_A_TEXT_OF_THE_NETWORK = re.compile(
    r"(?:\s+(?-i:[A-Z0-9])[\w-]*){0,2}\s+(?:declaration|charter|pledge|appeal|manifesto|statement|call|déclaration|charte|appel|erklärung|charta"
    r"|aufruf|declaración|carta|manifiesto|dichiarazione|appello)\b", re.IGNORECASE)


# German puts the participle last: "Die Stadt hat 2010 den Konvent der Bürgermeister unterzeichnet".
_SIGNED_LAST = re.compile(r"\s+(?:unterzeichnet|unterschrieben)\b")
_YEAR_BEFORE_THE_SIGNED = re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)\s+(?:den|das|die)\s+$")


# The pact signed as a pronoun: "Palma lo suscribió en 2009", "Namur l'a signée en 2013", "Leeds signed it in 2009",
# "Modena lo ha sottoscritto nel 2009", "Namur s'y est engagée en 2013"; whether the pronoun stands for a pact is the
# caller's to check (its section's network).
_SIGNED_IT = re.compile(
    r"\b(?:l['’]a\s+(?:signée?|ratifiée?)|s['’]y\s+est\s+engagée?|signed\s+(?:up\s+to\s+)?it|(?:lo|la)\s+(?:suscribi[óo]"
    r"|firm[óo]|ha\s+(?:suscrito|firmado))|(?:lo|l['’])\s*(?:ha\s+)?(?:sottoscritt[oa]|firmat[oa]|sottoscrisse|firmò))\b",
    re.IGNORECASE)


def signed_it(sentence: str, base: date | None) -> Claim | None:
    """The city's signing of a pact the sentence names by a pronoun, dated after the verb or at the clause's opening."""
    verb = _SIGNED_IT.search(sentence)
    when = verb and (_first_date_after(sentence, verb.end(), base)
                     or _date_opening_the_clause(sentence, verb.start(), base))
    return Claim("joined", when, verb.start(), value_date=when) if when else None


def _signed(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for mention in mentions:
        year = _SIGNED_LAST.match(sentence, mention.end) and _YEAR_BEFORE_THE_SIGNED.search(
            sentence, max(0, mention.start - 30), mention.start)
        if year:
            when = year.group("year")
            claims.append(Claim("joined", when, year.start(), value_date=when, about=mention))
    for verb in _SIGNED.finditer(sentence):
        named = next((mention for mention in mentions if mention.start == verb.end()), None)
        if named is None:
            claims += _signed_then_dated(sentence, verb, base, mentions)
            continue
        if _A_TEXT_OF_THE_NETWORK.match(sentence, named.end):
            continue
        when = (_first_date_after(sentence, named.end, base)
                or _date_opening_the_clause(sentence, verb.start(), base))
        if when:
            claims.append(Claim("joined", when, verb.start(), value_date=when, about=named))
    return claims or _signed_in_a_relative(sentence, base, mentions)


# The pact as the antecedent of a relative clause whose verb is the signing: "the Global Covenant of Mayors, which
# Wellington first signed in 2016", "la Convention des maires, que Lyon a signée en 2012", "el Pacto de los Alcaldes,
# que Madrid firmó en 2012", "il Patto dei Sindaci, che Vicenza ha sottoscritto nel 2012", "den Konvent der
# Bürgermeister, den Wien 2012 unterzeichnet hat". Its subject is one signatory, with no figure ("which 11,000 cities
# have signed since 2008", "que des milliers de villes ont signée" date no one's joining).
_RELATIVE_SIGNED = re.compile(
    r",\s+(?i:which|that|que|qu['’]|che|den|das|die)\s+(?P<subject>[^\d,.;]{1,50}?)\s+(?P<year>(?:1[89]|20)\d\d\s+)?"
    r"(?i:signed|signée?s?|firm[óo]|firmad[oa]|firmat[oa]|sottoscritt[oa]|suscrit[oa]|suscribi[óo]"
    r"|unterzeichnet(?:e|\s+hat)?)\b")
_MANY_SIGNATORIES = re.compile(
    r"\b(?:cities|towns|councils|villes|communes|collectivités|städte|kommunen|gemeinden|ciudades|municipios|città"
    r"|comuni|members|membres|mitglieder|miembros|membri|signatories|signataires|unterzeichner|firmantes|firmatari"
    r"|mayors|maires|alcaldes|sindaci)\b", re.IGNORECASE)


def _signed_in_a_relative(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for mention in mentions:
        if (found := _RELATIVE_SIGNED.match(sentence, mention.end)) and not _A_TEXT_OF_THE_NETWORK.match(
                sentence, mention.end) and not _MANY_SIGNATORIES.search(found.group("subject")):
            year = found.group("year")
            when = year.strip() if year else _first_date_after(sentence, found.end(), base)
            if when:
                claims.append(Claim("joined", when, found.start("subject"), value_date=when, about=mention))
    return claims


# The date between the verb and the pact it signs: "a signé dès 2009 la Convention des Maires", "signed in 2009 the
# Covenant of Mayors", "firmó en 2009 el Pacto de los Alcaldes", "ha firmato il 24 novembre 2025 il Patto dei Sindaci",
# "unterzeichnete 2009 den Konvent der Bürgermeister"; a press release's day without its year, after "yesterday", and
# the occasion after it: "ha firmato ieri, 16 ottobre, in occasione della Giornata mondiale dell'alimentazione, il Milan
# Urban Food Policy Pact".
_DATE_THEN_THE_PACT = re.compile(
    r"(?:(?:ieri|oggi|yesterday|today|hier|aujourd['’]hui|gestern|heute|ayer|hoy),?\s+)?"
    r"(?:(?:en|in|el|nel|dès|il|am|im\s+jahre?|le|on)\s+)?(?P<date>(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d]+\s+(?:de\s+)?)?"
    r"(?:1[89]|20)\d\d|\d{1,2}\.?\s+(?:de\s+)?[^\W\d]+(?=,)),?\s+"
    r"(?:(?:in\s+occasione\s+d\w*|à\s+l['’]occasion\s+d\w*|lors\s+d\w*|on\s+the\s+occasion\s+of|con\s+motivo\s+d\w*"
    r"|anlässlich|during|durante)[^,;.]{1,80},\s+)?"
    r"(?:(?:le|la|l['’]|the|el|il|lo|den|das|die|dem)\s*)?", re.IGNORECASE)


def _signed_then_dated(sentence: str, verb: re.Match, base: date | None, mentions: list[NetworkMention]
                       ) -> list[Claim]:
    gap = _DATE_THEN_THE_PACT.match(sentence, verb.end())
    named = gap and next((mention for mention in mentions if mention.start == gap.end()), None)
    dated = named and not _A_TEXT_OF_THE_NETWORK.match(sentence, named.end) and date_at(
        sentence, gap.start("date"), base)
    return [Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=named)] if dated else []

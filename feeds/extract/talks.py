"""Upcoming talks: a meeting noun or verb, a future frame, its date, place and parties."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from feeds.extract.dates import DateExpr, find_dates, in_dateline
from feeds.extract.lexicon import (
    CONFLICT_FORUM_RE,
    MONTH_RE,
    MONTHS,
    NON_CONFLICT_DISPUTE,
    THEATRE_ADJ_RE,
    THEATRE_RE,
    WARRING_PAIRS,
    WARRING_SIDES,
    WEEKDAY_RE,
    WEEKDAYS,
)
from feeds.extract.text import Doc, case_sensitive, plain, word_class
from feeds.models import Span, Talk

W_MEETING = word_class(
    "host hosting hotline table install vote",
    prefixes="talks negotiation consultation meeting summit conference dialogue discussion "
    "session plenary forum round meet converge convene reconven sit videoconference video mediation",
)
W_CONFLICT = word_class(
    "peace cease ceasefire truce war rebel rebels conflict militant militants insurgent "
    "insurgents hostilities fighting troops military armed army taliban houthi houthis guarantor "
    "guarantors envoy contact security council opposition separatist separatists violence clashes "
    "warring alliance liberation patriotic resistance junta coup un u n united nations shelled "
    "shelling airstrike airstrikes strike strikes breakaway disputed forces",
    "mediat militia",
)
# The guests of a host, who are the sides of a conflict (two of them, or named with "and"): "host
# the presidents of Congo and Rwanda", "will host the two warring sides", "host delegations of
# the government and the rebels". Not any guest ("host a dinner", "host the World Cup").
_GUESTS = (
    r"\s+(?:the\s+|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?(?:(?:two|rival|warring|opposing|feuding)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:sides|parties|leaders"
    r"|presidents|delegations|factions|camps|groups|parliaments|governments|administrations)\b"
    r"|(?:[\w-]+\s+)?(?:presidents|leaders|heads\s+of\s+state|delegations|delegates|representatives"
    r"|negotiators|(?:foreign|defen[cs]e)\s+ministers|envoys|commanders)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:two|both|rival|warring)\b|[^,.;]{1,40}?\s+and\s+)"
    # two leaders by name: "will host Ivory Coast's President Laurent Gbagbo and rebel leader
    # Guillaume Soro in Pretoria"
    r"|(?:[\w'’.-]+\s+){0,3}?(?:president|leader|prime\s+minister|chief|commander)\s+(?:[\w'’.-]+\s+){1,3}?"
    r"and\s+(?:[\w'’-]+\s+){0,2}?(?:leader|chief|commander|president)\b)"
)
_MEETING_ADVERBS = (
    "then", "also", "soon", "again", "formally", "nonetheless", "nevertheless", "still", "now",
    "first", "finally", "instead", "separately", "likely", "next",
)  # fmt: skip
"""Words between the modal and the meeting verb: "would then meet", "will formally install"."""
_MEETING = re.compile(
    r"\b(?:(?:peace|ceasefire|cease-fire|truce|direct|indirect|proximity|political|new|fresh"
    r"|next|further|final|formal|informal|high-level|technical|bilateral|trilateral|plenary"
    r"|substantive|intra-\w+|[A-Z][\w-]+-led|UN-(?:sponsored|brokered|backed|led)"
    r"|U\.N\.-sponsored)\s+)*"
    r"(?P<noun>talks|negotiations|consultations|meetings?|summit|conference|dialogue|discussions"
    # the Security Council's vote on a resolution (see _mentions): "The UN Security Council
    # postponed to Friday a vote on a draft resolution demanding a 30-day ceasefire"
    r"|vote(?=\s+on\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:draft\s+)?resolution)"
    r"|sessions?|plenary|forum|videoconference|video\s+conference|mediation\s+round"
    r"|round\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|meetings|dialogue"
    r"|peace\s+process)"
    # a round told without its noun, but set: "and a formal round is scheduled for the 26th"
    r"|(?:next|new|fresh|formal|final|further|another|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth)\s+round(?=\s+(?:is|will\s+be|would\s+be|was\s+to\s+be)\s+"
    r"(?:now\s+|also\s+)?(?:scheduled|set|due|expected|planned|slated|to\s+be\s+held|held)\b)"
    # ... or the purpose of an invitation: "invited the delegations back to Geneva on March 23
    # for a fifth round"
    r"|(?:(?<=\bfor\sa\s)|(?<=\bfor\sthe\s))(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th)|new|fresh|further|next)\s+round"
    # ... or told by its venue: "will be followed by a round in Cairo later this week"
    r"|(?:a|another|new|fresh|next|further)\s+round(?=\s+(?:in|at)\s+(?-i:[A-Z])"
    # ... or by its day: "agreed to hold the next round on 10-11 December"
    r"|\s+(?:on|from)\s+(?:the\s+)?\d))\b"
    r"|\b(?P<verb>(?:will|would|to|shall|'ll|due\s+to|set\s+to|expected\s+to|scheduled\s+to"
    r"|planning\s+to|plan\s+to|plans\s+to|agreed\s+to)\s+(?:(?:"
    + "|".join(_MEETING_ADVERBS)
    + r")\s+)?(?:meet|converge|convene|reconvene"
    # the Security Council's vote (see _mentions): "The U.N. Security Council will vote Friday on
    # a U.S.-drafted resolution calling for an immediate ceasefire"
    r"|vote(?=\s+(?:\w+\s+){0,2}?on\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?(?:draft\s+)?resolution)"
    r"|sit\s+down"
    # "will return to the negotiating table in Doha on Thursday"
    r"|return\s+to\s+the\s+(?:negotiating|negotiation|peace|dialogue)\s+table"
    # "will formally install their peace negotiating table on Sunday in Tibu" (Colombia's wording)
    r"|install\s+(?:the|their|a)\s+(?:peace\s+)?(?:negotiating|negotiation|dialogue)\s+table"
    # a host told with its guests: "is due to host the presidents of Congo and Rwanda in Luanda"
    r"|host(?=" + _GUESTS + r")"
    # commanders' talks on their hotline: "the DGMOs will talk on the hotline at 12 noon"
    r"|(?:talk|speak|confer)(?=\s+(?:again\s+)?(?:on|over|by|via|through)\s+(?:the\s+|a\s+|their\s+)?"
    r"(?:military\s+)?hotline\b))"
    r"|(?:is|are)\s+hosting(?=" + _GUESTS + r")"
    # a second verb of the same plan: "will hold talks with a Ukrainian delegation in Riyadh on
    # Sunday and meet Russian negotiators in the Saudi capital the following day"
    r"|(?:(?<=\band\s)|(?<=\band\sthen\s)|(?<=\band\slater\s)|(?<=\band\salso\s))meet"
    r"(?=\s+(?:with\s+)?(?:the\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?-i:[A-Z])|representatives|delegations?|negotiators|envoys?|officials|counterparts|leaders"
    r"|mediators)))\b",
    re.IGNORECASE,
)
# Words a _MEETING match is anchored at (its noun or verb), and the words that may precede them
# inside a match (modifiers, "will"/"expected to" ...): matches are tried only around anchors.
_ANCHORS = frozenset(
    "talks negotiations consultations meeting meetings summit conference dialogue discussions "
    "session sessions plenary forum videoconference video mediation round meet converge convene vote "
    "reconvene sit host hosting talk speak confer return install".split()
)
_LEAD_WORDS = frozenset(
    "peace ceasefire cease-fire truce direct indirect proximity political new fresh next further "
    "final formal informal high-level technical bilateral trilateral plenary substantive will "
    "another second third fourth fifth sixth seventh eighth ninth tenth "
    "would to shall due set expected scheduled planning plan plans agreed is are".split()
    + list(_MEETING_ADVERBS)
)
_LEAD_FORM = re.compile(
    r"(?:intra-\w+|[A-Za-z][\w-]+-led|UN-(?:sponsored|brokered|backed|led)|U\.N\.-sponsored|\S*'ll)$",
    re.IGNORECASE,
)
# "war", but not a figurative one ("trade war", "price war", "war of words").
_WAR = (
    r"(?<!trade\s)(?<!price\s)(?<!tariff\s)(?<!currency\s)(?<!bidding\s)(?<!culture\s)(?<!turf\s)"
    # a business rivalry: "a two-year format war", "the browser war", "a fare war"
    r"(?<!format\s)(?<!browser\s)(?<!console\s)(?<!patent\s)(?<!fare\s)(?<!ratings\s)(?<!pricing\s)"
    r"(?<!subsidy\s)(?<!talent\s)(?<!bid\s)"
    # a company's or a court's fight: "an 18-month takeover war", "their global legal war"
    r"(?<!takeover\s)(?<!legal\s)(?<!court\s)"
    # a campaign against an ill: "declared war on cancer", "the war on poverty"
    r"war(?!\s+of\s+words|\s+on\s+(?:the\s+)?(?:disease|cancer|aids|malaria|obesity|poverty|hunger"
    r"|smoking|inflation|waste|plastic|want|illiteracy|superbugs)\b)"
)
# The conflict frame an item must have for its meetings to count (POLICY: not trade, lawsuits).
# "truce", but not a trade war's ("a 90-day truce in their trade war", "a tariff truce").
_TRUCE_WORD = r"(?<!trade\s)(?<!tariff\s)truce(?!\s+" + NON_CONFLICT_DISPUTE + r")"
_CONFLICT_DOC = re.compile(
    r"\b(?:peace|cease-?fire|cease\s+fire|"
    + _TRUCE_WORD
    + r"|"
    + _WAR
    + r"|rebels?|conflict|militants?|insurgents?"
    r"|hostilities|fighting|troops|military|armed|army|taliban|houthis?|guarantors?|envoy"
    r"|mediat\w*|contact\s+group|security\s+council|militia\w*|separatists?"
    # an armed or exiled opposition, not a parliament's: "Japan's main opposition Democratic
    # Party", "opposition lawmakers"
    r"|opposition(?!\s+(?:[\w-]+\s+){0,2}?(?:party|parties|lawmakers|legislators|mps|deputies"
    r"|politicians|senators|councillors|councilors)\b)"
    r"|violence|clashes|warring|alliance|liberation|patriotic|resistance|junta|coup"
    r"|shelled|shelling|air\s?strikes?"
    # a government's armed foe named by its forces: "talks between the Ethiopian government and
    # Tigrayan forces"
    r"|government\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}forces"
    # a frozen conflict: "the breakaway region", "the disputed enclave of Nagorno-Karabakh"
    r"|breakaway\s+(?:region|republic|province|enclave|territory)"
    r"|disputed\s+(?:region|enclave|province|territory|border|frontier|boundary)"
    r"|(?-i:UN|U\.N\.)|united\s+nations)\b",
    re.IGNORECASE,
)
# _CONFLICT_DOC in two parts, for plain text (see plain): its case-blind words (without IGNORECASE, for
# lower-cased text) and its case-sensitive "UN". A match of either is a match of _CONFLICT_DOC.
_CONFLICT_DOC_LC = re.compile(_CONFLICT_DOC.pattern.replace(r"|(?-i:UN|U\.N\.)", ""))
_CONFLICT_UN = re.compile(r"\b(?:UN|U\.N\.)\b")


def _title_conflict(title: str, low: str) -> bool:
    """Whether the title frames an item, whose text names no conflict, as one: not by a word
    that the text names in another sense (a truce: "NHL, Players Fail to Reach Truce" over "a
    truce ... in their lockout"; any other word found in the text)."""
    for m in _CONFLICT_DOC.finditer(title):
        if _TRUCE_ONLY.fullmatch(m.group(0)):
            if not _TRUCE_ONLY.search(low):
                return True
        elif re.search(r"\b" + re.escape(m.group(0).lower()) + r"\b", low) is None:
            # (a word the text names in another sense: "Japan's Opposition to Pick New Leader"
            # over "Japan's main opposition Democratic Party will meet")
            return True
    return False


_TRUCE_ONLY = re.compile(r"truces?|cease-?fires?|cease\s+fires?", re.IGNORECASE)


def _conflict_in(doc: Doc, index: int) -> bool:
    """Whether _CONFLICT_DOC matches in sentence index of doc."""
    lo, hi = doc.sents.starts[index], doc.sents.ends[index]
    if doc.plain_between(lo, hi):
        return bool(_CONFLICT_DOC_LC.search(doc.low, lo, hi) or _CONFLICT_UN.search(doc.text, lo, hi))
    return _CONFLICT_DOC.search(doc.text, lo, hi) is not None


# Words of a sports or business frame: an item whose only conflict word is "truce", in a sentence
# holding one of them, tells of a truce in another sense ("FIFA and UEFA called a truce in their
# dispute over compensation for clubs ..., and agreed to meet again in Zurich on Monday").
W_OTHER_FRAME = word_class(
    "club clubs fans fifa uefa nfl nba nhl mlb tournament lockout shareholders retailers studios "
    # a labour dispute: "striking doctors and the ministry agreed a truce and will resume talks"
    "striking strikers walkout walkouts unions employers "
    # "warned that industrial action could resume", "talks at the conciliation service Acas"
    "industrial acas"
)


def _conflict_frame(doc: Doc) -> bool:
    """Whether the text names a conflict (_CONFLICT_DOC in a sentence): a match other than a truce,
    or a truce in a sentence without words of a sports or business frame (W_OTHER_FRAME)."""
    indices = doc.having(W_CONFLICT)
    if not doc.mask & W_OTHER_FRAME:
        return any(_conflict_in(doc, i) for i in indices)
    for i in indices:
        lo, hi = doc.sents.starts[i], doc.sents.ends[i]
        if not doc.masks[i] & W_OTHER_FRAME:
            if _conflict_in(doc, i):
                return True
            continue
        if _CONFLICT_UN.search(doc.text, lo, hi):
            return True
        for m in _CONFLICT_DOC.finditer(doc.text, lo, hi):
            if not _TRUCE_ONLY.fullmatch(m.group(0)):
                return True
    return False


# An item naming no conflict word may still tell of a conflict meeting by its topic: a meeting on
# a conflict theatre ("will hold talks on Kashmir", "the next round of talks on Syria", "a
# conference on the future of Darfur"), the theatre's own talks ("the Cyprus talks", "intra-Afghan
# negotiations"), a conflict's forum ("the Normandy-format summit", "the Astana process") or a
# non-state armed group by name ("talks with the ELN"). Not the theatre's economy ("talks on
# Libya's oil output").
_THEATRE_FRAME = re.compile(
    # (the meeting words in any case: headlines capitalise them, "to Hold Talks On Kashmir")
    r"\b(?i:(?:talks|negotiations|consultations|meetings?|summit|conference|dialogue|discussions"
    r"|meet|discuss)\s+(?:(?:[\w-]+\s+)?(?:on|over|about|concerning|regarding)"
    r"|(?:[\w-]+\s+){0,5}?to\s+discuss)\s+"
    r"(?:the\s+)?(?:(?:crisis|situation|conflict|war|issue|question|dispute|future|status|settlement)"
    r"\s+(?:in|of|over|on)\s+(?:the\s+)?)?)" + THEATRE_RE + r"\b"
    # (not the theatre's economy, its aid or its rebuilding: "a conference on Afghanistan's
    # reconstruction", "talks on Libya's oil output")
    r"(?!['’]s?\s+(?:\w+\s+)?(?:oil|gas|economy|economic|debt|trade|bailout|banks?|football"
    r"|cricket|budget|exports?|imports?|elections?|reconstruction|rebuilding|recovery|aid"
    r"|donors?|pledg\w*|humanitarian|refugees?|investment|development))"
    r"|\b" + THEATRE_ADJ_RE + r"\s+(?:(?:peace|status|settlement|reunification|reconciliation"
    r"|political)\s+)?(?:talks|negotiations|consultations|process|dialogue|conference)\b"
    r"|\b(?:" + CONFLICT_FORUM_RE + r")\b"
)
W_THEATRE = word_class(
    "kashmir kashmiri darfur darfuri chechnya chechen aceh kosovo cyprus cypriot karabakh "
    "nagorno-karabakh abkhazia abkhaz ossetia ossetian transnistria transnistrian trans-dniester "
    "dniester sahara mindanao syria syrian intra-syrian yemen yemeni libya libyan intra-libyan "
    "donbas donbass tigray gaza afghanistan afghan intra-afghan sudan sudanese somalia somali "
    "ireland lanka burundi congo ivory mali malian central iraq normandy minsk astana "
    "sochi farc eln ltte tamil gam milf polisario pkk m23 splm jem justice janjaweed shabaab "
    "al-shabaab boko islamic isis isil daesh al-qaeda qaeda people sayyaf"
)
# A side's leader or officials after its adjective ("Israeli Prime Minister Ariel Sharon",
# "Palestinian security chief Mohammed Dahlan"), then what joins him to the other side: "and", or
# his meeting ("will meet", "for talks with").
_LEADER = (
    r"(?:\s+(?:[A-Z][\w.'’-]*|leader|chief|security|foreign|defen[cs]e|prime|minister|president"
    r"|officials?|negotiators?|envoy|commanders?|delegation)){1,5}?"
    r"\s+(?:and|(?:will|would|to|(?:(?:is|are)\s+)?(?:due|set|expected|scheduled)\s+to)\s+meet(?:\s+with)?"
    r"|meets|met"
    r"|(?:meeting|talks)\s+with)\s+(?:his\s+|the\s+)?"
)
_WARRING_PAIR = re.compile(
    r"\b(?:"
    + "|".join(
        f"(?P<{k}>{v}|{WARRING_SIDES[k][0]}{_LEADER}{WARRING_SIDES[k][1]}|{WARRING_SIDES[k][1]}{_LEADER}{WARRING_SIDES[k][0]})"
        for k, v in WARRING_PAIRS.items()
    )
    + r")\b"
)
W_WARRING = word_class(
    "russia russian russians moscow ukraine ukrainian ukrainians kyiv kiev israel israeli israelis "
    "palestinian palestinians hamas armenia armenian armenians azerbaijan azerbaijani azerbaijanis "
    "baku yerevan georgia georgian georgians tbilisi sukhumi cypriot cypriots cyprus"
)
# Words of another matter between warring states: their gas, trade or sports talks.
W_PAIR_OTHER = word_class(
    "gas gazprom naftogaz oil energy pipeline transit trade tariff tariffs visa visas economic "
    "economy business investment tourism football soccer olympic olympics sport sports match "
    "tennis chess cricket church patriarch fleet debt loan price prices airline flights"
)


def _theatre_frame(doc: Doc, title: str | None, published: date | None) -> bool:
    """Whether a meeting of an item without a generic conflict word is a conflict meeting: by its
    topic (_THEATRE_FRAME in the text or title), or by the parties to a war it names together in a
    sentence telling of a meeting (_WARRING_PAIR) without another matter between them
    (W_PAIR_OTHER). Russia and Ukraine only since 2014: before, their talks were on gas and the
    fleet."""
    if doc.mask & W_THEATRE and _THEATRE_FRAME.search(doc.text):
        return True
    if title and _THEATRE_FRAME.search(title):
        return True
    if not doc.mask & W_WARRING:
        return False
    for i in doc.having_all(W_WARRING, W_MEETING):
        if doc.masks[i] & W_PAIR_OTHER:
            continue
        for m in _WARRING_PAIR.finditer(doc.text, doc.sents.starts[i], doc.sents.ends[i]):
            if m.lastgroup != "ru_ua" or (published is not None and published.year >= 2014):
                return True
    return False


# Talks about something else (POLICY: not listed) even in a conflict item.
_NON_CONFLICT_TALKS = re.compile(
    r"\b(?:trade|tariffs?|climate|budget|coalition|wage|pay|contract|merger|accession|tax|nuclear"
    r"|pensions?|brexit|customs|fisheries|debt|bailout|salary|labou?r|licen[cs]e|opec\+?(?:\s+oil)?"
    # the company's meeting ("shareholders will meet on Friday to vote on the merger")
    r"|shareholders|stockholders|bondholders|creditors"
    # a central bank's or a board's meeting: "the BOJ's next policy meeting", "a board meeting"
    # a government's own meeting: "Israel's security cabinet is due to meet on Thursday"
    r"|policy|monetary|rate-setting|board|annual\s+general|cabinet)"
    r"\s+(?:[\w-]+\s+)?(?:(?:is|are|was|were)\s+)?$"
    # a central bank that meets: "the Fed will meet on Wednesday", "the central bank's board"
    r"|\b(?:central\s+bank|federal\s+reserve|(?-i:Fed|ECB|BOJ|BoJ|BOE|BoE|RBA|RBI|SNB|PBOC|FOMC)"
    r"|reserve\s+bank|bank\s+of\s+(?-i:[A-Z]\w+)|policymakers|policy\s+makers|rate-setters)"
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?$"
    # the industry meeting ("oil producers will meet"), not warring sides' oil or energy talks
    r"|\b(?:oil|gas|energy)\s+(?:producers|exporters|companies|firms|majors|traders|markets)"
    r"\s+(?:(?:is|are|was|were|will|would)\s+)?$",
    re.IGNORECASE,
)
# ... or a topic stated right after the meeting ("to meet his counterpart to discuss bilateral
# trade", "talks on tariffs"). Not oil or energy: warring sides negotiate oil revenue and
# "energy ceasefires".
_NON_CONFLICT_TOPIC = re.compile(
    # ("a second round of talks on Tehran's nuclear programme")
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:to\s+discuss|on|about|over)\s+(?:(?:the|a|new|bilateral|possible"
    r"|further|proposed|[\w-]+['’]s)\s+)*(?:trade|tariffs?|budget|output|production|investment|climate|tax"
    r"|nuclear"
    r"|debt|pensions?|wages?|customs|merger|takeover|acquisition|dividends?|contracts?|loans?"
    # a donors' or rebuilding conference ("a conference on rebuilding Derna is planned for October 10")
    r"|rebuilding|reconstruction"
    # an energy project ("talks on a proposed gas pipeline from Iran")
    r"|(?:(?:gas|oil)\s+)?pipelines?)\b"
    # the meeting named after it: "are set to meet in Bonn next week for UN climate talks"
    r"|(?:\s+[\w'’-]+){0,10}?\s+for\s+(?:[\w-]+\s+){0,4}?(?:trade|tariff|climate|budget|debt|tax"
    r"|customs|fisheries)\s+(?:talks|negotiations|summit|conference|meetings?)\b"
    # a contest, not talks: "the two candidates will meet for a televised debate", "will meet in
    # the final on Sunday", "are due to meet in a rematch"
    r"|\s+(?:again\s+)?(?:for|in)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:debates?|match|matches|game"
    r"|final|semi-?finals?|quarter-?finals?|rematch|bout|play-?offs?|title\s+fight|head-to-head)\b"
    # (not "a final bid to save the truce", "the final round of talks")
    r"(?!\s+(?:round|session|stage|phase|status|settlement|agreement|deal|text|draft|peace|talks|bid|attempt"
    r"|effort|push|try|chance|day|days|hours?|stretch|meeting)\b)"
    # a lawsuit's mediation: "will meet for court-ordered mediation in San Diego on Monday"
    r"|(?:\s+[\w'’-]+){0,6}?\s+(?:for|in|at)\s+(?:a\s+)?court-(?:ordered|appointed|supervised|mandated)\b",
    re.IGNORECASE,
)
# The words _NON_CONFLICT_TALKS ends a token with (written out, lower case): a fast gate.
_NON_CONFLICT_ENDINGS = tuple(
    "trade tariff tariffs climate budget coalition wage pay contract merger accession tax nuclear pension "
    "pensions brexit customs fisheries debt bailout salary labor labour licence license opec "
    "opec+ oil gas energy shareholders stockholders bondholders creditors policy monetary "
    "rate-setting board general bank fed ecb boj boe rba rbi snb pboc fomc reserve cabinet "
    "policymakers makers rate-setters bank's fed's ecb's boj's boe's".split()
)


def _non_conflict(text: str, low: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with a non-conflict topic ("trade talks"): _NON_CONFLICT_TALKS,
    tried only when one of the last three tokens ends with one of its words."""
    window = low[lo:hi]
    if window.isascii() and not any(w.endswith(_NON_CONFLICT_ENDINGS) for w in window.rsplit(None, 3)[-3:]):
        return False
    return bool(_NON_CONFLICT_TALKS.search(text, lo, hi))


# A company's or a league's counterpart in talks (lower case): a business or labour meeting.
_NON_CONFLICT_PARTY = re.compile(
    r"\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:broadcasters|sponsors|creditors|bondholders|shareholders"
    r"|investors|management|employers|bosses|landlords|suppliers|retailers|lenders)\b"
)
# A press or news conference, a media briefing: a speaker's appearance, never talks.
_PRESS = re.compile(r"\b(?:press|news|media)\s+$")
# People seen arriving at or leaving a meeting (a photo caption: "delegates arriving at a
# conference in Bonn on Friday"): the meeting is their setting, not a meeting set (lower case).
_ARRIVING_AT = re.compile(
    r"\b(?:(?:arriv(?:e|es|ing)|depart(?:s|ing)?|pictured|photographed|seen)\s+"
    r"(?:at|for|from|after|outside|during)|leav(?:e|es|ing))\s+(?:a|an|the|this|their)\s+(?:[\w-]+\s+){0,2}?$"
)
# The purpose of a visit under way: "who is visiting Jakarta with the defence minister to meet
# their counterparts", "on a two-day visit to Cairo to meet officials" (lower case).
_VISIT_PURPOSE = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+|currently\s+)?(?:visiting|touring|in)\b|on\s+an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|trip|tour)\b)[^.;:]*$"
)
_AMID = re.compile(r"\bamid\s+(?:(?:the|ongoing|continuing)\s+)?$")
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|'ll|to|is\s+to|are\s+to|plan(?:s|ning)?\s+to|agreed\s+to|invited"
    r"|expected\s+to|set\s+to|due\s+to)\s+(?:\w+\s+){0,2}?(?:hold|attend|join|resume|start|begin"
    r"|open|convene|host|bring|enter|return\s+to|participate\s+in|take\s+part\s+in|reconvene"
    r"|launch|organi[sz]e|chair|lead|gather|assemble|send|dispatch)\b"
    r"|\b(?:ahead\s+of|upcoming|forthcoming|planned|scheduled|next|new\s+round|fresh\s+round"
    r"|another\s+round|proposed\s+date)\b"
    # a day set for it: "set November 29 as the date for resuming peace talks"
    r"|\b(?:date|day)\s+for\s+(?:resuming|restarting|reopening|starting|opening|holding|launching)\b"
    # a delegation awaited for the talks: "is expected in Cairo on Sunday for ceasefire talks"
    r"|\b(?:is|are)\s+(?:expected|due)\s+(?:back\s+)?(?:in|at)\b"
    # guests invited to the venue: "has invited the foreign ministers of Azerbaijan and Armenia to
    # Moscow on Friday for consultations", "invited the delegations back to Geneva on March 23"
    r"|\binvit(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,8}?(?:back\s+)?to\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
_FUTURE_AFTER = re.compile(
    r"\b(?:(?:is|are|was|were)\s+)?(?:(?:now|still|also)\s+)?(?:(?:expected|due|set|scheduled|planned|slated|likely|going)"
    r"\s+)?to\s+(?:be\s+held|take\s+place|start|begin|open|resume|restart|reopen|reconvene|convene|continue"
    r"|get\s+under\s*way|kick\s+off|be\s+resumed|be\s+convened|go\s+ahead|proceed)"
    r"|\b(?:will|would|shall|'ll)\s+(?:\w+\s+)?(?:be\s+held|take\s+place|start|begin|open|resume|restart|reopen"
    r"|be\s+resumed|reconvene|convene|continue|last|kick\s+off|get\s+under\s*way|meet|be\s+on"
    r"|go\s+ahead|proceed)"
    r"|\b(?:scheduled|set|slated|planned|due)\s+(?:for|on)\b|\bmeet\b",
    re.IGNORECASE,
)
# The meeting's own verb in the present tense, for a set day, after its subject: "Talks between
# Sudan's government and Darfur rebels resume in the Nigerian capital on Monday" (lower case).
_PRESENT_SET = re.compile(
    r"[^,.;:]{0,80}?\b(?:resume|reconvene|open|begin|start)s?\s+(?:(?:in|at)\s+[^,.;:]{2,40}?\s+)?"
    r"(?:on\s+" + WEEKDAY_RE.lower() + r"|tomorrow)\b"
)
# A meeting as the setting of a future act: "will present its peace map to the warring parties at a
# meeting in Geneva on Tuesday", "is to raise the issue during the summit" (lower case).
_AT_MEETING = re.compile(r"\b(?:at|during)\s+(?:a|an|the|their|its|this)\s+(?:[\w-]+\s+){0,2}?$")
_FUTURE_ACT = re.compile(
    r"\b(?:will|shall|'ll|(?:is|are)\s+to|(?:due|set|expected|scheduled)\s+to)\s+(?:[\w'’-]+\s+){1,12}?"
    r"(?:at|during)\s+(?:a|an|the|their|its|this)\s+(?:[\w-]+\s+){0,2}?$"
)
# ... not a thing done there before: "will study the plan presented at the meeting on Monday".
_DONE_AT = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b\w+ed\s+(?:at|during)\s+(?:a|an|the|their|its|this)\s+(?:[\w-]+\s+){0,2}?$"
)


_FUTURE_TIME = re.compile(
    r"\b(?:tomorrow|today|tonight|this\s+(?:evening|afternoon|weekend|week)|next\s+(?:week|month"
    r"|year|round|meeting|session)|later\s+this\s+(?:week|month|year)|in\s+the\s+(?:coming|next)"
    r"\s+(?:few\s+)?(?:days|weeks)|early\s+next)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    # ("end of" a meeting, not of a period: "extended until the end of February" is a deadline)
    # (not "the rebel-held town": a place held by a side)
    r"\b(?:(?<![-‐])held|met|meets|concluded|ended|end\s+of(?!\s+(?:the\s+)?(?:this\s+|next\s+)?(?:month|year"
    r"|week|(?i:" + MONTH_RE + r"))\b)|wound\s+up|wind\s+up|winds\s+up|wrap(?:ped|s)?\s+up|closed"
    # (not the guests' arrival: "delegations began arriving in France on Friday for peace talks")
    r"|failed|failure|collapsed|broke\s+(?:down|off|up)|dashed|began(?!\s+(?:arriving|to\s+arrive|gathering))"
    r"|begun|started|commenced|opened"
    r"|kicked\s+off|resumed|returned|under\s*way|ongoing|current|last\s+(?:week|month|year)"
    r"|ago|yesterday|earlier|previous|reached|took\s+place|ha(?:s|ve)\s+been\s+hosting"
    # a past verb told with its auxiliary: "did not reach a deal late Friday", "didn't meet"
    r"|did(?:\s+not|n['’]t)?|could\s+not|couldn['’]t"
    r"|deadlock\w*|walked\s+out|walked\s+away|stalled|adjourned|came\s+to\s+an\s+end"
    r"|come\s+to\s+an\s+end|signed|agreed\s+(?:to\s+)?(?:last|during|at)|arrived"
    # a side that left the talks: "the army had pulled out of the Jeddah talks on Wednesday"
    r"|pulled\s+out|withdrew|withdrawn|quit"
    # a statement made after it: "the OSCE said after talks in Minsk on Wednesday"
    r"|(?:said|announced|stated|reported|confirmed|declared)\s+(?:on\s+\w+\s+|late\s+\w+\s+)?after(?=\s)"
    # a round that goes on: "pressed on with direct talks on Wednesday, a day after they opened",
    # "continued their talks in Ouagadougou"
    r"|press(?:ed|ing)\s+on\s+with|continued\s+(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+\s+)?"
    r"(?=talks|negotiations|consultations|discussions)"
    # the meeting told in the past tense: "Today's meeting was devoted to security issues", "the
    # talks were constructive"; a statement made after it: "a statement after the meeting"
    # (not in a relative clause: "the talks, which were attended by the envoy, will resume")
    r"|(?<!which\s)(?<!that\s)(?<!who\s)(?:was|were)\s+(?:\w+ly\s+)?(?:devoted|dedicated|attended|chaired|co-chaired|dominated"
    r"|overshadowed|productive|constructive|fruitful|cordial|inconclusive)"
    r"|(?:made|issued|gave|delivered|released|press|joint)\s+(?:[\w'’.-]+\s+){0,2}?(?:statement|remarks"
    r"|comments|communiqu\w*)\s+(?:[\w'’.-]+\s+){0,6}?after\s+(?:the|a|an|its|their)"
    # a round under way: "continued for a third day", "entered their second week"
    r"|(?:continu(?:ed|es|ing)\s+for|enter(?:ed|s|ing)|went\s+into)\s+(?:a|an|its|their|the)\s+"
    r"(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:straight\s+)?(?:day|week))\b",
    re.IGNORECASE,
)
_NOT_PAST = re.compile(
    r"\b(?:to\s+be\s+held|be\s+held|being\s+held|will\s+be\s+held|were\s+due\s+to\s+be\s+held"
    r"|to\s+start|to\s+begin|to\s+open|to\s+resume|will\s+resume|would\s+resume)\b",
    re.IGNORECASE,
)
_UNSURE = re.compile(
    # (not what a text calls for: "will vote Friday on a resolution calling for a ceasefire")
    r"\b(?:ready\s+to|willing\s+to|readiness|offer(?:ed|s)?\s+to|(?<!resolution\s)(?<!statement\s)"
    r"(?<!declaration\s)(?<!motion\s)(?<!text\s)call(?:ed|s|ing)?\s+for"
    # "the rebels would not beg for the talks to resume"
    r"|(?:beg(?:s|ged|ging)?|plead(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+for"
    r"|urg(?:ed|es|ing)|sought|seek(?:s|ing)?|propos(?:ed|es|ing)\s+(?:to\s+)?(?:hold|new|the|a|direct)"
    r"|(?:might|may|could)\s+(?:\w+\s+)?(?:take\s+place|be\s+held|meet|happen|go\s+ahead|resume)"
    r"|possibility|possible|no\s+(?:exact\s+)?date"
    # "the venue for the next round had not yet been decided"
    r"|(?:not|n't)\s+(?:yet\s+)?(?:been\s+)?(?:decided|determined|finali[sz]ed)"
    # a meeting only expected, not set: "ahead of an expected meeting between the two leaders"
    r"|an\s+expected\s+(?:[\w-]+\s+)?(?:meeting|summit|talks|visit)"
    # "without setting a date for their next meeting", "have not yet fixed a date"
    r"|(?:not|n't|never|without)\s+(?:\w+\s+)?(?:set(?:ting)?|fix(?:ed|ing)?|announc(?:ed|ing)|giv(?:en|ing)"
    r"|specif(?:ied|ying)"
    r"|nam(?:ed|ing)|agree(?:d|ing)?(?:\s+on)?)\s+(?:a|any)\s+(?:new\s+|firm\s+|specific\s+)?dates?\b"
    r"|(?:not|n't|never|no)\s+(?:\w+\s+){0,2}?"
    r"(?:take\s+place|be\s+held|hold|attend|meet|resume|join|reconvene|convene"
    # "will not return to peace talks until the rebels stop their attacks"
    r"|return\s+to|go\s+back\s+to|come\s+back\s+to)"
    # "have not announced any plans to reconvene", "no plans to meet"
    # (a refusal of the talks, not of something else: "the armed groups that refused to sign the
    # 2018 peace deal will begin proximity talks")
    r"|(?:not|n't|never|no)\s+(?:\w+\s+){0,2}?plans?\s+to|refus\w+(?!\s+to\s+(?:sign|accept|recogni[sz]e"
    r"|disarm|lay\s+down|surrender|hand\s+over|withdraw|comply|pay|release)\b)|reject\w*\s+(?:\w+\s+)?"
    # talks no one seeks or that are excluded: "with no effort by either side to restart talks",
    # "ruled out talks with the rebels", "ended the year without negotiations"
    r"(?:talks|negotiations)|no\s+(?:\w+\s+)?(?:efforts?|attempts?|moves?|intention|initiative)\b"
    r"|rul(?:e|es|ed|ing)\s+out|without\s+(?:any\s+|new\s+|further\s+)?(?:talks|negotiations"
    r"|dialogue)|boycott\w*"
    # an agreement to meet that was not won: "without securing an agreement to resume negotiations"
    r"|without\s+(?:\w+\s+){0,2}?(?:an?\s+)?(?:agreement|deal|accord|commitment|pledge|promise)\s+to"
    r"|(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|want(?:s|ed)?|would\s+like|aim(?:s|ed|ing)?)\s+to"
    # mediators pushing for talks: "are pressing Israel and Hamas to return to negotiations"
    r"|press(?:es|ed|ing)\s+(?!ahead\b|on\b|for\b)(?:[\w'’-]+\s+){1,4}?to\s+(?:return|resume|hold"
    r"|attend|join|come\s+back|start|begin|enter|sit)"
    # a body that has not met: "a mechanism set up to monitor the agreement has yet to convene"
    r"|yet\s+to\s+(?:meet|convene|hold|begin|start|resume|be\s+held|take\s+place))\b",
    re.IGNORECASE,
)
# (and "suspended the next round of talks", not a state told with its time: "talks, suspended
# since June, are due to restart")
_CANCELLED = re.compile(
    # ("scrapping a fifth round of negotiations that had been scheduled to open next month")
    r"\b(?:cancel(?:l)?(?:ed|ing)|call(?:ed|ing)\s+off|scrapp(?:ed|ing)|abandon(?:ed|ing)"
    r"|suspended(?!\s+(?:since|in|for|after|last|earlier|two|three|four|five|six|several|months|years"
    r"|weeks|until|till|because|over|amid|when|\d)\b))\b",
    re.IGNORECASE,
)
# (Not the adjective of a compound: "a long-delayed prisoner swap", "the twice-postponed talks".)
_POSTPONED = re.compile(
    r"\b(?<!-)(?:postpon(?:e|es|ed|ing|ement)|delayed|put\s+off|pushed\s+back|deferred|rescheduled)\b"
    r"(?P<new>\s+(?:\w+\s+){0,3}?(?:to|until|till|for)\b)?",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tweeted|announced|stated|added|confirmed|reported|wrote|declared"
    r"|commented|noted|quoted)\b[^,.;]{0,30}?\s*$",
    re.IGNORECASE,
)
_NOT_PLACE = re.compile(
    rf"^(?:{MONTH_RE}|{WEEKDAY_RE}|The|A|An|Arabic|English|French|Russian|Principle|Part|Order"
    r"|Addition|Turn|Response|Protest|Accordance|Front|Favou?r|Line|Spite|Light|General|Total"
    r"|Private|Public|Particular|Person|Recent|Response|Support|Touch|Charge|Time|Office|Power"
    r"|Control|Talks|Peace|January|Geneva\s+talks|East|West|North|South)$"  # ("Middle East peace process")
)
_PLACE = re.compile(
    # (the venue told with its region: "in the northern town of Kilinochchi", "at the Egyptian Red
    # Sea resort of Sharm el-Sheikh")
    # (or the place the sides return or go to for it: "will return to Helsinki for a third round",
    # "will send delegations to Jeddah for talks")
    r"\b(?:in|at|(?P<to>return(?:s|ed|ing)?\s+to|to))\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:capital|city|town"
    r"|resort|village|port)(?:\s+of)?\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+(?!(?:on|in|at|and|for|to|next|later)\b)"
    r"(?:(?:el|al|ash|ar|es|ez|az|de|del|dos)[-\s])?[A-Z][\w'’-]+){0,2})"
)
_THEATRE_NAME = re.compile(THEATRE_RE)
# Places whose name starts with "The" (other capitalised "The ..." after "in" name no venue).
_THE_PLACES = frozenset(("The Hague", "The Gambia", "The Bahamas", "The Netherlands"))
# After a bare "to" (not "return to"), a place is the meeting's only when "for" the meeting follows.
_FOR_TALKS = re.compile(
    # ("to Moscow on Friday for consultations")
    r"(?:\s+on\s+[\w.]+(?:\s+\d{1,2})?)?\s+for\s+(?:[\w'’-]+\s+){0,4}?(?:talks|negotiations|consultations"
    r"|meetings?|summit|round)\b"
)
_WHERE_AFTER = re.compile(r"(?:\s+on\s+\w+)?,?\s+where\b")
# A meeting held online has that as its venue (GUIDELINES 3.4): "resume by video conference on
# Friday", "will meet via video link", "talks held virtually" (lower case).
_VIRTUAL = re.compile(
    r"\b(?:by|via|over|through|in\s+an?|on\s+an?)\s+(?:video[\s-]?conferenc(?:e|ing)|video[\s-]?link"
    r"|video\s+call)\b|\b(?:held|meet|meets|resume|resumes|convene|convenes)\s+virtually\b"
    # "the next meeting in video format", "in videoconference format"
    r"|\bin\s+(?:a\s+)?video(?:[\s-]?conference)?\s+format\b"
)
# (not the end of a hyphenated name: "Nagorno-Karabakh talks" name the conflict, no venue)
# (The look-behind follows the capital, so that the engine skips ahead to capitals.)
_PLACE_ADJ = re.compile(
    r"(?P<place>[A-Z](?<![\w-][A-Z])[a-z]+)\s+(?:peace\s+)?(?:talks|consultations|negotiations|summit"
    r"|process|format|meeting)\b"
)
_I_PLACES = frozenset(
    "Nairobi Helsinki Dubai Delhi Karachi Hanoi Tbilisi Kigali Djibouti Dili Sochi Milan Tehran "
    "Teheran Amman Yerevan Astana Abidjan Isfahan Taormina".split()
)
"""Cities named like a people ("-i", "-an"): "the Nairobi peace process", "the Sochi talks"."""
# Who meets (a label, "X - Y"): "talks between X and Y", "invited X and Y to talks", "X and Y will
# meet", "talks with X", or a body that meets ("the joint military commission will meet").
# (A side ends before a verb or participle told of the talks: "between X and Y scheduled for".)
_SIDE_END = (
    r"(?=\s+(?:to|on|in|at|aimed|over|for|that|would|will|are|is|was|were|scheduled|set|planned|due"
    r"|slated|expected|originally|had|have|has|resumed|began|broke|ended|opened|could|should|might"
    r"|may|later|next|this|last|after|before|since|under|amid|without|who|which|resume|reopen"
    r"|restart|open|start|begin|continue|meet|hold|sit|agreed|agree|signed|sign)\b|[,.;:]|$)"
)
_BETWEEN = re.compile(r"\bbetween\s+(?P<a>[^,.;]{3,60}?)\s+and\s+(?P<b>[^,.;]{3,60}?)" + _SIDE_END)
_INVITED = re.compile(
    r"\binvit(?:ed|es|ing|e)\s+(?:(?:representatives|delegations|envoys|leaders)\s+of\s+)?"
    r"(?P<a>[^,.;]{3,60}?)\s+and\s+(?P<b>[^,.;]{3,60}?)\s+to\b"
)
_PAIR_MEETS = re.compile(
    r"(?:^|[-–—]\s+|,\s+|\bthat\s+)(?P<a>(?:[Tt]he\s+)?[\w'’.][\w'’.-]*(?:\s+[\w'’.][\w'’.-]*){0,4}?)"
    r"\s+and\s+(?P<b>(?:the\s+)?[\w'’.][\w'’.-]*(?:\s+[\w'’.][\w'’.-]*){0,4}?)\s+(?:will|would|are\s+(?:due|set|expected"
    r"|scheduled|to)\s+to|are\s+to|agreed\s+to|plan\s+to|plans\s+to|have\s+agreed\s+to)\s+"
    r"(?:meet|hold|resume|reconvene|sit\s+down|start|open|begin|attend)\b"
)
_BODY_MEETS = re.compile(
    r"(?:^|[-–—]\s+)(?P<a>(?:[Tt]he\s+)?(?:[\w'’.-]+\s+){0,4}?(?i:commission|committee|council|contact\s+group"
    r"|working\s+group|quartet|mediators|negotiators|delegations))\b"
    r"(?=[^.;]{0,80}?\b(?:will|would|is\s+(?:due|set|expected|scheduled)\s+to|is\s+to)\s+"
    r"(?:meet|hold|resume|reconvene|convene))"
)
_WITH = re.compile(r"\bwith\s+(?P<a>(?:the\s+)?[A-Z][^,.;]{2,50}?)" + _SIDE_END)
# What a side's label leaves out: "the", and who speaks for it ("delegations from Russia").
_SIDE_LEAD = re.compile(
    r"^(?:the\s+)?(?:(?:delegations?|delegates|representatives|envoys|negotiators|officials)\s+(?:from|of)\s+"
    r"(?:the\s+)?)?",
    re.IGNORECASE,
)
# Words that make a side no party: a pronoun, a time or a number.
_NOT_SIDE = re.compile(
    r"^(?:the\s+)?(?:it|they|we|he|she|talks|negotiations|meetings?|today|tomorrow|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|\d[\w,.]*|the|a|an|its|their)$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    date: DateExpr | None
    place: str | None
    parties: str | None
    status: str
    phrase_start: int
    phrase_end: int
    later: bool = False
    """Told as the time of another act of its sentence ("ahead of a planned summit"): another
    meeting than the one that act is."""


# A meeting named as the time of another act: "will meet on Thursday, ahead of a planned summit"
# (lower case, before the meeting's match).
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|before|prior\s+to|in\s+preparation\s+for|to\s+prepare\s+for)\s+(?:(?:a|an|the|their|its|this"
    r"|next|planned|expected|upcoming|proposed|scheduled|forthcoming)\s+"
    # a weekday's meeting: "ahead of Tuesday's talks", "before next week's summit"
    r"|(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\s+week)['’]s\s+)){0,3}$"
)
# A day told as its meeting's ("Tuesday's talks", "Friday’s summit"): the date right before a
# meeting noun, with a possessive between.
_POSSESSIVE_DAY = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
W_AHEAD = word_class("ahead before prior preparation prepare")


# Where a speaker told the news, not where anyone meets: "told a news conference in Kathmandu",
# "told reporters in Brussels", "speaking at a briefing in Geneva".
_TOLD_AT = re.compile(
    r"\b(?:(?:news|press|media)\s+(?:conference|briefing)s?|briefing|reporters|journalists|speaking)\s+$",
    re.IGNORECASE,
)


def _place_in(text: str, lo: int, hi: int) -> str | None:
    for m in _PLACE.finditer(text, lo, hi):
        place = m.group("place")
        if _NOT_PLACE.match(place) or (place.isupper() and len(place) <= 3 and place != "UAE"):
            continue
        if m.end() == hi and text[hi : hi + 1].isalnum():
            continue  # a word the window cuts ("in Novembe|r"): not read whole, no place
        to = m.group("to")
        if (
            to is not None
            and to == "to"
            and not _FOR_TALKS.match(text, m.end())
            and not _WHERE_AFTER.match(text, m.end())  # ("would fly to Ankara, where he is due to meet")
        ):
            continue
        if _TOLD_AT.search(text, max(lo, m.start() - 24), m.start()):
            continue
        if place.lower().startswith(("the ", "peace")) and place not in _THE_PLACES:
            continue
        return place
    if "vi" in text[lo:hi] and _VIRTUAL.search(text[lo:hi].lower()):
        return "video conference"
    for m in _PLACE_ADJ.finditer(text, lo, hi):
        place = m.group("place")
        if (
            _NOT_PLACE.match(place)
            or (place.endswith(("an", "ese", "i", "ish")) and place not in _I_PLACES)
            or m.start() == lo
            or _THEATRE_NAME.fullmatch(place)
        ):
            # (a people, not a place: "Iraqi talks", "Sudanese peace process"; the conflict's
            # talks, wherever they are held: "a third round of Syria talks ... in Astana")
            continue
        return place
    return None


# Each pattern of _parties_in with the words it needs: for each tuple, one of its words as a
# substring, spelled as in the pattern (a fast gate; "have agreed to" holds "agreed").
_PAIRS: tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]], ...] = (
    (_BETWEEN, (("between",),)),
    (_INVITED, (("invit",),)),
    (_PAIR_MEETS, (("and",), ("will", "would", "are", "agreed", "plan"))),
)
_BODY_VERBS = (("meet", "hold", "resume", "convene"),)
_WITH_WORD = (("with",),)


def _may_match(text: str, needed: tuple[tuple[str, ...], ...]) -> bool:
    """Whether text holds, for each tuple of needed, one of its words."""
    return all(any(map(text.__contains__, words)) for words in needed)


# Words that hold a meeting at a place: "will be held in Geneva", "to take place in Doha".
_VENUE_VERB = re.compile(
    r"\b(?:held|hold|take\s+place|convene|reconvene|open|resume|meet|begin|start|hosted)\b"
)


def _venue_after(text: str, pos: int, hi: int) -> str | None:
    """The place right after a meeting (text[pos:] starts after its noun), or after the verb that
    holds it: "negotiations in Geneva next week", "a new round of dialogue between Libya's rival
    factions will be held in Geneva" (not the truce's area: "talks on a truce in Gaza")."""
    start = pos
    while start < hi:
        place = _place_in(text, start, hi)
        if place is None:
            return None
        at = text.find(place, start, hi)
        if at < 0:
            return None  # (a place named otherwise: "video conference")
        between = text[pos:at].split()
        if len(between) <= 2 or _VENUE_VERB.search(" ".join(between[:-1])):
            return place
        # (a place the meeting is about, then its venue: "a meeting ... on the situation in
        # Idlib will take place in Ankara tomorrow")
        start = at + len(place)
    return None


def _parties_in(sentence: str) -> str | None:
    """Who meets, as the sentence names them (None when it does not)."""
    for pattern, needed in _PAIRS:
        m = pattern.search(sentence) if _may_match(sentence, needed) else None
        if m:
            a, b = _side(m.group("a")), _side(m.group("b"))
            if a and b:
                return f"{a} - {b}"
    body = _BODY_MEETS.search(sentence) if _may_match(sentence, _BODY_VERBS) else None
    other = _WITH.search(sentence) if _may_match(sentence, _WITH_WORD) else None
    sides = [
        s for s in (_side(body.group("a")) if body else None, _side(other.group("a")) if other else None) if s
    ]
    return " - ".join(sides) or None


def _side(words: str) -> str | None:
    """One side of a meeting as a label: no leading "The", no pronoun, time or number."""
    side = _SIDE_LEAD.sub("", words.strip(" ,;:-"))
    if side[:4] in ("and ", "And "):
        side = _SIDE_LEAD.sub("", side[4:])  # ("..., and Sharon and Abbas are due to meet")
    if not side or _NOT_SIDE.match(side):
        return None
    return side


# Words one of which a window must hold for the pattern of the same name to match there.
_CANCELLED_W = word_class(
    "cancelled canceled cancelling canceling called calling scrapped scrapping abandoned abandoning suspended"
)
_POSTPONED_W = word_class("delayed put pushed deferred rescheduled", "postpon")
_NOT_PAST_W = word_class("held start begin open resume")
_PAST_W = word_class(
    "held met meets concluded ended end wound wind winds wrap wrapped wraps closed failed failure "
    "collapsed broke "
    "dashed began begun started commenced opened kicked resumed returned under underway ongoing current "
    "last ago yesterday earlier previous reached took has have deadlock deadlocked deadlocks "
    "walked stalled adjourned came come signed agreed arrived pulled withdrew withdrawn quit pressed "
    "pressing after "
    "continued continues continuing entered enters entering went did didn could couldn "
    "devoted dedicated attended chaired co-chaired dominated overshadowed productive constructive "
    "fruitful cordial inconclusive statement remarks comments communique communiques communiqué communiqués"
)
_FUTURE_TIME_W = word_class("tomorrow today tonight this next later coming early")
_UNSURE_W = word_class(
    prefixes="refus reject boycott",
    words="ruled rule rules ruling expected beg begs begged begging plead pleads pleaded pleading "
    "appeal appeals appealed appealing "
    "ready willing readiness offer offered offers call called calls calling urged urges urging "
    "sought seek seeks seeking proposed proposes proposing might may could possibility possible "
    "no not t never hope hopes hoped hoping wish wishes wished want wants wanted like aim aims "
    "aimed aiming presses pressed pressing yet without",
)
_FUTURE_BEFORE_W = word_class(
    "hold attend join resume start begin open convene host bring enter return participate take "
    "reconvene launch organise organize chair lead ahead upcoming forthcoming planned scheduled "
    "next round proposed expected due gather assemble send dispatch date day invited invites inviting"
)
_FUTURE_AFTER_W = word_class(
    "held place start begin open resume reconvene convene continue get kick resumed convened last "
    "meet on for go proceed resumes reconvenes opens begins starts restart reopen"
)


# A clause set off by commas right after the meeting, telling its state so far, before the verb
# that sets it: "Somali peace talks in Kenya, stalled for weeks over ..., will resume on Monday",
# "The negotiations, suspended since June, are due to restart" (lower case). Its past words are
# not the meeting's own; the verb after it is.
_APPOSITIVE = re.compile(
    r"(?:\s+(?:in|at|with|between|of|on)\s+[^,;.]{1,70}?)?(?P<app>\s*,\s+(?:which\s+(?:have|has|had)\s+(?:been\s+)?)?"
    r"(?:stalled|suspended|deadlocked|frozen|broken\s+off|interrupted|bogged\s+down|on\s+hold|halted"
    r"|stuck|delayed|postponed|put\s+off|pushed\s+back"
    # a meeting called off, then set again: "A meeting ..., scrapped last week, will be held on"
    r"|cancell?ed|scrapped|called\s+off|abandoned)\b[^,;.()]{0,80},"
    # a relative clause on the sides: "talks between Kinshasa and the M23 rebels, who seized Goma
    # earlier this year, are expected to resume in Doha next week"
    # (not "which": a clause on the talks tells their state, "which began in Kunming on Wednesday")
    r"|\s*,\s+who\s+[^,;.()]{1,80},)\s+(?=(?:will|would|shall|are|is)\s)"
)
# ... or told without commas, as a participle with its time right after the meeting noun: "Talks
# suspended in April are due to restart in Doha on June 14", "negotiations broken off in March
# will resume". Its date is the state's, not the meeting's.
_APPOSITIVE_BARE = re.compile(
    r"(?P<app>\s+(?:stalled|suspended|frozen|broken\s+off|interrupted|halted|paused|postponed|delayed"
    r"|put\s+off|pushed\s+back|deadlocked|stuck)\s+(?:in|since|for|last|after|over|earlier|at|two|three"
    r"|four|five|six|several|months|weeks)\b[^,;.()]{0,50}?)\s+(?=(?:will|would|shall|are|is)\s)"
)
W_APPOSITIVE = word_class(
    "stalled suspended deadlocked frozen broken interrupted bogged hold halted stuck delayed postponed put "
    "pushed paused cancelled canceled scrapped called abandoned who"
)
# A round under way that goes on: "the talks were expected to continue on Wednesday", "would
# continue on Friday" (GUIDELINES 3.1: not an upcoming meeting), unless a new session follows a
# break ("talks will continue in Geneva on Wednesday after a week's break") (lower case).
_AFTER_BREAK = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:break|recess|pause|hiatus"
    r"|adjournment)\b"
)


_PAST_LC = case_sensitive(_PAST)
_NOT_PAST_LC = case_sensitive(_NOT_PAST)
_FUTURE_AFTER_LC = case_sensitive(_FUTURE_AFTER)
_FUTURE_BEFORE_LC = case_sensitive(_FUTURE_BEFORE)
_FUTURE_TIME_LC = case_sensitive(_FUTURE_TIME)
_UNSURE_LC = case_sensitive(_UNSURE)
_CANCELLED_LC = case_sensitive(_CANCELLED)
_POSTPONED_LC = case_sensitive(_POSTPONED)


# A mediator who will bring the sides together, before the meeting: "Annan will bring Kibaki and
# Odinga together for talks on Tuesday", "plans to bring the two leaders together for a summit"
# (lower case; not "brought them together for talks last week").
_BRING_TOGETHER = re.compile(
    r"\b(?:will|would|shall|to|'ll)\s+(?:\w+\s+)?(?:bring|get)\s+(?:(?!(?:and\s+)?(?:said|says|after|before|when"
    r"|while|but)\b)[\w'’.,-]+\s+){1,12}?together\s+(?:for|in|at)\s+(?:[\w-]+\s+){0,3}?$"
)


# The purpose of a meeting, after it: "to try to break a deadlock", "aimed at reviving a stalled
# peace deal", "in a bid to end ..." (lower case).
_PURPOSE = re.compile(
    r"\b(?:aimed\s+at|aiming\s+at|aim(?:ed|ing)\s+to|hoping\s+to|in\s+the\s+hope\s+of|in\s+order\s+to|(?:in\s+)?(?:a|an)\s+(?:bid|effort|attempt)\s+to|intended\s+to"
    r"|designed\s+to|meant\s+to|seeking\s+to|to\s+(?:try\s+(?:and|to)|seek|find|break|end|revive|resolve|prepare|vote"
    r"|salvage|rescue|save|overcome|discuss|review|address|restore|shore\s+up|bridge|narrow"
    r"|iron\s+out|settle|repair|mend|unblock|kick-start|jump-start)"
    # what the sides hope of it, told after its day or place: "on July 22, when negotiators hope
    # to finalise additional measures", "in Doha, where mediators hope to close the gaps"
    r"|(?:when|where)\s+(?:[\w'’-]+\s+){1,3}?(?:hope|hopes|expect|expects|aim|aims|want|wants|plan|plans)\s+to"
    # a clause of its own after a comma, the past that led to it: "will hold a fourth round of talks
    # in Helsinki later this month, mediators said on Tuesday, after the two sides ended their last
    # session"
    r"|,\s+after)\b"
)


# A relative clause after a meeting that sets it (lower case): ", which officials said would be
# held on June 2", "that is due to open in Doha on Sunday" (see _mentions).
_RELATIVE_SET = re.compile(
    r"[^.;:()]{0,90}?,?\s+(?:which|that)\s+(?:[^,.;:()]{0,40}?\s)?(?:will|would|shall|(?:is|are|was|were)"
    r"\s+(?:(?:due|set|scheduled|expected)\s+)?to)\s+(?:now\s+|also\s+)?(?:be\s+held|take\s+place|open"
    r"|start|begin|convene)\b"
)


def _goes_on(text: str, before: str, after: str, pos: int) -> bool:
    """Whether the only future verb of a meeting (before and after it, lower case; after starts
    at pos of text) is its "continue" told without a venue: no future verb before it ("will hold
    talks ... to continue"), the first one after it, as _mentions finds them, is "continue", and
    no place follows it. A story on a round under way tells it goes on by day ("were expected to
    continue on Wednesday"); one telling where the talks continue ("will continue in Arusha on
    Friday") sets a session."""
    if _FUTURE_BEFORE_LC.search(before):
        return False
    lead = len(after) - len(after.lstrip(" ,"))
    fa = _FUTURE_AFTER_LC.match(after, lead)
    if fa is None:
        fa = _FUTURE_AFTER_LC.search(after[:60])
    if fa is None or not fa.group(0).endswith("continue"):
        return False
    venue = _PLACE.match(text, pos + fa.end() + 1)
    return venue is None or _NOT_PLACE.match(venue.group("place")) is not None


def _purpose_end(low: str, pos: int, hi: int) -> int:
    """Where the purpose clause after a meeting (ending at pos) starts in low[pos:hi], else hi."""
    m = _PURPOSE.search(low, pos, hi)
    return m.start() if m else hi


# Words that open another clause: a postponement after one of them is about something else
# ("resume talks on May 9, after the round planned for May 2 was postponed").
_CLAUSE_BREAK = re.compile(
    r"\b(?:after|before|because|since|following|as|when|while|but|although|though|once|until"
    r"|unless|whereas|whereby)\b|[;:]"
)


# A verb coordinated with the meeting's own, sharing its subject (lower case): "were rescheduled
# for June 14 but then cancelled", "but was later called off".
_SAME_SUBJECT = re.compile(
    r"\s*,?\s*(?:and|but)\s+(?:(?:then|later|was|were|has|have|been|eventually|finally|abruptly)\s+){0,3}"
)


def _status(
    doc: Doc, m_start: int, m_end: int, best_end: int, lo: int, hi: int, skip: tuple[int, int] = (0, 0)
) -> tuple[str, int]:
    """Whether the meeting at low[m_start:m_end] is scheduled, postponed or cancelled (as the
    subject or object of the verb, in the same clause), and where its new date starts ("postponed
    until" ...; -1 when none is given). Words in low[skip[0]:skip[1]] (a clause telling the
    meeting's state so far, see _APPOSITIVE) are not its status."""
    low = doc.low
    mask = doc.mask_between(lo, hi)
    if not mask & (_CANCELLED_W | _POSTPONED_W):
        return "scheduled", -1
    found: tuple[str, int] | None = None
    for pattern, status in ((_CANCELLED_LC, "cancelled"), (_POSTPONED_LC, "postponed")):
        for h in pattern.finditer(low, lo, hi):
            if found is not None:
                # a meeting called off, then set again: "a summit, cancelled last week ..., has
                # been rescheduled for June 28" (the later act with its new date holds)
                if h.group("new") and h.start() > found[1]:
                    return status, h.end("new")
                continue
            if skip[0] <= h.start() < skip[1]:
                continue
            if (
                h.start() >= m_end
                and _RELATIVE_STATE.fullmatch(low, m_end, h.start())
                and _WILL.search(low, h.end(), hi)
            ):
                continue  # "Talks that were postponed in February will now take place": their state so far
            if h.start() >= m_end:
                gap = low[max(m_end, best_end) if best_end <= h.start() else m_end : h.start()]
            elif h.end() <= m_start:
                gap = low[h.end() : m_start]
            else:
                gap = ""
            if _CLAUSE_BREAK.search(gap) and not _SAME_SUBJECT.fullmatch(gap):
                continue
            if status == "cancelled" and mask & _POSTPONED_W:
                found = (status, h.end())
                break
            return status, h.end("new") if status == "postponed" and h.group("new") else -1
    return found[0] if found else "scheduled", -1


# A restrictive relative clause on the meeting, up to its status word (lower case).
_RELATIVE_STATE = re.compile(
    r"\s+(?:that|which)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
)


# The date a meeting was first set for, no longer its date: "originally set for June 10, have
# been moved to June 12", "which had been scheduled to begin on Monday, finally opened ...".
_FORMER_PLAN = re.compile(
    r"\b(?:(?:originally|initially|first|previously)\s+|had\s+been\s+)(?:scheduled|set|slated"
    r"|planned|due|expected|supposed)\s+(?:to\s+\w+(?:\s+\w+)?\s+)?"
    # ("had been due to open in the Nigerian capital on Thursday")
    r"(?:(?:in|at)\s+(?:[\w'’.-]+\s+){1,4}?)?(?:for\s+|on\s+)?$"
)
_FORMER_PLAN_WORDS = ("originally", "initially", "first", "previously", "had been")
"""Strings one of which _FORMER_PLAN needs (a fast gate)."""


def _former_plan(low: str, lo: int, pos: int) -> bool:
    """Whether the date at pos is the one a meeting was set for before it moved."""
    window = low[max(lo, pos - 45) : pos]
    return any(map(window.__contains__, _FORMER_PLAN_WORDS)) and _FORMER_PLAN.search(window) is not None


# A date in a relative clause (or one of time) told in the past, another event's: "will take place
# in the heart of a zone that the army vacated in November", "in Oslo, where the sides met in
# March" (not a plan told in it: "talks that are expected in November", "which has been set for
# Monday").
_PAST_RELATIVE = re.compile(
    # (or in a clause of time: "the first such talks since the rebels seized Goma in January")
    r"\b(?:that|which|who|where|since|after|when)\s+(?:(?!(?:is|are|am|will|would|shall|should|be|to|can|could|may"
    # (a plan's participle is the meeting's own: "which were scheduled for Monday")
    r"|might|must|has|have|not)\b)[\w'’-]+\s+){0,4}?(?:(?!(?:scheduled|rescheduled|planned|slated"
    r"|expected|moved|brought|pushed|advanced|fixed|timed)\b)[a-z]+ed|met|held|began|took|fled|fought|won"
    r"|lost|left|made|broke|fell|came|went|gave|saw|told|said)\s+(?:(?!(?:will|would|shall|to|is|are|be"
    r"|could|may|might|must|can)\b)[\w'’-]+\s+){0,3}?$"
)


_PAST_RELATIVE_LEADS = ("that ", "which ", "who ", "where ", "since ", "after ", "when ")
"""Strings one of which _PAST_RELATIVE needs (a fast gate)."""


def _past_relative(low: str, lo: int, pos: int) -> bool:
    """Whether the date at pos is told in a past relative clause (see _PAST_RELATIVE)."""
    window = low[max(lo, pos - 60) : pos]
    return any(map(window.__contains__, _PAST_RELATIVE_LEADS)) and _PAST_RELATIVE.search(window) is not None


# A meeting ended and set to go on elsewhere or later: "talks ended in Doha on Friday and will
# resume in Cairo next week". The date and place of the meeting are those after "and will".
_RESUMES = re.compile(
    r"\b(?:ended|concluded|wound\s+up|adjourned|closed|broke\s+up)\b[^.;:]{0,80}?\band\s+"
    r"(?=(?:will|would|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s+(?:resume|reconvene"
    r"|continue|meet\s+again)\b)"
)


# The meeting noun's own past verb, right after it (lower case): "after talks in Geneva ended on
# Friday", "the summit was held in Minsk": that meeting is over, whatever else the sentence plans.
_ENDED_AFTER = re.compile(
    r"\s+(?:(?:in|at)\s+[\w.'’-]+(?:\s+[\w.'’-]+)?\s+)?(?:ended|concluded|broke\s+up|wound\s+up"
    r"|closed|collapsed|adjourned|(?:was|were)\s+held|took\s+place)\b"
)


def _resume_point(low: str, lo: int, hi: int) -> int | None:
    """Where the later session starts to be told in low[lo:hi] (see _RESUMES), if it is."""
    m = _RESUMES.search(low, lo, hi) if "and" in low[lo:hi] else None
    return m.end() if m else None


# A date before the meeting noun with only "for" between them, when the people meeting are
# awaited that day: "is expected in Cairo on Sunday for ceasefire talks".
_FOR_MEETING = re.compile(r"\s*,?\s*for\s+(?:[\w-]+\s+){0,2}")


_MEETING_WORD = re.compile(
    r"\b(?:talks|negotiations|meetings?|summit|conference|sessions?|round|consultations|dialogue)\b",
    re.IGNORECASE,
)


_RELATIVE_LEAD = re.compile(r",\s+(?:which|that|who)\b")


# What may stand before a meeting noun that opens its sentence, the subject of the sentence's verb:
# a dateline, an article or the meeting's modifiers ("BAGHDAD (Reuters) - Fresh peace talks").
_SUBJECT_START = re.compile(
    r"(?:[^a-z]*?(?:[A-Z][a-z]{2,14}\.?\s+[^a-z]*?)?(?:\([^()]{1,30}\))?\s*[-–—]+\s+)?"
    # a reporting lead: "The African Union said talks between ... would take place in June"
    r"(?:(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|announced|confirmed)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?)?"
    r"(?:(?:the|a|an|new|fresh|direct|indirect|peace|ceasefire"
    r"|truce|[A-Z][\w'’-]*)\s+){0,3}"
)


# A past act of saying between a meeting and a later weekday, which then dates the saying (lower
# case): "talks with the US, acknowledged the strain ... in comments late on Thursday".
_PAST_SAYING = re.compile(
    r"\b(?:said|told|acknowledged|admitted|conceded|announced|stated|added|wrote|noted|warned"
    r"|insisted|claimed|commented|remarked|tweeted|posted|reported|confirmed|denied|complained"
    r"|argued|explained|stressed|described|revealed|disclosed|hinted|signall?ed|conceded"
    r"|in\s+(?:comments|remarks|an\s+interview|a\s+statement|a\s+speech|a\s+post))\b"
)


# Words one of which _REPORTING needs (a fast gate on plain text, see text.plain).
_REPORTING_WORDS = (
    "said", "says", "told", "tweeted", "announced", "stated", "added", "confirmed", "reported",
    "wrote", "declared", "commented", "noted", "quoted",
)  # fmt: skip


# The verb of the clause a speaker reports, between the reporting verb and a date: the date is
# that clause's ("which officials said would be held on June 2", "told reporters they will meet
# on Friday"), not the saying's (lower case).
_REPORTED_CLAUSE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+to)\s|'ll\s"
    # the date set in the clause said: "said on Tuesday it had set November 29 as the date for"
    r"|\b(?:set|fixed|scheduled|rescheduled|slated|chose|picked)\s+$"
)


def _reported_on(text: str, low: str, lo: int, pos: int) -> bool:
    """Whether the date at pos tells when something was said ("said on Monday"), not when a
    meeting is ("confirmed that the talks on May 9 ...")."""
    window = low[max(lo, pos - 45) : pos]
    if plain(window) and not any(map(window.__contains__, _REPORTING_WORDS)):
        return False
    m = _REPORTING.search(text, max(lo, pos - 45), pos)
    return (
        m is not None
        and not _MEETING_WORD.search(text, m.start(), pos)
        and not _REPORTED_CLAUSE.search(low, m.start(), pos)
    )


def _token_before(text: str, lo: int, pos: int) -> int | None:
    """Start of the whitespace-separated token that ends before the spaces before pos."""
    head = text[lo:pos].rstrip()
    j = lo + len(head)
    if j == pos or j <= lo:
        return None
    return j - len(head.rsplit(None, 1)[-1])


def _meetings(text: str, low: str, lo: int, hi: int, words: set[str]) -> list[re.Match[str]]:
    """The _MEETING matches of text[lo:hi] (as finditer finds them), tried only at anchors."""
    anchors: list[int] = []
    for word in _ANCHORS.intersection(words):
        pos = low.find(word, lo, hi)
        while pos >= 0:
            if pos == lo or not low[pos - 1].isalnum():
                anchors.append(pos)
            pos = low.find(word, pos + 1, hi)
    anchors.sort()
    out: list[re.Match[str]] = []
    prev_end = lo
    for anchor in anchors:
        if anchor < prev_end:
            continue
        starts = [anchor]
        while len(starts) < 8:
            k = _token_before(text, prev_end, starts[-1])
            if k is None:
                break
            token = text[k : starts[-1]].rstrip()
            if token.lower() in _LEAD_WORDS or _LEAD_FORM.match(token):
                starts.append(k + len(token) - 3 if token.endswith("'ll") else k)
            else:
                break
        for start in reversed(starts):
            m = _MEETING.match(text, start, hi)
            if m and m.end() > anchor:
                if m.group("noun") is not None and out and _CONVENES.search(out[-1].group(0)):
                    between = low[out[-1].end() : m.start()]
                    if len(between) < 50 and "," not in between and ";" not in between:
                        break  # the verb's object: "will convene the Libyan Political Dialogue Forum"
                out.append(m)
                prev_end = m.end()
                break
    return out


_AFTER_IT = re.compile(r"\b(?:after|following)\s+(?:the\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$")
"""A meeting told as what came before another act (lower case; see _mentions)."""
_TAKES_EFFECT = re.compile(
    r"\b(?:take|takes|took|taking|taken|come|comes|came|coming|enter|enters|entered|go|goes|went)\s+"
    r"(?:into\s+)?(?:effect|force)\s+(?:at\s+[\w:.]+\s+)?$"
)
"""A truce's start right before a date (lower case; see _mentions)."""
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing)\s+(?:[\w'’.,-]+\s+){1,16}?to\s+(?:(?:the|a)\s+)?$")
"""Sides invited to the meeting right after (lower case; see _mentions)."""
_DEADLINE = re.compile(
    r"\b(?:deadline|ultimatum)\s+(?:(?:of|for|on|is|was|set\s+for|expires?\s+on)\s+)?$"
    # the day a deal is due: "were meant to produce a final peace deal by August 18"
    r"|\b(?:deal|agreement|accord|settlement)\s+by\s+$"
)
"""A deadline's day right before a date, no meeting's: "has set a deadline of April 9" (lower case)."""
_EVENT_DAY = re.compile(
    r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:call|visit|attack|statement|announcement"
    r"|vote|election|offensive|raid|speech|interview|trip|ceremony|funeral|rally)\s+$"
)
"""Another event's noun right before a date after the meeting: its day (lower case)."""


def _another_acts_day(low: str, lo: int, d: DateExpr) -> bool:
    """Whether the words right before date d (in the sentence from lo) make it another act's day:
    a truce's start ("agreed on a ceasefire ..., to take effect on Friday") or a deadline ("Talks
    chairman George Mitchell has set a deadline of April 9")."""
    return bool(
        _TAKES_EFFECT.search(low, max(lo, d.start - 30), d.start)
        or _DEADLINE.search(low, max(lo, d.start - 30), d.start)
    )


_HAD_PLANNED = re.compile(
    r"\bhad\s+(?:[\w'’-]+\s+){0,3}?(?:invited|scheduled|planned|set|arranged|called)\b[^,;]*$"
)
"""A meeting's former plan before it, in the past perfect (lower case; see _mentions)."""
_REPORTED_HAD = re.compile(
    r"\b(?:said|says|announced|confirmed|told\s+[\w'’-]+)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?had\s$"
)
"""... not one reported: "said on Tuesday it had set November 29 as the date" (lower case)."""
_WILL = re.compile(r"\b(?:will|would|shall|'ll)\b")
_OPEN_QUOTE = re.compile(r"(?:^|(?<=\s))[\"“](?:[\w-]+\s+){0,2}$")
"""A double quote opening the words right before a meeting noun (see _mentions)."""
_CONVENES = re.compile(r"(?:convene|reconvene)$", re.IGNORECASE)
"""A meeting verb whose object is the meeting itself (see _meetings)."""


# A meeting as the hoped-for outcome of something else, not one set: "a truce that the envoy hopes
# will open the way to political talks", "to pave the way for negotiations" (lower case).
_WAY_FOR = re.compile(
    r"\b(?:open|pave|clear|prepare)(?:s|d|ed|ing)?\s+the\s+(?:way|ground|path)\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}?$"
)
W_WAY = word_class("way ground path")
# Between a meeting and a date after it: the date belongs to another clause ("peace negotiations,
# took effect on Tuesday").
_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:took|takes|came|comes|began|begins|was|were)\b")


# A round told without its noun (see _MEETING) in a sentence about a vote is the vote's round.
_BARE_ROUND = re.compile(r"[a-z]+\s+round", re.IGNORECASE)
W_ELECTION = word_class(
    "election elections vote votes voting runoff run-off ballot polls poll candidates", "elector"
)


# Building a government (POLICY: domestic coalition building is no conflict meeting): "hours
# before Gantz's mandate to form a coalition expires", "coalition talks", "a coalition deal"
# (lower case; not the armed "Saudi-led coalition").
_COALITION_BUILDING = re.compile(
    r"\b(?:form(?:s|ed|ing)?|build(?:s|ing)?|assembl(?:e|es|ing))\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:(?:new|ruling|governing|broad|grand|stable|majority)\s+)?coalition\b"
    r"|\bcoalition\s+(?:talks|negotiations|partners?|deal|agreement|pact|building)\b"
    r"|\bmandate\s+to\s+form\b"
)
W_COALITION = word_class("coalition mandate")


# A day told from another date of the sentence: "the session will begin on 18 October, and the
# two co-chairs will meet him together the day before", "talks open on Monday ... and the leaders
# meet the following day" (lower case).
_ANAPHORIC_DAY = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?P<phrase>the\s+(?:day\s+(?P<before>before)|day\s+after|(?:following|next)\s+day)"
    r"|a\s+day\s+(?P<earlier>earlier)|a\s+day\s+later)\b(?!\s+(?:tomorrow|that|the|of|it|its|their)\b)"
)


def _anaphoric_day(low: str, pos: int, hi: int, dates: list[DateExpr]) -> DateExpr | None:
    """The date "the day before" / "the following day" right after a meeting (ending at pos)
    tells, from the one resolved date of the sentence (none when there are several or none)."""
    m = _ANAPHORIC_DAY.match(low, pos, hi)
    anchors = [d for d in dates if d.day is not None and not d.past]
    if m is None or len(anchors) != 1:
        return None
    anchor = anchors[0].day
    assert anchor is not None
    step = -1 if m.group("before") or m.group("earlier") else 1
    return DateExpr(m.start("phrase"), m.end(), anchor + timedelta(days=step), None, "relative")


_BY_MEANS = (" in ", " by ", " via ", " through ", " over ")
# A meeting's length told after it: "The session is expected to run until 22 October", "the talks
# will last until Friday" (lower case): the end of a meeting told before, no meeting of its own.
_RUNS_UNTIL = re.compile(
    r"(?:\s+(?:between|of|on|with|in)\s+[^,.;:]{1,60}?)?"  # ("talks between the two sides will last ...")
    r"\s+(?:(?:is|are)\s+(?:expected|due|set|scheduled|likely)\s+to|will|would|should)\s+(?:run|last"
    r"|continue|go\s+on)\s+(?:until|till|through)\b"
)


def _mentions(doc: Doc, index: int, published: date | None) -> list[_Mention]:
    text, low = doc.text, doc.low
    lo, hi, words = doc.sents.starts[index], doc.sents.ends[index], doc.words[index]
    if doc.masks[index] & W_COALITION and _COALITION_BUILDING.search(low, lo, hi):
        return []  # "will meet on Thursday ..., hours before his mandate to form a coalition expires"
    found = _meetings(text, low, lo, hi, words)
    if "video" in words:
        # "held a meeting in video conference format", "will resume by video conference": how a
        # meeting named before is held (its venue: see _VIRTUAL), no meeting of its own
        found = [
            m
            for m in found
            if not (
                (m.group("noun") or "").lower().startswith("video")
                and low.endswith(_BY_MEANS, max(lo, m.start() - 9), m.start())
                and any(f.end() <= m.start() for f in found)
            )
        ]
    if not found:
        return []
    # Each status word is a whole token: a plain sentence without one has no status but
    # "scheduled" (a fast gate for _status).
    status_words = bool(doc.masks[index] & (_CANCELLED_W | _POSTPONED_W)) or not doc.plain_between(lo, hi)
    dates = [
        d
        for d in find_dates(text, published, lo, hi, words, doc.flat)
        if not _reported_on(text, low, lo, d.start)
        and not in_dateline(text, d)
        and not _former_plan(low, lo, d.start)
        and not _past_relative(low, lo, d.start)
    ]
    out: list[_Mention] = []
    press_dates: list[int] = []  # the dates of press conferences (see _PRESS)
    sentence_place: tuple[str | None] | None = None  # computed once, when first needed
    parties: tuple[str | None] | None = None
    for i, m in enumerate(found):
        if _non_conflict(text, low, max(lo, m.start() - 30), m.start()):
            continue
        if " with " in low[m.end() : m.end() + 6] and _NON_CONFLICT_PARTY.match(low, m.end()):
            continue  # "talks with Halden's management", "negotiations with broadcasters"
        if text[m.end() : m.end() + 1] in ('"', "”") and _OPEN_QUOTE.search(
            text, max(lo, m.start() - 16), m.start()
        ):
            continue  # in scare quotes, a figure of speech: what officials called "peace talks" over bonuses
        noun = m.group("noun")
        if noun is not None and _PRESS.search(low, max(lo, m.start() - 12), m.start()):
            # "will hold a press conference on Monday": no talks, and the first date after it
            # is its own ("a news conference on Tuesday ahead of peace talks")
            press = next((d for d in dates if d.start >= m.end()), None)
            if press is not None and press.start - m.end() < 80:
                press_dates.append(press.start)
            continue
        if noun is not None and doc.masks[index] & W_ELECTION and _BARE_ROUND.fullmatch(noun):
            continue  # "a second round (of the vote) will be held on May 7": a runoff, not talks
        vote = "vote" in m.group(0).lower()
        if vote and "security council" not in low[lo:hi]:
            continue  # (a vote on a resolution is a meeting of the Security Council only)
        prev_end = found[i - 1].end() if i else lo
        next_start = found[i + 1].start() if i + 1 < len(found) else hi
        if (
            noun is not None
            and ("until" in words or "till" in words or "through" in words)
            and _RUNS_UNTIL.match(low, m.end(), next_start)
        ):
            continue  # "The session is expected to run until 22 October": its end, told apart
        resume = _resume_point(low, m.end(), next_start)
        if resume is None and noun is not None and _ENDED_AFTER.match(low, m.end(), next_start):
            continue  # "a new round is set for May, after talks in Geneva ended on Friday"
        # The date of this meeting: the nearest date not closer to another mention.
        best: DateExpr | None = None
        best_dist = 10**9
        for d in dates:
            if (resume is not None and d.start < resume) or (press_dates and d.start in press_dates):
                continue
            if _another_acts_day(low, lo, d):
                continue
            if d.end <= m.start():
                if d.start < prev_end or low.endswith(("until ", "till "), lo, d.start):
                    continue  # (a deadline: "extended the ceasefire until Dec. 31 to allow the talks")
                if ", where " in low[d.end : m.start()]:
                    continue  # (a trip's day: "is due to travel to Tunis on Sunday, where a forum ...")
                # dates usually follow the meeting noun, and nearly always its verb ("flew in on
                # Friday and is due to meet the rebels' chief in Kilinochchi on Sunday")
                dist = m.start() - d.end + (25 if noun is not None else 100)
            elif d.start >= m.end():
                if d.start > next_start:
                    continue
                if _EVENT_DAY.search(low, max(m.end(), d.start - 30), d.start):
                    continue  # "The talks follow a phone call on Tuesday": another event's day
                if next_start < hi and _POSSESSIVE_DAY.match(low, d.end, next_start):
                    continue  # "will meet ... ahead of Tuesday's talks": the next meeting's day
                dist = d.start - m.end()
            else:
                dist = 0
            if dist < best_dist and dist < 160:
                best, best_dist = d, dist
        if (best is None or best.end <= m.start()) and "day" in words:
            # (told right after the meeting, it is its day, not a date told before it)
            best = _anaphoric_day(low, m.end(), next_start, dates) or best
        as_time = bool(
            i
            and doc.masks[index] & W_AHEAD
            and _AHEAD_OF.search(low, max(prev_end, m.start() - 50), m.start())
        )
        # "ahead of Tuesday's talks": the day is this meeting's (one awaited by the first)
        awaited_day = (
            as_time and best is not None and _POSSESSIVE_DAY.match(low, best.end, m.start()) is not None
        )
        if as_time and best is not None and best.end <= m.start() and not awaited_day:
            best = None  # "will meet on Thursday, ahead of a planned summit": the first meeting's day
        if best is not None and best.end <= m.start() and best.kind != "explicit" and not awaited_day:
            between = text[best.end : m.start()]
            # (awaited: a day of its own, "gather in Kampala today for an extraordinary summit", or
            # one a future verb sets)
            awaited = _FOR_MEETING.fullmatch(between) and (
                (best.kind == "relative" and not best.past)
                or _FUTURE_BEFORE.search(text, max(lo, best.start - 90), best.start)
            )
            if not (_FUTURE_BEFORE.search(between) or _FUTURE_AFTER.search(between) or awaited):
                # "Tuesday, the rebels announced at peace talks": a past frame; the meeting's own day
                # may follow it ("began arriving in France on Friday for peace talks ... due to open
                # at the Rambouillet chateau on Saturday")
                best = next(
                    (
                        d
                        for d in dates
                        if m.end() <= d.start < min(next_start, m.end() + 120)
                        # (in the meeting's own clause: not "flew to Kinshasa on Sunday for talks with
                        # the president and is due to travel on to Goma later this week")
                        and not any(x in low[m.end() : d.start] for x in (" and ", ",", ";"))
                        and not _EVENT_DAY.search(low, max(m.end(), d.start - 30), d.start)
                        and not _another_acts_day(low, lo, d)
                    ),
                    None,
                )
        verb = m.group("verb")
        if (
            verb is not None
            and verb.endswith("hosting")
            and (best is None or best.start < m.end() or best.past)
        ):
            continue  # "are hosting delegations ... in Jeddah, where talks have been under way since May 6"
        w_lo = max(prev_end, m.start() - 80, lo)
        w_hi = min(next_start, max(m.end() + 90, best.end if best else 0), hi)
        before = low[w_lo : m.start()]  # lower case: the window patterns below are too
        after = low[m.end() : w_hi]
        window = low[w_lo:w_hi]
        # (A window that is the whole sentence has the sentence's tokens and word classes.)
        wmask = doc.masks[index] if w_lo == lo and w_hi == hi else doc.mask_between(w_lo, w_hi)
        fb_maybe = wmask & _FUTURE_BEFORE_W
        fa_maybe = wmask & _FUTURE_AFTER_W
        ap = None
        if doc.masks[index] & W_APPOSITIVE and doc.masks[index] & _FUTURE_AFTER_W:
            # (read to the clause's end: a long one runs past the window, "Peace talks between
            # the government and the rebels, postponed last month after a deadly clash in the
            # south, will resume in Kuala Lumpur on Saturday")
            tail = low[m.end() : min(next_start, hi)]
            ap = _APPOSITIVE.match(tail) or _APPOSITIVE_BARE.match(tail)
            if ap is not None and not _FUTURE_AFTER_LC.match(tail, ap.end()):
                ap = None
            if ap is not None and m.end() + ap.end() + 60 > w_hi:
                w_hi = min(next_start, hi, m.end() + ap.end() + 60)
                after = low[m.end() : w_hi]
                window = low[w_lo:w_hi]
                wmask = doc.masks[index] if w_lo == lo and w_hi == hi else doc.mask_between(w_lo, w_hi)
                fb_maybe = wmask & _FUTURE_BEFORE_W
                fa_maybe = wmask & _FUTURE_AFTER_W
        skip = (m.end() + ap.start("app"), m.end() + ap.end("app")) if ap is not None else (0, 0)
        if best is not None and skip[0] <= best.start < skip[1]:
            # ("talks, put off in January, will resume on Friday": the date of its state so far)
            best = next((d for d in dates if skip[1] <= d.start < min(next_start, w_hi)), None)
        status, new_at = (
            _status(doc, m.start(), m.end(), best.end if best else 0, w_lo, min(next_start, hi), skip)
            if status_words
            else ("scheduled", -1)
        )
        moved = False  # set again for a new date, which may lie past the window's end
        if status == "postponed" and new_at >= 0:
            # "scheduled for Monday, were postponed until May 9": the new date, not the nearest;
            # with one the meeting is scheduled again, without ("until after the vote") not.
            # (the date may hold the preposition: "pushed back to the 14th")
            best = next((d for d in dates if new_at - 3 <= d.start <= new_at + 5), None)
            if best is not None:
                status = "scheduled"
                moved = True
        elif status != "scheduled":
            best = None  # the date it was set for no longer holds
        if ap is not None:
            # (the clause between commas told the meeting's state so far: see _APPOSITIVE)
            cut_lo, cut_hi = m.end() + ap.start("app") - w_lo, m.end() + ap.end("app") - w_lo
            window = window[:cut_lo] + " " * (cut_hi - cut_lo) + window[cut_hi:]
            after = after[: ap.start("app")] + after[ap.end("app") :]
        far_end = -1  # where a future verb after a long subject ends (see below)
        future_verb = bool(
            (fb_maybe and _FUTURE_BEFORE_LC.search(before))
            or (fa_maybe and _FUTURE_AFTER_LC.match(after.lstrip(" ,")))
            or (fa_maybe and _FUTURE_AFTER_LC.search(after[:60]))
            or (fa_maybe and _PRESENT_SET.match(after) is not None)
            or (m.group("verb") is not None)
            or (
                (" at " in before[-40:] or "during" in before[-40:])
                and _AT_MEETING.search(before, max(0, len(before) - 40)) is not None
                and _FUTURE_ACT.search(before) is not None
                and _DONE_AT.search(before, max(0, len(before) - 60)) is None
            )
            or ("together" in words and _BRING_TOGETHER.search(low, max(lo, m.start() - 160), m.start()))
            # sides invited to the talks on a day: "has invited Sudan's army and the paramilitary
            # Rapid Support Forces to ceasefire talks in Switzerland starting on Aug. 14" (not an
            # invitation with no day: "invited both sides to talks", an offer)
            or (
                best is not None
                and low.find("invit", max(lo, m.start() - 160), m.start()) >= 0
                and _INVITED_TO.search(low, max(lo, m.start() - 160), m.start()) is not None
            )
        )
        if (
            not future_verb
            and not moved  # (its new date holds: "planned for Saturday ... pushed back to Jan. 5")
            and (best is None or best.start >= m.end() + 40)
            and noun is not None
            and m.start() - lo < 90
            and doc.masks[index] & _FUTURE_AFTER_W
            and _SUBJECT_START.fullmatch(text, lo, m.start())
        ):
            # "Talks between government negotiators and aides of the cleric on ending the standoff,
            # originally set for Najaf, will now take place in Baghdad on Wednesday": the meeting
            # opens the sentence, its verb (and date) come after a long subject
            # (from the noun on: a verb that starts within the first 60 characters but ends past
            # them, "Talks between the Kenyan government and the rebels will take place in June")
            far = _FUTURE_AFTER_LC.search(low, m.end(), min(next_start, hi, m.end() + 240))
            if (
                far is not None
                # (past the state told between commas: "Peace talks between ..., postponed last
                # month, will resume in Kuala Lumpur on Saturday")
                and not _PAST_LC.search(low, max(m.end(), skip[1]), max(far.start(), best.end if best else 0))
                # (not a relative clause's plan: "talks ..., which had been scheduled to begin on
                # Monday, finally opened on Wednesday")
                and (best is None or not _RELATIVE_LEAD.search(low, m.end(), far.start()))
            ):
                future_verb = True
                far_end = far.end()
                if best is None or best.start >= far.start():
                    best = next((d for d in dates if far.end() <= d.start <= far.end() + 40), None)
        rel_set = False
        if (
            noun is not None
            and (not future_verb or best is None or best.end <= m.start())
            and ("which" in words or "that" in words)
        ):
            # "to prepare a summit between Sharon and Abbas, which officials said would be held on
            # June 2": a relative clause sets the meeting, with its own date
            rel = _RELATIVE_SET.match(low, m.end(), min(next_start, hi))
            if rel is not None:
                # (set without a day, or with one the publication date cannot fix: "the next
                # round, which the two sides have said will take place in Mexico City")
                when = next((d for d in dates if rel.end() <= d.start <= rel.end() + 30), None)
                if when is not None or _venue_after(text, rel.end(), min(next_start, hi)):
                    future_verb, best, rel_set = True, when or best, True
        if (
            best is not None
            and not future_verb
            and best.kind == "weekday"
            and best.start >= m.end()
            and not low.startswith(("next", "this", "coming"), best.start)
            and _PAST_SAYING.search(low, m.end(), best.start)
        ):
            # "the negotiator in talks with the US, acknowledged the strain in comments late on
            # Thursday": the weekday dates what was said, not the meeting
            best = None
        if (
            future_verb
            and fa_maybe
            and m.group("verb") is None
            and "continue" in after
            and _goes_on(text, before, after, m.end())
            and not _AFTER_BREAK.search(low, w_lo, min(hi, m.end() + 160))
        ):
            continue  # "the talks were expected to continue on Wednesday": a round under way
        future = future_verb or moved or bool(wmask & _FUTURE_TIME_W and _FUTURE_TIME_LC.search(window))
        past = False
        if wmask & _PAST_W:
            scrub = _NOT_PAST_LC.sub(" ", window) if wmask & _NOT_PAST_W else window
            past = bool(_PAST_LC.search(scrub))
            if past and future_verb:
                # "will meet tomorrow to try to break a deadlock", "talks ... aimed at reviving a
                # stalled deal": the past words of the meeting's purpose are not its own
                cut = _purpose_end(low, m.end(), w_hi)
                if cut < w_hi:
                    part = low[w_lo:cut]
                    past = bool(_PAST_LC.search(_NOT_PAST_LC.sub(" ", part) if wmask & _NOT_PAST_W else part))
            if past and m.group("verb") is not None and low.startswith(" again", m.end()):
                # "met on Sunday and agreed to meet again next week": the past words before
                # the verb are the earlier meeting's
                part = low[m.start() : w_hi]
                past = bool(_PAST_LC.search(_NOT_PAST_LC.sub(" ", part) if wmask & _NOT_PAST_W else part))
        past = (past or (best is not None and best.past)) and resume is None
        future = future or resume is not None
        if best is not None and best.day is not None and published is not None:
            if best.day < published:
                continue
            if not past:
                future = True
        if past and not ((future_verb or moved) and best is not None and best.day is not None):
            continue  # (a meeting moved to a new day is set for it, whatever its past words)
        unsure = wmask & _UNSURE_W and _UNSURE_LC.search(window)
        unsure_at = w_lo + unsure.start() if unsure else -1
        if unsure and future_verb and unsure_at >= _purpose_end(low, m.end(), w_hi):
            unsure = None  # ("will meet in Geneva in a bid to end a war that both sides sought to win")
        elif unsure and unsure_at < m.start() and low.find("ahead of ", unsure_at, m.start()) >= 0:
            unsure = None  # ("urging the parties to agree on a ceasefire ahead of a conference ...")
        clause_end = min(next_start, hi)
        if not unsure and w_hi < clause_end and doc.masks[index] & _UNSURE_W:
            # a day left open at the clause's end: "further rounds would be held to settle the
            # remaining issues, without specifying a date"
            late = _UNSURE_LC.search(low, max(m.end(), w_hi - 30), clause_end)  # (a word the window cut)
            if late is not None and "date" in late.group(0):
                unsure, unsure_at = late, late.start()
        if (
            unsure
            and "date" in unsure.group(0)
            and (
                m.group("verb") is not None
                or rel_set
                or _FUTURE_AFTER_LC.search(low, m.end(), max(m.end(), unsure_at))
            )
            and _place_in(text, m.start(), unsure_at)
        ):
            # a meeting set by its own verb and place, only its day not yet: "A second meeting is
            # expected to take place in China, but no date has been set" (not "no date has been
            # set for the next meeting", "would meet again, without giving a date")
            unsure = None
        if (not future or unsure) and status == "scheduled":
            continue
        if (
            not future_verb
            and not moved
            and _AFTER_IT.search(low, max(lo, m.start() - 24), m.start())
            and _PAST_LC.search(low, m.end(), min(next_start, hi))
        ):
            continue  # "will meet on Sunday ..., after talks between the ministers on Tuesday failed"
        if (
            status == "scheduled"
            and "had" in words
            and (had := _HAD_PLANNED.search(before)) is not None
            and not _REPORTED_HAD.search(before, 0, had.start() + 4)
            and not _WILL.search(low, m.end(), hi)
        ):
            continue  # an earlier plan: "had on Saturday invited both sides to talks on 8 October"
        if (
            (best is None or best.end <= m.start() or _OTHER_CLAUSE.search(low, m.end(), best.start))
            and wmask & W_WAY
            and _WAY_FOR.search(low, max(lo, m.start() - 60), m.start())
            and not (fa_maybe and _FUTURE_AFTER_LC.search(after[:60]))
        ):
            continue  # "hopes will open the way to political talks": an outcome, not a meeting
        # Last, as they are dearer than the tests above and few mentions get this far:
        if _NON_CONFLICT_TOPIC.match(text, m.end(), hi):
            continue  # "to meet his counterpart to discuss bilateral trade"
        if not future_verb and _ARRIVING_AT.search(low, max(lo, m.start() - 50), m.start()):
            continue  # "delegates arriving at a conference in Bonn on Friday": a caption
        if (
            (best is None or best.end <= m.start() or "," in low[m.end() : best.start])
            and m.group("verb") is not None
            and low.startswith("to ", m.start())
            and _VISIT_PURPOSE.search(low, w_lo, m.start())
        ):
            continue  # "who is visiting Jakarta to meet their counterparts": a visit, not talks
        if _AMID.search(low, max(lo, m.start() - 20), m.start()):
            continue  # "amid talks of a price war", "amid ongoing talks": not a scheduled meeting
        p_lo = min(m.start(), best.start) if best else m.start()
        p_hi = max(m.end(), best.end) if best else m.end()
        if best is None and far_end > m.end():
            p_hi = far_end  # (the verb after a long subject: "Talks ... will resume after the holiday")
        fa = _FUTURE_AFTER_LC.match(after.lstrip(" ,")) if fa_maybe else None
        if best is None and fa:
            p_hi = max(p_hi, m.end() + (len(after) - len(after.lstrip(" ,"))) + fa.end())
        if as_time:
            # (only its own words: "talks in Cairo on Tuesday ahead of a summit on the truce" does
            # not place the summit in Cairo)
            place = _place_in(text, m.start(), w_hi)
        else:
            # (the place told after the meeting first: "The UN Support Mission in Libya said a new
            # round ... will be held in Geneva next week")
            p_from = resume if resume is not None else w_lo
            if ap is not None:
                # (not where the state between commas came about: "talks ..., postponed after a
                # clash in Maguindanao province, will resume in Kuala Lumpur")
                place = (
                    _venue_after(text, skip[1], w_hi)
                    or _place_in(text, p_from, skip[0])
                    or _place_in(text, skip[1], w_hi)
                )
            else:
                place = _venue_after(text, max(p_from, m.end()), w_hi) or _place_in(text, p_from, w_hi)
        if place is None and not as_time:
            ahead = (
                next_start
                if next_start < hi
                and doc.masks[index] & W_AHEAD
                and _AHEAD_OF.search(low, max(m.end(), next_start - 50), next_start)
                else None
            )
            if ahead is not None:
                # (not the place of the meeting told as its time: "will meet on Thursday, ahead
                # of a planned summit in Astana")
                place = _place_in(text, lo, ahead)
            else:
                if sentence_place is None:
                    sentence_place = (_place_in(text, lo, hi),)
                place = sentence_place[0]
        if vote:
            place = "UN Security Council"  # (not the place the resolution is about: "a ceasefire in Gaza")
        if parties is None:
            parties = (_parties_in(text[lo:hi]),)
        out.append(_Mention(m.start(), m.end(), best, place, parties[0], status, p_lo, p_hi, as_time))
        if best is not None and best.day is not None and status == "scheduled" and "and" in words:
            later = _elliptic_meeting(text, best, dates, next_start, published)
            if later is not None:
                d, a_start = later
                # (the first meeting's place is told before the second one)
                out[-1].place = _place_in(text, w_lo, a_start) or _place_in(text, lo, a_start)
                place = _place_in(text, a_start, d.end) or place
                out.append(_Mention(a_start, d.end, d, place, parties[0], status, a_start, d.end))
    return out


# A second meeting told with the verb left out, after the first one's date: "will hold talks with
# the Ukrainians in Riyadh on Sunday and with Russian negotiators in the Saudi capital on Monday",
# "will meet Israeli officials on Monday and Palestinian negotiators in Ramallah on Wednesday".
_ELLIPTIC = re.compile(
    r"\s*,?\s+(?P<and>and\s+(?:then\s+|later\s+)?)(?:(?:with|in|at)\s+|(?:the\s+)?(?:[A-Z][\w'’.-]+\s+){1,3}"
    r"(?:officials|negotiators|delegations?|delegates|counterparts?|envoys?|leaders?|ministers?|mediators)\s+)"
    r"(?:(?!\b(?:and|but|or|after|before|while|which|who|that|said|says|to)\b)[^.;:,]){0,60}?(?:\bon\s+)?$"
)


def _elliptic_meeting(
    text: str, first: DateExpr, dates: list[DateExpr], stop: int, published: date | None
) -> tuple[DateExpr, int] | None:
    """The date of a second meeting told after the first one's date (see _ELLIPTIC), and where
    its phrase starts."""
    for d in dates:
        if d.start <= first.end or d.start > stop:
            continue
        if d.day is None or d.day == first.day or (published is not None and d.day < published):
            return None
        m = _ELLIPTIC.fullmatch(text, first.end, d.start)
        return (d, m.start("and")) if m else None
    return None


_MONTH_NAME = re.compile(MONTH_RE)


def _other_month(text: str, when: DateExpr | None, day: date) -> bool:
    """Whether an imprecise date ("in early November", "at the end of January") names a month
    other than day's: then it is another meeting than the one on day."""
    if when is None or when.kind != "vague":
        return False
    m = _MONTH_NAME.search(text, when.start, when.end)
    return m is not None and MONTHS.get(m.group(0).lower()[:3], 0) not in (0, day.month)


def _other_week(doc: Doc, men: _Mention, day: date, published: date | None) -> bool:
    """Whether men, a meeting set by its own verb for "next week", names a week other than day's
    (the week after the publication date's): then it is another meeting ("will meet in Almaty on
    Friday" ... "the border commissions are due to hold their next meeting next week", published on
    a Monday; not a restatement, "The talks next week are the seventh round")."""
    text, when = doc.text, men.date
    if when is None or when.kind != "vague" or published is None:
        return False
    lo = doc.sents.starts[doc.sents.index(men.start)]
    if not _FUTURE_BEFORE.search(doc.low, max(lo, men.start - 40), men.start):
        return False
    if not text[when.start : when.end].lower().endswith("next week"):
        return False
    if (
        text[max(0, when.start - 8) : when.start]
        .lower()
        .rstrip()
        .endswith(("until", "till", "through", "into"))
    ):
        return False  # the meeting's end: "peace talks expected to last until next week"
    monday = published + timedelta(days=7 - published.weekday())
    return not monday <= day < monday + timedelta(days=7)


_DAY_NUMBER = re.compile(r"\d{1,2}")


def _unresolved_key(text: str, when: DateExpr | None) -> str | None:
    """A set day that cannot be resolved (no publication date), as a key to tell meetings apart:
    its day of the month ("the 26th", "Dec. 27-28" -> "26", "27"), or its weekday ("Friday").
    Two mentions with different keys are two meetings ("will meet on Friday for informal talks,
    and a formal round is scheduled for the 26th")."""
    if when is None or when.day is not None or when.kind not in ("day", "explicit", "weekday"):
        return None
    span = text[when.start : when.end]
    if when.kind == "weekday":
        m = re.search(WEEKDAY_RE, span)
        return m.group(0) if m else None
    m = _DAY_NUMBER.search(span)
    return m.group(0) if m else None


# A vague date of weeks or months ("next week", "later this month"), not of a named month (for
# that, see _other_month).
_WEEK_OR_MONTH = re.compile(r"\b(?:weeks?|weekend|months?|year)\b", re.IGNORECASE)
# A clause with a subject of its own: ", and Sharon and Abbas are due to hold a summit", or a
# meeting as the subject of a second reported clause: ", and that political talks in Tunisia were
# set to open".
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|while)\s+(?:the\s+)?[A-Z]|,\s+(?:and|but|while)\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|negotiations|consultations|summit|meetings?|conference|dialogue|round)\b"
)
_SET_KINDS = ("explicit", "day", "weekday", "relative")


def _other_clause(doc: Doc, men: _Mention, other: _Mention) -> bool:
    """Whether men and other, in one sentence, are two meetings: one set for a day, the other for
    a vague week or month, told in two clauses with their own subjects ("Mofaz will meet Dahlan
    on Tuesday ..., and Sharon and Abbas are due to hold a summit next week"). A story restating
    one meeting does not give it a vaguer date in a new clause of the same sentence."""
    a, b = (men, other) if men.start < other.start else (other, men)
    if a.date is None or b.date is None or a.date.end > b.start or b.date.start < b.start:
        return False
    kinds = (a.date.kind, b.date.kind)
    if "vague" not in kinds or not any(k in _SET_KINDS for k in kinds):
        return False
    vague = a.date if a.date.kind == "vague" else b.date
    if not _WEEK_OR_MONTH.search(doc.text, vague.start, vague.end):
        return False
    if doc.sents.index(a.start) != doc.sents.index(b.start):
        return False
    clause = _NEW_CLAUSE.search(doc.text, a.date.end, b.end)
    return clause is not None and clause.start() < b.start


_SUMMIT = re.compile(r"\bsummit\b", re.IGNORECASE)
_TALKS_NOUN = re.compile(
    r"\b(?:talks|negotiations|consultations|dialogue|discussions|round)\b", re.IGNORECASE
)


def _other_meeting(doc: Doc, men: _Mention, other: _Mention) -> bool:
    """Whether men and other are two meetings, whatever their dates: one told as the time of the
    other's sentence act ("ahead of a planned summit"), or a leaders' summit and a round of talks
    one of which has no day ("talks will resume on Wednesday ... a summit in Nairobi later")."""
    if (men.later or other.later) and doc.sents.index(men.start) == doc.sents.index(other.start):
        return True
    if men.date is not None and men.date.day is not None and other.date is not None and other.date.day:
        return False
    a, b = doc.text[men.start : men.end], doc.text[other.start : other.end]
    return bool(
        (_SUMMIT.search(a) and _TALKS_NOUN.search(b) and not _SUMMIT.search(b))
        or (_SUMMIT.search(b) and _TALKS_NOUN.search(a) and not _SUMMIT.search(a))
    )


def _elsewhere(doc: Doc, men: _Mention, other: _Mention) -> bool:
    """Whether men and other are two meetings told with other places and other times, neither
    restating the other ("will meet the rebels' chief in Kilinochchi on Saturday" ... "officials
    are due to meet in Oslo next week")."""
    a, b = men.date, other.date
    if a is None or b is None or not (men.place and other.place) or men.place == other.place:
        return False
    if a.day is not None and a.day == b.day:
        # (one day, two cities: one a meeting at the end of a trip, "Zelenskiy said he would fly
        # to Ankara, where he is due to meet President Tayyip Erdogan on Thursday"; or each told
        # with its own city in sentences of their own, "direct peace talks with Ukraine in
        # Istanbul on Thursday" ... "is due to hold talks with Erdogan in Ankara on Thursday")
        return any(_trip_to(doc.text, x) for x in (men, other)) or (
            doc.sents.index(men.start) != doc.sents.index(other.start)
            and all(_own_place(doc.text, x) for x in (men, other))
        )
    if a.kind == b.kind == "vague":
        return False  # (two vague times may be one: "this week in Sweden", "in the next few days")
    return doc.low[a.start : a.end] != doc.low[b.start : b.end]


_TRIP_WHERE = re.compile(
    r"\b(?:fl(?:y|ies|ew|ying)|travel\w*|go|goes|going|went|head\w*|visit\w*)\s+(?:on\s+)?to\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s+on\s+\w+)?,?\s+where\s+(?:[\w'’-]+\s+){0,4}$"
)


def _own_place(text: str, men: _Mention) -> bool:
    """Whether the meeting's place is told in its own phrase ("talks ... in Istanbul on Thursday")."""
    return men.place is not None and f" in {men.place}" in text[men.phrase_start : men.phrase_end]


def _trip_to(text: str, men: _Mention) -> bool:
    """Whether the meeting at men is told as the end of a trip to its place ("would fly to Ankara,
    where he is due to meet ...")."""
    trip = _TRIP_WHERE.search(text, max(0, men.start - 100), men.start)
    return trip is not None and trip.group("place") == men.place


def _not_on(key: str, day: date) -> bool:
    """Whether an unresolved day (its _unresolved_key: "26", "Friday") cannot be day: another
    day of the month, or another weekday."""
    if key.isdigit():
        return int(key) != day.day
    return WEEKDAYS.get(key.lower(), day.weekday()) != day.weekday()


def _other_set_day(doc: Doc, key: str, men: _Mention, other: _Mention) -> bool:
    """Whether men (its unresolved day key) and other are set for different days: two weekdays
    or two days of the month that differ; a weekday and a day of the month only in one sentence
    ("on Friday ..., and a formal round ... for the 26th"), as across sentences a story may
    restate one meeting's day in the other form ("to start on Thursday" ... "on Dec.6"), unless
    the two are in different places."""
    k = _unresolved_key(doc.text, other.date)
    if k is None or k == key:
        return False
    if k.isdigit() == key.isdigit():
        return True
    if men.place and other.place and men.place != other.place:
        return True  # ("in Minsk next Wednesday" ... "a summit ... in Paris on December 9")
    return doc.sents.index(men.start) == doc.sents.index(other.start)


_SESSION_WORDS = re.compile(r"\b(?:plenary|sessions?)\b", re.IGNORECASE)
_MEETING_NOUN = re.compile(
    r"\b(?:talks|negotiations|consultations|meetings?|summit|conference|sessions?|plenary|round|dialogue"
    r"|discussions)\b",
    re.IGNORECASE,
)


def _sessions_joined(text: str, groups: list[list[_Mention]]) -> list[list[_Mention]]:
    """Sessions of one round are one meeting (GUIDELINES 3.2): a group whose day falls within
    another's days, or on the day after them, joins it when it is told as a session or a plenary
    ("consultations on 14 and 15 May, followed by the formal plenary session from 16 to 21 May";
    "on July 7-8 ... the plenary session is planned for July 8").
    The joined group runs to the later end."""
    leads = [next((x for x in g if x.date and x.date.day), None) for g in groups]
    if sum(lead is not None for lead in leads) < 2:
        return groups

    def days(lead: _Mention | None) -> tuple[date, date]:
        if lead is None or lead.date is None or lead.date.day is None:
            return date.max, date.max  # (undated groups last)
        return lead.date.day, lead.date.day_end or lead.date.day

    out: list[tuple[_Mention | None, list[_Mention]]] = []
    for lead, g in sorted(zip(leads, groups, strict=True), key=lambda pair: days(pair[0])):
        if out and lead is not None and out[-1][0] is not None:
            a_lead, a = out[-1]
            (a_start, a_end), (b_start, b_end) = days(a_lead), days(lead)
            places = {x.place for x in a + g if x.place}
            # (the later one a plenary or a session: "consultations on 14 and 15 May, followed by the
            # formal plenary session from 16 to 21 May")
            told = any(_SESSION_WORDS.search(text, x.start, x.phrase_end) for x in g)
            # (each told by a meeting noun: "the co-chairs will meet him the day before to
            # prepare" the session is a meeting of its own)
            nouns = all(any(_MEETING_NOUN.search(text, x.start, x.end) for x in grp) for grp in (a, g))
            if a_start <= b_start <= a_end + timedelta(days=1) and len(places) <= 1 and told and nouns:
                if b_end > a_end and a_lead is not None and a_lead.date is not None:
                    a_lead.date = replace(a_lead.date, day_end=b_end)
                out[-1] = (a_lead, a + g)
                continue
        out.append((lead, g))
    return [g for _, g in out]


def find_talks(
    doc: Doc,
    published: date | None,
    field_name: str = "text",
    title: str | None = None,
) -> list[Talk]:
    """Upcoming (and postponed/cancelled) conflict meetings stated in text, one per meeting."""
    text = doc.text
    # Only sentences holding a meeting anchor word can state a meeting (see _meetings).
    meeting = [i for i in doc.having(W_MEETING) if not _ANCHORS.isdisjoint(doc.words[i])]
    if not text or not meeting:
        return []
    if (
        not _conflict_frame(doc)
        # (not a text in a sports or business frame: "United and Arsenal will hold talks to end
        # their feud" under "United, Arsenal to hold peace talks")
        and not (title and not doc.mask & W_OTHER_FRAME and _title_conflict(title, doc.low))
        and not _theatre_frame(doc, title, published)
    ):
        return []
    mentions: list[_Mention] = []
    for index in meeting:
        mentions.extend(_mentions(doc, index, published))
    if not mentions:
        return []
    # One entry per meeting: mentions with the same date (or none) are the same meeting.
    groups: list[list[_Mention]] = []
    for men in sorted(mentions, key=lambda x: (x.date is None or x.date.day is None, x.start)):
        day = men.date.day if men.date else None
        key = _unresolved_key(text, men.date)
        for grp in groups:
            g_day = next((x.date.day for x in grp if x.date and x.date.day), None)
            if g_day is not None and _other_month(text, men.date, g_day):
                continue  # "in early November" is not the meeting on October 19
            if g_day is not None and _other_week(doc, men, g_day, published):
                continue  # "next week" is not the meeting on Friday this week
            if key is not None and g_day is not None and _not_on(key, g_day):
                continue  # "will open on Monday" (no publication date) is not February 4, 2023 (a Saturday)
            if key is not None and any(_other_set_day(doc, key, men, x) for x in grp):
                continue  # "on Friday ..., and a formal round ... for the 26th": two meetings
            if any(_elsewhere(doc, men, x) for x in grp):
                continue  # "... in Kilinochchi on Saturday" ... "are due to meet in Oslo next week"
            if any(_other_meeting(doc, men, x) for x in grp):
                continue  # "... on Thursday, ahead of a planned summit in Astana": two meetings
            if any(_other_clause(doc, men, x) for x in grp):
                continue  # "... on Tuesday ..., and Sharon and Abbas ... a summit next week"
            if (
                men.date is not None
                and day is None
                and g_day is not None
                and men.place
                and all(x.place and x.place != men.place for x in grp)
            ):
                # a time of its own and another place than a dated meeting's: "will resume in Addis
                # Ababa on the 17th ... a meeting of the ceasefire commission in Juba next week"
                continue
            if day is None or g_day is None or g_day == day:
                grp.append(men)
                break
        else:
            groups.append([men])
    talks: list[Talk] = []
    title_place = _place_in(title, 0, len(title)) if title else None
    groups = _sessions_joined(text, groups)
    for grp in groups:
        lead = next((x for x in grp if x.date and x.date.day), grp[0])
        status = lead.status
        if any(x.status == "scheduled" for x in grp):
            status = "scheduled"
        day = lead.date.day if lead.date else None
        day_end = lead.date.day_end if lead.date else None
        place = lead.place or next((x.place for x in grp if x.place), None) or title_place
        parties = lead.parties or next((x.parties for x in grp if x.parties), None)
        phrase = text[lead.phrase_start : lead.phrase_end]
        talks.append(
            Talk(
                date=day.isoformat() if day else None,
                place=place,
                parties=parties,
                status=status,
                phrase=phrase,
                span=Span(field_name, lead.phrase_start, lead.phrase_end),
                date_end=day_end.isoformat() if day_end else None,
            )
        )
    talks.sort(key=lambda t: t.span.start)
    return talks

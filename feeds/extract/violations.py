"""Truce violations: breach language, or violence reported while a truce is in force."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from feeds.extract.lexicon import NON_CONFLICT_DISPUTE
from feeds.extract.text import Doc, case_sensitive, classes_of, plain, word_class
from feeds.models import Span, Violation

TRUCE = (
    # "the temporary cessation of military operations" (not "cessation of operations" at a plant)
    r"(?:cease[-\s]?fires?|truces?|cessation\s+of\s+(?:hostilities|fire|fighting|military\s+(?:operations|offensives))"
    r"|(?:regime\s+of\s+silence|silence\s+regime)|humanitarian\s+pauses?|armistice"
    r"|suspension\s+of\s+(?:military\s+)?(?:offensives|operations|hostilities)"
    # Syria's Astana arrangements: "violated the de-escalation agreement"
    r"|de-escalation\s+(?:agreement|deal|accord|memorandum))"
)
# Word classes that gate the detailed patterns (a sentence without them cannot match).
W_TRUCE = word_class(prefixes="cease truce cessation silence pause armistice suspension", words="escalation")
W_BREACH = word_class(
    "broke broken respected observed honoured honored",
    "violat breach break shatter flout infring contraven fail",
)
W_HELD = word_class("held hold holding failed")  # "the truce has not held", "failed to hold" (_NOT_HELD)
W_SINCE = word_class(
    "despite during spite breach defiance violation contravention since after wake day days hour hours week "
    "weeks month months notwithstanding night nights morning mornings evening evenings within "
    "minute minutes"
)
W_FRESH = word_class("first latest new fresh renewed")
# The words one of which _AFTER_END, or _BEFORE_TRUCE, needs (whole tokens): a fast gate ("over"
# of "was over" counts only after "was").
W_ENDED = word_class(
    "ended expired collapsed lapsed ran end expiry expiration collapse breakdown ends expires collapses "
    "lapses runs broke breaks fell falls pulled withdrew walked quit abandoned scrapped renounced called"
)
W_WAS, W_OVER = word_class("was"), word_class("over")
W_DECLARED = word_class("declared pronounced")
W_BEFORE = word_class("before ahead prior until till")
W_VIOLATIONS = word_class("breaches", "violation")
_TRUCE_RE = re.compile(r"\b" + TRUCE + r"\b", re.IGNORECASE)
_NON_CONFLICT = re.compile(
    r"\b(?:trade|tariff|price|pricing|market|corporate|retail|legal|patent|labou?r|media"
    r"|political|party|boardroom|shareholder|union)\s+(?:" + TRUCE + r")"
    # "a 90-day truce in their trade war", "a truce in the long-running patent dispute"
    r"|\b"
    + TRUCE
    + r"\s+"
    + NON_CONFLICT_DISPUTE
    # "the truce between the club and its fans", "a truce between the league and the players"
    + r"|\b"
    + TRUCE
    + r"\s+between\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:club|clubs|league|owners"
    r"|players|fans|supporters|management|board|networks?|studios?|retailers?|companies|firms|unions?)\b",
    re.IGNORECASE,
)
_BREACH_WORD = (
    r"(?:violat(?:e|es|ed|ing|ion|ions)|breach(?:es|ed|ing)?|broke|broken|break(?:s|ing)?"
    r"|shatter(?:s|ed|ing)?|flout(?:s|ed|ing)?|infring(?:e|es|ed|ing|ement|ements)"
    # "the assault contravened the ceasefire", "in contravention of the humanitarian truce"
    r"|contraven(?:e|es|ed|ing|tion|tions)"
    r"|(?:not|n't)\s+(?:been\s+)?(?:completely\s+|fully\s+)?(?:respected|observed|honou?red)"
    # "repeatedly failed to observe a series of short-term truces", "failed to respect the ceasefire"
    r"|fail(?:ed|ing|s)?\s+to\s+(?:observe|respect|honou?r|abide\s+by|uphold|adhere\s+to|comply\s+with))"
)
# A truce that did not hold: "the humanitarian truce has not held", "the ceasefire failed to hold"
# (after the truce only: "failed to hold talks on a truce" is no breach).
_NOT_HELD = (
    r"(?:(?:(?:ha(?:s|ve|d)\s+not|ha(?:s|ve|d)n['’]t)\s+(?:fully\s+|really\s+)?held|failed\s+to\s+hold)"
    r"(?!\s+(?:a|an|the|any|its|their|talks|meetings?|sessions?)\b)"  # "truce talks have not held a session"
    # the fighting went on under the truce: "two ceasefires have failed to halt the fighting"
    r"|failed\s+to\s+(?:halt|stop|end|quell|curb)\s+(?:the\s+)?(?:fighting|violence|clashes|bloodshed"
    r"|hostilities|shelling|attacks))"
)
# "failed to hold" / "failed to halt the fighting" alone (as _NOT_HELD).
_FAILED_TO = (
    r"failed\s+to\s+(?:hold(?!\s+(?:a|an|the|any|its|their|talks|meetings?|sessions?)\b)"
    r"|(?:halt|stop|end|quell|curb)\s+(?:the\s+)?(?:fighting|violence|clashes|bloodshed"
    r"|hostilities|shelling|attacks))\b"
)
# A truce only sought: "efforts to secure a truce have failed to stop the fighting".
_SOUGHT_TRUCE = re.compile(
    r"\b(?:efforts?|calls?|attempts?|bids?|push|pressure|appeals?|demands?|plans?|proposals?|hopes?"
    r"|talks|negotiations|diplomacy)\s+(?:[\w'’-]+\s+){0,2}?(?:for|to\s+(?:reach|secure|agree|broker"
    r"|negotiate|win|restore|arrange))\s+(?:(?:an?|the|new|lasting|permanent)\s+)*$"
)
# "violated the ceasefire", "broke the truce", "ceasefire violations", "truce was breached".
_BREACH_NEAR = re.compile(
    # ("violating the terms of a four-day humanitarian pause": up to seven words between)
    r"\b" + _BREACH_WORD + r"\b(?!\s+(?:out|off|down|up|away|through))(?:\W+\w+){0,7}?\W+" + TRUCE + r"\b"
    r"|\b" + TRUCE + r"\b(?:\W+\w+){0,6}?\W+(?:" + _BREACH_WORD + r"|" + _NOT_HELD + r")\b"
    r"(?!\s+(?:out|off|down|up|away|through))"
    # a relative clause on the truce: "the truce, which both sides have repeatedly accused each
    # other of violating" (no negation in the clause: "which neither side has violated")
    r"|\b" + TRUCE + r",?\s+(?:which|that)\s+(?:(?!(?:not|never|neither|nor|no)\b|[\w-]*n['’]t\b)"
    r"[\w'’-]+\s+){0,10}?" + _BREACH_WORD + r"\b(?!\s+(?:out|off|down|up|through))"
    # the truce with a participle phrase before its verb: "A ceasefire declared by the rebels in
    # late October has been broken repeatedly", "the truce agreed in Cairo last month was violated"
    r"|\b" + TRUCE + r",?\s+(?:declared|agreed|announced|brokered|signed|reached|proclaimed|mediated"
    r"|arranged)\b(?:\s+(?!(?:and|but|which|that|while|after|before|because|although|though|when"
    r"|has|have|had|was|were|is|are)\b)[\w'’.-]+){1,8}?,?\s+(?:(?:has|have|had|was|were|is|are)\s+"
    r"(?:(?:been|repeatedly|again|also|already|reportedly|allegedly)\s+){0,2}"
    r"(?:violated|broken|breached|flouted)\b"
    # or failed to hold or to halt the fighting: "A ceasefire announced by the junta last month
    # has failed to halt the fighting" (the participle phrase may outrun the window above)
    r"|(?:(?:has|have|had)\s+)?(?:(?:so\s+far|also|largely|again|repeatedly)\s+)?" + _FAILED_TO + r")",
    re.IGNORECASE,
)
_VIOLENCE = (
    r"(?:attack\w*|shell(?:s|ed|ing)?|fir(?:ed|ing)\b|open(?:ed|s|ing)?\s+fire|killed|kill(?:s|ing|ings)?|dead|deaths?"
    r"|massacre[sd]?"
    r"|died|wounded|injured|clash(?:es|ed)?|fighting|fought|bomb\w*|air\s?strikes?|airstrikes?"
    r"|strikes|raid\w*|offensive|assault\w*|skirmish\w*|ambush\w*|gunfire|bloodshed"
    # "accused the army of pounding Halvik", "troops stormed a rebel camp"
    r"|pound(?:ed|ing)|storm(?:ed|ing)"
    r"|violence|hostilities|rockets?|mortars?|incidents?|shot|explosions?|snipers?"
    # artillery that fires, not artillery withdrawn; struck a place, not a deal
    r"|artillery\s+(?:fire|barrages?|shells?|rounds?|hit|hits|pounded|pounds|targeted|slammed)\b"
    r"|struck(?!\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:deal|truce|ceasefire|cease-fire"
    r"|agreement|accord|bargain|compromise|pact|note|tone|chord|balance)\b)"
    r"|(?:drone|missile)\s+strikes?)"
)
# A word before the truce it names: "the Kremlin's declared Easter truce", "Hamas's truce" (the
# possessive of the side that declared it), "a U.S.-brokered ceasefire" (dotted initials).
_WORD_BEFORE_TRUCE = r"[\w.-]+(?:['’]s)?"
# (The look-ahead skips the ends of words at once: the same matches, fewer tries.)
_VIOLENCE_RE = re.compile(r"\b(?=[a-z])" + _VIOLENCE + r"\b", re.IGNORECASE)
# A word between the lead and the truce, but none that makes the truce only sought: "after calls
# for a truce", "days after the sides agreed to talks on a ceasefire".
_TRUCE_LEAD_WORD = (
    r"(?:(?!(?:talks|negotiations|negotiating|proposals?|proposing|plans?|calls?|demands?|efforts?"
    r"|bids?|attempts?|hopes?|prospects?|push|discuss\w*|seek\w*|sought|urg\w*"
    # nor one that ends it: "Hamas Fires Mortars After Ending Truce", "after scrapping the truce"
    r"|end|ends|ending|ended|scrap\w*|abandon\w*|renounc\w*|cancel\w*)\b)"
    r"(?:the|a|an|its|their|this|last\s+\w+'s|" + _WORD_BEFORE_TRUCE + r")\s+)"
)
# The truce in force, after it: "while a truce in the port city was in effect", "as the ceasefire
# entered its third day", "with the truce in its second week".
_IN_FORCE = (
    r"(?:(?:was|were|is|are|remained|remains|now|still|nominally|supposedly|supposed\s+to\s+be"
    r"|meant\s+to\s+be)\s+)*(?:in\s+(?:effect|force|place)\b|(?:(?:entered|enters|entering|went\s+into)"
    r"\s+|in\s+)(?:its|their)\s+(?:[\w-]+\s+)?(?:hours?|days?|nights?|weeks?|months?)\b)"
)
# Violence reported while a truce is in force. (Every lead starts with one of the letters in the
# look-ahead: the same matches, with fewer tries at the other words.)
_DURING = re.compile(
    # the measures that enforce a truce stand for it: "despite the additional measures to
    # strengthen the ceasefire regime", "in breach of the measures to control the truce"
    r"\b(?=[adhinostw])(?:(?:despite|in\s+(?:spite|breach|defiance|violation)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"measures\s+(?:to|for)\s+(?:strengthen|control|maintain|ensure|enforce|monitor|implement|observ|consolidat)"
    r"[a-z]*(?=\s+(?:the|a)\s)"
    r"|despite|during|in\s+(?:spite|breach|defiance|violation|contravention)\s+of|since|after|in\s+the"
    r"\s+wake\s+of|days?\s+into|hours?\s+into|weeks?\s+into|notwithstanding"
    # "killed in the first three months of the truce", "on the second day of the humanitarian
    # pause", "on Monday, the second day of a 72-hour ceasefire", "on the first night of a truce"
    r"|(?:in|on|during)\s+the\s+(?:[\w-]+\s+){0,2}?(?:hours?|days?|nights?|mornings?|evenings?"
    r"|weeks?|months?)\s+of"
    r"|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final"
    r"|\d+(?:st|nd|rd|th))\s+(?:hours?|days?|nights?|mornings?|evenings?|weeks?|months?)\s+of"
    # "within hours of a ceasefire taking effect", "within a day of the truce"
    r"|within\s+(?:(?:a|an|one|two|three|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?)\s+of"
    # "during what Moscow had declared a 36-hour truce", "during what was meant to be a truce"
    r"|during\s+what(?:\s+(?!(?:talks|negotiations)\b)[\w'’.-]+){1,5}?"
    # who made the truce, between "after" and it: "a week after the two sides signed a cessation
    # of hostilities", "two days after the group said it would observe a three-day ceasefire",
    # "hours after Israel and the Islamic Jihad militant group agreed an Egyptian-brokered truce"
    # ("since Ethiopia's federal government and the Tigray People's Liberation Front (TPLF) signed")
    r"|(?:after|since)\s+(?:[\w'’.()-]+\s+){1,11}?(?:signed|agreed(?:\s+(?:to|on))?|declared|announced"
    r"|proclaimed|reached|struck|brokered|accepted"
    # a truce kept in force: "days after the army extended its unilateral ceasefire"
    r"|extended|renewed|prolonged|(?:said|pledged|promised|vowed)\s+(?:it|they)"
    r"\s+would\s+(?:observe|respect|honou?r|abide\s+by)))\s+"
    + _TRUCE_LEAD_WORD
    + r"{0,4}?(?:[\"“']?"
    + TRUCE
    + r"[\"”']?)"
    r"(?!\s+(?:talks|negotiations|proposal|plan|deal\s+collapsed|ended|expired|collapsed|lapsed"
    r"|ending|expiring|collapsing|lapsing|ran\s+out|running\s+out|broke\s+down|fell\s+apart"
    # a headline's present tense: "Fighting Resumes After Truce Ends"
    r"|ends|expires|collapses|lapses|runs\s+out))"
    r"(?:\s+(?:took|went|came|taking|going|coming)\s+(?:effect|hold|into\s+(?:effect|force)))?",
    re.IGNORECASE,
)
# A clause on the truce in force, as _DURING: "while a truce in the port city was in effect", "as the
# ceasefire entered its third day", "with the truce in its second week".
_IN_FORCE_CLAUSE = re.compile(
    r"\b(?=[aw])(?:while|as|when|with)\s+"
    + _TRUCE_LEAD_WORD
    + r"{0,4}?"
    + TRUCE
    + r"(?:\s+(?!(?:talks|negotiations|proposal|plan|was|were|is|are|had|has)\b)[\w'’.,-]+){0,8}?\s+"
    + _IN_FORCE,
    re.IGNORECASE,
)
W_CLAUSE_LEAD = word_class("while as when with")
# The words of _IN_FORCE: "in force", or "its" / "their" with a unit of time ("in its third day").
W_IN_FORCE = word_class("force effect place")
W_ITS = word_class("its their")
W_TIME_UNIT = word_class("hour hours day days night nights week weeks month months")
# A truce that held, with violence in the same breath, as _DURING: "the ceasefire held for a fourth
# day despite sporadic shelling", "held for a second day, though a monitor said a sniper killed a
# girl" (not a feared attack: "held despite fears of renewed fighting"; not one before the truce).
_HELD_DESPITE = re.compile(
    r"\b"
    + TRUCE
    + r"(?:\s+(?!(?:talks|negotiations|proposal|plan)\b)[\w'’.-]+){0,6}?\s+(?:held|holding)\b(?:[^.;:]{0,40}?"
    r"(?:,\s*|\s+)(?:despite|though|although|even\s+though|even\s+as|but)\s+(?:(?!(?:fears?|feared|concerns?"
    r"|warn\w*|threats?|risks?|possib\w*|potential|prospects?|calls?|could|would|might|may)\b)[\w'’.,-]+\s+){0,8}?"
    # or, after a longer clause on the truce holding, a side accused of an attack (not fighting
    # elsewhere): "holding on Tuesday, its fourth day, with no air strikes reported, though the
    # government accused the Houthis of attacking its positions" (not "neither side accused ...")
    r"|[^.;:]{0,100}?,\s*(?:though|although|even\s+though|even\s+as|but|yet)\s+"
    r"(?:(?!(?:no|not|never|neither|nor|none|nobody|could|would|might|may|will)\b|[\w-]*n['’]t\b)"
    r"[\w'’.-]+\s+){1,6}?(?:accused|accuses|accusing)\s+(?:[\w'’.-]+\s+){1,4}?of\s+"
    r"(?:(?:repeatedly|again|deliberately)\s+)?)"
    + _VIOLENCE
    + r"\b(?![^.;:]{0,40}\b(?:before|prior\s+to)\b)",
    re.IGNORECASE,
)
W_CONCESSIVE = word_class("despite though although but")
# A side that kept a truce, with violence in the same breath, as _HELD_DESPITE: "Palestinian
# militants have largely abided by the truce, but Islamic Jihad fired rockets on Sunday", "both
# sides have observed the ceasefire, though a soldier was shot dead" (not feared violence).
_KEPT_BUT = re.compile(
    r"\b(?:abid(?:e|es|ed|ing)\s+by|abode\s+by|observ(?:e|es|ed|ing)|respect(?:s|ed|ing)?"
    r"|honou?r(?:s|ed|ing)?|kept(?:\s+to)?|keep(?:s|ing)?(?:\s+to)?|stuck\s+to|stick(?:s|ing)?\s+to"
    r"|adher(?:e|es|ed|ing)\s+to)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    + TRUCE
    + r"\b(?!\s+(?:talks|negotiations|proposal|plan)\b)[^.;:]{0,40}?(?:,\s*|\s+)(?:though|although"
    r"|even\s+though|even\s+as|but|yet)\s+(?:(?!(?:fears?|feared|concerns?|warn\w*|threat\w*|risks?|possib\w*|potential"
    r"|prospects?|calls?|could|would|might|may|will|if|unless)\b)[\w'’.,-]+\s+){0,8}?"
    + _VIOLENCE
    + r"\b(?![^.;:]{0,40}\b(?:before|prior\s+to)\b)",
    re.IGNORECASE,
)
W_KEPT = word_class(
    "abide abides abided abiding abode observe observes observed observing respect respects respected "
    "respecting honour honours honoured honouring honor honors honored honoring kept keep keeps keeping "
    "stuck stick sticks sticking adhere adheres adhered adhering"
)
# A truce made, then violence that goes on: "The military declared a ceasefire ... and later extended
# it until the end of May, but fighting has continued in several regions" (not a truce only called
# for: "the U.N. has called for a ceasefire, but fighting has continued"; not fighting elsewhere or
# until the truce began).
_GOES_ON = re.compile(
    r"\b(?:(?:declared|agreed|announced|brokered|signed|reached|proclaimed)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[\w'’.-]+\s+){0,3}?" + TRUCE + r"(?!\s+(?:talks|negotiations|proposal|plan|deal\s+collapsed))"
    # (or the truce, then its maker: "A truce declared by the junta after a devastating earthquake
    # ... has been extended until the end of May, but rights groups say air strikes have continued")
    r"|" + TRUCE + r"\s+(?:declared|agreed|announced|brokered|signed|reached|proclaimed)\b)"
    # (not one yet to begin: "announced a truce would begin on Friday, but ...")
    r"(?![^.;:]{0,60}?\b(?:would|will|(?:is|was)\s+(?:due|set|expected|scheduled)\s+to|due\s+to|set\s+to)"
    r"\s+(?:begin|start|take\s+effect|come\s+into|go\s+into|kick\s+in)\b)"
    r"[^.;:]{0,140}?(?:,\s*|\s+)(?:but|yet)\s+"
    # (as someone says: "but rights groups say air strikes have continued")
    r"(?:(?:[\w'’-]+\s+){1,3}?(?:say|says|said|report|reports|reported|note|noted)\s+(?:that\s+)?)?"
    r"(?:(?:the|sporadic|heavy|fierce|intense)\s+)?(?:fighting|clashes|attacks|air\s?strikes|airstrikes"
    r"|shelling|violence|hostilities|bombardments?)(?:\s+(?!(?:and|but|or)\b)[\w'’-]+){0,4}?"
    r"\s+(?:(?:has|have)\s+(?:\w+\s+)?(?:continued|persisted)"
    r"|continues|continue|persists|persist|(?:has|have\s+)?raged\s+on|rages\s+on)\b"
    r"(?!\s+(?:elsewhere|in\s+(?:other|areas|parts)|with\s+(?:the\s+)?other))"
    r"(?![^.;:]{0,60}?\b(?:until|till|before|up\s+to|prior\s+to|ahead\s+of)\b)",
    re.IGNORECASE,
)
# Violence, then the truce, then "since it took effect" (the truce as "it"): "135 people have been
# killed in areas covered by a partial truce since it took effect" (the violence must come before
# the truce: not "the truce has held since it took effect, ending weeks of fighting").
_SINCE_IT = re.compile(
    r"\b" + TRUCE + r"\b(?!\s+(?:talks|negotiations|proposal|plan)\b)"
    r"(?:(?!\b(?:held|hold|holding|calm|quiet|respected|observed|largely)\b)[^.;:]){0,80}?"
    r"\b(?:since|after)\s+it\s+(?:took\s+effect|took\s+hold|came\s+into\s+(?:force|effect)"
    r"|went\s+into\s+(?:force|effect)|entered\s+into\s+force|began|started|was\s+(?:declared|agreed"
    r"|signed|announced|renewed|extended))\b"
)
W_IT = word_class("it")
# An attack on people celebrating a truce, which is then in force: "a suicide bomber killed 36
# people at a gathering of Taliban fighters and Afghan soldiers celebrating a ceasefire",
# "Bomber kills 36 at Afghan ceasefire celebration" (not celebratory gunfire: the violence is an
# attack or its toll; not the anniversary or the end of a truce).
_CELEBRATED = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|bomb\w*|attack\w*|blasts?|explosions?|struck|suicide)\b[^.;:]{0,120}?"
    r"(?:\bcelebrat(?:ing|ed|e|es|ion|ions)\s+(?:of\s+)?(?:(?!(?:end|ending|expiry|collapse|anniversary"
    r"|anniversaries|memory)\b)[\w'’.-]+\s+){0,3}?"
    + TRUCE
    + r"\b(?!\s+(?:talks|negotiations|proposal|plan)\b)"
    r"|\b" + TRUCE + r"\s+celebrations?\b)"
)
W_CELEBRATE = word_class(prefixes="celebrat")
W_GOES_ON = word_class("continued continues continue persisted persists persist raged rages")
W_MADE = word_class("declared agreed announced brokered signed reached proclaimed")
W_BUT = word_class("but yet")
# Violence said to test or strain a truce in force ("shelling, testing the two-day-old ceasefire",
# "the fragile truce came under strain as tanks fired"): an attack during the truce. The
# sentence must also report violence, as for _DURING.
_STRAINED = re.compile(
    r"\b(?:test(?:s|ed|ing)?|strain(?:s|ed|ing)?|threaten(?:s|ed|ing)?|jeopardi[sz](?:e|es|ed|ing)"
    r"|undermin(?:e|es|ed|ing)|endanger(?:s|ed|ing)?)\s+(?:(?!to\b)"
    + _WORD_BEFORE_TRUCE
    + r"\s+){0,4}?"
    + TRUCE
    + r"(?!\s+(?:talks|negotiations|proposal|plan|deal|agreement|efforts|due|set|scheduled|expected"
    r"|planned|proposed)\b)"
    r"|\b" + TRUCE + r"(?:\s+(?!(?:could|would|might|may|can|will)\b)[\w-]+){0,3}?"
    r"\s+(?:came\s+|come\s+|comes\s+|coming\s+)?under"
    r"\s+(?:\w+\s+)?(?:strain|threat)\b",
    re.IGNORECASE,
)
W_STRAIN = word_class(prefixes="test strain threat jeopardi undermin endanger")
# A strain that may come, not one reported: "could jeopardise the truce", "would test the
# ceasefire", "threatened to end the truce" (no "to" between the verb and the truce above).
_MAY_STRAIN = re.compile(r"\b(?:could|would|might|may|can|will|shall|to|if|unless)\s+(?:\w+\s+)?$")
# "the first attack since the truce", "the first fatality since a ceasefire", "the first Israeli air
# strike since the truce took effect" (not the truce talks).
_FIRST_SINCE = re.compile(
    r"\b(?:first|latest|new|fresh|renewed)\s+(?:\w+\s+){0,2}?(?:attacks?|skirmish|clash(?:es)?"
    r"|violation|incident|fighting|shelling|assault|breach|fatalit(?:y|ies)|casualt(?:y|ies)|deaths?"
    r"|killings?|strikes?|airstrikes?|raids?|shooting|bombing)\b[^.]{0,80}?\b(?:since|after|in\s+the"
    r"\s+wake\s+of)\b[^.]{0,60}?" + TRUCE + r"(?!\s+(?:talks|negotiations|proposal|plan)\b)",
    re.IGNORECASE,
)
# A truce ended by an attack, which breaks it: "An Eid truce collapsed under a barrage of rebel
# shelling", "the truce ended abruptly when militants fired rockets into Sderot" (an attack with
# its agent; not "collapsed when fighting erupted", nor the truce talks collapsing).
_ENDED_BY = re.compile(
    r"\b"
    + TRUCE
    + r"(?:\s+(?!(?:talks|negotiations|proposals?|plans?|efforts?|bids?|hopes?|that|which)\b)[\w'’.-]+){0,8}?"
    r"\s+(?:(?:has|have|had)\s+)?(?:collapsed|crumbled|buckled|ended|unravell?ed|broke\s+down|fell\s+apart"
    r"|came\s+to\s+an\s+end)(?:\s+(?:abruptly|suddenly|quickly|early|again|almost\s+immediately))?"
    r"(?:\s+(?:on|in)\s+(?:its|their)\s+[\w-]+\s+(?:hours?|days?|nights?|weeks?))?"
    r"\s+(?:under\s+(?:(?!(?:pressure|strain|threat|the\s+weight\s+of\s+(?:talks|mistrust))\b)[\w'’-]+\s+){0,5}?"
    + _VIOLENCE
    + r"\b|(?:on\s+\w+\s+)?when\s+(?:[\w'’.-]+\s+){1,5}?(?:fired|attacked|shelled|launched|opened\s+fire"
    r"|stormed|bombed|raided|ambushed|pounded|struck)\b)",
    re.IGNORECASE,
)
W_GAVE_WAY = word_class("collapsed crumbled buckled ended unravelled unraveled broke fell came")
W_UNDER_WHEN = word_class("under when")
_ENDED_BY_LC = case_sensitive(_ENDED_BY)
# Who ended the truce, in an _ENDED_BY phrase: the agent of the attack after "when" ("when
# militants fired"), or a name before the violence after "under" ("under Houthi shelling").
_ENDED_BY_AGENT = re.compile(
    r"\bwhen\s+(?:on\s+\w+\s+)?(?P<who>(?:[\w'’.-]+\s+){1,5}?)(?:fired|attacked|shelled|launched|opened"
    r"|stormed|bombed|raided|ambushed|pounded|struck)\b"
    r"|\bunder\s+(?:[\w'’-]+\s+){0,3}?(?P<name>(?:[A-Z][\w'’-]*\s+){1,2})" + _VIOLENCE + r"\b"
)


def _ended_by_agent(phrase: str) -> str | None:
    """The side that ended a truce by an attack, in an _ENDED_BY phrase (see _ENDED_BY_AGENT)."""
    m = _ENDED_BY_AGENT.search(phrase)
    if m is None:
        return None
    return _clean_actor(m.group("who") or m.group("name"), need_noun=False)


_VIOLATION_WORD = re.compile(r"\b(?:violations?|breaches|violation\s+reports?)\b", re.IGNORECASE)
_RIGHTS = re.compile(
    r"\b(?:rights|humanitarian\s+law|international\s+law|law|sanctions|airspace|sovereignty"
    r"|traffic|code|rules|embargo|copyright|constitution)\s+(?:violations?|breaches)\b"
    r"|\b(?:violations?|breaches)\s+of\s+(?:human|international|the\s+(?:law|constitution)"
    r"|sanctions|airspace)",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no|not|never|without|nor|neither|none|zero|any|free\s+of|absence\s+of)\b[^,;:]{0,60}$",
    re.IGNORECASE,
)
_BEFORE_TRUCE = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|until|till)\s+(?:" + _WORD_BEFORE_TRUCE + r"\s+){0,4}?" + TRUCE,
    re.IGNORECASE,
)
# The truce's end, after a short qualifier of the truce: "after a week-long ceasefire between
# the army and the RSF expired", "after a seven-day truce with Hamas expired" (no onset verb in
# the qualifier, "ended" with no object: not "the truce that ended the war").
# A truce not yet in force, right after the truce a _DURING match names: "after mediators
# announced a ceasefire deal that is due to take effect on Sunday", "a truce set to begin at noon"
# (not "was meant to take effect": that one was in force).
_NOT_YET = re.compile(
    r"(?:\s+(?!(?:took|went|came|began|started|was|were|had)\b)[\w'’.-]+){0,6}?\s+(?:(?:is|are)\s+"
    r"(?:due|set|scheduled|expected|slated|supposed)\s+to|(?:is|are)\s+to|will|would|shall|due\s+to"
    # ("a ceasefire that will only take effect once a joint verification mechanism is in place")
    r"|set\s+to)\s+(?:(?:only|formally|officially|not)\s+)?(?:take\s+(?:effect|hold)|begin|start|come\s+into\s+(?:force|effect)"
    r"|go\s+into\s+effect|enter\s+into\s+force|kick\s+in)\b"
)
_AFTER_END = re.compile(
    r"\b(?:after|since|following)\s+(?:"
    # a side that declared the truce over: "a day after the army declared that the week-long
    # ceasefire had ended", "since Moscow announced the truce was over"
    r"(?:[\w'’.-]+\s+){0,5}?(?:declared|announced|said|confirmed|declaring|announcing|saying)\s+(?:that\s+)?"
    r"(?:"
    + _WORD_BEFORE_TRUCE
    + r"\s+){0,4}?|(?:"
    + _WORD_BEFORE_TRUCE
    + r"\s+){0,4}?)"
    + TRUCE
    # (a headline's noun: "Killed Since Truce Collapse", "after the truce's expiry")
    + r"(?:['’]s)?"
    # ("a holiday truce between forces loyal to the Government of National Accord and eastern-based
    # commander Khalifa Haftar expired": the parties between it and its end)
    r"(?:\s+(?!(?:took|went|came|began|started|entered|was\s+agreed|was\s+signed)\b)[\w'’.-]+){0,16}?"
    # ("ended" with an object is the truce ending the fighting: "a ceasefire ended two days of
    # clashes", "the truce that ended the war")
    r"\s+(?:end(?:ed|s)(?!\s+(?:the|a|an|its|their|decades|years|months|weeks|days|hours|fighting|hostilities"
    r"|clashes|war)\b)(?!\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|nearly|almost"
    r"|more)\s+(?!\w+\s+(?:ago|earlier|before|later)\b))"
    r"|expired|collapsed|lapsed|ran\s+out|was\s+over|expires|collapses|lapses|runs\s+out"
    # a side's word that ended it: "hours after the army declared the week-long truce over"
    r"|(?<=\s)over(?=\s*[,.;:]|\s+(?:and|but|as|while|when)\b)"
    # "a day after a four-day Eid truce declared by both sides came to an end"
    r"|came\s+to\s+an\s+end|comes\s+to\s+an\s+end|had\s+come\s+to\s+an\s+end"
    # a truce that broke down or fell apart (no breach framed: "since a five-month truce broke
    # down in August")
    r"|broke\s+down|breaks\s+down|fell\s+apart|falls\s+apart"
    # the truce's end as a noun, a headline's way ("Fighting Flares After Truce Expiry")
    r"|collapse|breakdown|expiry|expiration)\b"
    # "a week after Hamas declared an end to the six-month truce"
    r"|\b(?:end|expiry|expiration|collapse|breakdown)\s+(?:of|to)\s+"
    r"(?:"
    + _WORD_BEFORE_TRUCE
    + r"\s+){0,4}?"
    + TRUCE
    # a side that left it: "two days after the rebels pulled out of a seven-month ceasefire"
    + r"|\b(?:after|since|following)\s+(?:[\w'’.-]+\s+){0,5}?(?:pulled\s+out\s+of|withdrew\s+from"
    r"|walked\s+away\s+from|quit|abandoned|scrapped|renounced|called\s+off|ended)\s+(?:"
    + _WORD_BEFORE_TRUCE
    + r"\s+){0,4}?"
    + TRUCE,
    re.IGNORECASE,
)
_ACCUSER = re.compile(
    r"\baccus(?:ed|es|ing|e)\s+(?P<who>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?)of\s+(?:further\s+|"
    r"repeatedly\s+)?(?:violat|breach|break"
    # the attack itself: "accused government forces of shelling villages despite the ceasefire"
    r"|shell|attack|fir(?:ing|ed)|open(?:ing|ed)\s+fire|bomb|launch|target|kill|strik|raid|ambush"
    r"|pound|storm|carr(?:ying|ied)\s+out|mount|stag)"
    # "blamed the rebels for a mortar attack that violated the truce", "held the army responsible"
    r"|\b(?:blam(?:ed|es|ing)|h(?:eld|olds|olding)|holds)\s+"
    r"(?P<blamed>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?)(?:(?:responsible|accountable)\s+)?for\b",
    re.IGNORECASE,
)
# What ends a clause between an accusation and a breach phrase: "blamed X for delays, while ..."
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|but|and|as|although|though|whereas)\b")
# An attack told by its active verb, whose subject is the attacker: "Government troops shelled
# rebel positions despite the truce" (a killing only with its victims after it, as "Two soldiers
# killed despite truce" is a passive headline).
_ATTACK_VERB = re.compile(
    r"\b(?:shell(?:ed|s)|fired|fires|attack(?:ed|s)|bomb(?:ed|s)|struck|launch(?:ed|es)"
    r"|open(?:ed|s)\s+fire|raid(?:ed|s)|ambush(?:ed|es)|pound(?:ed|s)|target(?:ed|s)|storm(?:ed|s)"
    r"|kill(?:ed|s)(?=\s+(?:at\s+least|more\s+than|up\s+to|about|some|an?|the|two|three|four|five"
    r"|six|seven|eight|nine|ten|dozens|scores|several|\d)\b))\b",
    re.IGNORECASE,
)
# A breach phrase that tells only when the violence happened ("despite the truce", "in violation
# of the ceasefire"): its subject is the attacker, found before the attack's verb.
# Also a breach phrase told by when the attack came ("after the truce took effect", "since the
# truce", "within hours of the ceasefire"), or a participle after the attack's clause ("attacked
# an army convoy on Saturday, violating a cease-fire").
_CONCESSIVE = re.compile(
    r"(?:despite|in\s+(?:spite|breach|defiance|violation|contravention)\s+of|during|notwithstanding|since|after"
    r"|within|(?:hours?|days?|weeks?)\s+into)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"(?:violating|breaking|breaching|flouting)\b", re.IGNORECASE)
# The armed actors a subject may end with: "government forces", "Pro-Russian separatists".
_ACTORS = (
    r"troops|forces|army|rebels|militants|militia\w*|fighters|soldiers|government|separatists"
    r"|insurgents|guerrillas|gunmen|jihadists|paramilitaries|warplanes|jets|aircraft|helicopters"
    r"|tanks|opposition"
)
_SUBJECT = re.compile(
    r"(?P<who>(?:[A-Z][\w'’-]*\s+){1,4}?(?:" + _ACTORS + r")?|(?:[A-Z][\w'’-]*\s*){1,3}"
    r"|(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + _ACTORS + r"))\s*"
    r"(?:(?:has|have|had|again|also|repeatedly|reportedly|allegedly|continued\s+to|continue"
    r"\s+to)\s+)*$"
)
_BY = re.compile(
    r"^\s*(?:\w+\s+){0,3}?by\s+(?P<who>(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s*){1,4}"
    r"|(?:[\w'’-]+\s+){0,2}?(?:troops|forces|army|rebels|militants|militia\w*|fighters|soldiers)\b"
    r"(?:\s+(?:fighters|forces|troops|soldiers|members|units)\b)?))"
)
# The maker of the truce after its phrase: "a truce brokered by Russia", "mediated by Qatar".
_MADE_BY = re.compile(
    r"\b(?:brokered|mediated|negotiated|agreed|signed|backed|sponsored|guaranteed|declared|announced"
    r"|monitored|proposed|arranged|organi[sz]ed|overseen|supervised|called|ordered|offered)\s+by\b",
    re.IGNORECASE,
)
_BREAK_OUT = re.compile(r"\bbr(?:oke|eak)\w*\s+(?:out|off|down)")
_MONITOR_BEFORE = re.compile(r"\bmonitor\w*\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "a daily tally of violations", "will investigate any violations", "to prevent violations":
# violations as the object of a mechanism or a plan, not a reported breach.
_NOT_A_REPORT = re.compile(
    r"\b(?:(?:tally|tallies|log|logs|register|database|mechanism|hotline|list|count)\s+of"
    # "a mechanism for coordinating responses to ceasefire violations", "a hotline to report
    # truce violations": the object of a body still to work
    r"|(?:mechanisms?|hotlines?|procedures?|protocols?)\s+(?:for|to)(?:\s+[\w-]+){0,3}?"
    r"|(?:will|would|shall|to)\s+(?:\w+\s+){0,3}?(?:publish|report|record|monitor|investigate"
    r"|verify|document|track|prevent|deter|avoid|punish|address)|future)"
    r"\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_STOP_WHO = re.compile(r"^(?:The|A|An|It|This|That|But|And|However|Meanwhile|On|In)$")


_ACTOR_NOUN = re.compile(
    r"\b(?:troops|forces|army|military|rebels?|militants?|militia\w*|fighters|soldiers|government"
    r"|regime|side|alliance|front|movement|group|police|guards?|insurgents?|separatists?"
    r"|forces|authorities|ministry|command)\b",
    re.IGNORECASE,
)
_NOT_ACTOR = re.compile(
    r"^(?:(?:on|last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|today|yesterday|tonight|multiple|several|many|both|each|all|some|officials?|residents?"
    r"|monitors?|witnesses|sources|reports?|\d\w*)\b",
    re.IGNORECASE,
)


_LEAD_WORDS = frozenset(
    "said says say that and but as when after while claimed claims alleged added insisted warned".split()
)


_TRAILING_TIME = re.compile(
    r"(?:\s+(?:(?:on|last|this|early|late|earlier)\s+)?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|yesterday|today|tonight|overnight|again|repeatedly|also|week|night|month))+$",
    re.IGNORECASE,
)
_NOT_WHO = frozenset(
    ("the", "each other", "one another", "the other", "them", "it", "they", "him", "her", "us", "you")
)


def _clean_actor(who: str | None, *, need_noun: bool) -> str | None:
    """A plausible accused party, or None: days, quantities and bare place names are not actors."""
    if not who:
        return None
    who = who.strip(" ,;:'’\"-–—")
    words = who.split()
    # "army says rebels": the accused follows the last reporting verb
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _LEAD_WORDS:
            words = words[i + 1 :]
            break
    who = _TRAILING_TIME.sub("", " ".join(words))  # "accused rebels on Friday of attacking"
    words = who.split()
    if not who or _STOP_WHO.match(who) or who.lower() in _NOT_WHO:
        return None
    if _NOT_ACTOR.match(who):
        return None
    if _VIOLENCE_RE.fullmatch(words[-1]) or words[-1].lower() in ("fire", "barrages", "shells", "artillery"):
        return None  # "Shelling killed two civilians despite the truce": the attack, not who made it
    if need_noun and not _ACTOR_NOUN.search(who):
        return None
    return who


# The armed-actor nouns of _SUBJECT's third alternative, each followed by what may end a match
# after it (the rest of "militia\w*", then spaces and auxiliaries up to the end).
_SUBJECT_NOUN = re.compile(
    r"(?:" + _ACTORS.replace(r"\w*", "") + r")(?=\w*\s*(?:(?:has|have"
    r"|had|again|also|repeatedly|reportedly|allegedly|continued\s+to|continue\s+to)\s+)*$)"
)
# A capital not after a capital: a match at one after a capital has a match at the capital before.
_CAPITAL = re.compile(r"(?<![A-Z])[A-Z]")
# The last character that no match of _SUBJECT holds (they hold words, "'’-" and spaces).
_NOT_SUBJECT = re.compile(r"[^\w'’\s-][\w'’\s-]*$")


def _subject(window: str) -> re.Match[str] | None:
    """_SUBJECT.search(window), trying only where a match may start.

    A match starts after the last character none holds, at a capital (the first two
    alternatives), or (the third) at most three whitespace-separated runs ("the", two words)
    before an armed-actor noun that only spaces and auxiliaries follow. Before the fourth run
    before the first such noun only capitals are tried; from there on, the regex scans."""
    bad = _NOT_SUBJECT.search(window)
    start = bad.start() + 1 if bad else 0
    noun = _SUBJECT_NOUN.search(window, start)
    if noun is None:
        scan_from = len(window)  # no match of the third alternative
    else:
        head = window[: noun.start()].rsplit(None, 4)
        scan_from = max(start, len(head[0]) if len(head) == 5 else 0)
    for cap in _CAPITAL.finditer(window, start, scan_from):
        m = _SUBJECT.match(window, cap.start())
        if m is not None:
            return m
    return _SUBJECT.search(window, scan_from) if noun is not None else None


def _accused(sentence: str, at: int, end: int) -> str | None:
    """Who the report says broke the truce: the object of "accused X of" or "blamed X for", the
    agent in "by X", the subject of the attack's verb when the phrase tells only when the attack
    came ("shelled villages despite the truce"), or a subject naming an armed actor right before
    the phrase ("government forces", "the rebels")."""
    # (_ACCUSER needs one of these words: a fast gate on plain text, see text.plain.)
    low = sentence.lower()
    may_accuse = "accus" in low or "blam" in low or "responsible" in low or "accountable" in low
    for m in _ACCUSER.finditer(sentence) if may_accuse or not plain(sentence) else ():
        # (an accusation of the attack, or a blame, is of this breach only when told right before
        # it: not "blamed the weather for delays, while rebels violated the truce")
        of_breach = m.group("blamed") is None and m.group(0).lower().endswith(("violat", "breach", "break"))
        if not of_breach and (
            m.end() > end or at - m.end() > 100 or _CLAUSE_BREAK.search(sentence, m.end(), at)
        ):
            continue
        who = _clean_actor(m.group("who") or m.group("blamed"), need_noun=False)
        if who:
            return who
    by = _BY.match(sentence[end:])
    if by and _MADE_BY.search(sentence, end, end + by.start("who")):
        by = None  # "despite a local truce brokered by Russia": who made the truce, not who broke it
    if by:
        who = _clean_actor(by.group("who"), need_noun=False)
        if who:
            return who
    if sentence.isupper():
        return None  # (an all-capitals text has no capitals to find a name by)
    concessive = (
        _CONCESSIVE.match(sentence, at) is not None
        or (sentence.endswith(" in ", 0, at) and sentence.startswith(("violation", "breach", "defiance"), at))
        or (sentence.endswith(", ", 0, at) and _PARTICIPLE.match(sentence, at) is not None)
    )
    if concessive:
        # "Government troops shelled rebel positions despite the truce": the attacker is the
        # subject of the attack's verb, not the words right before the phrase (its object)
        # (the last verb with an actor before it: "targets" in "struck targets" is a noun)
        for attack in reversed(list(_ATTACK_VERB.finditer(sentence, 0, at))):
            found = _subject_before(sentence, attack.start())
            who = _clean_actor(found[0], need_noun=False) if found else None
            if who:
                return who
    found = _subject_before(sentence, at)
    if found is None:
        return None
    who, word_before = found
    if concessive:
        # "shelled rebel forces despite the truce": the attacked, not the attacker; but "an
        # attack by rebel fighters despite the truce"
        if who.lower().startswith("by "):
            who = who[3:]
        elif word_before != "by":
            return None
    return _clean_actor(who, need_noun=False)


def _subject_before(sentence: str, at: int) -> tuple[str, str] | None:
    """The words of a subject (see _SUBJECT) that ends right before offset at, and the word
    before it (lower case, "" when none); None when there is none, or when a place preposition
    comes before it ("shelling in Kessin despite the truce": a place, not an actor)."""
    window = sentence[max(0, at - 60) : at]
    m = _subject(window)
    if m is None:
        return None
    before = window[: m.start()].split()
    word_before = before[-1].lower() if before else ""
    if word_before in _PLACE_PREPOSITIONS:
        return None
    return m.group("who"), word_before


_PLACE_PREPOSITIONS = frozenset("in near at around of from to on into across outside inside".split())


_TRUCE_LC = case_sensitive(_TRUCE_RE)
_NON_CONFLICT_LC = case_sensitive(_NON_CONFLICT)
_BREACH_NEAR_LC = case_sensitive(_BREACH_NEAR)
_NEGATED_LC = case_sensitive(_NEGATED)
_FIRST_SINCE_LC = case_sensitive(_FIRST_SINCE)
_DURING_LC = case_sensitive(_DURING)
_IN_FORCE_CLAUSE_LC = case_sensitive(_IN_FORCE_CLAUSE)
_HELD_DESPITE_LC = case_sensitive(_HELD_DESPITE)
_KEPT_BUT_LC = case_sensitive(_KEPT_BUT)
_AFTER_END_LC = case_sensitive(_AFTER_END)
_BEFORE_TRUCE_LC = case_sensitive(_BEFORE_TRUCE)
_VIOLENCE_LC = case_sensitive(_VIOLENCE_RE)
_STRAINED_LC = case_sensitive(_STRAINED)
_GOES_ON_LC = case_sensitive(_GOES_ON)
W_NON_CONFLICT = word_class(
    "trade tariff price pricing market corporate retail legal patent labour labor media political "
    "party boardroom shareholder union club clubs league owners players fans supporters management "
    "board network networks studio studios retailer retailers companies firms unions pay wage "
    "contract lockout lockouts feud feuds spat spats rivalry words row rows slanging"
)


def _strains(low: str) -> Iterator[re.Match[str]]:
    """_STRAINED in one lower-cased sentence, less the strains it only foresees."""
    for m in _STRAINED_LC.finditer(low):
        if not _MAY_STRAIN.search(low, max(0, m.start() - 24), m.start()) or _LATEST_TO.search(
            low, max(0, m.start() - 40), m.start()
        ):
            yield m


# ... unless told of what happened: "in the latest killing to test a 2002 cease-fire".
_LATEST_TO = re.compile(
    r"\b(?:latest|first|new|fresh|recent|second|third|another)\s+(?:[\w-]+\s+){1,2}?to\s+$"
)


# A breach of the truce named elsewhere in the text, by another name: "Pakistan had violated the
# understanding reached hours earlier", "both sides have flouted the agreement", "a flagrant
# breach of the deal" (a bare determiner and noun: not "the nuclear agreement").
_AGREEMENT_BREACH = re.compile(
    r"\b"
    + _BREACH_WORD
    + r"\s+(?:of\s+)?(?:the|this|that|its|their)\s+(?:terms\s+of\s+(?:the|this|that)\s+)?"
    r"(?:(?:ceasefire|cease-fire|truce)\s+)?"
    # ("Hamas accused Israel of breaching the terms of the pause", a humanitarian pause named before)
    r"(?:agreements?|deal|understanding|accord|arrangements?|pact|pause)\b"
    # (not one about something else: "violated the agreement on grain exports"; one on the truce
    # names it, which _BREACH_NEAR finds)
    r"(?!\s+(?:on|over|about|regarding|for|to)\b)"
    r"|\b(?:the|this|that)\s+(?:agreement|deal|understanding|accord|pact)\s+(?:has|had|was|have)\s+"
    r"(?:been\s+)?(?:repeatedly\s+|again\s+)?(?:violated|breached|broken)\b"
)
W_AGREEMENT = word_class("agreement agreements deal understanding accord arrangement arrangements pact pause")
# The truce as "it" after it was named in the sentence: "a day after Trump accused both countries
# of violating it".
_BREACH_IT = re.compile(
    r"\b(?:violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|broke|broken|break(?:s|ing)?|flout(?:s|ed|ing)?"
    r"|contraven(?:e|es|ed|ing))"
    r"\s+it\b(?!['’])(?!\s+(?:off|down|up|out|through))"
)
_BREACH_IT_REACH = 200
"""How far after the truce "it" may stand (characters), in its sentence or the one before."""
# What "it" may stand for: the truce, or a halt to one kind of attack, which only a breach of "it"
# makes a truce ("Moscow announced a 30-day halt to strikes on energy infrastructure. Within hours,
# Kyiv and Moscow accused each other of breaking it").
_IT_TRUCE_LC = re.compile(
    r"\b(?:"
    + TRUCE
    + r"|(?:halt|moratorium|pause|freeze)\s+(?:to|on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:strikes"
    r"|attacks|shelling|bombing|bombardments?|hostilities|fighting))\b"
)


def _reported(low: str, pos: int) -> bool:
    """Whether the breach word at low[pos:] reports a breach: not negated ("neither side has
    violated the agreement"), foreseen or planned."""
    return not (
        _NEGATED_LC.search(low, max(0, pos - 40), pos)
        or _negation_before(low, max(0, pos - 40), pos)
        or _NOT_A_REPORT.search(low, max(0, pos - 60), pos)
        or _hypothetical(low, pos)
    )


def _breach_by_reference(doc: Doc) -> Violation | None:
    """A breach of the text's truce called "the agreement" or "it" (see _AGREEMENT_BREACH)."""
    text, low, sents = doc.text, doc.low, doc.sents
    for index in doc.having(W_BREACH):
        lo, hi = sents.starts[index], sents.ends[index]
        mask = doc.masks[index]
        found = _AGREEMENT_BREACH.search(low, lo, hi) if mask & W_AGREEMENT else None
        if found is None and "it" in doc.words[index]:
            since = sents.starts[index - 1] if index else lo  # (the sentence before may name it)
            found = next(
                (
                    m
                    for m in _BREACH_IT.finditer(low, lo, hi)
                    if _IT_TRUCE_LC.search(low, max(since, m.start() - _BREACH_IT_REACH), m.start())
                ),
                None,
            )
        if found is None or not _reported(low, found.start()):
            continue
        a, b = found.start() - lo, found.end() - lo
        return Violation(text[lo + a : lo + b], Span("text", lo + a, lo + b), _accused(text[lo:hi], a, b))
    return None


# Violence that the truce stopped is no breach: "heavy gunfire ceased on Sunday after a truce",
# "the fighting died down after the ceasefire", "a halt to the shelling".
_HALTED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:ceased|stopped|subsided|halted|abated|eased|died\s+down|fell\s+silent"
    r"|quiet(?:en)?ed|calmed)\b|(?<=died)\s+down\b"
)
_HALT_OF = re.compile(
    r"\b(?:end|halt|stop|lull|pause|cessation)\s+(?:to|in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    # the truce's verb on the fighting it stopped: "a ceasefire ... took effect ..., ending two days
    # of the heaviest fighting", "announced a ceasefire to halt two days of fighting"
    r"|\b(?:end(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:(?!(?:when|as|and|but|or|while"
    r"|after|before|because|until|with|since|that|which|where|amid)\b)[\w-]+\s+){1,5}$"
)


# "The ceasefire has not been violated", "the truce, which neither side has broken": the truce
# first, then a negation of the breach word (unlike "the truce was not respected", where the
# negation is part of the breach word). The negation is one of the three words before it: one
# further back belongs to another clause ("the truce, which has no monitors, was violated").
_NEGATION_WORD = re.compile(r"\b(?:not|never|neither|nor|no|without)\b|n['’]t\b")
_BREACH_WORD_LC = re.compile(r"\b" + _BREACH_WORD + r"\b")
_LAST_WORDS = re.compile(r"(?:[\w'’]+\W+){1,3}$")


def _negation_before(low: str, lo: int, pos: int) -> bool:
    """Whether a negation is one of the (at most three) words of low[lo:pos] right before pos."""
    last = _LAST_WORDS.search(low, lo, pos)
    return last is not None and _NEGATION_WORD.search(last.group(0)) is not None


# A breach foreseen, feared or threatened, not reported: "the truce could be violated", "would
# strike hard if Hezbollah breached the deal", "threatened to break the ceasefire" (right before
# the breach word; "may have been violated" is a suspected breach and stays a report; a clause
# with a reporting verb after "if" is another one: "respond if attacked, officials said Israel
# broke the truce").
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|may|can|cannot|will|shall|must)\s+(?:not\s+)?(?:be\s+)?$"
    r"|\b(?:if|unless|should|whether|lest)\s+(?:(?!(?:said|says|say|told|added|reported|claimed"
    r"|accused|alleged)\b)[\w'’-]+\s+){0,6}$"
    r"|\b(?:threat|warn|vow|plan|intend|refus|pledg|promis|expect|want|seek|sought|aim|hop|fear"
    r"|attempt|tr(?:y|ies|ied|ying)|likely|unlikely|ready|prepared)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:not\s+)?to\s+$"
    # a breaker only supposed: "would respond to anyone who violates it", "any side that breaks the truce"
    r"|\b(?:anyone|anybody|whoever|any\s+(?:side|party|group|one|force|faction))\s+(?:who|that|which)?\s*$"
)


def _hypothetical(low: str, pos: int) -> bool:
    """Whether the breach word at low[pos:] is only foreseen (see _HYPOTHETICAL)."""
    return _HYPOTHETICAL.search(low, max(0, pos - 70), pos) is not None


def _breach_word_start(low: str, m: re.Match[str]) -> int:
    """Where the breach word of a _BREACH_NEAR match starts (after the truce when it leads)."""
    if not _TRUCE_LC.match(low, m.start()):
        return m.start()
    words = list(_BREACH_WORD_LC.finditer(low, m.start(), m.end()))
    return words[-1].start() if words else m.start()


def _breach_in(low: str, mask: int, *, explicit_only: bool = False) -> tuple[int, int] | None:
    """Span of the breach stated in one lower-cased sentence, if any (explicit_only: breach
    language and "the first attack since the truce", not violence reported during a truce)."""
    # (the clause on a truce in force needs a lead word and the words of _IN_FORCE)
    clause = W_CLAUSE_LEAD if mask & W_IN_FORCE or (mask & W_ITS and mask & W_TIME_UNIT) else 0
    goes_on = W_BUT if mask & W_GOES_ON and mask & W_MADE else 0
    kept = W_CONCESSIVE if mask & W_KEPT else 0
    ended_by = W_UNDER_WHEN if mask & W_GAVE_WAY else 0
    if not mask & (W_BREACH | W_HELD | W_SINCE | W_STRAIN | W_CELEBRATE | clause | goes_on | kept | ended_by):
        return None
    if not _TRUCE_LC.search(low) or (mask & W_NON_CONFLICT and _NON_CONFLICT_LC.search(low)):
        return None
    for m in _BREACH_NEAR_LC.finditer(low) if mask & (W_BREACH | W_HELD) else ():
        if _NEGATED_LC.search(low, max(0, m.start() - 40), m.start()):
            continue
        if _BREAK_OUT.search(m.group(0)) or _NOT_A_REPORT.search(low, max(0, m.start() - 60), m.start()):
            continue
        if "failed to" in m.group(0) and _SOUGHT_TRUCE.search(low, max(0, m.start() - 60), m.start()):
            continue  # a truce only sought ("calls for a ceasefire have failed to hold back ...")
        # (a negation is looked for between a leading truce and the breach word only)
        breach_at = _breach_word_start(low, m)
        if _negation_before(low, m.start(), breach_at) or _hypothetical(low, breach_at):
            continue
        return m.start(), m.end()
    for m in _ENDED_BY_LC.finditer(low) if mask & ended_by else ():
        if _NEGATED_LC.search(low, max(0, m.start() - 40), m.start()) or _hypothetical(low, m.start()):
            continue
        if _SOUGHT_TRUCE.search(low, max(0, m.start() - 60), m.start()):
            continue
        return m.start(), m.end()
    if not mask & (W_SINCE | W_STRAIN | W_HELD | W_CELEBRATE | clause | goes_on | kept):
        return None
    may_end = bool(mask & W_ENDED or (mask & W_OVER and mask & (W_WAS | W_DECLARED)))
    fresh = _FIRST_SINCE_LC.search(low) if mask & W_FRESH else None
    if fresh and not (may_end and _AFTER_END_LC.search(low)):
        return fresh.start(), fresh.end()
    if explicit_only:
        return None
    hits: list[re.Match[str]] | None = None
    ended: bool | None = None
    # Where the first "before the truce" ends: a match of _BEFORE_TRUCE before the end of a match
    # below ends there at the earliest (the leftmost match takes the nearest truce).
    before_end = -1
    during = _DURING_LC.finditer(low) if mask & W_SINCE else ()
    in_force = _IN_FORCE_CLAUSE_LC.finditer(low) if mask & clause else ()
    held = _HELD_DESPITE_LC.finditer(low) if mask & W_HELD and mask & W_CONCESSIVE else ()
    strained = _strains(low) if mask & W_STRAIN else ()
    going_on = _GOES_ON_LC.finditer(low) if mask & goes_on else ()
    kept_but = _KEPT_BUT_LC.finditer(low) if mask & kept else ()
    since_it = _SINCE_IT.finditer(low) if mask & W_SINCE and mask & W_IT else ()
    celebrated = _CELEBRATED.finditer(low) if mask & W_CELEBRATE else ()
    for m in chain(during, in_force, held, strained, going_on, kept_but, since_it, celebrated):
        if ended is None:
            ended = may_end and _AFTER_END_LC.search(low) is not None
            before = _BEFORE_TRUCE_LC.search(low) if mask & W_BEFORE else None
            before_end = before.end() if before else len(low) + 1
        if ended or before_end <= m.end() or _NOT_YET.match(low, m.end()):
            continue
        if hits is None:
            hits = [
                v
                for v in _VIOLENCE_LC.finditer(low)
                if not _NEGATED_LC.search(low, max(0, v.start() - 70), v.start())
                and not _HALTED.match(low, v.end())
                and not _HALT_OF.search(low, max(0, v.start() - 50), v.start())
            ]
        word = m.group(0).split()[0]
        if word in ("since", "after") and not any(
            v.group(0) not in ("violence", "hostilities") for v in hits
        ):
            continue
        if m.re is _SINCE_IT and not any(
            v.start() < m.start() and v.group(0) not in ("violence", "hostilities") for v in hits
        ):
            continue  # (the violence must come before the truce it is "since")
        if hits:
            return m.start(), m.end()
    return None


# A truce told as holding, then an attack a side is accused of, in the next sentence that opens with
# "But": "A cease-fire ... was largely holding on Monday ... But the rebels accused pro-government
# militiamen of attacking their positions near Makeni over the weekend" (lower case).
_HOLDING = re.compile(r"\b(?:largely\s+|mostly\s+|broadly\s+)?(?:holding|held)\b|\bin\s+(?:force|effect)\b")
_BUT_ACCUSED = re.compile(
    r"[\"“']?(?:but|however|yet),?\s+(?:[\w'’-]+\s+){1,5}?accus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,5}?of\s+"
    r"(?:repeatedly\s+)?(?:attack|shell|fir(?:ing|ed)|open(?:ing|ed)\s+fire|bomb|raid|ambush|kill|pound|storm)\w*"
)
W_ACCUSED = word_class("accused accuses accusing")


def _accused_after_holding(doc: Doc, truces: list[int]) -> Violation | None:
    """An attack a side is accused of in the sentence after one telling the truce held (see
    _BUT_ACCUSED), unless the attack came before the truce."""
    low, sents = doc.low, doc.sents
    for i in truces:
        j = i + 1
        if j >= len(sents) or not doc.masks[j] & W_ACCUSED:
            continue
        lo, hi = sents.starts[i], sents.ends[i]
        if not _HOLDING.search(low, lo, hi):
            continue
        s_lo, s_hi = sents.starts[j], sents.ends[j]
        m = _BUT_ACCUSED.match(low, s_lo, s_hi)
        if m is None or _BEFORE_TRUCE_LC.search(low, m.end(), s_hi):
            continue
        a, b = m.start() - s_lo, m.end() - s_lo
        return Violation(
            doc.text[m.start() : m.end()],
            Span("text", m.start(), m.end()),
            _accused(doc.text[s_lo:s_hi], a, b),
        )
    return None


def _conflict_truce(doc: Doc, truces: list[int]) -> bool:
    """Whether no truce of the text (truces: the sentences that may name one) is a "trade truce"."""
    low, sents = doc.low, doc.sents
    return not any(
        doc.masks[i] & W_NON_CONFLICT and _NON_CONFLICT_LC.search(low, sents.starts[i], sents.ends[i])
        for i in truces
    )


# A truce that covers some places only: "The Lebanon truce does not cover Gaza", "areas not
# covered by the ceasefire". Violence in such a text may lie outside it: only breach language
# counts there, not violence reported "after the truce took effect".
_UNCOVERED = re.compile(
    # (Every alternative starts with the truce or "not"/"excluded": the look-ahead skips the other
    # words, and the truce is matched once for all that may follow it.)
    r"\b(?=[acehnrst])(?:"
    + TRUCE
    + r"(?:(?:\s+[\w'’.-]+){0,7}?\s+(?:(?:(?:does|did|do|would|will)\s+not|(?:does|did|do|would)n['’]t)"
    r"\s+(?:cover|apply\s+to|include|extend\s+to)"
    # "the pauses apply only to Gaza City", "a truce that covers only Hodeidah", "the ceasefire
    # remains in force in the rest of the country"
    r"|(?:apply|applies|applied|covers?|covered|(?:is|are|was|were)\s+limited)\s+only\s+to"
    # "The ceasefire agreed in Kunming covers only northern Shan"
    r"|covers?\s+only"
    r"|only\s+(?:apply|applies|applied|covers?|covered)|(?:remains?|remained|is|are|was|were)"
    r"\s+in\s+(?:force|effect|place)\s+(?:only\s+)?(?:in|across)\s+(?:the\s+)?rest\s+of)"
    # "humanitarian pauses in other parts of Gaza"
    r"|\s+(?:in|across|for)\s+other\s+(?:parts|areas|regions|districts|provinces|towns|cities|sectors"
    r"|zones|fronts))\b"
    # ("clashes between the ELN and rival armed groups ... were not covered by the agreement")
    r"|(?:not\s+(?:covered|included)\s+(?:by|in)|excluded\s+from)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?"
    r"(?:" + TRUCE + r"|agreement|deal|accord|arrangement))"
)
W_COVER = word_class(
    "cover covered covers apply applies applied include included extend excluded limited rest"
)
W_OTHER = word_class("other")
W_OTHER_AREAS = word_class("parts areas regions districts provinces towns cities sectors zones fronts")


def _may_leave_out(mask: int) -> bool:
    """Whether text of these word classes may say a truce leaves places out (a fast gate for
    _UNCOVERED: a cover word, or "other" with a word for places)."""
    return bool(mask & W_COVER or (mask & W_OTHER and mask & W_OTHER_AREAS))


def _partial_truce(doc: Doc, truces: list[int]) -> bool:
    """Whether the text says its truce leaves some places out (see _UNCOVERED)."""
    return any(
        _may_leave_out(doc.masks[i]) and _UNCOVERED.search(doc.low, doc.sents.starts[i], doc.sents.ends[i])
        for i in truces
    )


# A headline naming who one side blames: "Mortar fire wounds three soldiers, army blames rebels",
# "Israel blames Hamas for rocket fire", "Kyiv accuses Moscow of shelling" (the object, up to the
# headline's end, a comma or for/of/over).
_HEADLINE_BLAME = re.compile(
    r"\b(?:blam(?:es|ed|ing)|accus(?:es|ed|ing))\s+(?P<who>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s*(?:$|[,;:|]|\s[-–—]\s)|\s+(?:for|of|over)\b)",
    re.IGNORECASE,
)


# A headline whose blaming side denies the breach itself ("Rebels deny shelling town, blame
# 'provocateurs'"): the side it blames is its defence, not the accused of the report.
_HEADLINE_DENIAL = re.compile(r"\bden(?:y|ies|ied|ying)\b", re.IGNORECASE)


_BREACH_NOUNS = frozenset("breach breaches violation violations attack attacks shelling fire".split())


def find_violation(doc: Doc, title: str | None = None) -> Violation | None:
    """The first reported truce breach in the text (else in title), with its deciding phrase and
    the accused party (from the headline when the text names none: "..., army blames rebels")."""
    found = _find_violation(doc, title)
    if (
        found is not None
        and found.accused is None
        and title
        and ("lam" in title or "ccus" in title)
        and not _HEADLINE_DENIAL.search(title)
    ):
        for m in _HEADLINE_BLAME.finditer(title):
            who = m.group("who")
            head, _, last = who.rpartition(" ")
            if last.lower() in _BREACH_NOUNS:
                # "blames rebel breaches for talks delay": the side the breaches are told by
                who = _clean_actor(head, need_noun=True)
            else:
                who = _clean_actor(who, need_noun=False)
            if who:
                return replace(found, accused=who)
    return found


def _find_violation(doc: Doc, title: str | None = None) -> Violation | None:
    """The first reported truce breach in the text (else in title), with its deciding phrase."""
    text, low, sents = doc.text, doc.low, doc.sents
    truces = doc.having(W_TRUCE)  # (the sentences that may name a truce)
    title_low, title_mask = "", 0  # the title's lower case and word classes, when needed
    in_text = any(_TRUCE_LC.search(low, sents.starts[i], sents.ends[i]) for i in truces)
    if not in_text:
        if not title:
            return None
        title_low, title_mask = classes_of(title)
        if not (title_mask & W_TRUCE and _TRUCE_LC.search(title_low)):
            return None
    partial = _partial_truce(doc, truces) if _may_leave_out(doc.mask) else False
    for index in truces:
        lo, hi = sents.starts[index], sents.ends[index]
        sentence = text[lo:hi]
        found = _breach_in(low[lo:hi], doc.masks[index], explicit_only=partial)
        if found:
            a, b = found
            phrase = text[lo + a : lo + b]
            if _ENDED_BY.fullmatch(phrase):
                return Violation(phrase, Span("text", lo + a, lo + b), _ended_by_agent(phrase))
            return Violation(phrase, Span("text", lo + a, lo + b), _accused(sentence, a, b))
    if in_text:
        if not _conflict_truce(doc, truces):
            # "Arsenal accused Chelsea of breaking a truce between the two clubs": the title's
            # "Breaking Truce" is that truce too
            return None
        found_ref = _breach_by_reference(doc) if doc.mask & W_BREACH else None
        if found_ref:
            return found_ref
        found_ref = _accused_after_holding(doc, truces) if doc.mask & W_ACCUSED else None
        if found_ref:
            return found_ref
    # "accused each other of repeated violations" after the truce was named.
    for index in doc.having(W_VIOLATIONS):
        lo, hi = sents.starts[index], sents.ends[index]
        sentence = text[lo:hi]
        for m in _VIOLATION_WORD.finditer(sentence):
            if _RIGHTS.search(sentence) or _NEGATED.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue
            if _MONITOR_BEFORE.search(sentence[: m.start()]):
                continue
            if _NOT_A_REPORT.search(sentence[: m.start()]):
                continue
            return Violation(
                m.group(0), Span("text", lo + m.start(), lo + m.end()), _accused(sentence, m.start(), m.end())
            )
    if title and not title_low:
        title_low, title_mask = classes_of(title)
    if title and title_mask & W_TRUCE:
        # (a text telling its truce leaves places out: only breach language in the headline too,
        # not "Fighting rages in Rakhine despite truce in Shan")
        found = _breach_in(title_low, title_mask, explicit_only=partial)
        if found:
            a, b = found
            return Violation(title[a:b], Span("title", a, b), _accused(title, a, b))
    return None

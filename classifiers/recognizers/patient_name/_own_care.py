"""A correspondent writing of their own care: the words that say a quoted or forwarded message's writer is the
patient ("j'ai encore mal", "my results", "I'm a patient of Dr. Roy"), not a colleague writing of their work, and the
correspondents of carried messages that stay staff."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from sentinelle.classifiers import re2_patterns
from sentinelle.classifiers.re2_patterns import Prefiltered
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.types import Segment

# A correspondent: the name is followed by an e-mail address ("Sophie Lavoie <sophie.lavoie@x.ca>"), or
# it is the author of a quoted reply ("Le 3 déc. 2026 à 09:12, Sophie Lavoie a écrit :", "... wrote:").
_CORRESPONDENT_AFTER = re.compile(
    # (credentials may stand between the name and the address: "Émilie Roussel, T.S. <e.roussel@…>")
    r"[ \t]*(?:(?:,[^<>@\n,]{1,25}){0,2}[ \t]*[<(\[][ \t]*(?:mailto:)?[^\s<>()@]+@"
    r"|[^\n]{0,80}?\b(?:a\s+ecrit|wrote|schrieb)\s*:)"
)

# (RE2: always searched in folded, ASCII text, whole segments included; Python's engine tried every alternative at
# every position, some 0.1 ms per 5 KB segment)
_WRITES_OF_OWN_CARE = re2_patterns.compile(
    r"\b(?:mon|ma|mes|my)\s+(?:resultats?|results?|analyses?|examens?|traitement|treatment|medicaments?"
    r"|medications?|ordonnance|prescription|diagnostic|diagnosis|rendez-vous|appointment|chirurgie|surgery|douleurs?"
    r"|pain|glycemies?|blood\s+sugars?|diabete|diabetes|cancer|maladie|illness|sante|health|symptomes?|symptoms?"
    # ... a diabetic's own readings and devices ("voici mes glycémies", "my last A1c was 7.1%", "my Libre data")
    r"|sugars|readings|lectures|(?:last\s+|derniere\s+)?(?:hb)?a1c|libre|capteur|sensor|pompe|pump|cgm|dexcom"
    r"|operation|pilules?|pills?|dose"
    # ... an examination, a treatment or a caregiver of one's own ("My MRI on June 10 was cancelled", "mon médecin
    # m'a dit", "ma pression est haute")
    r"|irm|mri|scan|biopsie|biopsy|dialyse|dialysis|chimio(?:therapie)?|chemo(?:therapy)?|medecin|docteur|doctor"
    r"|family\s+doctor|pression|tension|blood\s+pressure|insuline|insulin"
    # ... a cycle, a pregnancy or a fertility treatment of one's own ("My period started this morning (day 1)",
    # "j'ai eu mes règles", "ma ponction", "mes embryons")
    r"|period|regles|cycle|grossesse|pregnancy|ponction|stimulation|embryons?|embryos?|ivf|fiv|injections?|piqures?"
    r"|blood\s+tests?|bloodwork|prise\s+de\s+sang"
    # ... an infusion of one's own, the drug perhaps named ("Ma dernière perfusion d'Ocrevus", "My last Ocrevus
    # infusion"), or a part of one's body ("my right eye has been blurry", "my left leg is numb")
    r"|(?:(?:last|next|derniere|prochaine)\s+)?(?:[a-z-]+\s+)?(?:infusions?|perfusions?)"
    r"|(?:(?:right|left)\s+)?(?:eyes?|legs?|arms?|hands?|feet|foot|knees?|hips?|shoulders?|chest|stomach|skin"
    r"|elbows?|wrists?|ankles?|back|neck|ears?|throat|kidneys?|lungs?|heart|bladder|bowels?)"
    # ... a screening test or a bowel disease of one's own ("my stool test (FIT) was positive", "My Crohn's is
    # flaring again", "ma colite")
    r"|stool\s+tests?|pap\s+tests?|colonoscopy|coloscopie|depistage|crohn(?:'s)?|colitis|colite|flare|poussee"
    # ... or who they are, for the clinic to find their file ("My date of birth is November 20, 1967")
    r"|date\s+of\s+birth|birth\s+date|date\s+de\s+naissance|health\s+card|carte\s+d'assurance\s+maladie"
    # ... an allergy shot or a vaccine of one's own ("I had my allergy shot on Thursday and my arm swelled up")
    r"|(?:allergy\s+)?shots?|vaccins?|vaccines?)\b"
    r"|\bi\s+(?:ran|have\s+run|am|'m)\s+(?:out|running\s+out)\s+of\s+my\b"
    # ... what they did with their own medication ("I had the flu and doubled my hydrocortisone", "j'ai oublié mes")
    r"|\b(?:doubled|tripled|took|stopped|missed|skipped|increased|decreased|forgot)\s+my\b"
    r"|\bj'ai\s+(?:double|pris|arrete|oublie|saute|augmente|diminue)\s+(?:mon|ma|mes)\b"
    # ... a fall or a swelling of their own ("I fell on the ice and my wrist is swollen", "je suis tombée")
    r"|\bi\s+(?:fell|slipped|tripped)\b|\bje\s+suis\s+tombee?\b|\bis\s+swollen\b|\best\s+enflee?\b"
    # ... or their own birth date after their name ("This is Arjun Haddad (born 1977.07.26)")
    r"|\bthis\s+is\s+[a-z'-]+\s+[a-z'-]+\s*\(\s*(?:born|nee?|dob|ddn)\b|\bici\s+[a-z'-]+\s+[a-z'-]+\s*\(\s*(?:nee?|ddn)\b"
    r"|\bis\s+flaring\b|\bje\s+fais\s+une\s+poussee\b"
    # ... whether to take a drug ("Do I start the Gonal-f tonight?", "Est-ce que je commence le Gonal-f ce soir ?")
    r"|\b(?:do|should|can)\s+i\s+(?:still\s+)?(?:start|stop|take|continue|restart)\s+(?:the|my)\b"
    r"|\b(?:est-ce\s+que\s+je|dois-je|puis-je)\s+(?:commencer?|prendre|prends|continuer?|continue|arreter|arrete"
    r"|recommencer?)\s+(?:le|la|les|mon|ma|mes)\b"
    r"|\bj'ai\s+(?:encore\s+|toujours\s+|aussi\s+)?(?:mal|des\s+douleurs|le\s+diabete|des\s+etourdissements"
    r"|des\s+vertiges|des\s+nausees|de\s+la\s+fievre)"
    r"|\bi\s+(?:still\s+|also\s+)?have\s+(?:pain|been|chest\s+pain|a\s+fever|fever|nausea|dizz)"
    # ... a symptom in a verb of one's own ("je tousse depuis 3 semaines", "je fais de la fièvre", "I've been coughing")
    r"|\bje\s+(?:tousse|saigne|vomis|fais\s+de\s+la\s+(?:fievre|temperature))\b"
    # ... or what hurts when they do it ("it burns when I pee", "ça fait mal quand j'avale")
    r"|\bwhen\s+i\s+(?:pee|urinate|swallow|breathe|cough|eat|walk)\b|\bquand\s+j'(?:urine|avale|respire|tousse|mange|marche)\b"
    r"|\bi\s*(?:'ve|\s+have)\s+been\s+(?:coughing|vomiting|bleeding|feverish)\b"
    # ... or says they are a patient ("Je suis Claude Taylor, patiente de la Dre Haddad", "I'm a patient of Dr. Roy").
    r"|\bje\s+suis\s+(?:[a-z'-]+\s+){0,3}(?:un\s+|une\s+|votre\s+)?patiente?\s+(?:de|du|chez)\b"
    r"|\bi\s*(?:am|'m)\s+(?:[a-z'-]+\s+){0,3}(?:a\s+|your\s+)?patient\s+(?:of|at|with)\b"
    # ... or what they take and how much ("I'm taking 19 units of Toujeo", "je prends toujours 33 unités de Basaglar")
    r"|\bi\s*(?:am|'m)\s+(?:now\s+|still\s+)?taking\s+[0-9]|\bi\s+(?:now\s+|still\s+)?take\s+[0-9]"
    r"|\bje\s+prends\s+(?:maintenant\s+|toujours\s+|encore\s+)?[0-9]"
    # ... what a physician gave or told them ("the walk-in doctor gave me domperidone", "le Dr m'avait parlé de"),
    # how far along their pregnancy is ("I'm 16 wks now", "je suis rendue à 18 sem"), a symptom of their own
    # ("I have right-sided mastitis", "j'ai une douleur")
    r"|\b(?:gave|prescribed|put)\s+me\s+(?:on\s+)?[a-z]"
    r"|\bm'(?:a|avait)\s+(?:prescrit|donne|mise?\s+sous|parle\s+d|diagnostique|dit\s+que\s+j)"
    r"|\bi\s*(?:am|'m)\s+(?:now\s+)?\d{1,2}\s*(?:wks?|weeks?)\b|\bje\s+suis\s+(?:rendue?\s+a|enceinte\s+de)\s+\d{1,2}\s*sem"
    r"|\bi\s+(?:have|had|got)\s+(?:a\s+|an\s+)?(?:low|high|severe|bad|sore|swollen|(?:right|left)-sided)\b"
    r"|\bj'ai\s+(?:une?\s+|des\s+)?(?:douleurs?|faible|basse|forte|fievre|saignements?|contractions?)\b"
    # ... what the doctor said of it, symptoms that stay ("The walk-in doctor said it was probably asthma. Still
    # symptoms after 5 days", "le médecin m'a dit que c'était [...] J'ai encore des symptômes")
    r"|\b(?:doctor|docteur|medecin)\b[^.\n]{0,40}?\b(?:said\s+it|told\s+me|m'a\s+dit|m'avait\s+dit)\b"
    r"|\b(?:still|encore|toujours)\s+(?:des\s+|some\s+|have\s+|having\s+)?(?:symptoms|symptomes)\b"
    # ... a visit of their own and what was done to them, a copy of their own record ("Je suis allée à votre urgence
    # le 19 décembre... On m'a fait des radiographies", "I went to your ER", "copie de mon dossier")
    r"|\bje\s+suis\s+(?:alle|allee|passe|passee|venu|venue)\s+(?:a|au|aux)\s+(?:votre\s+|l'|la\s+)?"
    r"(?:urgence|clinique|hopital|cliniques?\s+sans\s+rendez-vous)"
    r"|\bi\s+(?:went|came)\s+to\s+(?:your|the)\s+(?:er|emergency|ed|clinic|hospital|walk-in)\b"
    r"|\bon\s+m'a\s+(?:fait|donne|prescrit|opere|installe|pose|hospitalise)"
    # ... a stay of their own, and what they were given ("j'ai été hospitalisé samedi pour ...", "Ils m'ont donné
    # Herceptin", "I was admitted on Saturday", "they gave me")
    r"|\bj'ai\s+ete\s+(?:hospitalisee?|admise?|operee?|transferee?|vue?\s+a\s+l'urgence)"
    r"|\bi\s+was\s+(?:hospitali[sz]ed|admitted|operated|seen\s+in\s+(?:the\s+)?(?:er|emergency))"
    r"|\bils\s+m'ont\s+(?:fait|donne|prescrit|opere|hospitalise|garde)|\bthey\s+(?:gave|prescribed|kept|admitted)\s+me\b"
    r"|\b(?:copie|copy)\s+(?:de|of)\s+(?:mon|my)\s+(?:dossier|medical\s+(?:file|record|chart)|file|record|chart)"
    r"|\bmon\s+dossier\s+medical|\bmy\s+medical\s+(?:file|record|chart)s?\b"
)
# The same writer speaking of their work: an employee's sick call ("I have a fever, I won't make my shift").
ABOUT_OWN_WORK = re.compile(
    r"\b(?:my|mon|ma|mes)\s+(?:shift|quart|horaire|schedule|poste|unit|unite|travail|work|equipe|team|patients?)\b"
    r"|\b(?:off\s+work|arret\s+de\s+travail|sick\s+(?:leave|day|note)|conge\s+de\s+maladie|billet\s+medical)\b"
)
# The fields of a carried message (an attached or forwarded .eml) that name its writer, and all its correspondents.
_CARRIED_SENDER_FIELDS = ("/header:from", "/header:sender", "/header:reply-to")
_CARRIED_ADDRESS_FIELDS = (*_CARRIED_SENDER_FIELDS, "/header:to", "/header:cc")


def carried_correspondents(segments: Iterable[Segment]) -> list[str]:
    """The display names of the messages a message carries (attached or forwarded .eml), staff like the message's
    own correspondents; but not the writer of a carried message that speaks of their own care ("This is Pierre
    Morin. [...] I still have chest pain"): a patient's mail forwarded on, whose writer is the patient."""
    segments = list(segments)
    # Only a carried message's own texts are read (not every attachment's: a PDF has no writer to clear).
    carried = {s.location.rsplit("/", 1)[0] for s in segments if s.location.endswith(_CARRIED_SENDER_FIELDS)}
    own_care = {
        prefix
        for segment in segments
        if "/header:" not in segment.location and (prefix := segment.location.rsplit("/", 1)[0]) in carried
        and _WRITES_OF_OWN_CARE.search(fold_window(segment.text)) is not None
    }
    return [
        line
        for segment in segments
        if segment.location.endswith(_CARRIED_ADDRESS_FIELDS)
        and not (segment.location.endswith(_CARRIED_SENDER_FIELDS) and segment.location.rsplit("/", 1)[0] in own_care)
        for line in segment.text.splitlines()
    ]


# The writer of a message forwarded inline: a "From:" / "De :" line of its header block, a display name and an
# address ("From: Andrew Kerr <andrew.kerr@chdr.example>"); what follows, up to the next such line, is what they wrote.
_FORWARDED_FROM = Prefiltered(
    re.compile(
        r"(?im:^[ \t>]*(?:from|de|exp[ée]diteur)[ \t]*:[ \t]*\"?(?P<name>[^\"<>@\n:]{3,60}?)\"?[ \t]*"
        r"<[^<>\s@]+@(?P<domain>[^<>\s]+)>[ \t]*\r?$)"
    ),
    # (Python's re folds "ı" and "İ" to "i", RE2 does not; only a line with an address's "<" may hold the header)
    r"(?im)^[ \t>]*(?:from|de|exp[ée]d[iıİ]teur)[ \t]*:[^\n<]*<",
)
_FORWARDED_TEXT_REACH = 3000


def forwarded_senders(segments: Iterable[Segment], domains: Callable[[], set[str]]) -> list[str]:
    """The display names of the writers of messages forwarded inline (``_FORWARDED_FROM``) from one of ``domains()``
    (the message's own correspondents' domains, asked only when there is such a line: a colleague's notice passed on),
    staff like the writer of an attached message (``carried_correspondents``), unless what they wrote speaks of their
    own care. A writer from any other domain may be the patient whose message is passed on to a colleague, in words no
    rule knows. Only a name the text gives again (a signature) is worth it: on its header line, it is staff anyway."""
    names: list[str] = []
    own: set[str] | None = None
    for segment in segments:
        text = segment.text
        if "@" not in text or "header:" in segment.location:
            continue
        headers = list(_FORWARDED_FROM.finditer(text))
        for index, header in enumerate(headers):
            name = header["name"].strip()
            if text.count(name) < 2:
                continue
            if own is None:
                own = {d.lower() for d in domains()}
            if header["domain"].lower() not in own:
                continue
            end = headers[index + 1].start() if index + 1 < len(headers) else len(text)
            written = text[header.end() : min(end, header.end() + _FORWARDED_TEXT_REACH)]
            if _WRITES_OF_OWN_CARE.search(fold_window(written)) is None:
                names.append(name)
    return names

"""Template kit: an accumulator that records what a message reveals, plus mail idioms."""
from email.utils import format_datetime

from gen_mime import Mail
from gen_people import staff_addr, staff_name, DOM
from gen_util import fmt_sin, fmt_ohn, fmt_niss, fmt_nir, fmt_mrn, phone_fmt

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


class Acc:
    """Collects finding types, identifiers and NAM holder renderings while a template writes."""

    def __init__(self, c):
        self.c = c
        self.types = set()
        self.ids = []
        self.names = []
        self._hold = {}

    def t(self, *types):
        for x in types:
            assert x in TYPES, x
            self.types.add(x)

    def name(self, p, style=None, lang=None):
        s = p.name(style or self.c.name_style(), lang or self.c.lang)
        self.types.add("patient_name")
        self.names.append(s)
        if p.holder:
            self._hold.setdefault(id(p), [p.holder, [], []])[1].append(s)
        return s

    def dob(self, p, style=None, lang=None):
        s = p.dob_s(style or self.c.dob_style(), lang or self.c.lang)
        self.types.add("date_of_birth")
        if p.holder:
            self._hold.setdefault(id(p), [p.holder, [], []])[2].append(s)
        return s

    def nam(self, p, style=None):
        assert p.holder is not None
        s = p.nam_s(style or self.c.nam_style())
        self.types.add("ramq_nam")
        self.ids.append(("ramq_nam", p.nam))
        self._hold.setdefault(id(p), [p.holder, [], []])
        return s

    def sin(self, p, style=None):
        self.types.add("ca_sin")
        self.ids.append(("ca_sin", p.sin()))
        return fmt_sin(p.sin(), style or self.c.id_style())

    def ohn(self, p, style=None):
        n, vc = p.ohn()
        self.types.add("ca_health_number")
        self.ids.append(("ca_health_number", n))
        return fmt_ohn(n, vc, style or self.c.id_style())

    def niss(self, p, style=None):
        self.types.add("be_niss")
        self.ids.append(("be_niss", p.niss()))
        return fmt_niss(p.niss(), style or self.c.r.choice(["canon", "canon", "plain", "spaced", "fullwidth"]))

    def nir(self, p, style=None):
        self.types.add("fr_nir")
        self.ids.append(("fr_nir", p.nir()))
        return fmt_nir(p.nir(), style or self.c.r.choice(["canon", "canon", "plain", "dotted", "fullwidth"]))

    def mrn(self, p, style=None):
        self.types.add("mrn")
        self.ids.append(("mrn", p.mrn))
        return fmt_mrn(p.mrn, style or self.c.r.choice(["plain", "plain", "plain", "spaced", "dotted", "fullwidth"]))

    def phone(self, p, which="phone", style=None):
        self.types.add("patient_contact")
        return phone_fmt(getattr(p, which), style or self.c.r.choice(["paren", "dash", "space", "dot"]))

    def address(self, p):
        self.types.add("patient_contact")
        return p.address

    def mail(self, cat, note, frm, to, subject, text, **kw):
        holders = []
        for h, names, dobs in self._hold.values():
            if h.nam and any(x[0] == "ramq_nam" and x[1] == h.nam for x in self.ids):
                assert names and dobs, "NAM used without name and birth date: " + cat
                holders.append((h, names, dobs))
        return Mail(self.c.lang, cat, note, sorted(self.types), frm, to, subject, text,
                    ids=self.ids, holders=holders, names=self.names, confidential=True, **kw)


# ------------------------------------------------------------------ mail idioms
def me(key, lang):
    return staff_addr(key, lang)


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n"))


def attribution(c, who, when, lang):
    if lang == "fr":
        from gen_util import MOIS_ABR
        return "Le %d %s %d à %02d:%02d, %s a écrit :" % (when.day, MOIS_ABR[when.month - 1], when.year,
                                                         when.hour, when.minute, who)
    return "On %s, %s wrote:" % (format_datetime(when)[:-6], who)


def outlook_header(lang, frm, to, when, subject):
    if lang == "fr":
        return "\n".join(["-----Message d'origine-----", "De : %s" % frm, "Envoyé : %s" % when,
                          "À : %s" % to, "Objet : %s" % subject])
    return "\n".join(["-----Original Message-----", "From: %s" % frm, "Sent: %s" % when,
                      "To: %s" % to, "Subject: %s" % subject])


def fwd_header(lang, frm, to, when, subject):
    if lang == "fr":
        return "\n".join(["---------- Message transféré ----------", "De : %s" % frm, "Date : %s" % when,
                          "Objet : %s" % subject, "À : %s" % to])
    return "\n".join(["---------- Forwarded message ---------", "From: %s" % frm, "Date: %s" % when,
                      "Subject: %s" % subject, "To: %s" % to])


def ext(name, mailbox):
    return (name, mailbox)


def shared(box, lang):
    names = {
        "triage": ("Triage ORL" if lang == "fr" else "ENT Triage", "triage.orl@" + DOM),
        "audio": ("Clinique d'audiologie" if lang == "fr" else "Audiology Clinic", "audiologie@" + DOM),
        "bloc": ("Bloc opératoire — réservations" if lang == "fr" else "OR Booking", "bloc.reservations@" + DOM),
        "voix": ("Clinique de la voix" if lang == "fr" else "Voice Clinic", "clinique.voix@" + DOM),
        "onco": ("Oncologie tête et cou" if lang == "fr" else "Head & Neck Oncology", "onco.tetecou@" + DOM),
        "orl": ("Secrétariat ORL" if lang == "fr" else "ENT Office", "orl@" + DOM),
        "archives": ("Archives médicales" if lang == "fr" else "Health Records", "archives@" + DOM),
        "transport": ("Transport des usagers" if lang == "fr" else "Patient Transport", "transport@" + DOM),
        "ic": ("Programme implant cochléaire" if lang == "fr" else "Cochlear Implant Program", "implant.cochleaire@" + DOM),
        "all": ("Personnel ORL-audiologie" if lang == "fr" else "ENT & Audiology staff", "orl-tous@" + DOM),
    }
    return names[box]


def dr(key, lang):
    return staff_name(key, lang)

"""Per-message context: randomness, patients, identifier rendering and label bookkeeping."""
import datetime

import gen_common as C
from gen_mime import Content, Mail, fwd_en, fwd_fr, quote, said_en, said_fr

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


def internal(addr):
    return addr.endswith(("@" + C.DOM, "@" + C.CISSS_DOM))


class HolderPool:
    """Hands out NAM holders (each at most once while unused ones remain)."""

    def __init__(self, holders):
        self.holders = holders
        self.used = set()

    def take(self, rng, min_age=0, max_age=130):
        def age(h):
            return C.Patient("", "", "", h["dob"], "", "", "", "", "").age()
        cands = [h for h in self.holders if h["nam"] not in self.used and min_age <= age(h) <= max_age]
        if not cands:
            cands = [h for h in self.holders if h["nam"] not in self.used]
        if not cands:
            cands = [h for h in self.holders if min_age <= age(h) <= max_age] or self.holders
        h = rng.choice(cands)
        self.used.add(h["nam"])
        return h


class Ctx:
    def __init__(self, idx, tag, lang, pool, used_names):
        self.idx, self.tag, self.lang = idx, tag, lang
        self.rng = C.rng_for(tag, idx)
        self.pool, self.used_names = pool, used_names
        self.types = set()
        self.ids = []            # (kind, canonical value)
        self.nam_meta = {}       # nam -> dict(given, surname, dob=[...], sex=[...])
        self.note = ""
        self.category = tag
        self.occ = 0             # occurrence number of this template (set by generate.py)
        r = self.rng
        day = C.next_weekday(datetime.date(2024, 10, 7), r.randint(0, 62))
        hour = r.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 13, 14, 14, 15, 15, 16, 17, 19, 21])
        tz = C.TZ_EDT if day < datetime.date(2024, 11, 3) else C.TZ_EST
        self.date = datetime.datetime(day.year, day.month, day.day, hour, r.randint(0, 59), r.randint(0, 59),
                                      tzinfo=tz)
        self.day = day

    # ---- labels
    def T(self, *types):
        for t in types:
            assert t in TYPES, t
            self.types.add(t)

    # ---- people
    def patient(self, min_age=20, max_age=90, sex=None):
        return C.make_patient(self.rng, self.used_names, min_age, max_age, sex)

    def holder(self, min_age=0, max_age=130):
        h = self.pool.take(self.rng, min_age, max_age)
        p = C.holder_patient(self.rng, h)
        self.nam_meta[p.nam] = dict(given=p.given, surname=p.surname, dob=[], sex=[])
        return p

    def nm(self, p, style=None, full=False):
        if style is None:
            styles = C.FULL_STYLES if (full or p.nam) else C.FULL_STYLES + ["title_sur", "initial"]
            style = self.rng.choice(styles)
        self.T("patient_name")
        return p.name(style, self.lang)

    def dob(self, p, style=None):
        s = C.r_date(p.dob, style or C.dstyle(self.rng, self.lang))
        self.T("date_of_birth")
        if p.nam:
            self.nam_meta[p.nam]["dob"].append(s)
        return s

    def sex(self, p, labelled=True):
        r = self.rng
        if not labelled:
            s = p.sex
        elif self.lang == "fr":
            s = r.choice([f"Sexe : {p.sex}", f"sexe {p.sex}", f"Sexe : {'féminin' if p.sex == 'F' else 'masculin'}",
                          f"S: {p.sex}"])
        else:
            s = r.choice([f"Sex: {p.sex}", f"sex {p.sex}", f"Sex: {'female' if p.sex == 'F' else 'male'}",
                          f"Gender: {p.sex}"])
        if p.nam:
            self.nam_meta[p.nam]["sex"].append(s)
        return s

    def nam(self, p, style=None):
        assert p.nam
        style = style or self.rng.choice(["plain", "space", "space", "dash", "dot", "slash", "lower", "fw", "space2"])
        self.T("ramq_nam")
        self.ids.append(("ramq_nam", p.nam))
        return C.r_nam(p.nam, style)

    def mrn(self, p, style=None):
        style = style or self.rng.choice(["plain", "plain", "space", "dash", "dot", "pairs", "fw", "slash"])
        self.T("mrn")
        self.ids.append(("mrn", p.mrn))
        return C.r_mrn(p.mrn, style)

    def sin(self, p, style=None):
        p.ids.setdefault("sin", C.sin(self.rng))
        style = style or self.rng.choice(["space", "dash", "plain", "dot", "fw"])
        self.T("ca_sin")
        self.ids.append(("ca_sin", p.ids["sin"]))
        return C.r_sin(p.ids["sin"], style)

    def ohip(self, p, style=None, vc=None):
        p.ids.setdefault("ohip", C.ohip(self.rng))
        style = style or self.rng.choice(["dash", "space", "plain", "fw"])
        vc = vc if vc is not None else self.rng.choice(["", "AB", "KT", "ZL"])
        self.T("ca_health_number")
        self.ids.append(("ca_health_number", p.ids["ohip"]))
        return C.r_ohip(p.ids["ohip"], style, vc)

    def niss(self, p, style=None):
        p.ids.setdefault("niss", C.niss(self.rng, p.dob, p.sex))
        style = style or self.rng.choice(["official", "plain", "space", "dash"])
        self.T("be_niss")
        self.ids.append(("be_niss", p.ids["niss"]))
        return C.r_niss(p.ids["niss"], style)

    def nir(self, p, style=None):
        p.ids.setdefault("nir", C.nir(self.rng, p.dob, p.sex))
        style = style or self.rng.choice(["official", "plain", "official", "space"])
        self.T("fr_nir")
        self.ids.append(("fr_nir", p.ids["nir"]))
        return C.r_nir(p.ids["nir"], style)

    def contact(self, p, what="phone"):
        self.T("patient_contact")
        return p.phone if what == "phone" else p.addr

    # ---- identity block for a NAM holder (name + DOB + sex + NAM always together)
    def id_lines(self, p, with_mrn=None, sep="\n", pdf=False):
        fr = self.lang == "fr"
        name = self.nm(p, full=True)
        lines = [("Nom : " if fr else "Name: ") + name,
                 ("DDN : " if fr else "DOB: ") + self.dob(p) + "   " + self.sex(p)]
        if p.nam:
            lines.append(("NAM : " if fr else "RAMQ: ") + self.nam(p, "space" if pdf else None))
        if with_mrn or (with_mrn is None and self.rng.random() < 0.5):
            lines.append(("No dossier : " if fr else "MRN: ") + self.mrn(p, "dash" if pdf else None))
        return sep.join(lines)

    # ---- mail
    def msgid(self, dom=C.DOM):
        return f"<{self.rng.getrandbits(48):012x}.{self.idx:03d}{self.tag[:3]}@{dom}>"

    def mail(self, sender, to, subject, text, html=None, atts=None, cc=None, mode=None, reply_to_id=None):
        def pair(x):
            if isinstance(x, C.Person):
                return (x.t(self.lang) if x.title_fr else x.full, x.email)
            return x
        m = Mail(pair(sender), [pair(x) for x in to], subject, self.date,
                 self.msgid(pair(sender)[1].split("@")[1]),
                 Content(text, html, atts or [], mode), [pair(x) for x in (cc or [])], reply_to_id)
        return m

    def maybe_wrap(self, m, p=0.13, force=False):
        """Turn some messages into a reply (quoted) or an inline forward of themselves.

        With force=True (used for messages whose author is outside the hospital) the result is
        always sent by a hospital address: a reply to, or a forward of, the outside message."""
        r = self.rng
        if not force and (r.random() >= p or m.in_reply_to or
                          m.subject.startswith(("RE:", "TR:", "Fw:", "FW:", "Fwd:"))):
            return m
        fr = self.lang == "fr"
        t0 = self.date - datetime.timedelta(minutes=r.randint(25, 600))
        inside = [x for x in m.to + m.cc if internal(x[1])]
        me = m.sender if internal(m.sender[1]) else inside[0]
        if internal(m.to[0][1]) and r.random() < 0.5:
            ack = r.choice(["Merci, c'est noté.", "Bien reçu, je m'en occupe.", "Parfait, merci!", "Reçu. On en reparle demain."] if fr else
                           ["Thanks, noted.", "Got it, will do.", "Thank you - done.", "Received, thanks. Will follow up."])
            who = m.to[0]
            said = (said_fr if fr else said_en)(t0, m.sender[0] or m.sender[1], m.sender[1])
            sig = (who[0] or "").split(" ")[-1] if r.random() < 0.4 else ""
            text = f"{ack}\n\n" + (f"{sig}\n\n" if sig else "") + f"{said}\n{quote(m.content.text)}\n"
            return Mail(who, [m.sender], ("RE: " if r.random() < 0.7 else "Re: ") + m.subject, m.date, m.msgid,
                        Content(text, None, m.content.atts, None), [], f"<{self.idx}.{r.getrandbits(24):06x}@{C.DOM}>")
        pool = [C.STAFF[k] for k in ("marchand", "frechette", "charbonneau", "cote", "archambault", "dufresne", "desrochers")]
        dest = r.choice([x for x in pool if x.email != me[1]])
        note = r.choice(["Pour ton information.", "Peux-tu faire le suivi?", "FYI, à classer.", "Voir ci-dessous, merci."] if fr else
                        ["FYI.", "Can you follow up?", "Please file.", "See below - thanks."])
        to_s = ", ".join(f"{n} <{a}>" if n else a for n, a in m.to)
        frm = f"{m.sender[0]} <{m.sender[1]}>" if m.sender[0] else m.sender[1]
        blk = fwd_fr(t0, frm, to_s, m.subject, m.content.text) if fr else \
            fwd_en(t0, frm, to_s, m.subject, m.content.text, outlook=r.random() < 0.5)
        return Mail(me, [(dest.full, dest.email)], ("TR: " if fr else r.choice(["Fwd: ", "FW: "])) + m.subject, m.date, m.msgid,
                    Content(f"{note}\n\n{blk}\n", None, m.content.atts, None), [], None)

    def earlier(self, hours):
        return self.date - datetime.timedelta(hours=hours, minutes=self.rng.randint(0, 50))

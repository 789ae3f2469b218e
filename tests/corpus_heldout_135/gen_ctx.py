"""Per-message context: dates, people, patients, and helpers that record which
finding types a positive actually contains (so labels follow the text)."""
import datetime as dt
import unicodedata

import gen_data as D
import gen_ids as I

TZ_EST = dt.timezone(dt.timedelta(hours=-5))
TZ_EDT = dt.timezone(dt.timedelta(hours=-4))


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace(" ", "").replace("'", "")


def email_of(given, surname, domain=D.DOMAIN):
    return f"{slug(given)}.{slug(surname)}@{domain}"


class Patient:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    @property
    def fr_title(self):
        return "Mme" if self.sex == "F" else "M."

    @property
    def en_title(self):
        return self.en_t

    def pron(self, lang):
        if lang == "fr":
            return "elle" if self.sex == "F" else "il"
        return "she" if self.sex == "F" else "he"

    def poss(self, lang):
        return ("her" if self.sex == "F" else "his") if lang == "en" else "sa"

    def e(self):
        """French agreement suffix."""
        return "e" if self.sex == "F" else ""


class NamPool:
    def __init__(self, holders):
        self.holders = holders
        self.used = set()

    def take(self, rng, when, min_age, max_age, sex=None):
        cands = [h for h in self.holders if h["nam"] not in self.used
                 and min_age <= I.age_at(h["dob"], when) <= max_age
                 and (sex is None or h["sex"] == sex)]
        if not cands:
            return None
        h = rng.choice(cands)
        self.used.add(h["nam"])
        return h


class Ctx:
    def __init__(self, rng, lang, idx, kind, nampool=None, when=None):
        self.rng = rng
        self.lang = lang
        self.idx = idx
        self.kind = kind
        self.nampool = nampool
        self.types = set()
        self.records = []          # (kind, value, patient)
        self.sex_shown = set()
        d0 = dt.date(2025, 2, 3) + dt.timedelta(days=rng.randrange(0, 125))
        while d0.weekday() >= 5 and rng.random() < 0.85:
            d0 += dt.timedelta(days=1)
        hh, mm = rng.choice([7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19]), rng.randrange(0, 60)
        tz = TZ_EST if d0 < dt.date(2025, 3, 9) else TZ_EDT
        self.when = when or dt.datetime(d0.year, d0.month, d0.day, hh, mm, rng.randrange(60), tzinfo=tz)
        self.today = self.when.date()

    # -------------------------------------------------------------- misc
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def msgid(self, host=D.DOMAIN):
        return "<%016x.%d.%s@%s>" % (self.rng.getrandbits(64), self.idx, self.kind, host)

    def later(self, lo=1, hi=10):
        return I.next_weekday(self.today, self.rng.randint(lo, hi))

    def earlier(self, lo=1, hi=20):
        return self.today - dt.timedelta(days=self.rng.randint(lo, hi))

    def day(self, d):
        return I.fmt_day(d, self.lang)

    def time(self, h=None, m=None):
        h = h if h is not None else self.pick([7, 8, 9, 10, 11, 13, 14, 15, 16])
        m = m if m is not None else self.pick([0, 0, 15, 30, 45, 10, 40])
        return I.fmt_time(h, m, self.lang)

    def date(self, d, style=None):
        return I.fmt_date(d, self.lang, style or self.pick(["iso", "dmy", "long"]))

    # -------------------------------------------------------------- people
    def person(self, pool, role_idx=None):
        p = self.pick(pool) if role_idx is None else pool[role_idx]
        given, surname, sex, rfr, ren = p
        return dict(given=given, surname=surname, sex=sex, role=rfr if self.lang == "fr" else ren,
                    email=email_of(given, surname))

    def md(self):
        return self.person(D.PHYSICIANS[:7])

    def other_md(self):
        return self.person(D.OTHER_MDS)

    def staff(self, role_words=None):
        pool = [s for s in D.STAFF if role_words is None or any(w in s[3] for w in role_words)]
        return self.person(pool)

    def dr(self, p, short=False):
        if self.lang == "fr":
            t = "Dre" if p["sex"] == "F" else "Dr"
        else:
            t = "Dr."
        return f"{t} {p['surname']}" if short else f"{t} {p['given']} {p['surname']}"

    def who(self, p):
        return (p["given"] + " " + p["surname"], p["email"])

    def box(self, key):
        name, login = D.BOXES[key]
        return (name, f"{login}@{D.DOMAIN}")

    def sig(self, p, md=False, box=None):
        rng = self.rng
        name = (self.dr(p) if md else f"{p['given']} {p['surname']}")
        dept = D.DEPT_FR if self.lang == "fr" else D.DEPT_EN
        centre = D.CENTRE_FR if self.lang == "fr" else D.CENTRE_EN
        ext = rng.randrange(2100, 2999)
        phone = f"{D.MAIN_PHONE}, poste {ext}" if self.lang == "fr" else f"{D.MAIN_PHONE} ext. {ext}"
        style = rng.randrange(4)
        if style == 0:
            return f"{name}\n{p['role']}\n{dept} | {centre}\n{phone}"
        if style == 1:
            return (f"--\n{name}, {p['role']}\n{dept}\n"
                    f"{D.ORG_FR if self.lang == 'fr' else D.ORG_EN}\n"
                    f"{D.ORG_ADDR_FR if self.lang == 'fr' else D.ORG_ADDR_EN}\n"
                    f"Tél. : {phone}" if self.lang == "fr" else
                    f"--\n{name}, {p['role']}\n{dept}\n{D.ORG_EN}\n{D.ORG_ADDR_EN}\nTel: {phone}")
        if style == 2:
            conf = ("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements "
                    "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser "
                    "l'expéditeur." if self.lang == "fr" else
                    "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you "
                    "received it in error, please delete it and notify the sender.")
            return f"{p['given']}\n\n{name} | {p['role']}\n{centre} | {phone}\n\n{conf}"
        return p["given"] if rng.random() < 0.5 else p["given"][0] + "."

    # -------------------------------------------------------------- patients
    def patient(self, site=None, nam=False, sex=None, age=None, origin="qc", lang=None):
        rng = self.rng
        lang = lang or self.lang
        if site is None:
            site = self.pick(D.ADULT_SITES)
        s = D.SITES[site]
        sex = sex or s["sex"]
        lo, hi = age or s["age"]
        holder = None
        if nam and self.nampool is not None:
            holder = self.nampool.take(rng, self.today, lo, hi, sex)
            if holder is None:
                holder = self.nampool.take(rng, self.today, lo, hi, None)
                if holder is not None and s["sex"] and holder["sex"] != s["sex"]:
                    self.nampool.used.discard(holder["nam"])
                    holder = None
        if holder:
            surname, given, dob, sex = holder["surname"], holder["given"], holder["dob"], holder["sex"]
            nam_v = holder["nam"]
        else:
            sex = sex or rng.choice("FM")
            if origin == "be":
                surname = rng.choice(D.BE_SURN)
            elif origin == "fr":
                surname = rng.choice(D.FR_SURN)
            else:
                surname = rng.choice(D.PAT_SURN_FR if lang == "fr" else D.PAT_SURN_EN + D.PAT_SURN_FR[:10])
            given = rng.choice(D.PAT_GIVEN_F if sex == "F" else D.PAT_GIVEN_M)
            a = rng.randint(lo, hi)
            dob = dt.date(self.today.year - a - 1, rng.randint(1, 12), rng.randint(1, 28))
            if I.age_at(dob, self.today) > hi:
                dob = dob.replace(year=dob.year + 1)
            nam_v = None
        if origin == "on":
            town, prov, pc = rng.choice(D.ON_TOWNS)
            street = f"{rng.randint(12, 990)} {rng.choice(D.STREETS_EN)}"
        else:
            town, pc = rng.choice(D.TOWNS)
            prov = "QC"
            street = (f"{rng.randint(12, 2990)}, {rng.choice(D.STREETS_FR)}" if lang == "fr"
                      else f"{rng.randint(12, 2990)} {rng.choice(D.STREETS_FR + D.STREETS_EN)}")
        area = "613" if origin == "on" else rng.choice(["450", "819", "579"])
        en_t = ("Ms." if rng.random() < 0.6 else "Mrs.") if sex == "F" else "Mr."
        return Patient(surname=surname, given=given, sex=sex, dob=dob, nam=nam_v, site=site,
                       mrn=I.gen_mrn(rng), street=street, town=town, prov=prov, pc=pc,
                       phone=f"{area}-555-01{rng.randint(10, 99)}",
                       cell=f"{rng.choice(['514', '438', '819', '450'])}-555-01{rng.randint(10, 99)}",
                       age=I.age_at(dob, self.today), en_t=en_t, origin=origin,
                       rx_i=rng.randrange(10), dx_i=rng.randrange(10))

    # name styles ---------------------------------------------------------
    def pname(self, p, style=None):
        rng = self.rng
        styles = ["full", "title_full", "title_sur", "upper_sur", "sur_given", "lower", "initial",
                  "sur_initial", "title_full", "upper_sur"]
        style = style or rng.choice(styles)
        t = p.fr_title if self.lang == "fr" else p.en_t
        out = {
            "full": f"{p.given} {p.surname}",
            "title_full": f"{t} {p.given} {p.surname}",
            "title_sur": f"{t} {p.surname}",
            "upper_sur": f"{p.surname.upper()}, {p.given}",
            "upper_only": f"{p.surname.upper()} {p.given.upper()}",
            "sur_given": f"{p.surname} {p.given}",
            "lower": f"{p.given.lower()} {p.surname.lower()}",
            "lower_sur": f"{p.surname.lower()}, {p.given.lower()}",
            "initial": f"{p.given[0]}. {p.surname}",
            "sur_initial": f"{p.surname} {p.given[0]}.",
            "given": p.given,
            "sur": p.surname,
        }[style]
        if style != "given":
            self.types.add("patient_name")
            self.records.append(("name", p.surname, p))
        return out

    def dob(self, p, style=None):
        self.types.add("date_of_birth")
        self.records.append(("dob", p.dob, p))
        return I.fmt_date(p.dob, self.lang, style or self.pick(I.DOB_STYLES))

    def sex(self, p):
        self.sex_shown.add(id(p))
        return p.sex

    def nam(self, p, style=None):
        assert p.nam, "patient has no NAM"
        self.types.add("ramq_nam")
        self.records.append(("nam", p.nam, p))
        return I.fmt_nam(p.nam, style or self.pick(I.NAM_STYLES))

    def mrn(self, p, style=None):
        self.types.add("mrn")
        self.records.append(("mrn", p.mrn, p))
        return I.fmt_mrn(p.mrn, style or self.pick(I.MRN_STYLES))

    def sin(self, p, style=None):
        if not getattr(p, "sin_v", None):
            p.sin_v = I.gen_sin(self.rng)
        self.types.add("ca_sin")
        self.records.append(("sin", p.sin_v, p))
        return I.fmt_sin(p.sin_v, style or self.pick(["plain", "spaced", "hyphen", "dotted", "fullwidth"]))

    def ohn(self, p, style=None):
        if not getattr(p, "ohn_v", None):
            p.ohn_v = I.gen_ohn(self.rng)
        self.types.add("ca_health_number")
        self.records.append(("ohn", p.ohn_v[0], p))
        return I.fmt_ohn(*p.ohn_v, style or self.pick(["plain", "hyphen", "spaced", "dotted", "fullwidth"]))

    def niss(self, p, style=None):
        if not getattr(p, "niss_v", None):
            p.niss_v = I.gen_niss(self.rng, p.dob, p.sex)
        self.types.add("be_niss")
        self.records.append(("niss", p.niss_v, p))
        return I.fmt_niss(p.niss_v, style or self.pick(["plain", "official", "spaced", "slash"]))

    def nir(self, p, style=None):
        if not getattr(p, "nir_v", None):
            p.nir_v = I.gen_nir(self.rng, p.dob, p.sex)
        self.types.add("fr_nir")
        self.records.append(("nir", p.nir_v, p))
        return I.fmt_nir(p.nir_v, style or self.pick(["plain", "spaced", "dotted", "keysep"]))

    def addr(self, p, one_line=True):
        self.types.add("patient_contact")
        if p.origin == "on":
            s = f"{p.street}, {p.town}, {p.prov} {p.pc}"
        elif self.lang == "fr":
            s = f"{p.street}, {p.town} (Québec) {p.pc}"
        else:
            s = f"{p.street}, {p.town}, QC {p.pc}"
        return s if one_line else s.replace(", ", "\n", 1)

    def phone(self, p, cell=False):
        self.types.add("patient_contact")
        return p.cell if cell else p.phone

    # clinical -----------------------------------------------------------
    def S(self, p):
        return D.SITES[p.site]

    def dx(self, p, i=None):
        self.types.add("diagnosis")
        lst = self.S(p)["dx_fr" if self.lang == "fr" else "dx_en"]
        k = (p.dx_i if i is None else i) % len(lst)
        if p.sex == "M":
            for _ in range(len(lst)):
                if "sein" not in lst[k] and "breast" not in lst[k]:
                    break
                k = (k + 1) % len(lst)
        return lst[k]

    def tox(self, p, i=None):
        self.types.add("diagnosis")
        lst = self.S(p)["tox_fr" if self.lang == "fr" else "tox_en"]
        return lst[self.rng.randrange(len(lst)) if i is None else i % len(lst)]

    def med(self, p, n=1):
        self.types.add("medication")
        lst = list(self.S(p)["meds_fr" if self.lang == "fr" else "meds_en"])
        self.rng.shuffle(lst)
        return lst[:n] if n > 1 else lst[0]

    def lab(self, p):
        labs = self.S(p)["labs"]
        if not labs:
            labs = [("Hb 124, plaq 210", "Hb 124, plt 210")]
        self.types.add("lab_result")
        v = self.rng.choice(labs)
        return v[0] if self.lang == "fr" else v[1]

    def rx(self, p):
        s = self.S(p)
        lst = s["rx"] if self.lang == "fr" else s["rx_en"]
        return lst[p.rx_i % len(lst)]

    def tech(self, p):
        s = self.S(p)
        lst = s["tech"] if self.lang == "fr" else s["tech_en"]
        return lst[p.rx_i % len(lst)]

    def img(self, p):
        return self.S(p)["img_fr" if self.lang == "fr" else "img_en"]

    def social(self, p, i=None):
        self.types.add("social_information")
        lst = D.SOCIAL_FR if self.lang == "fr" else D.SOCIAL_EN
        s = lst[self.rng.randrange(len(lst)) if i is None else i]
        return s.format(e=p.e(), pron=p.pron("fr"), he=p.pron("en"), his=p.poss("en"))

    def add(self, *types):
        for t in types:
            self.types.add(t)

    # -------------------------------------------------------------- checks
    def finish(self):
        for kind, val, p in self.records:
            if kind == "nam":
                assert "date_of_birth" in self.types, "NAM without birth date"
                assert id(p) in self.sex_shown, "NAM without sex"
                assert any(k == "name" and q is p for k, v, q in self.records), "NAM without name"
        return sorted(self.types)


# ---------------------------------------------------------------- mail helpers
def _ctx_mail(self, category, note, sender, to, subject, blocks, **kw):
    from gen_mime import Mail
    m = Mail(lang=self.lang, category=category, note=note, sender=sender, to=list(to),
             subject=subject, blocks=list(blocks), **kw)
    m.date = self.when
    m.msgid = self.msgid()
    return m


def _ctx_past(self, hours_lo=1, hours_hi=72):
    t = self.when - dt.timedelta(minutes=self.rng.randint(hours_lo * 60, hours_hi * 60))
    if t.hour < 7 or t.hour > 20:
        t = t.replace(hour=7 + t.minute % 12)
        if t > self.when:
            t -= dt.timedelta(days=1)
    return t


def _ctx_attrib(self, name, addr, when, style=None):
    """Attribution line of a quoted reply, in the client's usual wording."""
    style = style or self.pick(["gmail", "outlook", "short"])
    if self.lang == "fr":
        jour = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][when.weekday()]
        mois = I.MOIS[when.month - 1]
        if style == "gmail":
            return f"Le {jour} {when.day} {mois} {when.year}, à {when.hour:02d} h {when.minute:02d}, {name} <{addr}> a écrit :"
        if style == "outlook":
            return (f"De : {name} <{addr}>\nEnvoyé : {I.JOURS[when.weekday()]} {when.day} {mois} "
                    f"{when.year} {when.hour:02d}:{when.minute:02d}\nObjet : ")
        return f"{name} a écrit le {when.day:02d}/{when.month:02d}/{when.year} :"
    day = I.DAYS[when.weekday()][:3]
    mon = I.MONTHS[when.month - 1][:3]
    h12 = when.hour % 12 or 12
    ap = "AM" if when.hour < 12 else "PM"
    if style == "gmail":
        return f"On {day}, {mon} {when.day}, {when.year} at {h12}:{when.minute:02d} {ap} {name} <{addr}> wrote:"
    if style == "outlook":
        return (f"From: {name} <{addr}>\nSent: {I.DAYS[when.weekday()]}, {I.MONTHS[when.month - 1]} "
                f"{when.day}, {when.year} {h12}:{when.minute:02d} {ap}\nSubject: ")
    return f"{name} wrote on {when.year}-{when.month:02d}-{when.day:02d}:"


def _ctx_fwd_meta(self, sender, to, when, subject):
    import email.utils as eu
    if self.lang == "fr":
        return [("De :", f"{sender[0]} <{sender[1]}>"), ("Date :", eu.format_datetime(when)),
                ("Objet :", subject), ("À :", f"{to[0]} <{to[1]}>")]
    return [("From:", f"{sender[0]} <{sender[1]}>"), ("Date:", eu.format_datetime(when)),
            ("Subject:", subject), ("To:", f"{to[0]} <{to[1]}>")]


def _ctx_nested(self, m, tag):
    """Render a Mail as bytes for a message/rfc822 attachment (LF line ends)."""
    import random
    from gen_mime import Renderer
    r = Renderer(random.Random(self.rng.getrandbits(48)), tag)
    return r.render(m, crlf=False, nested=True)


Ctx.mail = _ctx_mail
Ctx.past = _ctx_past
Ctx.attrib = _ctx_attrib
Ctx.fwd_meta = _ctx_fwd_meta
Ctx.nested = _ctx_nested


def L(c, fr, en):
    return fr if c.lang == "fr" else en

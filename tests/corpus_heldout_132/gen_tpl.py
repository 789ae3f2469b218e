"""Helpers shared by the positive and negative templates."""
import datetime as _dt

import gen_common as C
from gen_common import Att, Msg


class Ctx:
    def __init__(self, rng, pf):
        self.rng = rng
        self.pf = pf
        self.now = None

    # -- people ---------------------------------------------------------
    def staff(self, role, exclude=()):
        pool = [s for s in C.STAFF[role] if s not in exclude]
        return self.rng.choice(pool)

    def who(self, st, lang):
        t = st.title_fr if lang == "fr" else st.title_en
        return (f"{t} {st.full}" if t else st.full), st.addr()

    def choice(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def chance(self, p):
        return self.rng.random() < p

    # -- dates ----------------------------------------------------------
    def day(self, delta):
        return (self.now + _dt.timedelta(days=delta)).date()

    def dstr(self, d, lang):
        if lang == "fr":
            return self.choice([C.fmt_date(d, "fr_long"), d.strftime("%d/%m"), d.isoformat()])
        return self.choice([C.fmt_date(d, "en_long"), d.strftime("%b %d"), d.isoformat()])


# ---------------------------------------------------------------------------
# Registration helpers for positives: every call records the finding type.
# ---------------------------------------------------------------------------
NAME_STYLES = ["full", "title_full", "title_sur", "upper_comma", "comma", "sur_first", "lower",
               "initial", "initial_upper", "sur_initial"]


def name(m, p, style=None, rng=None):
    style = style or rng.choice(NAME_STYLES)
    m.types.add("patient_name")
    m.names.append(p.given if style == "given" else p.surname)
    return p.name(style, m.lang)


def dob(m, p, style=None, rng=None):
    style = style or rng.choice(["iso", "dmy", "fr_long" if m.lang == "fr" else "en_long", "ymd_slash"])
    m.types.add("date_of_birth")
    return C.fmt_date(p.dob, style)


def nam(m, p, rng, ascii_only=False):
    assert p.holder is not None
    m.types.add("ramq_nam")
    if p.holder not in m.holders:
        m.holders.append(p.holder)
    style = rng.choice(C.NAM_STYLES_ASCII if ascii_only else C.NAM_STYLES)
    return C.fmt_nam(p.holder.nam, style)


def sex(m, p):
    if m.lang == "fr":
        return p.sex
    return p.sex


def id_block(m, p, rng, ascii_only=False, with_nam=True, sep=" : "):
    """Name, DOB, sex (and NAM for holders) as labelled lines."""
    fr = m.lang == "fr"
    sep = sep if fr else ": "
    lines = [f"{'Nom' if fr else 'Name'}{sep}{name(m, p, rng.choice(['upper_comma', 'comma', 'full', 'sur_first']), rng)}",
             f"{'DDN' if fr else 'DOB'}{sep}{dob(m, p, rng=rng)}",
             f"{'Sexe' if fr else 'Sex'}{sep}{p.sex}"]
    if with_nam and p.holder is not None:
        lines.append(f"{rng.choice(['NAM', 'No RAMQ', 'Carte soleil']) if fr else rng.choice(['RAMQ', 'RAMQ #', 'HIN (RAMQ)'])}"
                     f"{sep}{nam(m, p, rng, ascii_only)}")
    return lines


def id_inline(m, p, rng, ascii_only=False):
    """One-line identity: 'TREMBLAY, Rita (F) née le 1948-03-02, NAM TREM 4853 0212'."""
    fr = m.lang == "fr"
    n = name(m, p, rng.choice(["upper_comma", "title_full", "full", "sur_first"]), rng)
    d = dob(m, p, rng=rng)
    if fr:
        s = f"{n}, sexe {p.sex}, {'née' if p.sex == 'F' else 'né'} le {d}"
    else:
        s = f"{n}, sex {p.sex}, DOB {d}"
    if p.holder is not None:
        s += f", {'NAM' if fr else 'RAMQ'} {nam(m, p, rng, ascii_only)}"
    return s


def dx(m, p, short=False):
    m.types.add("diagnosis")
    return p.dxs(m.lang, short)


def med(m, item):
    m.types.add("medication")
    return item[0] if m.lang == "fr" else item[1]


def meds(m, p, n=None):
    lst = p.meds if n is None else p.meds[:n]
    return [med(m, x) for x in lst]


def lab(m, item):
    m.types.add("lab_result")
    return item[0] if m.lang == "fr" else item[1]


def sympt(m, p):
    m.types.add("diagnosis")
    return p.sympt[0] if m.lang == "fr" else p.sympt[1]


def social(m, item):
    m.types.add("social_information")
    return item[0] if m.lang == "fr" else item[1]


def addr(m, p, one=True):
    m.types.add("patient_contact")
    return p.addr["one"] if one else p.addr["street"]


def tel(m, p):
    m.types.add("patient_contact")
    return p.phone


def mrn(m, p, label=True):
    m.types.add("mrn")
    m.ids.append(("mrn", p.mrn[0]))
    if not label:
        return p.mrn[1]
    lab_ = m.lang == "fr" and m.rng_choice(["Dossier", "No dossier", "MRN", "# dossier"]) or \
        m.rng_choice(["MRN", "Chart #", "Hosp. chart", "MRN#"])
    return f"{lab_} {p.mrn[1]}"


def sin(m, rng, style=None):
    num = C.make_sin(rng)
    m.types.add("ca_sin")
    m.ids.append(("ca_sin", num))
    return C.fmt_sin(num, style or rng.choice(["spaced", "hyphen", "plain", "dotted"]))


def ohip(m, rng, style=None):
    num, vc = C.make_ohip(rng)
    m.types.add("ca_health_number")
    m.ids.append(("ca_health_number", num))
    return C.fmt_ohip(num, vc, style or rng.choice(["hyphen", "spaced", "plain", "bare"]))


def niss(m, p, rng, style=None):
    num = C.make_niss(rng, p.dob, p.sex)
    m.types.add("be_niss")
    m.ids.append(("be_niss", num))
    return C.fmt_niss(num, style or rng.choice(["dotted", "plain", "spaced"]))


def nir(m, p, rng, style=None):
    num = C.make_nir(rng, p.dob, p.sex)
    m.types.add("fr_nir")
    m.ids.append(("fr_nir", num))
    return C.fmt_nir(num, style or rng.choice(["spaced", "plain", "key"]))


def new(cat, lang, conf, note, rng):
    m = Msg(cat=cat, lang=lang, conf=conf, note=note)
    m.rng_choice = rng.choice
    return m


def family_addr(p):
    return (f"{p.carer[0]} {p.surname}", p.carer[4])


def greeting(lang, rng, who=None):
    if lang == "fr":
        g = rng.choice(["Bonjour", "Bonjour", "Allo", "Salut", "Bon matin"])
    else:
        g = rng.choice(["Hi", "Hello", "Good morning", "Hi there"])
    return f"{g} {who}," if who else f"{g},"


def sign_off(lang, rng):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée"])
    return rng.choice(["Thanks!", "Thank you,", "Best,", "Regards,", "Many thanks,"])


def cap(s):
    return s[:1].upper() + s[1:]


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_header(lang, frm, to, when, subject):
    if lang == "fr":
        return (f"-----Message d'origine-----\nDe : {frm}\nEnvoyé : {when}\nÀ : {to}\nObjet : {subject}")
    return f"-----Original Message-----\nFrom: {frm}\nSent: {when}\nTo: {to}\nSubject: {subject}"


def fwd_header(lang, frm, to, when, subject):
    if lang == "fr":
        return (f"---------- Message transféré ---------\nDe : {frm}\nDate : {when}\nObjet : {subject}\nÀ : {to}")
    return f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when}\nSubject: {subject}\nTo: {to}"


def when_str(lang, dt):
    if lang == "fr":
        return f"{dt.day} {C.FR_MONTHS[dt.month - 1]} {dt.year} {dt.strftime('%H:%M')}"
    return f"{C.EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt.strftime('%I:%M %p')}"


def att(filename, ctype, data=b"", text=None, charset="utf-8", inner=None):
    return Att(filename=filename, ctype=ctype, data=data, text=text, charset=charset, inner=inner)

"""Per-run context: hands out patients, staff and identifier spellings to the templates."""
from gen_common import (COMMUNITY, STAFF, fmt_date, fmt_ident, holder_patient, make_mrn, make_nir,
                        make_niss, make_ohip, make_sin, name_form, random_patient)

NAM_STYLES = ["plain", "spaced", "dotted", "hyphen", "slashed", "fullwidth", "lower", "fullwidth_spaced",
              "spaced", "plain"]
GEN_STYLES = ["plain", "spaced", "hyphen", "dotted", "slashed", "fullwidth", "plain"]
PHARMACISTS = [0, 1, 3, 5, 14, 31]
NURSES = [2, 4, 18, 12]
MDS = [6, 9, 13, 17, 30, 28]


class Ctx:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = list(holders)
        rng.shuffle(self.holders)
        self.hi = 0
        self.k = 0

    # -- people
    def holder(self, kind="adult"):
        """Next NAM holder of the wanted age group (adult: born <= 2004; child: born >= 2008)."""
        for _ in range(len(self.holders) + 1):
            h = self.holders[self.hi % len(self.holders)]
            self.hi += 1
            y = h.dob.year
            if (kind == "adult" and y <= 2004) or (kind == "child" and y >= 2008) or kind == "any":
                return holder_patient(h)
        raise RuntimeError("no holder of kind " + kind)

    def plain(self, **kw):
        return random_patient(self.rng, **kw)

    def patient(self, nam_prob=0.4):
        return self.holder() if self.rng.random() < nam_prob else self.plain()

    def pharmacist(self):
        return STAFF[self.rng.choice(PHARMACISTS)]

    def nurse(self):
        return STAFF[self.rng.choice(NURSES)]

    def md(self):
        return STAFF[self.rng.choice(MDS)]

    def any_staff(self, exclude=()):
        while True:
            s = self.rng.choice(STAFF)
            if s not in exclude:
                return s

    def community(self):
        return self.rng.choice(COMMUNITY)

    # -- identifier spellings
    def style(self, kind):
        self.k += 1
        styles = NAM_STYLES if kind == "nam" else GEN_STYLES
        return styles[(self.k * 3 + self.rng.randint(0, 5)) % len(styles)]


def ne(p, lang):
    if lang == "fr":
        return "née" if p.sex == "F" else "né"
    return "born"


def id_block(m, c, p, layout=None, pdf=False):
    """Identification line for a patient: name + NAM/DOB/sex for NAM holders, name (+DOB) otherwise.

    Registers the facts on the Mail.  Returns the text.
    """
    rng, lang = m.rng, m.lang
    layout = layout or rng.choice(["pipe", "comma", "lines", "paren"])
    name = name_form(p, rng.choice(["upper_comma", "full", "comma", "surname_first", "title_full"]), lang)
    bits = []
    if p.nam:
        style = c.style("nam")
        if pdf and style.startswith("fullwidth"):
            style = "spaced"
        nam = fmt_ident("nam", p.nam, style)
        dob = fmt_date(p.dob, rng.choice(["iso", "slash_dmy", "long", "ymd_slash"]), lang)
        m.patient(p)
        if lang == "fr":
            bits = ["NAM : %s" % nam, "DDN : %s" % dob, "sexe : %s" % p.sex]
        else:
            bits = ["RAMQ: %s" % nam, "DOB: %s" % dob, "sex: %s" % p.sex]
    else:
        m.patient(p)
    if layout == "pipe":
        return " | ".join([name] + bits)
    if layout == "comma":
        return ", ".join([name] + bits)
    if layout == "lines":
        lab = "Patient(e) : " if lang == "fr" else "Patient: "
        return "\n".join([lab + name] + bits)
    return "%s (%s)" % (name, "; ".join(bits)) if bits else name


def mrn_text(m, c, pdf=False):
    v = make_mrn(m.rng)
    style = c.style("mrn")
    if pdf and style.startswith("fullwidth"):
        style = "plain"
    m.ids.append(("mrn", v))
    m.t("mrn")
    s = fmt_ident("mrn", v, style)
    lab = m.rng.choice(["dossier", "no dossier", "N° de dossier", "# dossier", "MRN"] if m.lang == "fr"
                       else ["MRN", "chart #", "Chart no.", "hospital #"])
    return "%s %s" % (lab, s)


def sin_text(m, c):
    v = make_sin(m.rng)
    m.ids.append(("ca_sin", v))
    m.t("ca_sin")
    return fmt_ident("sin", v, c.style("sin"))


def ohip_text(m, c):
    v = make_ohip(m.rng)
    m.ids.append(("ca_health_number", v))
    m.t("ca_health_number")
    s = fmt_ident("ohip", v, c.style("ohip"))
    return s + (" " + m.rng.choice(["AB", "KM", "XR", "TT"]) if m.rng.random() < 0.6 else "")


def niss_text(m, c, p):
    v = make_niss(m.rng, p.dob, p.sex)
    m.ids.append(("be_niss", v))
    m.t("be_niss")
    return fmt_ident("niss", v, m.rng.choice(["niss_std", "plain", "spaced", "fullwidth"]))


def nir_text(m, c, p):
    v = make_nir(m.rng, p.dob, p.sex, dept=m.rng.choice(["75", "69", "33", "59", "13"]))
    m.ids.append(("fr_nir", v))
    m.t("fr_nir")
    return fmt_ident("nir", v, m.rng.choice(["spaced", "plain", "dotted", "fullwidth_spaced"]))

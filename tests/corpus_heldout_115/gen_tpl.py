"""Helpers shared by the positive and negative templates."""
import datetime as dt

from gen_common import full, strip_accents, fdate, name_forms, fmt_nam, age_on
from gen_build import msg_date


def disp(w, p):
    """Display name for a staff member in From/To."""
    s = w.r.randrange(4)
    if s == 0:
        return f"{p['surname']}, {p['given']}"
    if s == 1:
        return f"{p['given']} {p['surname']}"
    if s == 2:
        return f"{p['given']} {p['surname']} ({p['org']['fr'] if w.chance(0.7) else 'CISSSHS'})"
    return ""


def addr(w, p):
    return (disp(w, p), p["email"])


def personal_email(w, p):
    g = strip_accents(p["given"]).lower().replace(" ", "").replace("-", "")
    s = strip_accents(p["surname"]).lower().replace(" ", "").replace("-", "").replace("'", "")
    dom = w.pick(["courriel.example", "mail.example", "videotron.example", "hotmail.example", "sympatico.example"])
    local = w.pick([f"{g}.{s}", f"{g}{s[:3]}{w.r.randint(1, 99)}", f"{s}{g[0]}", f"{g}_{s}{w.r.randint(80, 99)}"])
    return f"{local}@{dom}"


def generic_box(key, lang="fr"):
    boxes = {
        "mdn": ("Maison de naissance - Accueil", "accueil@mdn-rivieresaules.example"),
        "mdn2": ("MDN du Littoral - Secrétariat", "secretariat@mdn-littoral.example"),
        "clsc_peri": ("Périnatalité CLSC Trois-Ponts", "perinatalite.clsc3p@cisss-hautessaules.example"),
        "obs": ("Obstétrique HRSA - Bloc naissance", "bloc.naissance@hrsa.example"),
        "echo": ("Imagerie médicale HRSA - Rendez-vous", "rv.imagerie@hrsa.example"),
        "archives": ("Archives médicales HRSA", "archives@hrsa.example"),
        "dpj": ("Réception des signalements DPJ", "rts.dpj@cisss-hautessaules.example"),
        "sad": ("Soutien à domicile - Guichet", "guichet.sad@cisss-hautessaules.example"),
        "plaintes": ("Commissaire aux plaintes", "plaintes@cisss-hautessaules.example"),
        "pharm": ("Pharmacie HRSA", "pharmacie@hrsa.example"),
        "depist": ("Programme de dépistage prénatal", "depistage.prenatal@cisss-hautessaules.example"),
        "rh": ("Ressources humaines", "rh@cisss-hautessaules.example"),
        "ti": ("Centre de services TI", "centredeservices.ti@cisss-hautessaules.example"),
        "comm": ("Communications CISSS", "communications@cisss-hautessaules.example"),
        "lakeview": ("Lakeview GH - Labour & Delivery", "labourdelivery@lakeviewgh.example"),
        "all_sf": ("Équipe sages-femmes", "equipe.sf@mdn-rivieresaules.example"),
        "all_peri": ("Équipe périnatalité", "equipe.perinatalite@cisss-hautessaules.example"),
        "achats": ("Service des approvisionnements", "approvisionnement@cisss-hautessaules.example"),
        "compta": ("Comptes fournisseurs", "comptes.fournisseurs@cisss-hautessaules.example"),
        "lact": ("Clinique Petit Lait", "info@petitlait.example"),
    }
    return boxes[key]


class Spec(dict):
    """A message under construction; .T collects finding types."""

    def __init__(self, w, cat, lang, note, confidential):
        super().__init__()
        self["cat"], self["lang"], self["note"] = cat, lang, note
        self["confidential"] = confidential
        self.T = set()
        self["date"] = msg_date(w)
        self["attachments"] = []

    def t(self, *types):
        for x in types:
            self.T.add(x)
        return self

    def finish(self):
        self["types"] = sorted(self.T) if self["confidential"] else []
        if self["confidential"]:
            assert self["types"], self["cat"]
        else:
            assert not self.T, (self["cat"], self.T)
        return self


def pos(w, cat, lang, note):
    return Spec(w, cat, lang, note, True)


def neg(w, cat, lang, note):
    return Spec(w, cat, lang, note, False)


def pname(w, p, lang, s, allow_title=True):
    """Write a patient name and record the type."""
    s.t("patient_name")
    return name_forms(p, w.r, lang, allow_title)


def pnam(w, p, s, style=None):
    s.t("ramq_nam")
    return fmt_nam(p["nam"], w.r, style)


def pdob(w, p, lang, s, style=None):
    s.t("date_of_birth")
    return fdate(p["dob"], lang, style, w.r)


def rel_date(base, days):
    d = base.date() if isinstance(base, dt.datetime) else base
    return d + dt.timedelta(days=days)

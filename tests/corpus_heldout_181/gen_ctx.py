"""Per-run context handed to every template: randomness, patients, people, dates."""
import datetime

from gen_common import (DOM, STAFF, Msg, make_patient, staff)
from gen_vocab import is_workday


def tz_for(d):
    # Eastern time: EDT from 10 March 2024, EST before.
    off = -4 if d >= datetime.datetime(2024, 3, 10) else -5
    return datetime.timezone(datetime.timedelta(hours=off))


EXTERNAL = {
    "clsc": ("Soins à domicile – CLSC Val-des-Aulnes", "soins.domicile@cisss-aulnes.example"),
    "gmf": ("GMF des Hérons", "secretariat@gmf-herons.example"),
    "pharm": ("Pharmacie Lavallée-Brisson", "ordonnances@pharm-lavallee.example"),
    "pharm_en": ("Riverside Community Pharmacy", "rx@riverside-pharmacy.example"),
    "insurer": ("Assurances Boréale – Réclamations", "reclamations@assur-boreale.example"),
    "comp": ("Bureau d'indemnisation des accidents du travail", "dossiers@biat-qc.example"),
    "ontario": ("Hawkesford General – Patient Flow", "patientflow@hawkesford-gh.example"),
    "transport": ("Centrale de transport adapté", "reservations@transport-bellerive.example"),
    "be_ins": ("Mutualité Sud-Brabant – Assistance", "assistance@mutualite-sudbrabant.example"),
    "fr_ins": ("Assistance Rapatriement Horizon", "medical@horizon-assistance.example"),
    "dpj": ("Protection de la jeunesse – Réception des signalements", "signalements@pj-aulnes.example"),
    "rehab": ("Centre de réadaptation Le Phare", "admissions@readapt-lephare.example"),
    "garment": ("Orthèses Compressa inc.", "atelier@compressa.example"),
}


class Ctx:
    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = list(holders)
        rng.shuffle(self.holders)
        self.hcount = {id(h): 0 for h in self.holders}
        self.now = None
        self.counter = 0

    # -------------------------------------------------------------- people
    def holder(self, age=None, sex=None):
        """Least-used holder satisfying the constraints (age as (min, max) in 2024)."""
        best = None
        for h in self.holders:
            a = 2024 - h.dob.year
            if age and not (age[0] <= a <= age[1]):
                continue
            if sex and h.sex != sex:
                continue
            if best is None or self.hcount[id(h)] < self.hcount[id(best)]:
                best = h
        if best is None:
            return None
        self.hcount[id(best)] += 1
        return best

    def patient(self, nam=None, age=(18, 92), sex=None, ontario=False):
        if nam is None:
            nam = self.rng.random() < 0.6
        h = self.holder(age, sex) if nam and not ontario else None
        if h is not None:
            return make_patient(self.rng, holder=h)
        a = self.rng.randrange(age[0], age[1] + 1)
        return make_patient(self.rng, sex=sex, age=a, ontario=ontario)

    def staff_box(self, i, lang, style=None):
        s = staff(i)
        style = style or self.rng.choice(["plain", "plain", "title", "comma"])
        if style == "title":
            n = "%s %s %s" % (s["tfr"] if lang == "fr" else s["ten"], s["given"], s["sur"])
        elif style == "comma":
            n = "%s, %s" % (s["sur"], s["given"])
        else:
            n = "%s %s" % (s["given"], s["sur"])
        return (n, s["email"])

    def ext(self, key):
        return EXTERNAL[key]

    def some_staff(self, k, exclude=()):
        idx = [i for i in range(len(STAFF)) if i not in exclude]
        self.rng.shuffle(idx)
        return idx[:k]

    # -------------------------------------------------------------- dates
    def day_after(self, lo, hi, hour=None):
        d = self.now + datetime.timedelta(days=self.rng.randrange(lo, hi + 1))
        while not is_workday(d):
            d += datetime.timedelta(days=1)
        h = hour if hour is not None else self.rng.choice([8, 9, 10, 13, 14, 15])
        return d.replace(hour=h, minute=self.rng.choice([0, 15, 30, 45]), second=0, microsecond=0)

    def day_before(self, lo, hi):
        return (self.now - datetime.timedelta(days=self.rng.randrange(lo, hi + 1))).date()

    def msg(self, kind, lang, positive):
        return Msg(kind, lang, positive)

    def mid(self, tag="m"):
        self.counter += 1
        return "<%s.%08x.%d@%s>" % (tag, self.rng.getrandbits(32), self.counter, DOM)

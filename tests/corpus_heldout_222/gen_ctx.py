"""Builder context: patient selection, dates, reply / forward helpers."""
import datetime

from gen_common import (Msg, PatientFactory, age_group, age_on, addr, fmt_date, staff, staff_name,
                        DAYS_FR, MONTHS_FR, MONTHS_EN)


class Ctx:
    def __init__(self, rng, seed):
        self.rng = rng
        self.seed = seed
        self.ref = datetime.date(2025, 6, 1)
        self.pf = PatientFactory(rng, self.ref)
        self.use = {}
        self.dt = None      # datetime of the current message
        self.day = None     # date of the current message

    def set_date(self, dt):
        self.dt = dt
        self.day = dt.date()
        self.cases = {}

    def case(self, p, kind=None, group=None):
        """Clinical picture of patient p for the current message (chosen once per message)."""
        from gen_clin import Case, choose_scenario
        key = id(p)  # the patient object is kept in the entry, so its id cannot be reused within the message
        if key not in self.cases:
            g = group or self.group(p)
            self.cases[key] = (p, Case(self.rng, choose_scenario(self.rng, g, kind), p.sex, g))
        return self.cases[key][1]

    def msg(self, lang, category, note):
        return Msg(self.rng, lang, category, note)

    # ---------------------------------------------------------------
    def group(self, p):
        return age_group(age_on(p.dob, self.day or self.ref))

    def age(self, p):
        return age_on(p.dob, self.day or self.ref)

    def holder(self, groups=None):
        hs = self.pf.holders
        cands = [h for h in hs if groups is None or age_group(age_on(h["dob"], self.day or self.ref)) in groups]
        if not cands:
            cands = hs
        low = min(self.use.get(h["nam"], 0) for h in cands)
        pool = [h for h in cands if self.use.get(h["nam"], 0) == low]
        h = self.rng.choice(pool)
        self.use[h["nam"]] = self.use.get(h["nam"], 0) + 1
        from gen_common import Patient
        key = h["nam"]
        if key not in self.pf.holder_patients:
            self.pf.holder_patients[key] = Patient(h["given"], h["surname"], h["sex"], h["dob"], h["nam"], True)
        return self.pf.holder_patients[key]

    def invented(self, groups=None, origin="qc", ages=None):
        g = self.rng.choice(groups) if groups else None
        return self.pf.invented(g or "adult" if ages else g, origin, ages)

    def athlete(self, lo=15, hi=23, nam_p=0.4, origin="qc"):
        """A competitive athlete aged lo..hi; a NAM holder of that age when one is drawn."""
        if origin == "qc" and self.rng.random() < nam_p:
            ref = self.day or self.ref
            cands = [h for h in self.pf.holders if lo <= age_on(h["dob"], ref) <= hi]
            if cands:
                low = min(self.use.get(h["nam"], 0) for h in cands)
                h = self.rng.choice([h for h in cands if self.use.get(h["nam"], 0) == low])
                self.use[h["nam"]] = self.use.get(h["nam"], 0) + 1
                from gen_common import Patient
                if h["nam"] not in self.pf.holder_patients:
                    self.pf.holder_patients[h["nam"]] = Patient(h["given"], h["surname"], h["sex"], h["dob"], h["nam"], True)
                return self.pf.holder_patients[h["nam"]]
        return self.pf.invented("teen" if hi < 20 else "adult", origin, (lo, hi))

    def patient(self, groups=None, nam_p=0.5):
        if self.rng.random() < nam_p:
            return self.holder(groups)
        return self.invented(groups)

    # ---------------------------------------------------------------
    def future(self, lo=2, hi=30, hour=None):
        d = self.day + datetime.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        h = hour if hour is not None else self.rng.choice([8, 9, 10, 11, 13, 14, 15])
        m = self.rng.choice([0, 0, 15, 30, 45])
        return datetime.datetime(d.year, d.month, d.day, h, m)

    def past(self, lo=1, hi=20):
        return self.day - datetime.timedelta(days=self.rng.randint(lo, hi))

    def when(self, dtm, lang):
        if lang == "fr":
            return "%s %d %s à %dh%02d" % (DAYS_FR[dtm.weekday()], dtm.day, MONTHS_FR[dtm.month - 1], dtm.hour, dtm.minute)
        h12 = dtm.hour % 12 or 12
        return "%s, %s %d at %d:%02d %s" % (dtm.strftime("%A"), MONTHS_EN[dtm.month - 1], dtm.day, h12, dtm.minute,
                                           "a.m." if dtm.hour < 12 else "p.m.")

    def d(self, date, lang, style=None):
        return fmt_date(date, lang, style or self.rng.choice(["long", "long", "iso", "slash"]))


# -------------------------------------------------------------------
# reply / forward helpers
# -------------------------------------------------------------------
def quoted(text, lang, who, when_dt, style):
    """Return a quoted block to append under a reply."""
    if style == "gt":
        if lang == "fr":
            head = "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (
                DAYS_FR[when_dt.weekday()][:3] + ".", when_dt.day, MONTHS_FR[when_dt.month - 1], when_dt.year,
                when_dt.hour, when_dt.minute, who[0], who[1])
        else:
            head = "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:" % (
                when_dt.strftime("%a"), MONTHS_EN[when_dt.month - 1][:3], when_dt.day, when_dt.year,
                when_dt.hour % 12 or 12, when_dt.minute, "AM" if when_dt.hour < 12 else "PM", who[0], who[1])
        return head + "\n" + "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))
    # outlook
    if lang == "fr":
        head = ["-----Message d'origine-----", "De : %s <%s>" % who,
                "Envoyé : %s %d %s %d %02d:%02d" % (DAYS_FR[when_dt.weekday()], when_dt.day, MONTHS_FR[when_dt.month - 1],
                                                   when_dt.year, when_dt.hour, when_dt.minute)]
    else:
        head = ["-----Original Message-----", "From: %s <%s>" % who,
                "Sent: %s, %s %d, %d %d:%02d %s" % (when_dt.strftime("%A"), MONTHS_EN[when_dt.month - 1], when_dt.day,
                                                    when_dt.year, when_dt.hour % 12 or 12, when_dt.minute,
                                                    "AM" if when_dt.hour < 12 else "PM")]
    return "\n".join(head) + "\n\n" + text


def fwd_block(text, lang, who, to, when_dt, subject):
    if lang == "fr":
        head = ["---------- Message transféré ---------", "De : %s <%s>" % who,
                "Date : %d %s %d à %02d:%02d" % (when_dt.day, MONTHS_FR[when_dt.month - 1], when_dt.year,
                                                  when_dt.hour, when_dt.minute),
                "Objet : " + subject, "À : %s <%s>" % to]
    else:
        head = ["---------- Forwarded message ---------", "From: %s <%s>" % who,
                "Date: %s, %s %d, %d at %d:%02d %s" % (when_dt.strftime("%a"), MONTHS_EN[when_dt.month - 1][:3],
                                                       when_dt.day, when_dt.year, when_dt.hour % 12 or 12,
                                                       when_dt.minute, "AM" if when_dt.hour < 12 else "PM"),
                "Subject: " + subject, "To: %s <%s>" % to]
    return "\n".join(head) + "\n\n" + text


def earlier(ctx, hours_lo=2, hours_hi=70):
    return ctx.dt - datetime.timedelta(hours=ctx.rng.randint(hours_lo, hours_hi), minutes=ctx.rng.randint(0, 59))


def greet(lang, rng, who=None):
    if lang == "fr":
        g = rng.choice(["Bonjour", "Bonjour", "Salut", "Allo", "Bon matin"] + ([] if who else ["Bonjour à tous"]))
    else:
        g = rng.choice(["Hi", "Hello", "Good morning"] + (["Dear"] if who else ["Hi all", "Hello everyone"]))
    if who:
        return "%s %s," % (g, who)
    return g + ","


def thanks(lang, rng):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée,", "Merci de votre collaboration,", "Cordialement,", "Merci et bonne fin de journée"])
    return rng.choice(["Thanks,", "Thank you,", "Best,", "Regards,", "Many thanks,", "Cheers,"])


def first(key):
    return staff(key)["given"]


__all__ = ["Ctx", "quoted", "fwd_block", "earlier", "greet", "thanks", "first", "addr", "staff_name", "staff"]

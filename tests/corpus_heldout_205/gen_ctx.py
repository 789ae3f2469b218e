"""Generation context: picks people, dates, signatures, quoting helpers."""
import datetime

import gen_common as C

CLINIC_ADDR_FR = "1200, boulevard des Saules, pavillon B, 3e étage, Rivière-aux-Saules (Québec) J3Y 2K8"
CLINIC_ADDR_EN = "1200 des Saules Blvd, Pavilion B, 3rd floor, Rivière-aux-Saules QC J3Y 2K8"
REF_DATE = datetime.date(2025, 1, 15)


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.holders = C.load_nam_holders()
        order = list(range(len(self.holders)))
        rng.shuffle(order)
        self.holder_order = order
        self.used_holders = set()
        self.pools = {
            "fr": [C.Person(s, g, None, x, lang="fr") for s, g, x in C.FR_PATIENTS],
            "en": [C.Person(s, g, None, x, lang="en") for s, g, x in C.EN_PATIENTS],
            "be": [C.Person(s, g, None, x, lang="fr") for s, g, x in C.BE_PATIENTS],
            "frfr": [C.Person(s, g, None, x, lang="fr") for s, g, x in C.FR_FR_PATIENTS],
        }
        for pool in self.pools.values():
            rng.shuffle(pool)
        self.pool_pos = {k: 0 for k in self.pools}

    # ------------------------------------------------------------ patients
    def holder(self, kind="any"):
        """A NAM holder not used before, matching kind: child, adult, senior, young_f, any."""
        def ok(p):
            a = p.age(REF_DATE)
            return {"child": a < 18, "adult": 18 <= a < 65, "senior": a >= 60,
                    "young_f": p.sex == "F" and 18 <= a <= 45, "any": True}[kind]
        for i in self.holder_order:
            if i in self.used_holders:
                continue
            p = self.holders[i]
            if ok(p):
                self.used_holders.add(i)
                self._dress(p)
                return p
        for i in self.holder_order:  # fall back to any unused holder
            if i not in self.used_holders:
                self.used_holders.add(i)
                self._dress(self.holders[i])
                return self.holders[i]
        raise RuntimeError("NAM holders exhausted")

    def patient(self, pool="en", min_age=45, max_age=92):
        """A patient without a NAM; the same name keeps the same details when reused."""
        lst = self.pools[pool]
        cache = self.__dict__.setdefault("cache", {})
        for _ in range(len(lst)):
            p = lst[self.pool_pos[pool] % len(lst)]
            self.pool_pos[pool] += 1
            key = (pool, p.surname, p.given)
            if key in cache:
                q = cache[key]
                if min_age <= q.age(REF_DATE) <= max_age:
                    return q
                continue
            q = C.Person(p.surname, p.given, None, p.sex, lang=p.lang)
            age = self.rng.randint(min_age, max_age)
            q.dob = datetime.date(REF_DATE.year - age, self.rng.randint(1, 12), self.rng.randint(1, 28))
            self._dress(q)
            cache[key] = q
            return q
        raise RuntimeError("no patient fits the age range in pool %s" % pool)

    def _dress(self, p):
        rng = self.rng
        prov = "ON" if getattr(p, "ontario", False) else "QC"
        p.address = C.home_address(rng, "fr" if p.lang == "fr" else rng.choice(["fr", "en"]), prov)
        p.phone = C.tel(rng, rng.choice(["450", "514", "438", "819"]))
        p.mrn = C.make_mrn(rng)

    def name_form(self, p, lang, forms=None):
        forms = forms or ["full", "last_first", "titled", "titled_full", "lower", "initial_surname",
                          "surname_initial", "upper_full"]
        f = self.rng.choice(forms)
        return {"full": p.full(), "last_first": p.last_first(), "titled": p.titled(lang),
                "titled_full": p.titled_full(lang), "lower": p.lower(),
                "initial_surname": p.initial_surname(), "surname_initial": p.surname_initial(),
                "upper_full": "%s %s" % (p.surname.upper(), p.given)}[f]

    # ------------------------------------------------------------ staff
    def staff(self, lang, k=None):
        lst = C.STAFF_FR if lang == "fr" else C.STAFF_EN
        g, s, role = lst[k] if k is not None else self.rng.choice(lst)
        return {"given": g, "surname": s, "role": role, "name": "%s %s" % (g, s),
                "addr": C.staff_addr(g, s, C.VENDOR_DOM if "Télévigie" in role else
                                     (C.DEVICE_DOM if "Brightcuff" in role else C.DOM))}

    def two_staff(self, lang):
        lst = C.STAFF_FR if lang == "fr" else C.STAFF_EN
        a, b = self.rng.sample(range(len(lst)), 2)
        return self.staff(lang, a), self.staff(lang, b)

    def sig(self, st, lang, short=False):
        rng = self.rng
        if short or rng.random() < 0.2:
            return "\n-- \n%s" % st["given"] if rng.random() < 0.5 else "\n%s" % st["name"]
        ext = rng.randint(2200, 4899)
        if lang == "fr":
            tit = "Dr " if any(w in st["role"] for w in ("médecin", "cardiologue", "pneumologue", "endocrinologue")) else ""
            tit = tit.replace("Dr ", "Dre ") if tit and st["given"] in ("Hélène", "Annie") else tit
            return ("\n--\n%s%s\n%s\n%s\n%s\nTél. : 450-555-01%02d, poste %d | Téléc. : 450-555-01%02d\n%s"
                    % (tit, st["name"], st["role"], C.HOSP, CLINIC_ADDR_FR, rng.randint(10, 60), ext,
                       rng.randint(61, 99), st["addr"]))
        tit = "Dr. " if any(w in st["role"] for w in ("Hospitalist", "Cardiologist", "Respirologist")) else ""
        return ("\n--\n%s%s\n%s | %s\n%s\nT 450-555-01%02d x%d | F 450-555-01%02d\n%s"
                % (tit, st["name"], st["role"], C.HOSP_EN, CLINIC_ADDR_EN, rng.randint(10, 60), ext,
                   rng.randint(61, 99), st["addr"]))

    @staticmethod
    def dr(st):
        return "Dre" if st["given"] in ("Hélène", "Annie") else "Dr"

    def date(self):
        return C.msg_datetime(self.rng)

    # ------------------------------------------------------------ quoting
    @staticmethod
    def quote(text):
        return "\n".join((">" + l) if l.startswith(">") else ("> " + l if l else ">") for l in text.split("\n"))

    def reply_header(self, lang, who, when):
        if lang == "fr":
            return "Le %s, à %s, %s <%s> a écrit :" % (C.short_day(when.date(), "fr"), when.strftime("%H:%M"),
                                                      who["name"], who["addr"])
        return "On %s at %s, %s <%s> wrote:" % (C.short_day(when.date(), "en"), when.strftime("%H:%M"),
                                               who["name"], who["addr"])

    def fwd_block(self, lang, frm, to, when, subject):
        rng = self.rng
        if lang == "fr":
            head = rng.choice(["---------- Message transféré ---------", "-----Message d'origine-----",
                               "Début du message réexpédié :"])
            return ("%s\nDe : %s <%s>\nDate : %s %s\nÀ : %s\nObjet : %s\n"
                    % (head, frm[0], frm[1], C.short_day(when.date(), "fr"), when.strftime("%H:%M"), to, subject))
        head = rng.choice(["---------- Forwarded message ---------", "-----Original Message-----",
                           "Begin forwarded message:"])
        return ("%s\nFrom: %s <%s>\nSent: %s %s\nTo: %s\nSubject: %s\n"
                % (head, frm[0], frm[1], C.short_day(when.date(), "en"), when.strftime("%H:%M"), to, subject))

    def identity(self, p, lang, nam_style=None, dob_style=None, inline=False):
        """Identity line for a NAM holder: name, NAM, birth date and sex."""
        rng = self.rng
        nam_style = nam_style or rng.choice(["plain", "space", "dot", "dash", "slash", "lower", "fw", "tight"])
        if dob_style is None:
            dob_style = rng.choice(["iso", "dmy", "fr_long"] if lang == "fr" else ["iso", "en_long", "dmy", "en_dmy"])
        nam = C.fmt_nam(p.nam, nam_style)
        dob = C.fmt_date(p.dob, dob_style)
        if lang == "fr":
            if inline:
                return "NAM %s, né%s le %s, sexe %s" % (nam, "e" if p.sex == "F" else "", dob, p.sex)
            return "NAM : %s\nDate de naissance : %s\nSexe : %s" % (nam, dob, p.sex)
        if inline:
            return "RAMQ %s, DOB %s, sex %s" % (nam, dob, p.sex)
        return "RAMQ (NAM): %s\nDOB: %s\nSex: %s" % (nam, dob, p.sex)

"""Per-message context (language, dates, identifier bookkeeping) and shared phrasing:
signatures, confidentiality footers, clinical vocabulary."""
import datetime as dt

import gen_data as D

DSP_ADDR_FR = "1250, boulevard Laurier-Est, 3e étage, Val-Bernier (Québec) J9V 2K4"
DSP_ADDR_EN = "1250 Laurier Blvd East, 3rd floor, Val-Bernier, Quebec J9V 2K4"


class Ctx:
    def __init__(self, rng, lang, pool, now, tag):
        self.rng = rng
        self.lang = lang
        self.fr = lang == "fr"
        self.pool = pool
        self.now = now
        self.tag = tag
        self.nams = []
        self.ids = []
        # one date style per message (occasionally a second one for birth dates)
        self.date_style = rng.choice(D.DATE_STYLES[lang])
        self.dob_style = self.date_style if rng.random() < 0.7 else rng.choice(D.DATE_STYLES[lang])
        self.ascii_sig = lang == "en" and rng.random() < 0.35
        self.short_style = rng.randrange(3)

    # -- language -------------------------------------------------------
    def t(self, fr, en):
        return fr if self.fr else en

    # -- dates ----------------------------------------------------------
    def day(self, delta):
        return (self.now + dt.timedelta(days=delta)).date()

    def d(self, date):
        return D.fmt_date(self.rng, date, self.lang, self.date_style)

    def dshort(self, date):
        if self.fr:
            opts = [f"{date.day:02d}/{date.month:02d}", f"{date.day} {D.MOIS[date.month - 1][:4].rstrip('.')}.",
                    date.isoformat()]
        else:
            opts = [f"{D.MONTHS[date.month - 1][:3]} {date.day}", f"{date.month}/{date.day}", date.isoformat()]
        return opts[self.short_style]

    def de(self, noun):
        """French 'de' with elision."""
        return ("d'" if D.strip_accents(noun[:1]).lower() in "aeiouh" else "de ") + noun

    def weekday(self, date):
        return D.day_fr(date) if self.fr else D.day_en(date)

    def dob(self, p):
        return D.fmt_date(self.rng, p["dob"], self.lang, self.dob_style)

    # -- people ---------------------------------------------------------
    def holder(self, band="any", strict=False):
        h = self.pool.take(band, strict)
        return D.from_holder(h) if h else None

    def maybe_holder(self, prob, band="adult", strict=True):
        """A NAM holder with probability prob (None when the band is exhausted), else None."""
        if self.rng.random() < prob:
            return self.holder(band, strict)
        return None

    def nam_fields(self, p, dob_label=True):
        """Labelled identity fields for a NAM holder: birth date, sex, NAM."""
        out = []
        if dob_label:
            out.append((self.t("Date de naissance", "Date of birth"), self.dob(p)))
        out += [(self.t("Sexe", "Sex"), self.sex(p)), ("NAM", self.nam(p))]
        return out

    def nam_inline(self, p):
        born = self.t("né(e) le", "DOB")
        return self.t(f"NAM {self.nam(p)}, {born} {self.dob(p)}, sexe {p['sex']}",
                      f"NAM {self.nam(p)}, {born} {self.dob(p)}, sex {p['sex']}")

    def person(self, band="adult", sex=None):
        return D.person(self.rng, self.lang, sex=sex, band=band)

    def name(self, p, allowed=("full", "upper_comma", "comma", "lower", "title", "initial")):
        if p.get("nam"):
            # a NAM always travels with its holder's full name
            allowed = tuple(a for a in allowed if a != "initial") or ("full",)
        if not self.fr:
            had_title = "title" in allowed
            allowed = tuple(a for a in allowed if a != "title") or ("full",)
            if had_title and self.rng.random() < 0.25:
                return f"{D.title_en(p)} {p['given']} {p['surname']}"
        return D.name_form(self.rng, p, allowed)

    def full(self, p):
        return self.name(p, ("full", "upper_comma", "comma"))

    def sex(self, p):
        return D.sex_word(p["sex"], self.lang, self.rng)

    # -- identifiers (recorded) -----------------------------------------
    def nam(self, p, style=None):
        if p.get("nam") is None:
            raise ValueError("person without NAM")
        if p["nam"] not in [h["nam"] for h in self.nams]:
            self.nams.append(p)
        return D.fmt_nam(self.rng, p["nam"], style)

    def sin(self):
        s = D.make_sin(self.rng)
        self.ids.append(("ca_sin", s))
        return D.fmt_sin(self.rng, s)

    def ohip(self):
        s = D.make_ohip(self.rng)
        self.ids.append(("ca_health_number", s))
        return D.fmt_ohip(self.rng, s)

    def niss(self, p):
        s = D.make_niss(self.rng, p["dob"], p["sex"])
        self.ids.append(("be_niss", s))
        return D.fmt_niss(self.rng, s)

    def nir(self, p):
        s = D.make_nir(self.rng, p["dob"], p["sex"])
        self.ids.append(("fr_nir", s))
        return D.fmt_nir(self.rng, s)

    def mrn(self):
        m = D.make_mrn(self.rng)
        self.ids.append(("mrn", m))
        return D.fmt_mrn(self.rng, m, self.lang)

    def mrn_label(self):
        return D.mrn_label(self.rng, self.lang)

    # -- envelope helpers -----------------------------------------------
    def staff(self, k=None):
        return D.staff(self.rng, k)

    def addr(self, s, domain=D.DSP_DOMAIN):
        return D.staff_addr(s, domain)

    def phone(self):
        return D.phone_fmt(self.rng)

    def home_address(self):
        return D.address_fr(self.rng)

    def sig(self, s, footer=None):
        r = self.rng
        title = s[2] if self.fr else s[3]
        lines = [f"{s[0]} {s[1]}", title[0].upper() + title[1:]]
        lines.append(D.ORG_FR if self.fr else D.ORG_EN)
        if r.random() < 0.6:
            lines.append(DSP_ADDR_FR if self.fr else DSP_ADDR_EN)
        if self.ascii_sig:
            lines = [D.strip_accents(x) for x in lines]
        ext = r.randint(4100, 4499)
        lines.append(self.t(f"Tél. : 819-555-01{r.randint(10, 60)}, poste {ext}",
                            f"Tel.: 819-555-01{r.randint(10, 60)} ext. {ext}"))
        if r.random() < 0.4:
            lines.append(self.t("Téléc. : 819-555-0199", "Fax: 819-555-0199"))
        if footer is None:
            footer = r.random() < 0.35
        if footer:
            lines.append("")
            lines.append(self.t(
                "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
                "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you "
                "received it in error, please notify the sender and delete it."))
        return ("sig", lines)

    def short_sig(self, s):
        return self.rng.choice([s[0], f"{s[0][0]}.{s[1][0]}.", f"{s[0]} {s[1]}", s[0] + "\n" +
                                self.t("DSPu Haute-Rivière", "Public Health, Haute-Rivière")])

    def greet(self, who=None):
        if self.fr:
            return self.rng.choice([f"Bonjour {who}," if who else "Bonjour,", f"Salut {who}," if who else "Bonjour à tous,",
                                    "Bonjour,"])
        return self.rng.choice([f"Hi {who}," if who else "Hi all,", f"Hello {who}," if who else "Hello,",
                                "Good morning,"])

    def thanks(self):
        return self.rng.choice(["Merci !", "Merci beaucoup.", "Bonne journée,", "Merci de votre collaboration."]
                               if self.fr else ["Thanks!", "Thank you.", "Best regards,", "Thanks for your help."])

    def quote_intro(self, who, when):
        if self.fr:
            return self.rng.choice([f"Le {D.day_fr(when.date())} {when.year} à {when:%H:%M}, {who} a écrit :",
                                    f"De : {who}\nEnvoyé : {D.day_fr(when.date())} {when.year} {when:%H:%M}"])
        return self.rng.choice([f"On {D.day_en(when.date())}, {when.year} at {when:%I:%M %p}, {who} wrote:",
                                f"From: {who}\nSent: {D.day_en(when.date())}, {when.year} {when:%H:%M}"])

    def fwd_meta(self, frm, to, subject, when):
        if self.fr:
            return [f"De : {frm}", f"Date : {D.day_fr(when.date())} {when.year} {when:%H:%M}",
                    f"Objet : {subject}", f"À : {to}"]
        return [f"From: {frm}", f"Date: {D.day_en(when.date())}, {when.year} at {when:%H:%M}",
                f"Subject: {subject}", f"To: {to}"]


# ---------------------------------------------------------------------------
# Clinical vocabulary
# ---------------------------------------------------------------------------

MADO = {
    "pertussis": dict(fr="coqueluche", en="pertussis",
                      lab_fr="TAAN Bordetella pertussis POSITIF (écouvillon nasopharyngé)",
                      lab_en="B. pertussis NAAT POSITIVE (NP swab)",
                      rx_fr="azithromycine 500 mg J1 puis 250 mg J2-J5",
                      rx_en="azithromycin 500 mg day 1 then 250 mg days 2-5"),
    "hepb": dict(fr="hépatite B aiguë", en="acute hepatitis B",
                 lab_fr="AgHBs positif, anti-HBc IgM positif, ALT 612 U/L",
                 lab_en="HBsAg reactive, anti-HBc IgM reactive, ALT 612 U/L",
                 rx_fr="suivi clinique, pas de traitement antiviral pour l'instant",
                 rx_en="clinical follow-up, no antiviral for now"),
    "hepa": dict(fr="hépatite A", en="hepatitis A",
                 lab_fr="IgM anti-VHA positif, ALT 1 480 U/L, bilirubine 68 µmol/L",
                 lab_en="anti-HAV IgM positive, ALT 1480 U/L, bilirubin 68 umol/L",
                 rx_fr="repos, retrait du travail (manipulateur d'aliments)",
                 rx_en="rest, excluded from work (food handler)"),
    "legionella": dict(fr="légionellose", en="legionellosis",
                       lab_fr="antigène urinaire Legionella pneumophila sg1 positif",
                       lab_en="Legionella pneumophila sg1 urinary antigen positive",
                       rx_fr="lévofloxacine 750 mg IV die", rx_en="levofloxacin 750 mg IV daily"),
    "imi": dict(fr="infection invasive à méningocoque (sérogroupe B)",
                en="invasive meningococcal disease (serogroup B)",
                lab_fr="hémoculture N. meningitidis, sérogroupe B confirmé par le laboratoire de référence",
                lab_en="blood culture N. meningitidis, serogroup B confirmed by reference lab",
                rx_fr="ceftriaxone 2 g IV q12h", rx_en="ceftriaxone 2 g IV q12h"),
    "stec": dict(fr="infection à E. coli producteur de shigatoxines (O157:H7)",
                 en="STEC infection (E. coli O157:H7)",
                 lab_fr="culture de selles E. coli O157:H7, gène stx2 détecté",
                 lab_en="stool culture E. coli O157:H7, stx2 detected",
                 rx_fr="hydratation, pas d'antibiotique", rx_en="hydration, no antibiotics"),
    "lyme": dict(fr="maladie de Lyme", en="Lyme disease",
                 lab_fr="ELISA positif, immunobuvardage IgG positif (7/10 bandes)",
                 lab_en="ELISA positive, IgG Western blot positive (7/10 bands)",
                 rx_fr="doxycycline 100 mg BID x 21 jours", rx_en="doxycycline 100 mg BID x 21 days"),
    "salmonella": dict(fr="salmonellose", en="salmonellosis",
                       lab_fr="culture de selles Salmonella Enteritidis", lab_en="stool culture Salmonella Enteritidis",
                       rx_fr="aucun traitement", rx_en="no treatment"),
    "mumps": dict(fr="oreillons", en="mumps",
                  lab_fr="TAAN oreillons positif (salive), IgM positif", lab_en="mumps PCR positive (buccal), IgM positive",
                  rx_fr="isolement 5 jours après début de la parotidite",
                  rx_en="isolation 5 days after parotitis onset"),
}

STBBI = {
    "chlamydia": dict(fr="chlamydia", en="chlamydia",
                      lab_fr="TAAN C. trachomatis positif (urine)", lab_en="C. trachomatis NAAT positive (urine)",
                      rx_fr="doxycycline 100 mg PO BID x 7 jours", rx_en="doxycycline 100 mg PO BID x 7 days"),
    "gonorrhea": dict(fr="gonorrhée", en="gonorrhea",
                      lab_fr="TAAN N. gonorrhoeae positif (gorge et urine), culture sensible à la ceftriaxone",
                      lab_en="N. gonorrhoeae NAAT positive (throat, urine), culture susceptible to ceftriaxone",
                      rx_fr="ceftriaxone 500 mg IM dose unique", rx_en="ceftriaxone 500 mg IM single dose"),
    "syphilis": dict(fr="syphilis infectieuse (secondaire)", en="infectious syphilis (secondary)",
                     lab_fr="RPR 1:64, TPPA réactif", lab_en="RPR 1:64, TPPA reactive",
                     rx_fr="pénicilline G benzathine (Bicillin L-A) 2,4 M UI IM",
                     rx_en="benzathine penicillin G (Bicillin L-A) 2.4 MU IM"),
    "hcv": dict(fr="hépatite C", en="hepatitis C",
                lab_fr="anti-VHC réactif, ARN VHC 1,2 x 10^6 UI/mL", lab_en="anti-HCV reactive, HCV RNA 1.2 x 10^6 IU/mL",
                rx_fr="référence pour sofosbuvir/velpatasvir (Epclusa)",
                rx_en="referral for sofosbuvir/velpatasvir (Epclusa)"),
}

SOCIAL_FR = ["en situation d'itinérance, hébergé au refuge La Traverse",
             "dossier actif à la DPJ (enfants placés en famille d'accueil)",
             "prestataire de l'aide sociale, sans téléphone fixe",
             "victime de violence conjugale, ne pas laisser de message au domicile",
             "sortie récente de détention (établissement de détention de Val-Bernier)",
             "demandeur d'asile arrivé en août, hébergé à l'hôtel du programme d'accueil régional",
             "vit seul(e), aucun réseau, perte d'emploi récente"]
SOCIAL_EN = ["currently homeless, staying at La Traverse shelter",
             "open youth protection (DPJ) file, children in foster care",
             "on income support, no landline",
             "intimate partner violence, do not leave messages at home",
             "recently released from the Val-Bernier detention centre",
             "asylum claimant who arrived in August, housed in the reception hotel",
             "lives alone, no support network, recently lost their job"]


def social(ctx):
    i = ctx.rng.randrange(len(SOCIAL_FR))
    return SOCIAL_FR[i] if ctx.fr else SOCIAL_EN[i]

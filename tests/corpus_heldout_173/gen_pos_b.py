"""Positive templates, part B: labs, transport, discharge, insurer forms, out-of-province patients,
sign-out, deaths at home, social work, pumps, wound care."""
import gen_common as C
from gen_tpl import (Spec, docx_att, hello, nam_block, pair, pdf_att, safe, thanks, html_table)

PN, DOB, NAM, MRN, DX, MED, LAB, CONT, SOC = ("patient_name", "date_of_birth", "ramq_nam", "mrn", "diagnosis",
                                               "medication", "lab_result", "patient_contact",
                                               "social_information")
SIN, OHN, NISS, NIR = "ca_sin", "ca_health_number", "be_niss", "fr_nir"


def lab_followup(c):
    lab = ("Laboratoire – prélèvements à domicile" if c.fr else "Lab - home draws", f"labo.domicile@{C.HOSP_DOM}")
    md = c.staff("md")
    nurse = c.staff("nurse")
    p = c.patient(nam=c.chance(0.65))
    c.ids.append(("mrn", p.mrn))
    labs = C.lab_values(c.rng, c.lang)
    mrn = C.fmt_mrn(p.mrn, c.pick(["plain", "hyphen", "spaced", "prefixed", "slashed", "fullwidth"]))
    nm = p.name(c.pick(["upper_last", "surname_caps", "last_first"]), c.lang)
    types = {PN, MRN, LAB}
    crit = c.chance(0.5)
    if c.fr:
        body = (f"{hello(c, md)}\n\nRésultats du prélèvement à domicile fait ce matin :\n\n"
                f"{nm} — dossier {mrn}\n" + "\n".join(f"  {x}" for x in labs) + "\n")
        if crit:
            body += f"\nValeur critique communiquée par le labo à {c.hour()}. Dx connu : {c.dx(p)}.\n"
            types.add(DX)
        body += nam_block(c, p, types)
        body += f"\nMerci de me dire si on transfuse ou si on reste en confort.\n\n{c.sig(nurse)}"
        subj = c.pick([f"Résultats labo – dossier {mrn}", "Résultats prélèvement domicile", f"Labo {p.surname.upper()}"])
    else:
        body = (f"{hello(c, md)}\n\nResults from this morning's home blood draw:\n\n"
                f"{nm} - chart {mrn}\n" + "\n".join(f"  {x}" for x in labs) + "\n")
        if crit:
            body += f"\nCritical value phoned by lab at {c.hour()}. Known dx: {c.dx(p)}.\n"
            types.add(DX)
        body += nam_block(c, p, types)
        body += f"\nPlease advise: transfuse or stay with comfort measures?\n\n{c.sig(nurse)}"
        subj = c.pick([f"Lab results - chart {mrn}", "Home draw results", f"Labs {p.surname.upper()}"])
    return Spec(sender=pair(nurse, c.lang), to=[pair(md, c.lang)], cc=[lab], subject=subj, text=body, types=types,
                cat="lab_followup", note=c.t("résultats de laboratoire à domicile", "home blood draw results"))


def transport(c):
    clerk = c.staff("clerk")
    tr = ("Transport adapté / ambulancier" if c.fr else "Transport booking", f"transport@{C.DOM}")
    p = c.patient(adult=True, nam=c.chance(0.65))
    types = {PN, CONT, DX}
    day = c.fday(c.rng.randint(1, 6))
    what = c.pick([("radiothérapie palliative (5 Gy x 1)", "palliative radiotherapy (single 8 Gy)"),
                   ("transfusion 2 culots", "transfusion, 2 units"),
                   ("ponction d'ascite", "paracentesis"), ("thoracentèse", "thoracentesis")])
    o2 = c.chance(0.5)
    nm = p.name(c.pick(["title_full", "upper_last", "full"]), c.lang)
    if c.fr:
        body = (f"Bonjour,\n\nRéservation de transport SVP :\nUsager : {nm}\nAdresse de prise en charge : {c.addr(p)}\n"
                f"Téléphone : {p.tel}\nRendez-vous : {day}, {c.hour()} – {C.HOSP}, {what[0]}\n"
                f"Mobilité : civière{', O2 2 L/min' if o2 else ''}; {c.dx(p)}\nRetour le jour même.\n" + nam_block(c, p, types) + f"\n{c.sig(clerk)}")
        subj = c.pick(["Réservation transport – civière", f"Transport {p.surname} {day}"])
    else:
        body = (f"Hello,\n\nPlease book transport:\nClient: {nm}\nPick-up: {c.addr(p)}\nPhone: {p.tel}\n"
                f"Appointment: {day}, {c.hour()} - {C.HOSP}, {what[1]}\n"
                f"Mobility: stretcher{', O2 2 L/min' if o2 else ''}; {c.dx(p)}\nSame-day return.\n" + nam_block(c, p, types) + f"\n{c.sig(clerk)}")
        subj = c.pick(["Transport booking - stretcher", f"Transport {p.surname} {day}"])
    return Spec(sender=pair(clerk, c.lang), to=[tr], subject=subj, text=body, types=types, cat="transport",
                note=c.t("réservation de transport pour soins", "transport booking for care"))


def discharge(c):
    hosp_md = c.staff("md")
    guichet = ("Guichet SAD", f"guichet.sad@{C.DOM}")
    use_nam = c.chance(0.85)
    p = c.patient(nam=use_nam)
    c.ids.append(("mrn", p.mrn))
    types = {PN, DOB, MRN, DX, MED, LAB}
    ident = c.ident_line(p) if use_nam else \
        c.t(f"{p.name('upper_last')} — DDN {c.dob_str(p)}", f"{p.name('upper_last')} - DOB {c.dob_str(p)}")
    if use_nam:
        types.add(NAM)
    mrn = C.fmt_mrn(p.mrn, c.pick(["plain", "hyphen", "prefixed"]))
    meds = c.meds(4)
    labs = C.lab_values(c.rng, c.lang)
    if c.fr:
        s1, s2 = (x[0] for x in c.sample(C.SYMPTOMS, 2))
        paras = [ident, f"No de dossier : {mrn}", f"Admission : {c.fday(-9, 1)}  Congé : {c.fday(0, 1)}",
                 f"Diagnostic principal : {c.dx(p)}", f"Problèmes : {s1}; {s2}",
                 "Bilan au congé : " + ", ".join(labs), "Médication au congé : " + "; ".join(meds),
                 "Niveau de soins : D (confort). Suivi SAD palliatif demandé."]
        title = "Résumé de congé"
    else:
        s1, s2 = (x[1] for x in c.sample(C.SYMPTOMS, 2))
        paras = [ident, f"Chart no.: {mrn}", f"Admitted: {c.fday(-9, 1)}  Discharged: {c.fday(0, 1)}",
                 f"Principal diagnosis: {c.dx(p)}", f"Issues: {s1}; {s2}",
                 "Labs at discharge: " + ", ".join(labs), "Discharge meds: " + "; ".join(meds),
                 "Goals of care: D (comfort). Palliative home care requested."]
        title = "Discharge summary"
    kind = c.pick(["pdf", "docx"])
    base = c.t(f"resume_conge_{safe(p.surname).lower()}_{mrn.replace('-', '')}",
               f"discharge_summary_{safe(p.surname)}_{mrn.replace('-', '')}")
    if kind == "pdf":
        att = pdf_att(c, base + ".pdf", title, paras)
    else:
        att = docx_att(c, base + ".docx", title, paras)
    body = c.t(f"Bonjour,\n\nCi-joint le résumé de congé. Congé prévu aujourd'hui à 14 h.\n\n{c.sig(hosp_md)}",
               f"Hello,\n\nDischarge summary attached. Leaving today at 2 p.m.\n\n{c.sig(hosp_md)}")
    return Spec(sender=(hosp_md.display(c.lang), hosp_md.email.replace(C.DOM, C.HOSP_DOM)), to=[guichet],
                subject=c.t("Résumé de congé – suivi SAD", "Discharge summary - home care follow-up"),
                text=body, atts=[att], types=types, cat="discharge",
                note=c.t("résumé de congé en pièce jointe", "discharge summary attached"))


def insurer_form(c):
    kind = ["sin", "ramq", "sin", "ei"][c.occ % 4]
    sw = c.staff(c.pick(["sw", "md"]))
    if kind == "ramq":
        p = c.patient(nam=True, adult=True)
        types = {PN, DOB, NAM, DX, MED}
        drug = c.pick([("Nabilone (Cesamet) 0,5 mg BID", "nabilone (Cesamet) 0.5 mg BID"),
                       ("Fentanyl citrate sublingual (Abstral) 100 mcg", "fentanyl SL (Abstral) 100 mcg"),
                       ("Méthylnaltrexone (Relistor) 12 mg SC", "methylnaltrexone (Relistor) 12 mg SC")])
        lines = [c.ident_line(p), c.t(f"Diagnostic : {c.dx(p)}", f"Diagnosis: {c.dx(p)}"),
                 c.t(f"Médicament demandé : {drug[0]}", f"Drug requested: {drug[1]}"),
                 c.t("Justification : échec des traitements usuels; soins palliatifs à domicile.",
                     "Rationale: failure of usual treatments; palliative home care.")]
        to = ("RAMQ – médicaments d'exception" if c.fr else "RAMQ - exception drugs", "exception@ramq-formulaires.example")
        subj = c.t("Demande d'autorisation – médicament d'exception", "Exception drug authorization request")
        fn = c.t(f"medicament_exception_{safe(p.surname)}.pdf", f"exception_drug_{safe(p.surname)}.pdf")
        note = c.t("demande de médicament d'exception", "exception drug request")
    elif kind == "sin":
        p = c.patient(adult=True)
        sin = C.make_sin(c.rng)
        c.ids.append(("ca_sin", sin))
        types = {PN, DOB, SIN, DX}
        lines = [c.t(f"Nom de l'assuré : {p.name('upper_last')}", f"Insured: {p.name('upper_last')}"),
                 c.t(f"Date de naissance : {c.dob_str(p)}", f"Date of birth: {c.dob_str(p)}"),
                 c.t(f"NAS : {C.fmt_sin(sin, c.pick(['spaced', 'hyphen', 'plain', 'dotted', 'fullwidth']))}",
                     f"SIN: {C.fmt_sin(sin, c.pick(['spaced', 'hyphen', 'plain', 'dotted', 'fullwidth']))}"),
                 c.t(f"Diagnostic : {c.dx(p)} — invalidité totale depuis le {c.fday(-90, 1)}",
                     f"Diagnosis: {c.dx(p)} - totally disabled since {c.fday(-90, 1)}"),
                 c.t("Pronostic : réservé, soins palliatifs.", "Prognosis: guarded, palliative.")]
        to = ("Assurances Boréalis – réclamations" if c.fr else "Borealis Life - claims", "reclamations@borealis-vie.example")
        subj = c.t("Attestation médicale – réclamation invalidité", "Attending physician statement - disability claim")
        fn = c.t("attestation_invalidite.pdf", "APS_disability.pdf")
        note = c.t("formulaire d'assurance invalidité", "disability insurance form")
    else:
        p = c.patient(adult=True)
        kin = c.kin()
        types = {PN, DX, SOC}
        lines = [c.t(f"Personne gravement malade : {p.name('full')}", f"Gravely ill person: {p.name('full')}"),
                 c.t(f"Diagnostic : {c.dx(p)}", f"Diagnosis: {c.dx(p)}"),
                 c.t("Risque important de décès d'ici 26 semaines : OUI", "Significant risk of death within 26 weeks: YES"),
                 c.t(f"Proche aidant : {kin.name('full')}, en arrêt de travail", f"Caregiver: {kin.name('full')}, off work")]
        to = (c.t("Prestations de compassion", "Compassionate care benefits"), "compassion@prestations.example")
        subj = c.t("Certificat médical – prestations de compassion", "Medical certificate - compassionate care benefits")
        fn = c.t("certificat_compassion.pdf", "compassionate_care_certificate.pdf")
        note = c.t("certificat pour prestations de compassion", "compassionate care medical certificate")
    att = pdf_att(c, fn, subj, lines, rfc2231=c.chance(0.3))
    body = c.t(f"Bonjour,\n\nVeuillez trouver ci-joint le formulaire dûment rempli.\n\n{c.sig(sw)}",
               f"Hello,\n\nPlease find the completed form attached.\n\n{c.sig(sw)}")
    if c.chance(0.4):
        body = c.t(f"Bonjour,\n\n", "Hello,\n\n") + "\n".join(lines) + "\n\n" + c.sig(sw)
        return Spec(sender=pair(sw, c.lang), to=[to], subject=subj, text=body, types=types, cat="insurer_form", note=note)
    return Spec(sender=pair(sw, c.lang), to=[to], subject=subj, text=body, atts=[att], types=types,
                cat="insurer_form", note=note)


def oop_patient(c):
    coord = c.staff("coord")
    kind = ["on", "be", "fr"][c.occ % 3]
    p = c.patient(adult=True)
    types = {PN, DOB, DX}
    dob = c.dob_str(p)
    if kind == "on":
        num = C.make_ohn(c.rng)
        c.ids.append(("ca_health_number", num))
        types.add(OHN)
        idl = c.t(f"Carte santé de l'Ontario : {C.fmt_ohn(num, c.pick(['spaced', 'hyphen', 'plain', 'fullwidth']))}",
                  f"Ontario health card: {C.fmt_ohn(num, c.pick(['spaced', 'hyphen', 'plain', 'fullwidth']))}")
        ctx = c.t("réside habituellement en Ontario, hébergé(e) chez sa fille pour la fin de vie",
                  "usually lives in Ontario, staying with daughter for end of life")
        subj = c.t("Usager de l'Ontario – couverture soins à domicile", "Ontario resident - home care coverage")
    elif kind == "be":
        num = C.make_niss(c.rng, p.dob, p.sex)
        c.ids.append(("be_niss", num))
        types.add(NISS)
        idl = c.t(f"NISS (Belgique) : {C.fmt_niss(num, c.pick(['dotted', 'plain', 'spaced', 'slashed']))}",
                  f"Belgian national number (NISS): {C.fmt_niss(num, c.pick(['dotted', 'plain', 'spaced', 'slashed']))}")
        ctx = c.t("ressortissant(e) belge en visite, assurance voyage à confirmer",
                  "Belgian national visiting family, travel insurance to be confirmed")
        subj = c.t("Patient(e) belge – prise en charge palliative", "Belgian patient - palliative care")
    else:
        num = C.make_nir(c.rng, p.dob, p.sex)
        c.ids.append(("fr_nir", num))
        types.add(NIR)
        idl = c.t(f"NIR (France) : {C.fmt_nir(num, c.pick(['spaced', 'plain', 'dotted']))}",
                  f"French social security number (NIR): {C.fmt_nir(num, c.pick(['spaced', 'plain', 'dotted']))}")
        ctx = c.t("Français(e) installé(e) depuis 2 mois, délai de carence RAMQ",
                  "French national arrived 2 months ago, RAMQ waiting period")
        subj = c.t("Usager français – délai de carence RAMQ", "French national - RAMQ waiting period")
    types.add(SOC)
    nm = p.name(c.pick(["title_full", "upper_last", "full"]), c.lang)
    if c.fr:
        body = (f"Bonjour,\n\nNous suivons depuis hier {nm}, né(e) le {dob}, {c.dx(p)}.\n{idl}\n"
                f"Situation : {ctx}.\nPouvez-vous vérifier la couverture et les frais pour le prêt d'équipement "
                f"et les visites infirmières?\n\n{thanks(c)}\n{c.sig(coord)}")
    else:
        body = (f"Hello,\n\nSince yesterday we have been following {nm}, born {dob}, {c.dx(p)}.\n{idl}\n"
                f"Situation: {ctx}.\nCould you check coverage and fees for the equipment loan and nursing visits?\n\n"
                f"{thanks(c)}\n{c.sig(coord)}")
    to = (c.t("Admission – facturation", "Admissions - billing"), f"facturation@{C.DOM}")
    return Spec(sender=pair(coord, c.lang), to=[to], subject=subj, text=body, types=types, cat="oop_patient",
                note=c.t("usager hors Québec, couverture", "out-of-province client coverage"))


def signout(c):
    nurse = c.staff(c.pick(["nurse", "nurse_m"]))
    oncall = c.staff("nurse")
    n = c.rng.randint(3, 6)
    types = {PN, DX, MED, CONT}
    lines = []
    first_nam = c.chance(0.55)
    for i in range(n):
        p = c.patient(nam=first_nam and i == 0)
        m = c.meds(1)[0]
        s = c.symptom()
        if p.nam:
            nm = f"{p.surname.upper()}, {p.given} ({p.sex}) {c.t('DDN', 'DOB')} {c.dob_str(p)} {c.nam_str(p)}"
            types |= {DOB, NAM}
        else:
            nm = p.name(c.pick(["upper_last", "surname_caps", "last_first", "title"]), c.lang)
        lines.append(f"- {nm} – {p.street}, {p.city} – {c.dx(p)} – {s} – {m}")
    if c.fr:
        body = (f"Salut {oncall.given},\n\nPassation pour la garde de fin de semaine :\n\n" + "\n".join(lines) +
                "\n\nLes trousses de détresse sont au domicile pour tous. Bonne garde!\n\n" + c.sig(nurse, short=True))
        subj = c.pick(["Passation garde fin de semaine", "Garde SAD – à surveiller", "Liste garde samedi-dimanche"])
    else:
        body = (f"Hi {oncall.given},\n\nWeekend on-call handover:\n\n" + "\n".join(lines) +
                "\n\nComfort kits are in all homes. Have a quiet call!\n\n" + c.sig(nurse, short=True))
        subj = c.pick(["Weekend on-call handover", "On-call - watch list", "Sat-Sun sign-out"])
    return Spec(sender=pair(nurse, c.lang), to=[pair(oncall, c.lang)], subject=subj, text=body, types=types,
                cat="signout", note=c.t("passation de garde de fin de semaine", "weekend on-call handover"))


def death_notice(c):
    nurse = c.staff("nurse")
    team = [c.staff("md"), c.staff("sw"), ("Prêt d'équipement" if c.fr else "Equipment loans", f"pret.equipement@{C.DOM}")]
    p = c.patient(nam=c.chance(0.6), adult=True)
    types = {PN, DX}
    md = team[0]
    nm = p.name(c.pick(["title_full", "full", "upper_last"]), c.lang)
    t = f"{c.rng.randint(1, 6)}h{c.rng.randint(0, 59):02d}"
    if c.fr:
        body = (f"Bonjour à tous,\n\n{nm} ({c.dx(p)}) est décédé(e) à domicile cette nuit vers {t}, paisiblement, "
                f"entouré(e) de sa famille. Constat fait par {md.dr('fr')}.\n"
                f"- Pharmacie : récupération des médicaments (hydromorphone, midazolam) à organiser\n"
                f"- Équipement : récupérer le lit et le lève-personne au {p.street}\n"
                f"- Deuil : la conjointe est très isolée, suivi de deuil à prévoir\n" + nam_block(c, p, types) + f"\n{c.sig(nurse)}")
        subj = c.pick([f"Décès – {p.name('title', 'fr')}", "Décès à domicile cette nuit", "Avis de décès – suivi"])
    else:
        body = (f"Hi everyone,\n\n{nm} ({c.dx(p)}) died peacefully at home last night around {t.replace('h', ':')}, "
                f"with family present. Pronounced by {md.dr('en')}.\n"
                f"- Pharmacy: arrange pick-up of remaining meds (hydromorphone, midazolam)\n"
                f"- Equipment: pick up bed and lift at {p.street}\n"
                f"- Bereavement: spouse very isolated, please plan follow-up\n" + nam_block(c, p, types) + f"\n{c.sig(nurse)}")
        subj = c.pick([f"Death - {p.name('title', 'en')}", "Death at home overnight", "Death notice - follow-up"])
    types |= {MED, CONT, SOC}
    return Spec(sender=pair(nurse, c.lang), to=[pair(x, c.lang) if not isinstance(x, tuple) else x for x in team],
                subject=subj, text=body, types=types, cat="death_notice",
                note=c.t("avis de décès à domicile", "death at home notice"))


def sin_line(c, types):
    """SIN copied for an income-support application (sometimes)"""
    if not c.chance(0.35):
        return ""
    sin = C.make_sin(c.rng)
    c.ids.append(("ca_sin", sin))
    types.add(SIN)
    f = C.fmt_sin(sin, c.pick(["spaced", "hyphen", "plain", "dotted", "fullwidth"]))
    return c.t(f"- NAS pour la demande d'aide financière de dernier recours : {f}\n",
               f"- SIN for the income support application: {f}\n")


def social_work(c):
    sw = c.staff("sw")
    mgr = c.staff(c.pick(["coord", "nurse"]))
    p = c.patient(nam=c.chance(0.65), adult=True)
    kin = c.kin(p.surname)
    types = {PN, SOC}
    s1, s2 = c.sample(C.SOCIAL_CHILD if p.age < 18 else C.SOCIAL, 2)
    nm = p.name(c.pick(["title", "full", "lower", "initial"]), c.lang)
    dxl = c.chance(0.6)
    if c.fr:
        body = (f"{hello(c, mgr)}\n\nSuite à ma visite chez {nm} hier :\n- {s1[0]}\n- {s2[0]}\n"
                f"- {kin.given} ({c.rel(kin)}) nous a confié avoir peur de "
                f"ne pas y arriver financièrement; demande d'allocation de proche aidant envoyée.\n")
        if dxl:
            body += f"- Rappel : {c.dx(p)}, fin de vie probable dans les prochaines semaines.\n"
        body += nam_block(c, p, types) + sin_line(c, types)
        body += "\nJ'aimerais en discuter en rencontre d'équipe jeudi.\n\n" + c.sig(sw)
        subj = c.pick(["Situation psychosociale préoccupante", f"TS – {p.surname}", "Suivi TS – à discuter jeudi"])
    else:
        body = (f"{hello(c, mgr)}\n\nFollowing my visit with {nm} yesterday:\n- {s1[1]}\n- {s2[1]}\n"
                f"- {kin.given} ({c.rel(kin)}) told us they are afraid they "
                f"can't manage financially; caregiver allowance application sent.\n")
        if dxl:
            body += f"- Reminder: {c.dx(p)}, likely end of life within weeks.\n"
        body += nam_block(c, p, types) + sin_line(c, types)
        body += "\nI'd like to discuss at team rounds Thursday.\n\n" + c.sig(sw)
        subj = c.pick(["Psychosocial concerns", f"SW - {p.surname}", "SW follow-up - Thursday rounds"])
    if dxl:
        types.add(DX)
    return Spec(sender=pair(sw, c.lang), to=[pair(mgr, c.lang)], subject=subj, text=body, types=types,
                cat="social_work", note=c.t("note psychosociale", "social work note"))


def pump_setup(c):
    nurse = c.staff("nurse")
    pharm = c.staff("pharm")
    p = c.patient(nam=c.chance(0.6))
    types = {PN, MED, DX}
    drug = c.pick([("hydromorphone 10 mg/mL", "hydromorphone 10 mg/mL"), ("morphine 25 mg/mL", "morphine 25 mg/mL"),
                   ("midazolam 5 mg/mL", "midazolam 5 mg/mL")])
    rate = c.pick(["0,4", "0,6", "0,8", "1,2"])
    bolus = c.pick(["0,2", "0,3", "0,5"])
    nm = p.name(c.pick(["title_full", "upper_last", "given"]), c.lang)
    if not c.fr:
        rate, bolus = rate.replace(",", "."), bolus.replace(",", ".")
    if c.fr:
        body = (f"{hello(c, pharm)}\n\nPour l'installation de la pompe CADD chez {nm} demain ({c.dx(p)}) :\n"
                f"  Médicament : {drug[0]}\n  Débit continu : {rate} mL/h\n  Bolus : {bolus} mL, intervalle 30 min\n"
                f"  Cassette 100 mL, changement q5j\n" + nam_block(c, p, types) + f"Peux-tu préparer la cassette pour 9 h?\n\n{c.sig(nurse)}")
        subj = c.pick(["Pompe CADD – préparation cassette", f"CADD {p.surname}"])
    else:
        body = (f"{hello(c, pharm)}\n\nFor the CADD pump set-up at {nm}'s home tomorrow ({c.dx(p)}):\n"
                f"  Drug: {drug[1]}\n  Continuous rate: {rate} mL/h\n  Bolus: {bolus} mL, lockout 30 min\n"
                f"  100 mL cassette, change q5d\n" + nam_block(c, p, types) + f"Could you have the cassette ready by 9 a.m.?\n\n{c.sig(nurse)}")
        subj = c.pick(["CADD pump - cassette prep", f"CADD {p.surname}"])
    return Spec(sender=pair(nurse, c.lang), to=[pair(pharm, c.lang)], subject=subj, text=body, types=types,
                cat="pump_setup", note=c.t("préparation de pompe sous-cutanée", "subcutaneous pump set-up"))


def wound_care(c):
    nurse = c.staff("nurse")
    woc = c.staff("nurse")
    p = c.patient(nam=c.chance(0.6))
    types = {PN, DX}
    size = f"{c.rng.randint(2, 7)} x {c.rng.randint(2, 6)} cm"
    nm = p.name(c.pick(["title", "upper_last", "full"]), c.lang)
    meds = c.chance(0.5)
    if c.fr:
        body = (f"{hello(c, woc)}\n\nPlaie sacrée stade 3 chez {nm}, {size}, tissu de granulation 60 %, exsudat modéré, "
                f"odeur. Contexte : {c.dx(p)}, alitement complet.\nPansement actuel : Mepilex Border q3j.\n")
        if meds:
            body += "Je propose métronidazole gel 0,75 % pour l'odeur + morphine 10 mg dans gel topique avant réfection.\n"
        body += nam_block(c, p, types)
        body += f"\nPhotos au dossier. Peux-tu venir avec moi {c.fday(2)}?\n\n{c.sig(nurse)}"
        subj = c.pick(["Avis plaie – stade 3 sacrum", f"Plaie {p.surname}"])
    else:
        body = (f"{hello(c, woc)}\n\nStage 3 sacral wound on {nm}, {size}, 60% granulation, moderate exudate, odour. "
                f"Background: {c.dx(p)}, bed-bound.\nCurrent dressing: Mepilex Border q3d.\n")
        if meds:
            body += "Suggest metronidazole gel 0.75% for odour + morphine 10 mg in topical gel before dressing change.\n"
        body += nam_block(c, p, types)
        body += f"\nPhotos in the chart. Could you come with me {c.fday(2)}?\n\n{c.sig(nurse)}"
        subj = c.pick(["Wound consult - stage 3 sacrum", f"Wound {p.surname}"])
    if meds:
        types.add(MED)
    return Spec(sender=pair(nurse, c.lang), to=[pair(woc, c.lang)], subject=subj, text=body, types=types,
                cat="wound_care", note=c.t("avis de soins de plaie", "wound care consult"))


TEMPLATES = [lab_followup, transport, discharge, insurer_form, oop_patient, signout, death_notice, social_work,
             pump_setup, wound_care, insurer_form, oop_patient]

"""Positive templates, part C: mental health, narcotics, case conferences, complaints, sign-out."""
import datetime

from gen_base import (call_no, closing, coti, ccs, fwd_header, greet, hosp_staff, on_wrote, quote, sig,
                      spbo, unit_no, Who)
from gen_clinical import CHRONIC, L, S, pick_scenario
from gen_common import HOSP, HOSP_BY, ORG, fmt_date, phone, phone_fmt, staff, synth_patient, day_phrase
from gen_docs import make_docx, make_pdf, make_xlsx
from gen_mime import Att, Msg
from gen_pos_a import clin, dest_hosp, ident_lines, lvl_txt, pre_care, pt, vit


# --------------------------------------------------------------------------
# P21 involuntary mental health transfer
# --------------------------------------------------------------------------
def t_p38(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=C.rng.random() < 0.5, min_age=19, max_age=70)
    src = hosp_staff(C, C.pick(["hsorn", "hdl"]), "md_er", md=True)
    co = coti(C)
    idl = ident_lines(C, p, mrn=C.rng.random() < 0.6)
    dx = C.dx(C.pick(C.fr(["psychose aiguë, hallucinations auditives impératives", "épisode maniaque avec caractéristiques psychotiques",
                            "dépression majeure avec idées suicidaires et plan"],
                           ["acute psychosis with command hallucinations", "manic episode with psychotic features",
                            "major depression with suicidal ideation and plan"])))
    med = C.med(C.pick(["olanzapine 10 mg IM à 09h10" if fr else "olanzapine 10 mg IM at 09:10",
                        "halopéridol 5 mg + lorazépam 2 mg IM" if fr else "haloperidol 5 mg + lorazepam 2 mg IM",
                        "loxapine 25 mg PO"]))
    soc = C.social(C.pick(C.fr(["Sans domicile fixe depuis l'automne, hébergé au refuge municipal.",
                                "Vit seul, prestataire de l'aide sociale, aucun proche joignable.",
                                "Conjoint violent selon la sœur; ne pas donner d'information par téléphone."],
                               ["Homeless since the fall, staying at the municipal shelter.",
                                "Lives alone on social assistance, no reachable next of kin.",
                                "Violent partner according to sister; give no information by phone."])))
    if fr:
        body = [greet(C), "", "Transfert vers l'unité de psychiatrie du CHU sous ordonnance de garde provisoire "
                "(jugement obtenu ce matin). Escorte policière demandée.", ""] + idl + [
                "Dx : " + dx, "Dernière médication : " + med, "Contexte social : " + soc,
                "Contentions : %s" % C.pick(["non", "ceinture abdominale seulement", "4 points pendant le transport"]), "",
                "Merci d'aviser l'équipe que %s a frappé un agent de sécurité hier." % pt(C, p), "", sig(C, src)]
        subj = C.pick(["Transfert psychiatrie - garde provisoire", "Transport P-38 avec escorte"])
    else:
        body = [greet(C), "", "Transfer to the CHU psychiatry unit under a provisional custody order (granted this morning). "
                "Police escort requested.", ""] + idl + [
                "Dx: " + dx, "Last medication: " + med, "Social: " + soc,
                "Restraints: %s" % C.pick(["none", "waist belt only", "4-point for transport"]), "",
                "Please let the crew know the patient struck a security guard yesterday.", "", sig(C, src)]
        subj = C.pick(["Psychiatry transfer - custody order", "Involuntary transfer with police escort"])
    m = Msg(src.pair(), [co.pair()], subj, "\n".join(body), cc=[spbo(C, "sup").pair()])
    return m, "mental_health_transfer", C.fr("transfert psychiatrique sous garde", "involuntary psychiatric transfer")


# --------------------------------------------------------------------------
# P22 controlled-substance register discrepancy
# --------------------------------------------------------------------------
def t_narcotic(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=False, min_age=25)
    crew = spbo(C, "psa")
    sup = spbo(C, "sup")
    pharm = Who(staff(C.rng, C.lang, "F"), "adm", {"fr": "Pharmacie, " + HOSP_BY["hrvc"]["fr"], "en": "Pharmacy, " + HOSP_BY["hrvc"]["en"],
                                                "tel": HOSP_BY["hrvc"]["tel"]}, HOSP_BY["hrvc"]["dom"], C.lang)
    call = call_no(C)
    nm = C.name(p, C.pick(["sur_given", "upper_comma", "initial_sur", "full"]))
    drug = C.pick([("fentanyl 100 mcg/2 mL", "fentanyl 50 mcg IN x2", "FN"), ("midazolam 5 mg/mL", "midazolam 2,5 mg IV" if fr else "midazolam 2.5 mg IV", "MZ"),
                   ("kétamine 50 mg/mL" if fr else "ketamine 50 mg/mL", "kétamine 30 mg IV" if fr else "ketamine 30 mg IV", "KT")])
    med = C.med(drug[1])
    reason = C.dx(C.pick(C.fr(["fracture de hanche", "luxation d'épaule", "brûlures aux mains", "convulsions"],
                              ["hip fracture", "shoulder dislocation", "burns to hands", "seizure"])))
    lot = "%s%05d" % (drug[2], C.rng.randint(10000, 99999))
    if fr:
        body = [greet(C, pharm), "", "Écart au registre des stupéfiants de l'unité %s, appel %s." % (unit_no(C), call),
                "Produit : %s, lot %s. Administré à %s (%s) : %s; reste 0,5 mL non documenté comme gaspillé." % (drug[0], lot, nm, reason, med),
                "%s paramédic %s confirme le gaspillage devant témoin, mais la signature du témoin manque." % ("La" if crew.p.sex == "F" else "Le", crew.name),
                "", "Pouvez-vous vérifier le relevé de remplacement du %s?" % fmt_date(C.today, "fr", style=2), "", closing(C), sig(C, sup)]
        subj = "Écart registre stupéfiants - appel %s" % call
    else:
        body = [greet(C, pharm), "", "Controlled substance register discrepancy, unit %s, call %s." % (unit_no(C), call),
                "Product: %s, lot %s. Given to %s (%s): %s; 0.5 mL remaining not documented as wasted." % (drug[0], lot, nm, reason, med),
                "Paramedic %s confirms witnessed waste, but the witness signature is missing." % crew.name,
                "", "Could you check the replacement log for %s?" % fmt_date(C.today, "en", style=1), "", closing(C), sig(C, sup)]
        subj = "Narcotic register discrepancy - call %s" % call
    m = Msg(sup.pair(), [pharm.pair()], subj, "\n".join(body), cc=[crew.pair()])
    return m, "controlled_substances", C.fr("écart au registre des stupéfiants", "narcotic register discrepancy")


# --------------------------------------------------------------------------
# P23 frequent-caller case conference
# --------------------------------------------------------------------------
def t_frequent_caller(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=C.rng.random() < 0.5, min_age=35)
    q = spbo(C, "qual")
    soc_worker = hosp_staff(C, "hrvc", "liaison")
    n_calls = C.rng.randint(18, 64)
    idl = ident_lines(C, p, mrn=False, with_sex=True)
    addr = C.home(p)
    tel = C.cell()
    dx = C.dx(C.pick(C.fr(["MPOC sévère sous O2 à domicile, anxiété", "insuffisance cardiaque et trouble lié à l'alcool",
                            "diabète mal contrôlé, chutes à répétition"],
                           ["severe COPD on home O2, anxiety", "heart failure and alcohol use disorder",
                            "poorly controlled diabetes, recurrent falls"])))
    soc = C.social(C.pick(C.fr(["Vit seul%s dans un logement insalubre, avis d'éviction reçu." ,
                                "Revenu : aide sociale; aucun médecin de famille; isolement important.",
                                "Fils en détention, voisine fait l'épicerie; refuse le CLSC."],
                               ["Lives alone in substandard housing, eviction notice received.",
                                "Income: social assistance; no family doctor; very isolated.",
                                "Son incarcerated, neighbour does groceries; refuses home care."])).replace("%s", "e" if p.sex == "F" else ""))
    if fr:
        body = [greet(C), "", "En vue de la rencontre interdisciplinaire de %s, voici le résumé pour l'usager à haute "
                "utilisation des services (%d appels en 12 mois)." % (day_phrase(C.today + datetime.timedelta(days=3), "fr"), n_calls), ""] + idl + [
                "Adresse : " + addr, "Téléphone : " + tel, "Problèmes de santé : " + dx, "Situation : " + soc, "",
                "Proposition : suivi par l'équipe de paramédecine communautaire deux fois par semaine.", "", closing(C), sig(C, q)]
        subj = C.pick(["Rencontre interdisciplinaire - usager grand utilisateur", "Plan d'intervention - appels fréquents"])
    else:
        body = [greet(C), "", "Ahead of %s's case conference, here is the summary for the high-frequency caller "
                "(%d calls in 12 months)." % (day_phrase(C.today + datetime.timedelta(days=3), "en"), n_calls), ""] + idl + [
                "Address: " + addr, "Phone: " + tel, "Health issues: " + dx, "Situation: " + soc, "",
                "Proposal: community paramedicine follow-up twice a week.", "", closing(C), sig(C, q)]
        subj = C.pick(["Case conference - frequent caller", "Care plan - high-frequency caller"])
    m = Msg(q.pair(), [soc_worker.pair()], subj, "\n".join(body), cc=[spbo(C, "dm").pair()])
    return m, "case_conference", C.fr("rencontre de cas d'un grand utilisateur", "frequent-caller case conference")


# --------------------------------------------------------------------------
# P24 family complaint forwarded
# --------------------------------------------------------------------------
def t_complaint(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=False, min_age=55)
    comm = Who(staff(C.rng, C.lang), "adm", {"fr": "Commissariat aux plaintes", "en": "Complaints Office", "tel": "819 555-0148"},
               ORG["dom"], C.lang)
    q = spbo(C, "qual")
    nm = C.name(p, C.pick(["full", "title_full"]))
    given = p.given
    k = pick_scenario(C.rng, p, C.today)
    dx = C.dx(L(k["dx"], C.lang))
    wait = C.rng.randint(48, 140)
    if fr:
        letter = ["Madame, Monsieur,", "", "Le %s, j'ai appelé le 911 pour mon %s, %s. L'ambulance a mis %d minutes à arriver." % (
            fmt_date(C.today - datetime.timedelta(days=C.rng.randint(6, 30)), "fr", style=2),
            "père" if p.sex == "M" else "mère", nm, wait),
            "À l'hôpital on nous a dit : « %s », et que chaque minute comptait. %s est encore aux soins intensifs." % (dx, given),
            "Je veux comprendre pourquoi aucune ambulance n'était disponible.", "", "Une fille inquiète"]
        body = [greet(C, q), "", "Plainte reçue hier via le formulaire web, à traiter dans les 45 jours. "
                "Peux-tu me fournir la chronologie de l'appel?", "", "---", ] + letter + ["", sig(C, comm)]
        subj = "Plainte %d-%03d - délai d'intervention" % (C.today.year, C.rng.randint(1, 240))
    else:
        letter = ["To whom it may concern,", "", "On %s I called 911 for my %s, %s. The ambulance took %d minutes." % (
            fmt_date(C.today - datetime.timedelta(days=C.rng.randint(6, 30)), "en", style=1),
            "father" if p.sex == "M" else "mother", nm, wait),
            "At the hospital we were told it was %s and every minute mattered. %s is still in the ICU." % (dx, given),
            "I want to understand why no ambulance was available.", "", "A worried daughter"]
        body = [greet(C, q), "", "Complaint received yesterday through the web form, 45-day deadline. Can you send me "
                "the call timeline?", "", "---"] + letter + ["", sig(C, comm)]
        subj = "Complaint %d-%03d - response delay" % (C.today.year, C.rng.randint(1, 240))
    C.needles.append(given)
    m = Msg(comm.pair(), [q.pair()], subj, "\n".join(body))
    return m, "complaint", C.fr("plainte d'une famille transmise", "forwarded family complaint")


# --------------------------------------------------------------------------
# P25 neonatal transfer
# --------------------------------------------------------------------------
def t_neonatal(C, A):
    fr = C.lang == "fr"
    mother = synth_patient(C.rng, C.lang, (19, 41), C.today, "F")
    src = hosp_staff(C, C.pick(["hrvc", "hsorn", "hdl"]), "md_er", md=True)
    co = coti(C)
    ga = C.rng.randint(26, 34)
    wt = C.rng.randint(780, 2300)
    mnm = C.name(mother, C.pick(["full", "upper_comma", "sur_comma"]))
    baby_dob = C.today
    bd = fmt_date(baby_dob, C.lang, C.rng)
    C.t("date_of_birth")
    C.needles.append(bd)
    mrn_b = C.mrn()
    dx = C.dx(C.fr("prématurité %d sem., détresse respiratoire (maladie des membranes hyalines)" % ga,
                   "preterm %d weeks, respiratory distress syndrome" % ga))
    med = C.med(C.fr("surfactant 200 mg/kg ×1, caféine 20 mg/kg", "surfactant 200 mg/kg x1, caffeine 20 mg/kg"))
    lab = C.lab(C.fr("gaz capillaire pH 7,22 / pCO2 61, glycémie 2,4", "capillary gas pH 7.22 / pCO2 61, glucose 2.4"))
    if fr:
        body = [greet(C), "", "Transfert néonatal vers l'USIN du %s." % HOSP_BY["cme"]["fr"], "",
                "Bébé %s de %s (mère), naissance le %s, poids %d g, dossier %s" % (C.pick(["garçon", "fille"]), mnm, bd, wt, mrn_b),
                "Dx : " + dx, "Tx : " + med, "Labos : " + lab,
                "Mère : G%dP%d, %s" % (C.rng.randint(1, 4), C.rng.randint(0, 3), C.dx(C.pick(["chorioamniotite traitée", "prééclampsie", "rupture prématurée des membranes 36 h"]))),
                "", "Équipe de transport néonatal demandée, incubateur de transport.", "", sig(C, src)]
        subj = C.pick(["Transfert néonatal urgent", "USIN - demande de transfert %d sem." % ga])
    else:
        body = [greet(C), "", "Neonatal transfer to the NICU at %s." % HOSP_BY["cme"]["en"], "",
                "Baby %s of %s (mother), born %s, weight %d g, chart %s" % (C.pick(["boy", "girl"]), mnm, bd, wt, mrn_b),
                "Dx: " + dx, "Tx: " + med, "Labs: " + lab,
                "Mother: G%dP%d, %s" % (C.rng.randint(1, 4), C.rng.randint(0, 3), C.dx(C.pick(["treated chorioamnionitis", "pre-eclampsia", "PPROM 36 h"]))),
                "", "Neonatal transport team requested, transport incubator.", "", sig(C, src)]
        subj = C.pick(["Urgent neonatal transfer", "NICU transfer request %d wk" % ga])
    m = Msg(src.pair(), [co.pair()], subj, "\n".join(body))
    return m, "neonatal_transfer", C.fr("transfert néonatal", "neonatal transfer")


# --------------------------------------------------------------------------
# P26 palliative return home
# --------------------------------------------------------------------------
def t_palliative_home(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=C.rng.random() < 0.5, min_age=45)
    scn = [c for c in CHRONIC if c["k"] == "palliative"][0]
    nurse = hosp_staff(C, C.pick(["hrvc", "chub"]), "liaison")
    sched = spbo(C, "adm")
    idl = ident_lines(C, p, mrn=C.rng.random() < 0.5)
    addr = C.home(p)
    dx = C.dx(L(scn["dx"], C.lang))
    meds = [C.med(L(m, C.lang)) for m in scn["meds"]]
    if fr:
        body = [greet(C, sched), "", "Retour à domicile en fin de vie demandé pour %s, idéalement avant 11 h." % day_phrase(C.today + datetime.timedelta(days=1), "fr"), ""] + idl + [
                "Adresse : " + addr, "Dx : " + dx, "Niveau de soins : C (confort), formulaire signé joint au dossier de transport",
                "Médication : " + "; ".join(meds), "La famille attend au domicile; le lit électrique est livré.", "",
                "Merci de votre délicatesse.", sig(C, nurse)]
        subj = C.pick(["Retour à domicile - soins palliatifs", "Transport fin de vie demain matin"])
    else:
        body = [greet(C, sched), "", "End-of-life return home requested for %s, ideally before 11:00." % day_phrase(C.today + datetime.timedelta(days=1), "en"), ""] + idl + [
                "Address: " + addr, "Dx: " + dx, "Level of care: C (comfort), signed form with the transport papers",
                "Meds: " + "; ".join(meds), "Family will be at the house; the hospital bed has been delivered.", "",
                "Thank you for your care.", sig(C, nurse)]
        subj = C.pick(["Return home - palliative care", "End-of-life transport tomorrow morning"])
    m = Msg(nurse.pair(), [sched.pair()], subj, "\n".join(body))
    return m, "return_home", C.fr("retour à domicile en soins palliatifs", "palliative return home")


# --------------------------------------------------------------------------
# P27 coordinator shift sign-out
# --------------------------------------------------------------------------
def t_signout(C, A):
    fr = C.lang == "fr"
    a = coti(C)
    b = coti(C)
    lines = []
    for i in range(C.rng.randint(4, 7)):
        p = A.qc(C, nam=C.rng.random() < 0.25)
        k = pick_scenario(C.rng, p, C.today)
        room = C.rng.randint(101, 620)
        hk = C.pick(["HRVC", "HSORN", "HDL", "CHUB"])
        nm = C.name(p, C.pick(["upper_comma", "sur_given", "lower", "initial_sur"]))
        extra = ""
        if p.nam:
            extra = " (%s, %s, %s)" % (C.nam(p), C.dob(p, 0), C.sexm(p))
        todo = C.pick(C.fr(["attend lit USC", "TSI confirmé 02h", "rappeler MD receveur", "famille à aviser", "refus x2, relancer 07h"],
                           ["awaiting step-down bed", "CCT confirmed 02:00", "call back receiving MD", "family to be told", "declined x2, retry 07:00"]))
        lines.append("- %s ch.%d - %s%s - %s - %s" % (hk, room, nm, extra, C.dx(L(k["dx"], C.lang)), todo) if fr else
                     "- %s rm %d - %s%s - %s - %s" % (hk, room, nm, extra, C.dx(L(k["dx"], C.lang)), todo))
    if fr:
        body = [greet(C, b), "", "Passation de nuit :", ""] + lines + ["", "Rien d'autre, la ligne rouge a été calme.", "", a.p.given]
        subj = C.pick(["Passation COTI nuit", "Sign-out COTI %s" % fmt_date(C.today, "fr", style=0)])
    else:
        body = [greet(C, b), "", "Night sign-out:", ""] + lines + ["", "Nothing else, red line was quiet.", "", a.p.given]
        subj = C.pick(["COTI night sign-out", "Sign-out %s" % fmt_date(C.today, "en", style=0)])
    m = Msg(a.pair(), [b.pair()], subj, "\n".join(body))
    return m, "sign_out", C.fr("passation de quart du COTI", "COTI shift sign-out")


# --------------------------------------------------------------------------
# P28 outcome feedback to crew
# --------------------------------------------------------------------------
def t_feedback(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=C.rng.random() < 0.4, min_age=16)
    md = hosp_staff(C, C.pick(["icma", "chub"]), "md_er", md=True)
    crew = [spbo(C, "psa"), spbo(C, "pcp")]
    k = clin(C, p, nmeds=0)
    call = call_no(C)
    nm = C.name(p, C.pick(["title_full", "full", "given", "initial_sur"]) if p.nam is None else "full")
    extra = ""
    if p.nam:
        extra = (" (%s, %s, sexe %s)" if fr else " (%s, DOB %s, sex %s)") % (C.nam(p), C.dob(p), C.sexm(p))
    if fr:
        body = [greet(C), "", "Un petit retour sur %s%s que vous avez amené%s le %s (appel %s)." % (nm, extra, "e" if p.sex == "F" else "",
                fmt_date(C.today - datetime.timedelta(days=C.rng.randint(2, 9)), "fr", style=2), call),
                "Votre impression de %s était juste. Résultats : %s." % (k["dx"], ", ".join(k["labs"])),
                "Le traitement débuté sur la route (%s) a fait une vraie différence." % pre_care(C, k["scn"]),
                "%s a quitté les soins intensifs hier et va bien." % ("Elle" if p.sex == "F" else "Il"), "", "Bravo à l'équipe!", sig(C, md)]
        subj = C.pick(["Retour sur votre patient", "Suivi - appel %s" % call, "Bon travail hier soir"])
    else:
        body = [greet(C), "", "Quick follow-up on %s%s whom you brought in on %s (call %s)." % (nm, extra,
                fmt_date(C.today - datetime.timedelta(days=C.rng.randint(2, 9)), "en", style=1), call),
                "Your field impression of %s was spot on. Results: %s." % (k["dx"], ", ".join(k["labs"])),
                "The treatment you started en route (%s) made a real difference." % pre_care(C, k["scn"]),
                "Left the ICU yesterday and is doing well.", "", "Great work!", sig(C, md)]
        subj = C.pick(["Follow-up on your patient", "Outcome - call %s" % call, "Nice work last night"])
    m = Msg(md.pair(), [c.pair() for c in crew], subj, "\n".join(body), cc=[spbo(C, "dm").pair()])
    return m, "patient_followup", C.fr("retour clinique à l'équipe", "clinical outcome feedback to crew")


# --------------------------------------------------------------------------
# P29 billing of a transport (patient invoice / SAAQ-like insurer)
# --------------------------------------------------------------------------
def t_billing(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=C.rng.random() < 0.6, min_age=18)
    billing = spbo(C, "billing")
    ins = Who(staff(C.rng, C.lang), "adm", {"fr": "Assurance automobile Boréale", "en": "Boréale Auto Insurance", "tel": "819 555-0184"},
              "assurance-boreale.example", C.lang)
    idl = ident_lines(C, p, mrn=False)
    addr = C.home(p) if C.rng.random() < 0.6 else None
    inj = C.dx(C.pick(C.fr(["entorse cervicale, fracture du sternum", "fracture du radius distal D", "contusion pulmonaire, fractures costales 4-6"],
                           ["cervical sprain, sternal fracture", "R distal radius fracture", "pulmonary contusion, rib fractures 4-6"])))
    claim = "R-%08d" % C.rng.randint(10000000, 99999999)
    rows = idl + ([C.fr("Adresse : ", "Address: ") + addr] if addr else []) + [
        C.fr("No de réclamation : ", "Claim no.: ") + claim,
        C.fr("Accident de la route du ", "Motor vehicle collision on ") + fmt_date(C.today - datetime.timedelta(days=C.rng.randint(10, 60)), C.lang, C.rng),
        C.fr("Blessures : ", "Injuries: ") + inj,
        C.fr("Transport : scène vers ", "Transport: scene to ") + HOSP_BY["hrvc"]["fr" if fr else "en"] +
        C.fr(", puis transfert vers ", ", then transfer to ") + HOSP_BY["chub"]["fr" if fr else "en"],
        C.fr("Montant : 1 %03d,00 $" % C.rng.randint(0, 999), "Amount: $1,%03d.00" % C.rng.randint(0, 999))]
    if C.rng.random() < 0.5:
        body = [greet(C, ins), "", C.fr("Voici la facture de transport ambulancier pour votre dossier.", "Ambulance transport invoice for your file."),
                ""] + rows + ["", closing(C), sig(C, billing)]
        atts = []
    else:
        body = [greet(C, ins), "", C.fr("Facture de transport ambulancier en pièce jointe (réclamation %s)." % claim,
                                        "Ambulance transport invoice attached (claim %s)." % claim), "", closing(C), sig(C, billing)]
        data = make_xlsx([(C.fr("Facture", "Invoice"), [[r.split(":")[0].strip(), ":".join(r.split(":")[1:]).strip()] for r in rows])])
        atts = [Att(C.fr("facture_%s.xlsx" % claim, "invoice_%s.xlsx" % claim),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)]
    subj = C.fr("Facture transport ambulancier - réclamation %s" % claim, "Ambulance invoice - claim %s" % claim)
    m = Msg(billing.pair(), [ins.pair()], subj, "\n".join(body), attachments=atts)
    return m, "billing", C.fr("facture de transport à un assureur", "transport invoice to an insurer")


# --------------------------------------------------------------------------
# P30 infection-control exposure notice (patient by chart number)
# --------------------------------------------------------------------------
def t_exposure(C, A):
    fr = C.lang == "fr"
    ipc = hosp_staff(C, C.pick(["hrvc", "chub", "hsorn"]), "liaison")
    sup = spbo(C, "sup")
    mrn = C.mrn()
    call = call_no(C)
    org, lab = C.pick([(("méningococcie invasive", "invasive meningococcal disease"), ("hémoculture positive Neisseria meningitidis", "blood culture positive for Neisseria meningitidis")),
                       (("tuberculose pulmonaire active", "active pulmonary tuberculosis"), ("frottis BAAR positif 3+", "AFB smear positive 3+")),
                       (("rougeole", "measles"), ("TAAN rougeole positif", "measles NAAT positive"))])
    dx = C.dx(L(org, C.lang))
    lb = C.lab(L(lab, C.lang))
    named = C.rng.random() < 0.4
    p = synth_patient(C.rng, C.lang, (18, 80), C.today)
    who = C.name(p, "upper_comma") + ", " if named else ""
    proph = C.med(C.pick(["ciprofloxacine 500 mg PO dose unique" if fr else "ciprofloxacin 500 mg PO single dose",
                          "rifampicine 600 mg BID x 2 jours" if fr else "rifampin 600 mg BID x 2 days"]))
    if fr:
        body = [greet(C, sup), "", "Le patient transporté lors de l'appel %s (%sdossier %s) a un diagnostic confirmé de %s (%s)." % (call, who, mrn, dx, lb),
                "Les deux paramédics de l'unité %s sont considérés comme contacts étroits." % unit_no(C),
                "Prophylaxie recommandée : %s, à prendre aujourd'hui. Merci de les diriger vers le bureau de santé." % proph, "", sig(C, ipc)]
        subj = C.pick(["Exposition - équipe ambulancière", "Avis d'exposition PCI - appel %s" % call])
    else:
        body = [greet(C, sup), "", "The patient transported on call %s (%schart %s) has a confirmed diagnosis of %s (%s)." % (call, who, mrn, dx, lb),
                "Both paramedics on unit %s are considered close contacts." % unit_no(C),
                "Recommended prophylaxis: %s, today. Please direct them to occupational health." % proph, "", sig(C, ipc)]
        subj = C.pick(["Exposure - ambulance crew", "IPC exposure notice - call %s" % call])
    m = Msg(ipc.pair(), [sup.pair()], subj, "\n".join(body))
    return m, "exposure_notice", C.fr("avis d'exposition lié à un patient", "exposure notice about a patient")

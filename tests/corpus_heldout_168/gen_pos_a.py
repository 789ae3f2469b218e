"""Positive templates, part A: consults, cultures, stewardship, OPAT lists."""
import datetime

import gen_attach as A
import gen_common as C
from gen_mime import Forward, Pre, Quote, Table

CONSULT_BOX = ("Consultations MI", "consult.mi@hsaubin.example")


# ---- attachment dict helpers ------------------------------------------------
def att_pdf(name, title, lines, compress=True, header=None):
    return dict(kind="pdf", name=name, ctype="application/pdf",
                data=A.make_pdf(title, lines, header=header, compress=compress))


def att_docx(name, title, paras, table=None):
    return dict(kind="docx", name=name,
                ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                data=A.make_docx(title, paras, table))


def att_xlsx(name, sheets):
    return dict(kind="xlsx", name=name,
                ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                data=A.make_xlsx(sheets))


def att_csv(name, rows, sep=",", encoding="utf-8"):
    return dict(kind="csv", name=name, ctype="text/csv", data=A.make_csv(rows, sep, encoding),
                cte="base64" if encoding != "utf-8" else "quoted-printable")


def att_ics(name, **kw):
    return dict(kind="ics", name=name, ctype="text/calendar; method=REQUEST", data=A.make_ics(**kw),
                cte="quoted-printable")


def att_vcf(name, **kw):
    return dict(kind="vcf", name=name, ctype="text/vcard", data=A.make_vcard(**kw), cte="quoted-printable")


def att_zip(name, members):
    return dict(kind="zip", name=name, ctype="application/zip", data=A.make_zip(members))


def room(rng):
    return f"{rng.randint(2, 9)}{rng.choice('NSEO')}-{rng.randint(1, 36):02d}"


def cdate(c, lo, hi):
    d = c.day(lo, hi)
    return C.date_as(d, c.lang, c.rng.choice(["iso", "long"])), d


def fname(p, rng):
    return rng.choice([f"{p.surname.upper()}_{p.given}", f"{p.surname}_{p.given[0]}",
                       f"{p.given}_{p.surname}", f"{p.surname.upper()}{p.given[0]}"]).replace(" ", "_")


# ---- 1. consult request ------------------------------------------------------
def consult_request(c):
    p = c.patient(min_age=25)
    s = c.scen(keys=C.INPATIENT)
    r = room(c.rng)
    nm = c.name(p)
    mrn = c.mrn(p)
    c.t("diagnosis", "lab_result", "medication")
    req = c.choice(["kowalski", "arsenault", "nguyen"])
    days = c.rng.randint(2, 9)
    if c.lang == "fr":
        subj = c.choice([f"Demande de consultation MI – ch. {r}", f"Consult infectio svp : {nm}",
                         f"Consult MI – {r} – {c.sc(s, 'dx')} ?"])
        body = [f"Bonjour,",
                f"Demande de consultation en microbiologie-infectiologie pour {nm} (dossier {mrn}), "
                f"ch. {r}, {p.age()} ans, admis(e) en médecine interne.",
                f"Motif : {c.sc(s, 'dx')} probable.\n{c.sc(s, 'cx')}.\n"
                f"Traitement actuel : {c.sc(s, 'rx')} depuis {days} jours.\nLabos : {c.sc(s, 'labs')}.",
                c.choice(["Questions : durée de traitement ? relais PO possible ? ETO nécessaire ?",
                          "On aimerait votre avis sur le choix d'ATB et la durée.",
                          "Est-ce qu'il/elle serait candidat(e) à l'ATIVAD ?"]),
                "Merci !\n" + c.sig(req)]
    else:
        subj = c.choice([f"ID consult request - room {r}", f"Consult ID please: {nm}",
                         f"ID consult - {r} - ?{c.sc(s, 'dx')}"])
        body = [f"Hi,",
                f"Requesting an ID consult for {nm} (MRN {mrn}), room {r}, {p.age()} y.o., admitted to GIM.",
                f"Reason: probable {c.sc(s, 'dx')}.\n{c.sc(s, 'cx')}.\n"
                f"Currently on {c.sc(s, 'rx')} for {days} days.\nLabs: {c.sc(s, 'labs')}.",
                c.choice(["Questions: duration? PO step-down? Does she/he need a TEE?",
                          "Would appreciate your input on antibiotic choice and duration.",
                          "Could this patient go home on OPAT?"]),
                "Thanks,\n" + c.sig(req)]
    return c.spec("consult", subj, c.who(req), [CONSULT_BOX], body, c.L("demande de consultation MI", "ID consult request"))


# ---- 2. consult reply with quoted request ------------------------------------
def consult_reply(c):
    p = c.patient(min_age=20)
    s = c.scen(keys=C.BACT + ["osteo", "pji"])
    r = room(c.rng)
    req = c.choice(["kowalski", "arsenault", "nguyen"])
    fel = c.choice(["vachon", "haddad", "chen", "leclerc"])
    style = c.choice(["upper", "title", "sfirst", "full"])
    nm = c.name(p, style)
    c.t("diagnosis", "medication", "lab_result")
    if c.lang == "fr":
        osubj = f"Consult MI – {nm} – ch. {r}"
        orig = [f"Bonjour, consult svp pour {nm}, ch. {r}. {c.sc(s, 'cx')}. "
                f"Sous {c.sc(s, 'rx')} depuis 48 h. Merci.\n{C.STAFF[req].dname('fr')}"]
        rec = [f"Bonjour {C.STAFF[req].given},",
               f"Vu et discuté avec {C.STAFF['dufour'].dname('fr')}. Impression : {c.sc(s, 'dx')}.",
               "Recommandations :\n"
               f"1. Poursuivre {c.sc(s, 'rx')}.\n"
               f"2. Durée prévue : {max(s['wk'], 1)} semaine(s), à réévaluer selon l'évolution.\n"
               "3. Hémocultures de contrôle q48h jusqu'à négativation.\n"
               f"4. Suivi : {c.sc(s, 'labs')}.\n"
               "5. " + ("Référer au programme ATIVAD dès que stable." if s["opat"] else "Pas d'indication d'ATIVAD pour l'instant."),
               "Nous continuons à suivre. N'hésitez pas à nous appeler (poste 0111).",
               c.sig(fel, full=False)]
        q = c.earlier(3, 30)
        attribution = f"Le {q.day} {C.MOIS[q.month - 1]} {q.year} à {q.hour:02d}:{q.minute:02d}, {C.STAFF[req].dname('fr')} a écrit :"
    else:
        osubj = f"ID consult - {nm} - rm {r}"
        orig = [f"Hi, could you see {nm} in {r}? {c.sc(s, 'cx')}. On {c.sc(s, 'rx')} x 48 h. Thanks.\n"
                f"{C.STAFF[req].dname('en')}"]
        rec = [f"Hi {C.STAFF[req].given},",
               f"Seen and discussed with {C.STAFF['dufour'].dname('en')}. Impression: {c.sc(s, 'dx')}.",
               "Recommendations:\n"
               f"1. Continue {c.sc(s, 'rx')}.\n"
               f"2. Planned duration {max(s['wk'], 1)} week(s), reassess as needed.\n"
               "3. Repeat blood cultures q48h until negative.\n"
               f"4. Follow-up: {c.sc(s, 'labs')}.\n"
               "5. " + ("Refer to OPAT once stable." if s["opat"] else "No OPAT indication at this point."),
               "We will continue to follow. Page us any time.",
               c.sig(fel, full=False)]
        q = c.earlier(3, 30)
        attribution = f"On {C.MONTHS[q.month - 1]} {q.day}, {q.year}, at {q.hour:02d}:{q.minute:02d}, {C.STAFF[req].dname('en')} wrote:"
    blocks = rec + [Quote(attribution, orig)]
    mid = f"<consult.{c.k}.{c.rng.randint(1000, 9999)}@hsaubin.example>"
    return c.spec("consult_note", "RE: " + osubj, c.who(fel), [c.who(req)], blocks,
                  c.L("réponse de consultation avec demande citée", "consult reply quoting request"),
                  cc=[CONSULT_BOX], in_reply_to=mid)


# ---- 3. critical culture call -----------------------------------------------
def culture_call(c):
    p = c.patient(min_age=18)
    s = c.scen(keys=["mrsa", "mssa", "esbl", "strep", "cauris"])
    mrn = c.mrn(p)
    nm = c.name(p, c.choice(["initial", "upper2", "title_s", "upper"]))
    c.t("lab_result")
    doc = c.choice(["dufour", "haddad", "leclerc", "chen"])
    unit = c.choice(["7N", "5S", "USI", "Urgence", "4E", "Hémato-onco"])
    hh = f"{c.rng.randint(0, 23):02d}h{c.rng.randint(0, 59):02d}"
    gram = c.L(c.choice(["cocci Gram + en amas", "bacilles Gram – ", "levures"]),
               c.choice(["Gram-positive cocci in clusters", "Gram-negative bacilli", "yeast"]))
    if c.lang == "fr":
        subj = c.choice([f"Valeur critique – hémoculture positive – {unit}", f"Hémoc + dossier {mrn}",
                         "Résultat critique microbiologie"])
        body = [f"Dr(e) {C.STAFF[doc].surname},",
                f"Résultat critique transmis par téléphone à {hh} :",
                Table(["Dossier", "Patient", "Unité", "Prélèvement", "Gram"], [[mrn, nm, unit, "Hémoculture aérobie", gram]]),
                f"Identification (MALDI-TOF) : {c.sc(s, 'cx')}. Antibiogramme final à suivre demain.",
                c.sig("charbonneau", full=False) + "\nLaboratoire de microbiologie, poste 0136"]
    else:
        subj = c.choice([f"Critical value - positive blood culture - {unit}", f"Positive BC MRN {mrn}",
                         "Micro critical result"])
        body = [f"Dr {C.STAFF[doc].surname},",
                f"Critical result phoned at {hh}:",
                Table(["MRN", "Patient", "Unit", "Specimen", "Gram"], [[mrn, nm, unit, "Aerobic blood culture", gram]]),
                f"Identification (MALDI-TOF): {c.sc(s, 'cx')}. Final susceptibilities tomorrow.",
                c.sig("charbonneau", full=False) + "\nMicrobiology lab, ext. 136"]
    return c.spec("culture", subj, c.who("charbonneau"), [c.who(doc)], body,
                  c.L("résultat critique d'hémoculture", "critical blood culture result"), fmt=c.choice(["alt", "html"]))


# ---- 4. positive cultures by MRN only ---------------------------------------
def cultures_by_mrn(c):
    n = c.rng.randint(3, 6)
    rows = []
    c.t("lab_result", "medication")
    for _ in range(n):
        p = c.patient(min_age=18)
        s = c.scen(keys=C.BACT + ["osteo", "pji", "cdi"])
        mrn = c.mrn(p)
        rows.append([mrn, room(c.rng), C.short(c.sc(s, "cx"), 70), C.short(c.sc(s, "rx").split(",")[0], 40)])
    if c.lang == "fr":
        subj = c.choice(["Cultures positives des dernières 24 h – revue PRA", "Liste PRA du matin"])
        body = ["Bonjour l'équipe,",
                "Voici les cultures positives à revoir ce matin (tournée PRA 10 h 30) :",
                Table(["Dossier", "Chambre", "Résultat", "ATB en cours"], rows),
                "Julie"]
    else:
        subj = c.choice(["Positive cultures last 24 h - ASP review", "Morning stewardship list"])
        body = ["Hi team,", "Positive cultures to review this morning (ASP rounds 10:30):",
                Table(["MRN", "Room", "Result", "Current antibiotic"], rows), "Julie"]
    return c.spec("culture_list", subj, c.who("beaulieu"), [c.who("dufour"), c.who("vachon")], body,
                  c.L("liste de cultures positives par no de dossier", "positive cultures listed by MRN"))


# ---- 5. stewardship audit and feedback --------------------------------------
STEW = [
    (("méropénem 1 g IV q8h", "meropenem 1 g IV q8h"),
     ("E. coli sensible à la ceftriaxone (hémoc + urine)", "E. coli susceptible to ceftriaxone (blood + urine)"),
     ("ceftriaxone 1 g IV q24h puis relais PO céfixime, durée totale 7 jours",
      "ceftriaxone 1 g IV q24h then PO cefixime, 7 days total")),
    (("vancomycine + pipéracilline-tazobactam", "vancomycin + piperacillin-tazobactam"),
     ("dépistage SARM nasal négatif, expectorations flore normale", "MRSA nares screen negative, sputum normal flora"),
     ("cesser la vancomycine ; réévaluer pip-tazo à 72 h", "stop vancomycin; reassess pip-tazo at 72 h")),
    (("ciprofloxacine 500 mg PO bid", "ciprofloxacin 500 mg PO bid"),
     ("uroculture : contaminants mixtes, patient(e) asymptomatique", "urine culture: mixed flora, patient asymptomatic"),
     ("bactériurie asymptomatique probable : cesser l'antibiotique", "probable asymptomatic bacteriuria: stop antibiotic")),
    (("céfazoline 2 g IV q8h (J14)", "cefazolin 2 g IV q8h (day 14)"),
     ("cellulite du membre inférieur, afébrile depuis 5 jours", "lower-limb cellulitis, afebrile x 5 days"),
     ("relais PO céphalexine 500 mg qid, fin de traitement dans 3 jours",
      "switch to PO cephalexin 500 mg qid, stop in 3 days")),
]


def stewardship(c):
    p = c.patient(min_age=30)
    cur, cx, sug = c.choice(STEW)
    r = room(c.rng)
    nm = c.name(p)
    mrn = c.mrn(p) if c.rng.random() < 0.6 else None
    c.t("medication", "lab_result")
    presc = c.choice(["kowalski", "arsenault", "nguyen", "okafor"])
    ident = nm + (f" ({mrn})" if mrn else "")
    if c.lang == "fr":
        subj = c.choice([f"PRA – suggestion pour ch. {r}", "Programme de gestion des antimicrobiens – rétroaction",
                         f"PRA : {ident}"])
        body = [f"Bonjour {C.STAFF[presc].dname('fr')},",
                f"Dans le cadre de la tournée PRA, nous avons revu le dossier de {ident}, ch. {r}.",
                f"ATB actuel : {cur[0]}.\nMicrobiologie : {cx[0]}.",
                f"Suggestion : {sug[0]}.",
                "Ceci est une recommandation ; la décision finale vous revient. Au plaisir d'en discuter.",
                c.sig("beaulieu")]
    else:
        subj = c.choice([f"ASP suggestion - room {r}", "Antimicrobial stewardship feedback", f"ASP: {ident}"])
        body = [f"Hello {C.STAFF[presc].dname('en')},",
                f"On stewardship rounds we reviewed {ident}, room {r}.",
                f"Current antimicrobial: {cur[1]}.\nMicrobiology: {cx[1]}.",
                f"Suggestion: {sug[1]}.",
                "This is a recommendation only; the final decision is yours. Happy to discuss.",
                c.sig("beaulieu")]
    return c.spec("stewardship", subj, c.who("beaulieu"), [c.who(presc)], body,
                  c.L("rétroaction PRA au prescripteur", "stewardship feedback to prescriber"))


# ---- 6. OPAT referral with PDF form ------------------------------------------
def opat_referral(c):
    use_nam = c.rng.random() < 0.55
    p = c.patient(nam=use_nam, min_age=18)
    s = c.scen(opat=True)
    c.t("diagnosis", "medication")
    full = c.full_name(p, "upper" if c.rng.random() < 0.5 else "full")
    dob = c.dob(p)
    sex = c.sex(p)
    addr = c.address(p)
    tel = c.phone(p)
    nam = c.nam(p) if use_nam else None
    mrn = c.mrn(p)
    start, _ = cdate(c, 1, 3)
    agency = c.ext(c.choice(["perfuso", "clsc"]))
    L = c.lang == "fr"
    lines = [
        (f"Nom : {full}" if L else f"Name: {full}"),
        (f"Date de naissance : {dob}    {sex}" if L else f"Date of birth: {dob}    {sex}"),
        (f"NAM : {nam}" if nam else "") if L else (f"RAMQ: {nam}" if nam else ""),
        (f"No dossier HSA : {mrn}" if L else f"HSA chart: {mrn}"),
        (f"Adresse : {addr}" if L else f"Address: {addr}"),
        (f"Téléphone : {tel}" if L else f"Phone: {tel}"),
        (f"Diagnostic : {c.sc(s, 'dx')}" if L else f"Diagnosis: {c.sc(s, 'dx')}"),
        (f"Antibiotique : {c.sc(s, 'rx')}" if L else f"Antibiotic: {c.sc(s, 'rx')}"),
        (f"Début : {start} – durée {s['wk']} semaines" if L else f"Start: {start} - {s['wk']} weeks"),
        ("Accès : PICC bras droit, 2 lumières" if L else "Access: right-arm PICC, double lumen"),
        ("Bilans hebdomadaires : FSC, créat, CK / CRP, à faxer au 514-555-0199" if L
         else "Weekly labs: CBC, creat, CK / CRP, fax to 514-555-0199"),
        ("Médecin traitant : " + C.STAFF["dufour"].dname(c.lang)),
    ]
    lines = [x for x in lines if x]
    pdfname = c.L("Demande_ATIVAD_", "OPAT_referral_") + fname(p, c.rng) + ".pdf"
    att = att_pdf(pdfname, c.L("Demande d'antibiothérapie IV à domicile (ATIVAD)", "OPAT referral"), lines,
                  compress=c.rng.random() < 0.6, header=c.L(C.ORG_FR, C.ORG_EN))
    if L:
        subj = c.choice(["Nouvelle demande ATIVAD – congé prévu demain", f"Demande ATIVAD – {full}",
                         "Référence ATIVAD"])
        body = ["Bonjour,", "Veuillez trouver ci-jointe une nouvelle demande d'ATIVAD. "
                "Le/la patient(e) a reçu l'enseignement et a sa première dose à l'hôpital.",
                "Merci de confirmer la prise en charge et l'heure de la première visite.", c.sig("hebert")]
    else:
        subj = c.choice(["New OPAT referral - discharge tomorrow", f"OPAT referral - {full}", "OPAT intake"])
        body = ["Hello,", "Please find attached a new OPAT referral. Teaching is done and the first dose "
                "was given in hospital.", "Please confirm intake and first visit time.", c.sig("hebert")]
    return c.spec("opat_referral", subj, c.who("hebert"), [agency], body,
                  c.L("demande ATIVAD avec formulaire PDF", "OPAT referral with PDF form"), atts=[att])


# ---- 7. OPAT weekly labs -----------------------------------------------------
def opat_labs(c):
    p = c.patient(min_age=18)
    s = c.scen(opat=True)
    nm = c.name(p, c.choice(["title", "full", "lower", "title_s", "upper2"]))
    c.t("lab_result", "medication")
    clsc = c.ext("clsc")
    nurse = c.choice(["hebert", "bergeron"])
    if c.lang == "fr":
        subj = c.choice([f"Bilans ATIVAD semaine {c.rng.randint(1, 5)}", f"Labos hebdo – {nm}", "Résultats prélèvements à domicile"])
        body = [f"Bonjour {C.STAFF[nurse].given},",
                f"Voici les résultats du prélèvement fait à domicile ce matin pour {nm} "
                f"(sous {c.sc(s, 'rx')}) :",
                Pre(f"FSC : Hb 112  GB {c.rng.randint(3, 12)},{c.rng.randint(0, 9)}  Plaq {c.rng.randint(140, 380)}\n"
                    f"Créat : {c.rng.randint(60, 140)} µmol/L\n{c.sc(s, 'labs')}"),
                "Site du PICC propre, pas de rougeur. Prochaine visite jeudi.",
                "Marie-Josée, inf.\nCLSC des Rivières – Soins à domicile\n450-555-0161"]
    else:
        subj = c.choice([f"OPAT labs week {c.rng.randint(1, 5)}", f"Weekly labs - {nm}", "Home draw results"])
        body = [f"Hi {C.STAFF[nurse].given},",
                f"Results from this morning's home draw for {nm} (on {c.sc(s, 'rx')}):",
                Pre(f"CBC: Hb 112  WBC {c.rng.randint(3, 12)}.{c.rng.randint(0, 9)}  Plt {c.rng.randint(140, 380)}\n"
                    f"Creat: {c.rng.randint(60, 140)} umol/L\n{c.sc(s, 'labs')}"),
                "PICC site clean, no redness. Next visit Thursday.",
                "Marie-Josée, RN\nCLSC des Rivières - Home care\n450-555-0161"]
    return c.spec("opat_labs", subj, clsc, [c.who(nurse)], body, c.L("bilans ATIVAD du CLSC", "OPAT home labs from CLSC"))


# ---- 8. OPAT census spreadsheet ----------------------------------------------
def opat_census(c):
    with_nam = c.rng.random() < 0.5
    n = c.rng.randint(4, 7)
    L = c.lang == "fr"
    c.t("medication", "diagnosis")
    if with_nam:
        hdr = ["Nom", "DDN", "Sexe", "NAM", "Diagnostic", "Antibiotique", "Fin prévue"] if L else \
              ["Name", "DOB", "Sex", "RAMQ", "Diagnosis", "Antibiotic", "Planned stop"]
    else:
        hdr = ["Patient", "Dossier", "Diagnostic", "Antibiotique", "Fin prévue", "Inf."] if L else \
              ["Patient", "MRN", "Diagnosis", "Antibiotic", "Planned stop", "RN"]
    rows = []
    for _ in range(n):
        p = c.patient(nam=with_nam, min_age=18)
        s = c.scen(opat=True)
        nm = c.name(p, c.choice(["upper", "sfirst", "full"]))
        stop, _ = cdate(c, 3, 40)
        if with_nam:
            rows.append([nm, c.dob(p, "iso"), c.text(p.sex), c.nam(p, c.choice(["plain", "spaced"])),
                         c.sc(s, "dx"), c.sc(s, "rx"), stop])
        else:
            rows.append([nm, c.mrn(p), c.sc(s, "dx"), c.sc(s, "rx"), stop,
                         c.choice(["CH", "NB", "CH"])])
    name = c.L("Recensement_ATIVAD_", "OPAT_census_") + f"{c.date.isocalendar()[0]}-S{c.date.isocalendar()[1]:02d}.xlsx"
    att = att_xlsx(name, [(c.L("ATIVAD", "OPAT"), [hdr] + rows)])
    if L:
        subj = "Recensement ATIVAD de la semaine"
        body = ["Bonjour à tous,", "Ci-joint le recensement ATIVAD à jour pour la réunion de mardi. "
                "Merci de vérifier les dates de fin.", c.sig("tremblay")]
    else:
        subj = "Weekly OPAT census"
        body = ["Hi all,", "Attached is the updated OPAT census for Tuesday's meeting. Please check the stop dates.",
                c.sig("tremblay")]
    return c.spec("opat_census", subj, c.who("tremblay"),
                  [c.who("hebert"), c.who("bergeron"), c.who("dufour")], body,
                  c.L("recensement ATIVAD en XLSX", "OPAT census spreadsheet"), atts=[att])


# ---- 9. consult service sign-out ---------------------------------------------
def signout(c):
    n = c.rng.randint(4, 7)
    rows = []
    c.t("diagnosis", "medication")
    for _ in range(n):
        p = c.patient(min_age=18)
        s = c.scen(keys=C.INPATIENT)
        nm = c.name(p, c.choice(["upper2", "sfirst", "initial", "lower", "title_s", "full"]))
        rows.append([room(c.rng), nm, c.sc(s, "dx"), c.sc(s, "rx").split(" ")[0]])
    fel = c.choice(["vachon", "nguyen", "arsenault"])
    if c.lang == "fr":
        subj = c.choice(["Liste de garde MI – fin de semaine", "Sign-out consult MI", "Passation de garde infectio"])
        body = ["Salut,", "Voici la liste pour la fin de semaine :",
                Table(["Ch.", "Patient", "Problème", "ATB"], rows),
                "À faire : suivre les hémocs de contrôle du 7N ; ETO demandée pour le 2e de la liste.",
                C.STAFF[fel].given]
    else:
        subj = c.choice(["ID consult sign-out - weekend", "ID list for the weekend", "Sign-out ID service"])
        body = ["Hey,", "Weekend list below:",
                Table(["Rm", "Patient", "Problem", "Abx"], rows),
                "To do: follow repeat BCs on 7N; TEE booked for #2 on the list.", C.STAFF[fel].given]
    return c.spec("signout", subj, c.who(fel), [c.who(c.choice(["haddad", "leclerc", "chen"]))], body,
                  c.L("liste de passation du service de consultation", "consult service sign-out list"),
                  fmt=c.choice(["plain", "alt", "html"]))

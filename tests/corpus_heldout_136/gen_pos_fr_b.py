"""French positives, part B: forms, social, summaries, labs, attachments, foreign insureds."""
import datetime

from gen_common import (ORG, EXT, fmt_nam, fmt_dob, sex_word, name_form, title, gen_mrn,
                        gen_nir, gen_niss, fmt_nir, fmt_niss, fr_date, slug, gen_sin, fmt_sin)
from gen_mime import Msg, Att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_vcard, make_zip
from gen_text import (DX, REGIMEN, MEDS, hla_typing, hla_short, counts, dec, sig, ext_sig,
                      quote, reply_attr, fwd_block, earlier, staff_addr, greet, close, md, weight)
from gen_pos_fr_a import _nam_line

L = "fr"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def f_insurer_form(c):
    r = c.rng
    use_nam = r.random() < 0.5
    p = c.holder() if use_nam else c.patient("qc")
    dt = c.date()
    hem = c.pick("hemato")
    clerk = c.pick("clerk")
    nm, dom, tel = EXT["ins"]
    dx, dxs = r.choice(DX[L])
    dgr = (dt - datetime.timedelta(days=r.randint(40, 120))).date()
    lines = ["Déclaration du médecin traitant — invalidité de courte durée", "",
             "Assuré(e) : %s" % name_form(r, p, L, "upper_comma"),
             "Date de naissance : %s" % fmt_dob(r, p.dob, L)]
    if use_nam:
        lines.append(_nam_line(c, p, "inline", pdf=True))
    ids = []
    if not use_nam or r.random() < 0.5:
        nas = gen_sin(r)
        ids.append(("ca_sin", nas))
        lines.append("NAS : %s" % fmt_sin(r, nas, allow_full=False))
    lines += ["No de police : HZ-%06d" % r.randrange(10**6), "",
              "# Diagnostic", dx, "Allogreffe de cellules souches le %s." % fr_date(dgr),
              "", "# Limitations", "Immunosuppression, fatigue importante, interdiction de contact avec le public.",
              "Arrêt de travail total depuis le %s; retour prévu non avant 6 à 12 mois." % fr_date(
                  (dgr - datetime.timedelta(days=30))), "",
              "Signature : %s, hématologue" % hem.full]
    pdf = make_pdf("Mutuelle Horizon — formulaire APS", lines, author=clerk.full)
    fname = "APS_%s_%s.pdf" % (p.surname, p.given)
    body = "\n".join([
        "Bonjour,", "",
        "Vous trouverez ci-joint le formulaire de déclaration du médecin traitant rempli et signé par %s." % md(hem, L),
        "Le dossier de votre assuré(e) est mentionné dans le nom du fichier.", "",
        "Salutations,", clerk.full, "Secrétariat médical — greffe", "Tél. : %s" % ORG["tel_bmt"]])
    types = ["patient_name", "date_of_birth", "diagnosis"] + (["ramq_nam"] if use_nam else []) + (["ca_sin"] if ids else [])
    return Msg(L, "insurer_form", True, types,
               "formulaire d'invalidité rempli pour un assureur (pièce jointe)",
               staff_addr(clerk), [("Service des réclamations", "reclamations@" + dom)],
               "Formulaire APS — déclaration du médecin", body,
               atts=[Att(fname, "application/pdf", pdf)], holders=[p] if use_nam else [], ids=ids, date=dt)


def f_social_work(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    sw = c.pick("sw")
    nm, dom, tel = EXT["home"]
    town = r.choice(["Rivière-Blanche", "Sainte-Odile-du-Fleuve", "Pointe-aux-Hérons"])
    situation = r.choice([
        "vit seul(e), prestataire de l'aide sociale (programme de solidarité sociale) depuis 2021, sans voiture",
        "séparé(e) récemment, hébergé(e) temporairement chez sa sœur, revenus d'assurance-emploi seulement",
        "proche aidant(e) : conjoint(e) qui travaille de nuit; deux enfants d'âge primaire; loyer en retard de 2 mois",
    ])
    body = "\n".join([
        greet(L, r), "",
        "Je vous réfère %s, %d ans, qui recevra une allogreffe pour %s d'ici environ 3 semaines." % (
            name_form(r, p, L, r.choice(["title", "full"])), p.age(dt.date()), r.choice(DX[L])[1]),
        "Il/elle demeure à %s (plus de 3 h de route) et doit résider à moins de 30 minutes du CHU pendant les 100 premiers jours." % town,
        "",
        "Situation : %s." % situation,
        "Il/elle ne peut assumer les frais d'hébergement; une demande d'aide financière au programme de la Fondation est en cours.",
        "Téléphone pour le joindre : %s." % c.phone(),
        "",
        "Auriez-vous une chambre disponible à partir du %s ?" % fr_date((dt + datetime.timedelta(days=18)).date()),
        "",
        sig(sw, L, "Travailleuse sociale" if sw.sex == "F" else "Travailleur social"),
    ])
    return Msg(L, "social_work", True,
               ["patient_name", "diagnosis", "social_information", "patient_contact"],
               "demande d'hébergement par le service social pour un futur greffé",
               staff_addr(sw), [("Accueil", "accueil@" + dom)], "Demande d'hébergement — greffe", body, date=dt)


def f_dpj(c):
    r = c.rng
    p = c.patient("qc", age=r.randint(4, 13))
    dt = c.date()
    sw = c.pick("sw")
    hem = c.pick("hemato")
    nm, dom, tel = EXT["dpj"]
    body = "\n".join([
        "Bonjour Mme %s," % r.choice(["Vachon-Lemay", "Bellerose", "Quenneville"]), "",
        "Suite à notre conversation, voici les informations demandées concernant l'enfant %s (né(e) le %s), "
        "dont le dossier est suivi par vos services depuis %s." % (name_form(r, p, L, "full"), fmt_dob(r, p.dob, L),
                                                                  r.choice(["2022", "l'automne dernier", "mars"])),
        "",
        "%s doit recevoir une greffe de moelle osseuse (aplasie médullaire sévère) à partir du %s; "
        "l'hospitalisation durera de 4 à 6 semaines et exige la présence d'un adulte significatif." % (
            p.given, fr_date((dt + datetime.timedelta(days=21)).date())),
        "La famille d'accueil actuelle ne peut assurer la présence; la mère a des droits de visite supervisés seulement.",
        "Le consentement aux soins devra être signé par la personne détenant l'autorité parentale ou par le tribunal.",
        "",
        "Pouvons-nous tenir une rencontre la semaine prochaine avec %s et l'équipe ?" % md(hem, L),
        "",
        sig(sw, L, "Travailleuse sociale, hémato-oncologie pédiatrique" if sw.sex == "F" else "Travailleur social, hémato-oncologie pédiatrique"),
    ])
    return Msg(L, "youth_protection", True,
               ["patient_name", "date_of_birth", "diagnosis", "social_information"],
               "échange avec la protection de la jeunesse pour un enfant à greffer",
               staff_addr(sw), [("Intervenante DPJ", "intervention@" + dom)], "Enfant suivi — greffe prévue", body,
               date=dt)


def f_discharge_docx(c):
    r = c.rng
    p = c.holder()
    dt = c.date()
    hem = c.pick("hemato")
    dx, dxs = r.choice(DX[L])
    reg = r.choice(REGIMEN)
    d0 = (dt - datetime.timedelta(days=r.randint(24, 40))).date()
    anc, plt, hb = counts(r, 30)
    meds = r.sample(MEDS[L], 5)
    paras = [
        "Patient : %s %s" % (p.surname.upper(), p.given),
        _nam_line(c, p, "inline", pdf=True),
        "Admission : %s   Congé : %s" % (fr_date(d0 - datetime.timedelta(days=8)), fr_date(dt.date())),
        "# Diagnostic", dx,
        "# Greffe", "%s, greffon %s, J0 le %s." % (reg, r.choice(["CSP donneur non apparenté 10/10", "moelle fratrie HLA-identique",
                                                          "CSP haplo-identique (fils)"]), fr_date(d0)),
        "# Évolution", "Prise de greffe neutrophilaire à J+%d, plaquettaire à J+%d. Neutropénie fébrile traitée par pip-tazo. "
                       "Mucosite grade 2. Pas de GVH aiguë au congé." % (r.randint(13, 21), r.randint(15, 28)),
        "# Bilan au congé", "NAN %s, plaquettes %d, Hb %d; créatinine %d; tacrolimus %s µg/L." % (
            dec(anc, L), plt, hb, r.randint(60, 110), dec(round(r.uniform(6, 12), 1), L)),
        "# Médication au congé", *meds,
        "# Suivi", "Clinique de greffe 2 fois par semaine; chimérisme à J+30.",
        "%s" % md(hem, L),
    ]
    docx = make_docx("Résumé de dossier — congé", paras, author=hem.full)
    fname = r.choice(["Resume_conge_%s.docx" % p.surname, "résumé_de_départ_unité_de_greffe_7e_Nord_%s_%s.docx" % (p.surname.lower(), p.given.lower())])
    body = "\n".join([greet(L, r, "Dr" + ("e" if r.random() < .5 else "") + " " + r.choice(["Fontaine-Roux", "Aubé", "Normandin"])), "",
                      "Veuillez trouver ci-joint le résumé de dossier de votre patient(e), congé ce jour de notre unité de greffe.",
                      "N'hésitez pas à nous joindre pour toute question.", "", sig(hem, L, "Hématologue, greffe")])
    return Msg(L, "discharge_summary", True,
               ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result"],
               "résumé de congé post-greffe envoyé au médecin de famille (DOCX)",
               staff_addr(hem), [("Clinique médicale des Pruches", "secretariat@cmpruches.example")],
               "Résumé de départ — unité de greffe", body, atts=[Att(fname, DOCX, docx)], holders=[p], date=dt)


def f_chimerism(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    hem = c.pick("hemato")
    mrn_s, mrn = gen_mrn(r)
    day = r.choice([30, 60, 100, 180])
    cd3 = r.randint(72, 100)
    cd33 = r.randint(90, 100)
    cmv = r.choice(["non détecté", "%d UI/mL" % r.randint(150, 4200)])
    body = "\n".join([
        greet(L, r, md(c.pick("hemato"), L)), "",
        "Résultats J+%d pour %s (%s) :" % (day, name_form(r, p, L, r.choice(["upper_comma", "initial", "title_sur"])), mrn_s),
        "  Chimérisme sang périphérique — CD3+ : %d %% donneur; CD33+ : %d %% donneur" % (cd3, cd33),
        "  CMV PCR plasma : %s" % cmv,
        "  EBV PCR : non détecté",
        "  Tacrolimus : %s µg/L" % dec(round(r.uniform(5, 14), 1), L),
        "",
        "Chimérisme T mixte — on discute de la réduction de l'immunosuppression à la réunion de mardi." if cd3 < 90
        else "Chimérisme complet. Poursuite du plan.",
        "", hem.given])
    return Msg(L, "lab_followup", True, ["patient_name", "mrn", "lab_result"],
               "suivi de chimérisme et de charge virale post-greffe",
               staff_addr(hem), [staff_addr(c.pick("hemato"))], "Chimérisme J+%d" % day, body,
               ids=[("mrn", mrn)], date=dt)


def f_quick_note(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    a, b = c.pick("hemato"), c.pick("nurse")
    room = "7N-%02d" % r.randint(1, 24)
    body = r.choice([
        "Peux-tu passer voir %s en %s cet après-midi ? T 38,7 et frissons au rinçage du cathé, hémocs faites x 2, "
        "pip-tazo donné à 14 h. TA 96/54." % (p.given, room),
        "%s (%s) se plaint de douleurs abdominales et de 6 selles liquides depuis ce matin. On envoie C. diff ? "
        "Je pense à une GVH digestive, elle/il est à J+%d sous tacrolimus." % (p.given, room, r.randint(18, 45)),
        "Petit mot : %s en %s a refusé sa dose de posaconazole ce matin (nausées). Zofran donné. On réessaie à midi ?" % (p.given, room),
    ])
    body += "\n\n" + b.given
    return Msg(L, "quick_note", True, ["patient_name", "diagnosis", "medication"],
               "mot rapide entre infirmière et médecin sur un patient hospitalisé",
               staff_addr(b), [staff_addr(a)], r.choice(["%s — à voir" % room, "svp voir pt", "question rapide"]),
               body, date=dt, hints={"struct": "plain"})


def f_subject_only(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    hem, nurse = c.pick("hemato"), c.pick("coord")
    day = r.randint(18, 35)
    t0 = earlier(dt, r)
    inner = "Plq %d ce matin, pas de pétéchies, pas de saignement. NAN %s. On transfuse 1 pool demain avant la biopsie ?" % (
        r.randint(9, 22), dec(round(r.uniform(0.6, 2.5), 1), L))
    body = "\n".join(["Voir ci-dessous — d'accord pour moi si plq < 20 avant la BOM.", "", hem.given, "",
                      fwd_block(L, nurse.full, t0, "plaquettes J+%d" % day, hem.full, inner)])
    return Msg(L, "lab_followup", True, ["patient_name", "lab_result"],
               "transfert court; nom du patient seulement dans l'objet",
               staff_addr(hem), [staff_addr(c.pick("bank"))],
               "TR: %s — plaquettes J+%d" % (name_form(r, p, L, r.choice(["title_sur", "title", "upper_comma"])), day),
               body, date=dt)


def f_attach_name_only(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    clerk = c.pick("clerk")
    day = r.choice([30, 60, 100])
    anc, plt, hb = counts(r, day)
    lines = ["Bilan J+%d" % day, "", "FSC : NAN %s, plaquettes %d, Hb %d" % (dec(anc, L), plt, hb),
             "Chimérisme CD3 %d %% / CD33 %d %% donneur" % (r.randint(85, 100), r.randint(95, 100)),
             "Ferritine %d µg/L, ALT %d, bilirubine %d" % (r.randint(400, 2400), r.randint(14, 90), r.randint(6, 30)),
             "Tacrolimus %s µg/L" % dec(round(r.uniform(5, 12), 1), L)]
    kind = r.choice(["pdf", "csv"])
    if kind == "pdf":
        att = Att("Bilan_J+%d_%s_%s.pdf" % (day, p.surname.upper(), p.given), "application/pdf",
                  make_pdf("Bilan de suivi post-greffe", lines, author=clerk.full))
    else:
        rows = [["analyse", "valeur", "unité"], ["NAN", dec(anc, L), "10^9/L"], ["Plaquettes", plt, "10^9/L"],
                ["Hb", hb, "g/L"], ["Ferritine", r.randint(400, 2400), "µg/L"]]
        att = Att("%s_%s_bilan_J%d.csv" % (slug(p.surname), slug(p.given), day), "text/csv",
                  make_csv(rows, sep=";"), charset="utf-8")
    body = "\n".join([greet(L, r), "", "Voici le bilan demandé hier. Bonne journée !", "", clerk.given])
    return Msg(L, "lab_followup", True, ["patient_name", "lab_result"],
               "bilan de suivi en pièce jointe, nom seulement dans le nom du fichier",
               staff_addr(clerk), [("Clinique externe d'hématologie", "clinique.hemato@" + EXT["hrvb"][1])],
               "Bilan demandé", body, atts=[att], date=dt)


def f_vcard_homecare(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    coord = c.pick("coord")
    nm, dom, tel = EXT["clsc"]
    town = r.choice(["Lac-aux-Sarcelles", "Val-Brûlé", "Rivière-Blanche"])
    street = "%d, %s" % (r.randint(10, 999), r.choice(["rue des Érables", "rang du Moulin", "rue Notre-Dame"]))
    cell = c.phone()
    vc = make_vcard(p.given, p.surname, tel=[("HOME", c.phone()), ("CELL", cell)],
                    adr=("HOME", street, town, "QC", "J0K 1A%d" % r.randint(0, 9), "Canada"),
                    note="Usager greffe — PICC bras gauche")
    body = "\n".join([
        "Bonjour,", "",
        "Demande de services à domicile pour un usager greffé (coordonnées en pièce jointe) :",
        "  - soins de PICC : rinçage et changement de pansement q 7 jours",
        "  - prélèvements 2 x/sem (FSC, bilan hépatique, taux de tacrolimus à jeun avant la dose)",
        "  - enseignement prise du tacrolimus et du valacyclovir",
        "", "Allogreffe pour %s il y a 5 semaines; congé prévu le %s." % (r.choice(DX[L])[1],
                                                                          fr_date((dt + datetime.timedelta(days=3)).date())),
        "", sig(coord, L, "Infirmière pivot, greffe")])
    return Msg(L, "home_care_referral", True,
               ["patient_name", "patient_contact", "diagnosis", "medication"],
               "demande de soins à domicile au CLSC avec fiche contact (vCard)",
               staff_addr(coord), [("Guichet d'accès", "guichet@" + dom)], "Demande SAD — usager greffé", body,
               atts=[Att("%s %s.vcf" % (p.given, p.surname), "text/vcard", vc, charset="utf-8")], date=dt)


def f_zip_transfer(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    clerk = c.pick("clerk")
    mrn_s, mrn = gen_mrn(r)
    dx, dxs = r.choice(DX[L])
    rows = [["date", "NAN", "plaquettes", "Hb", "créatinine"]]
    for k in range(5):
        d = (dt - datetime.timedelta(days=7 * (5 - k))).date()
        anc, plt, hb = counts(r, 20 + 7 * k)
        rows.append([d.isoformat(), dec(anc, L), plt, hb, r.randint(55, 120)])
    summary = make_pdf("Résumé de transfert", [
        "Nom : %s, %s" % (p.surname.upper(), p.given), "Dossier : %s" % mrn_s,
        "Date de naissance : %s" % p.dob.isoformat(), "", "# Diagnostic", dx,
        "# Plan", "Suivi partagé avec l'hématologue régional à partir de J+100."], author=clerk.full)
    z = make_zip([("resume_transfert.pdf", summary), ("FSC_%s.csv" % mrn, make_csv(rows).encode("utf-8")),
                  ("LISEZMOI.txt", "Documents transmis à la demande du centre référent.\n".encode("utf-8"))])
    body = "\n".join(["Bonjour,", "",
                      "Tel que demandé, voici les documents pour le transfert du suivi (dossier %s). "
                      "Le fichier ZIP est protégé par le mot de passe habituel." % mrn_s, "",
                      clerk.full, "Archives médicales — greffe"])
    return Msg(L, "records_transfer", True,
               ["patient_name", "mrn", "date_of_birth", "diagnosis", "lab_result"],
               "transfert de documents de suivi en archive ZIP",
               staff_addr(clerk), [("Archives", "archives@" + EXT["hrvb"][1])], "Transfert de suivi — documents",
               body, atts=[Att("transfert_%s.zip" % mrn, "application/zip", z)], ids=[("mrn", mrn)], date=dt)


def f_fwd_eml(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    coord, hem = c.pick("coord"), c.pick("hemato")
    t0 = earlier(dt, r, (2, 20))
    pmail = "%s.%s%d@courriel.example" % (slug(p.given), slug(p.surname), r.randint(1, 99))
    inner_body = "\n".join([
        "Bonjour %s," % coord.given, "",
        "Depuis 3 jours j'ai des diarrhées (6-7 fois par jour) et des crampes. J'ai aussi des rougeurs sur les paumes. "
        "Je prends mon Prograf et mon CellCept comme prévu. Est-ce que je dois venir avant mon rendez-vous de jeudi ?",
        "", p.given, "Cell. : " + c.phone()])
    inner = Msg(L, "", True, [], "", (p.full, pmail), [staff_addr(coord)],
                "diarrhées depuis 3 jours", inner_body, date=t0)
    body = "\n".join([greet(L, r, hem.given), "",
                      "Courriel reçu ce matin de notre patient(e) (voir message joint). Je lui ai dit de venir à l'urgence "
                      "de jour demain 8 h. Ça ressemble à une GVH digestive ?", "", coord.given])
    return Msg(L, "forwarded_patient_mail", True,
               ["patient_name", "diagnosis", "medication", "patient_contact"],
               "message d'un patient transféré en pièce jointe .eml",
               staff_addr(coord), [staff_addr(hem)], "TR: message d'un patient", body,
               atts=[Att("message_patient.eml", "message/rfc822", msg=inner)], date=dt)


def f_cord_request(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    coord = c.pick("coord")
    nm, dom, tel = EXT["cord"]
    mrn_s, mrn = gen_mrn(r)
    t = hla_typing(r)
    wt = weight(r, p, dt.date())
    body = "\n".join([
        "Bonjour,", "",
        "Nous souhaitons réserver les unités de sang de cordon suivantes pour %s (dossier %s), %d kg :" % (
            name_form(r, p, L, r.choice(["initial", "upper_comma", "sur_init"])), mrn_s, wt),
        "",
        "  UCB-%s  CNT %s x 10⁷/kg  6/8" % (r.randrange(10**6, 10**7), dec(round(r.uniform(1.6, 3.2), 1), L)),
        "  UCB-%s  CNT %s x 10⁷/kg  5/8" % (r.randrange(10**6, 10**7), dec(round(r.uniform(1.5, 2.9), 1), L)),
        "",
        "Typage du receveur : " + hla_short(t),
        "Indication : %s, sans donneur adulte compatible." % r.choice(DX[L])[0],
        "Anticorps anti-HLA (DSA) : %s." % r.choice(["négatifs", "anti-A*24 MFI 2 400 — à exclure"]),
        "", sig(coord, L, "Coordonnatrice de greffe")])
    return Msg(L, "cord_blood_request", True, ["patient_name", "mrn", "lab_result", "diagnosis"],
               "réservation d'unités de sang de cordon pour un receveur",
               staff_addr(coord), [("Demandes d'unités", "unites@" + dom)], "Réservation d'unités de sang de cordon",
               body, ids=[("mrn", mrn)], date=dt)


def f_billing(c):
    r = c.rng
    p = c.holder()
    dt = c.date()
    clerk = c.pick("clerk")
    code = r.choice([("C92.00", "LMA sans mention de rémission"), ("C90.00", "myélome multiple"),
                     ("D61.9", "aplasie médullaire"), ("C81.90", "lymphome de Hodgkin")])
    body = "\n".join([
        "Bonjour,", "",
        "Correction demandée sur la facturation de l'acte de greffe :", "",
        "  Patient : %s" % name_form(r, p, L, r.choice(["upper_comma", "caps"])),
        "  " + _nam_line(c, p, "inline"),
        "  Acte : allogreffe de cellules souches (code 0%d) — date de service %s" % (r.randint(6000, 6999), fr_date(dt.date() - datetime.timedelta(days=20))),
        "  Diagnostic : %s %s" % code,
        "",
        "La demande initiale a été refusée (NAM mal saisi). Merci de resoumettre.", "",
        clerk.full, "Facturation médicale — hématologie"])
    return Msg(L, "billing", True, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
               "correction de facturation d'un acte de greffe avec identification du patient",
               staff_addr(clerk), [("Facturation", "facturation@" + ORG["dom"])], "Correction facturation — acte de greffe",
               body, holders=[p], date=dt)


def f_vaccination(c):
    r = c.rng
    p = c.holder()
    dt = c.date()
    coord = c.pick("coord")
    nm, dom, tel = EXT["clsc"]
    d0 = (dt - datetime.timedelta(days=r.choice([180, 270, 365]))).date()
    rows = [["Vaccin", "Dose", "Date prévue"]]
    for i, v in enumerate(["Pneu-C-20 (Prevnar 20)", "DCaT-VPI-Hib", "Hépatite B (Engerix-B)", "Influenza inactivé",
                           "Zona recombinant (Shingrix)"]):
        rows.append([v, "1", (dt + datetime.timedelta(days=14 * i)).date().isoformat()])
    body = "\n".join([
        "Bonjour,", "",
        "Voici le calendrier de revaccination post-greffe pour %s (greffe le %s)." % (
            name_form(r, p, L, r.choice(["title", "full"])), fr_date(d0)),
        _nam_line(c, p, "lines"), "",
        *["  %-28s %s" % (x[0], x[2]) for x in rows[1:]], "",
        "Aucun vaccin vivant (RRO, varicelle) avant 24 mois et en l'absence de GVH active. "
        "Il/elle reçoit encore du tacrolimus à faible dose.", "", sig(coord, L, "Infirmière coordonnatrice")])
    return Msg(L, "vaccination_plan", True,
               ["patient_name", "ramq_nam", "date_of_birth", "medication"],
               "calendrier de revaccination post-greffe transmis au CLSC",
               staff_addr(coord), [("Vaccination", "vaccination@" + dom)], "Revaccination post-greffe", body,
               holders=[p], date=dt)


def f_ecp_xlsx(c):
    r = c.rng
    dt = c.date()
    nurse = c.pick("nurse")
    rows = [["Patient", "Dossier", "Indication", "Séance", "Date", "Heure"]]
    ids = []
    for i in range(r.randint(4, 7)):
        p = c.patient("qc")
        mrn_s, mrn = gen_mrn(r, "plain")
        ids.append(("mrn", mrn))
        rows.append([name_form(r, p, L, "upper_comma"), mrn_s,
                     r.choice(["GVH chronique cutanée sclérodermiforme", "GVH chronique buccale/oculaire",
                               "GVH chronique pulmonaire (BOS)", "GVH aiguë corticorésistante"]),
                     "%d/%d" % (r.randint(1, 12), 24), (dt + datetime.timedelta(days=r.randint(1, 6))).date().isoformat(),
                     r.choice(["08:00", "10:30", "13:00"])])
    x = make_xlsx([("Photophérèse", rows)], author=nurse.full)
    body = "\n".join([greet(L, r), "", "Horaire de photophérèse extracorporelle de la semaine prochaine en pièce jointe. "
                      "Deux nouveaux patients commencent mardi.", "", nurse.given + " — unité d'aphérèse"])
    return Msg(L, "ecp_schedule", True, ["patient_name", "mrn", "diagnosis"],
               "horaire de photophérèse avec patients (classeur XLSX)",
               staff_addr(nurse), [("Équipe aphérèse", "apherese@" + ORG["dom"])], "Horaire PCE semaine prochaine",
               body, atts=[Att("Horaire_PCE_%s.xlsx" % dt.strftime("%Y-%m-%d"), XLSX, x)], ids=ids, date=dt)


def f_research_enrol(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    rc = c.pick("research")
    hem = c.pick("hemato")
    body = "\n".join([
        "Bonjour,", "",
        "Inscription confirmée à l'étude GREFFE-PTCy-02 :",
        "  Participant no %03d — %s, né(e) le %s" % (r.randint(1, 80), name_form(r, p, L, r.choice(["full", "sur_first"])),
                                                    fmt_dob(r, p.dob, L)),
        "  Diagnostic : %s" % r.choice(DX[L])[0],
        "  Bras attribué : %s" % r.choice(["PTCy + tacrolimus", "ATG + tacrolimus + MTX"]),
        "  Consentement signé le %s (version 3.1)." % fr_date((dt - datetime.timedelta(days=2)).date()),
        "",
        "Merci d'inscrire la date de J0 au formulaire de suivi dès qu'elle sera connue.", "",
        sig(rc, L, "Coordonnatrice de recherche clinique" if rc.sex == "F" else "Coordonnateur de recherche clinique")])
    return Msg(L, "research_enrolment", True, ["patient_name", "date_of_birth", "diagnosis", "medication"],
               "confirmation d'inscription d'un participant nommé à une étude",
               staff_addr(rc), [staff_addr(hem)], "Inscription étude PTCy-02", body, date=dt)


def f_france_nir(c):
    r = c.rng
    p = c.patient("fra")
    dt = c.date()
    clerk = c.pick("clerk")
    nir = gen_nir(r, p.dob, p.sex)
    dx, dxs = r.choice(DX[L])
    body = "\n".join([
        "Madame, Monsieur,", "",
        "Nous sollicitons l'accord préalable de prise en charge pour %s, ressortissant(e) français(e) "
        "actuellement traité(e) dans notre établissement." % name_form(r, p, L, r.choice(["title", "upper_comma"])),
        "",
        "  N° de sécurité sociale : %s" % fmt_nir(r, nir),
        "  Date de naissance : %s" % fmt_dob(r, p.dob, L),
        "  Diagnostic : %s" % dx,
        "  Acte prévu : allogreffe de cellules souches hématopoïétiques, hospitalisation estimée à 35 jours.",
        "",
        "Le devis détaillé suit par courrier séparé.", "",
        "Veuillez agréer nos salutations distinguées.", "", clerk.full, "Bureau des patients internationaux", ORG["fr_name"]])
    return Msg(L, "insurer_preauth", True, ["patient_name", "fr_nir", "date_of_birth", "diagnosis"],
               "demande d'accord préalable à une caisse française",
               staff_addr(clerk), [("Service international", "international@cpam-rhonesud.example")],
               "Demande d'accord préalable — allogreffe", body, ids=[("fr_nir", nir)], date=dt)


def f_belgium_niss(c):
    r = c.rng
    p = c.patient("be")
    dt = c.date()
    hem = c.pick("hemato")
    nm, dom, tel = EXT["chub"]
    niss = gen_niss(r, p.dob, p.sex)
    dx, dxs = DX[L][r.choice([3, 4, 7, 10])]
    refmd = r.choice(["Dr Vanderstraeten", "Dre Wauters-Lenoir", "Dr Coppens"])
    body = "\n".join([
        "Cher confrère, chère consœur,", "",
        "Suite à l'établissement au Québec de %s, nous vous serions reconnaissants de nous faire parvenir "
        "le dossier de greffe complet :" % name_form(r, p, L, r.choice(["title", "full", "upper_comma"])),
        "",
        "  NISS : %s" % fmt_niss(r, niss),
        "  Né(e) le : %s" % fmt_dob(r, p.dob, L),
        "  Diagnostic : %s; autogreffe en %d dans votre centre." % (dx, r.randint(2019, 2023)),
        "  Traitement actuel : %s" % "; ".join(r.sample(MEDS[L], 2)),
        "",
        "En particulier : rapports de typage HLA, compte CD34 du greffon, et derniers chimérismes.", "",
        sig(hem, L, "Hématologue, greffe")])
    return Msg(L, "records_request", True,
               ["patient_name", "be_niss", "date_of_birth", "diagnosis", "medication"],
               "demande de dossier à un centre belge pour un patient établi au Québec",
               staff_addr(hem), [(refmd, "hematologie@" + dom)], "Demande de dossier de greffe", body,
               ids=[("be_niss", niss)], date=dt)


def f_iron_letter(c):
    r = c.rng
    p = c.patient("qc")
    dt = c.date()
    hem = c.pick("hemato")
    ferr = r.randint(1400, 4200)
    body = "\n".join([
        "Cher collègue,", "",
        "Je revois %s à 1 an de son allogreffe. Elle/il va bien, sans GVH active. La ferritine reste élevée à %d µg/L "
        "avec saturation de la transferrine à %d %% et une IRM hépatique à %s mg Fe/g." % (
            name_form(r, p, L, r.choice(["title", "title_sur"])), ferr, r.randint(55, 92), dec(round(r.uniform(4, 11), 1), L)),
        "",
        "Plan : phlébotomies de 350 mL aux 2 semaines si Hb > 110 g/L, sinon déférasirox (Jadenu) 14 mg/kg DIE avec "
        "suivi de la créatinine mensuel. Je la/le reverrai dans 3 mois.", "",
        sig(hem, L, "Hématologue, greffe")])
    return Msg(L, "consult_letter", True, ["patient_name", "lab_result", "medication", "diagnosis"],
               "lettre de suivi d'une surcharge en fer post-greffe",
               staff_addr(hem), [("Dr Pascal Ouimet-Dandurand", "md.ouimet@gmf-lacsarcelles.example")],
               "Suivi post-greffe — surcharge en fer", body, date=dt)


TEMPLATES = []  # filled in gen_registry

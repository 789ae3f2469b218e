"""Messages positifs (confidentiels) en français - partie 1."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Att, Mail

TD = datetime.timedelta


def sp(st):
    return (st["name"], st["addr"])


def fr1(x):
    return ("%.1f" % x).replace(".", ",")


def il(p):
    return "elle" if p.sex == "F" else "il"


def e_(p):
    return "e" if p.sex == "F" else ""


def nam_id(p):
    return [("ramq_nam", p.nam)]


PROG_FR = [
    ("IC", "insuffisance cardiaque à FEVG réduite", lambda r: "poids %s kg (%s kg/48 h)" % (fr1(r.uniform(58, 108)), ("%+.1f" % r.uniform(-0.6, 2.7)).replace(".", ",")),
     ["furosémide 40 → 80 mg die", "cesser spironolactone, K+ à recontrôler", "furosémide inchangé, pesée quotidienne"]),
    ("MPOC", "MPOC en exacerbation", lambda r: "SpO2 %d %% AA, FC %d" % (r.randint(85, 95), r.randint(70, 114)),
     ["prednisone 40 mg J3/5", "salbutamol q4h PRN, appeler si SpO2 < 88 %", "amoxicilline-clavulanate J4/7"]),
    ("HTA", "hypertension artérielle", lambda r: "TA %d/%d" % (r.randint(128, 190), r.randint(74, 110)),
     ["amlodipine 5 → 10 mg", "ajout HCTZ 12,5 mg", "périndopril 4 mg, ions dans 1 sem."]),
    ("DB", "diabète type 2 sous insuline", lambda r: "glycémie à jeun %s mmol/L" % fr1(r.uniform(3.3, 18.2)),
     ["glargine 18 → 20 U HS", "baisser glargine de 2 U (hypo)", "ajout empagliflozine 10 mg"]),
    ("COVID", "COVID-19 avec pneumonie", lambda r: "SpO2 %d %%, T %s °C" % (r.randint(88, 96), fr1(r.uniform(36.5, 38.6))),
     ["dexaméthasone 6 mg J5/10", "dexaméthasone poursuivie; urgence si SpO2 < 90 %"]),
]


# ---------------------------------------------------------------- F1 alerte HTML de la plateforme
def f_alerte(ctx):
    rng = ctx.rng
    p = ctx.holder("senior")
    when = ctx.date()
    pid = "UV-%04d" % rng.randint(100, 2999)
    kind = rng.choice([("SpO2 sous le seuil", "SpO2 %d %% (seuil 88 %%)" % rng.randint(82, 87), "MPOC - oxymétrie"),
                       ("Gain de poids", "+%s kg en 48 h (seuil 2,0 kg)" % fr1(rng.uniform(2.1, 3.4)), "Insuffisance cardiaque"),
                       ("TA systolique élevée", "%d/%d mmHg (seuil 180)" % (rng.randint(182, 205), rng.randint(95, 120)), "Hypertension")])
    nam = C.fmt_nam(p.nam, rng.choice(["plain", "space", "dot"]))
    dob = C.fmt_date(p.dob, "iso")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="8" style="border:1px solid #c00">
<tr><td style="background:#c00;color:#fff;font-size:16px"><b>ALERTE ROUGE</b> - %s</td></tr>
<tr><td>
<b>Patient :</b> %s<br>
<b>NAM :</b> %s &nbsp; <b>Date de naissance :</b> %s &nbsp; <b>Sexe :</b> %s<br>
<b>Programme :</b> %s<br>
<b>Mesure :</b> %s, reçue à %s<br>
<b>Identifiant plateforme :</b> %s
</td></tr>
<tr><td style="font-size:11px;color:#666">Cette alerte doit être prise en charge dans les 30 minutes.
Accéder au dossier : <a href="https://portail.%s/alertes/%s">portail Télévigie</a><br>
Ne pas répondre à ce courriel.</td></tr></table>
</body></html>
""" % (kind[0], p.last_first(), nam, dob, p.sex, kind[2], kind[1], when.strftime("%H:%M"), pid, C.VENDOR_DOM, pid)
    return Mail("fr", "alerte", "alerte rouge de la plateforme de télésurveillance", "[ALERTE ROUGE] %s - %s" % (kind[0], pid),
                ("Télévigie - Alertes", "alertes@" + C.VENDOR_DOM), [("Infirmières UV", "uv-infirmieres@" + C.DOM)],
                html=html, form="html", date=when,
                types=["patient_name", "ramq_nam", "date_of_birth", "lab_result", "diagnosis"],
                ids=nam_id(p), nams=[p], names=[p.last_first()])


# ---------------------------------------------------------------- F2 demande d'admission DOCX
def f_admission(ctx):
    rng = ctx.rng
    p = ctx.holder("senior")
    md = ctx.staff("fr", rng.choice([1, 2, 10]))
    coord = ctx.staff("fr", 0)
    when = ctx.date()
    prog = rng.choice(PROG_FR[:4])
    table = [["Champ", "Valeur"],
             ["Nom, prénom", p.last_first()],
             ["NAM", C.fmt_nam(p.nam, rng.choice(["space", "plain", "dash"]))],
             ["Date de naissance", C.fmt_date(p.dob, "iso")],
             ["Sexe", p.sex],
             ["Adresse", p.address],
             ["Téléphone", p.phone],
             ["Programme demandé", prog[0]],
             ["Diagnostic principal", prog[1]],
             ["Dernière mesure", prog[2](rng)],
             ["Médication pertinente", "; ".join(rng.sample(["furosémide 40 mg die", "bisoprolol 5 mg die", "apixaban 5 mg BID",
                                                         "insuline glargine 20 U HS", "metformine 500 mg BID", "tiotropium 18 mcg die",
                                                         "amlodipine 10 mg die"], 3))],
             ["Particularités", rng.choice(["Malentendant, appeler le fils", "Vit avec sa conjointe", "Pas de wifi - passerelle cellulaire"])]]
    docx = D.build_docx("Demande d'admission - Unité virtuelle de soins", ["Formulaire UV-01 (rév. 2024-06)"], table=table,
                        after_table=["Médecin demandeur : %s" % md["name"], "Date : %s" % when.strftime("%Y-%m-%d")])
    fn = rng.choice(["Demande_UV_%s.docx" % C.strip_accents(p.surname), "demande admission UV.docx", "UV-01 %s %s.docx" % (p.surname, p.given)])
    text = "Bonjour %s,\n\nCi-joint une demande d'admission à l'unité virtuelle, congé prévu %s. Merci de planifier la livraison de l'équipement.\n\n%s" % (
        coord["given"], rng.choice(["demain", "jeudi", "cet après-midi"]), md["given"]) + ctx.sig(md, "fr")
    return Mail("fr", "admission", "demande d'admission à l'unité virtuelle (formulaire rempli)",
                rng.choice(["Demande d'admission UV", "Nouvelle demande - unité virtuelle", "Admission UV - congé"]),
                sp(md), [sp(coord)], text=text, date=when,
                atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)],
                types=["patient_name", "ramq_nam", "date_of_birth", "patient_contact", "diagnosis", "lab_result", "medication"],
                ids=nam_id(p), nams=[p], names=[p.last_first()])


# ---------------------------------------------------------------- F3 liste de suivi XLSX
def f_liste(ctx):
    rng = ctx.rng
    ag = ctx.staff("fr", 4)
    when = ctx.date()
    rows = [["Lit virtuel", "No dossier", "Nom", "Prénom", "Programme", "Diagnostic", "J", "Dernière mesure", "Alerte", "Conduite"]]
    names = []
    for i in range(rng.randint(5, 9)):
        p = ctx.patient("fr")
        prog = rng.choice(PROG_FR)
        names.append(p.surname)
        rows.append(["UV-%02d" % (i + 1), C.fmt_mrn(p.mrn, rng.choice(["plain", "dash", "space"])), p.surname.upper(), p.given,
                     prog[0], prog[1], rng.randint(1, 25), prog[2](rng), rng.choice(["", "", "jaune", "rouge"]), rng.choice(prog[3])])
    x = D.build_xlsx([("Liste", rows)])
    fn = "liste_UV_%s.xlsx" % when.strftime("%Y%m%d")
    text = "Bonjour à tous,\n\nVoici la liste de suivi de l'unité virtuelle en date d'aujourd'hui. Deux congés prévus, trois admissions en attente de livraison d'équipement.\n\nNadia\n"
    return Mail("fr", "liste_suivi", "liste quotidienne des patients suivis (chiffrier)", "Liste UV %s" % when.strftime("%d-%m-%Y"),
                sp(ag), [sp(ctx.staff("fr", k)) for k in (0, 1, 3, 16)], text=text, date=when,
                atts=[Att(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)],
                types=["patient_name", "mrn", "diagnosis", "lab_result", "medication"], names=names)


# ---------------------------------------------------------------- F4 relève dans le corps
def f_releve(ctx):
    rng = ctx.rng
    a, b = ctx.staff("fr", 3), ctx.staff("fr", 16)
    if rng.random() < 0.5:
        a, b = b, a
    when = ctx.date()
    lines, names = [], []
    with_mrn = rng.random() < 0.5
    for i in range(rng.randint(4, 6)):
        p = ctx.patient("fr")
        prog = rng.choice(PROG_FR)
        nm = ctx.name_form(p, "fr", ["last_first", "lower", "initial_surname", "titled", "surname_initial", "upper_full"])
        names.append(nm)
        dos = (" (dos. %s)" % C.fmt_mrn(p.mrn, rng.choice(["plain", "space", "dot", "fw"]))) if with_mrn else ""
        lines.append("- UV-%02d %s%s : %s, %s. %s." % (rng.randint(1, 28), nm, dos, prog[1], prog[2](rng), rng.choice(prog[3])))
    text = """Salut %s,

Relève de soir pour l'UV, seulement les patients à surveiller :

%s

Les autres : RAS. Si la plateforme plante encore, le numéro de garde Télévigie est le 1-800-555-0199.

%s""" % (b["given"], "\n".join(lines), a["given"])
    types = ["patient_name", "diagnosis", "lab_result", "medication"] + (["mrn"] if with_mrn else [])
    return Mail("fr", "releve", "relève de garde de l'unité virtuelle", rng.choice(["Relève UV", "relève soir", "Relève %s" % when.strftime("%d/%m")]),
                sp(a), [sp(b)], text=text, date=when, form="plain", types=types, names=names)


# ---------------------------------------------------------------- F5 contrat de prêt PDF
def f_pret(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    tech = ctx.staff("fr", 5)
    inf = ctx.staff("fr", rng.choice([3, 16, 9]))
    when = ctx.date()
    prog = rng.choice([("Télésurveillance MPOC", ["saturomètre", "tablette"]), ("Unité virtuelle - insuffisance cardiaque", ["balance", "tensiomètre", "tablette"]),
                       ("Diabète gestationnel", ["glucomètre", "passerelle"])])
    lines = ["## Emprunteur", "Nom : %s" % p.titled_full("fr"), "Adresse : %s" % p.address, "Téléphone : %s" % p.phone,
             "Programme : %s" % prog[0], "## Équipement prêté"]
    for item in prog[1]:
        lines.append("| %-12s | no série %s | actif CHRS-%05d |" % (item, C.luhn_serial(rng, "49", 15), rng.randint(1000, 99999)))
    lines += ["## Conditions", "L'équipement demeure la propriété du CHRS et doit être retourné à la fin du suivi.",
              "En cas de bris ou de perte, aviser le centre de coordination au 450-555-0147.",
              "Signé le %s. Témoin : %s" % (when.strftime("%Y-%m-%d"), inf["name"])]
    pdf = D.build_pdf("Contrat de prêt d'équipement de télésurveillance", lines, header=C.HOSP)
    fn = rng.choice(["contrat_pret_%s.pdf" % C.strip_accents(p.surname), "Contrat prêt - %s.pdf" % p.full(), "numérisation_%s.pdf" % when.strftime("%Y%m%d")])
    text = "Bonjour %s,\n\nContrat de prêt signé ci-joint pour la trousse livrée ce matin. Peux-tu ajouter les numéros de série au registre?\n\nMerci\n%s" % (
        tech["given"], inf["given"])
    names = [p.full()]
    return Mail("fr", "pret_equipement", "contrat de prêt d'équipement signé par un patient", "Contrat de prêt signé",
                sp(inf), [sp(tech)], text=text, date=when, atts=[Att(fn, "application/pdf", pdf)],
                types=["patient_name", "patient_contact", "diagnosis"], names=names)


# ---------------------------------------------------------------- F6 cueillette par messager
def f_messager(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    ag = ctx.staff("fr", 4)
    when = ctx.date()
    d = when.date() + TD(days=rng.randint(1, 3))
    raison = rng.choice(["fin du suivi en insuffisance cardiaque", "patient réadmis pour exacerbation de MPOC", "fin de la télésurveillance MPOC",
                         "décès du patient (suivi palliatif en IC) - la famille souhaite qu'on récupère l'équipement rapidement"])
    nm = ctx.name_form(p, "fr", ["titled_full", "full", "last_first"])
    text = """Bonjour,

Pourriez-vous planifier une cueillette le %s?

Nom : %s
Adresse : %s
Téléphone : %s
Contenu : 1 bac - tensiomètre, balance Bluetooth, tablette et chargeur
Motif : %s

Merci d'appeler 30 minutes avant. Livrer au Génie biomédical, quai 2, %s.
No de compte : 44-1875""" % (C.short_day(d, "fr"), nm, p.address, p.phone, raison, C.HOSP) + ctx.sig(ag, "fr")
    return Mail("fr", "transport", "demande de cueillette d'équipement au domicile d'un patient",
                rng.choice(["Cueillette équipement - %s" % d.strftime("%d/%m"), "Demande de cueillette", "Retour de trousse"]),
                sp(ag), [("Répartition", "repartition@" + C.COURIER_DOM)], text=text, date=when,
                types=["patient_name", "patient_contact", "diagnosis"], names=[nm])


# ---------------------------------------------------------------- F7 téléconsultation ICS
def f_teleconsult(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    md = ctx.staff("fr", rng.choice([1, 11, 10]))
    inf = ctx.staff("fr", rng.choice([3, 16]))
    when = ctx.date()
    start = datetime.datetime.combine(when.date() + TD(days=rng.randint(1, 7)), datetime.time(rng.choice([8, 9, 11, 13, 15]), rng.choice([0, 15, 30])))
    sujet = rng.choice([("révision glycémies, DB2 sous insuline", "glycémies à jeun 9-14 mmol/L, une hypo à 3,4 mardi"),
                        ("ajustement antihypertenseurs", "moyenne 7 jours 154/92 sous 3 agents"),
                        ("suivi MPOC post-exacerbation", "SpO2 89-92 % au repos, toux productive")])
    summary = "Téléconsultation - %s - %s" % (p.titled_full("fr"), sujet[0])
    desc = "Visite vidéo Télévigie. Si la vidéo échoue, appeler le patient au %s.\nDonnées : %s" % (p.phone, sujet[1])
    ics = D.build_ics("tc-%08x@%s" % (rng.getrandbits(32), C.DOM), start, start + TD(minutes=20), summary, desc,
                      "Virtuel - salle Télévigie 2", sp(inf), [sp(md)], when.astimezone(datetime.timezone.utc))
    text = "Bonjour %s %s,\n\nRendez-vous ajouté à votre agenda, invitation ci-jointe.\n\n%s\n" % (ctx.dr(md), md["surname"], inf["given"])
    return Mail("fr", "teleconsultation", "invitation de téléconsultation avec données de suivi", "Invitation : " + summary,
                sp(inf), [sp(md)], text=text, date=when,
                atts=[Att("invitation.ics", "text/calendar", ics, charset="utf-8", params=["method=REQUEST"])],
                types=["patient_name", "patient_contact", "diagnosis", "lab_result"], names=[p.titled_full("fr")])


# ---------------------------------------------------------------- F8 export CSV glycémies pédiatrique
def f_csv_peds(ctx):
    rng = ctx.rng
    p = ctx.holder("child")
    inf = ctx.staff("fr", rng.choice([3, 16]))
    md = ctx.staff("fr", 11)
    when = ctx.date()
    rows = [["# Patient : %s" % p.last_first()], ["# NAM : %s" % C.fmt_nam(p.nam, "plain")],
            ["# Date de naissance : %s ; sexe : %s" % (C.fmt_date(p.dob, "iso"), p.sex)],
            ["horodatage", "glycemie_mmol_L", "source", "bolus_U", "basal_U"]]
    d0 = when.date() - TD(days=5)
    for d in range(5):
        for hh in (7, 11, 16, 20, 2):
            rows.append(["%s %02d:%02d" % ((d0 + TD(days=d)).isoformat(), hh, rng.randint(0, 59)), fr1(rng.uniform(2.9, 19.5)),
                         rng.choice(["CGM", "CGM", "doigt"]), rng.choice(["", "2", "3", "4,5"]), "" if hh != 20 else "8"])
    csv = D.build_csv(rows, sep=";")
    fn = "export_glycemies_%s.csv" % when.strftime("%Y%m%d")
    text = """Dre %s,

Export des 5 derniers jours pour %s (diabète type 1, pompe retirée, MDI insuline glargine + lispro depuis août). Beaucoup d'hypos nocturnes vers 2 h; la mère demande si on peut baisser la basale.

%s""" % (md["surname"], p.given, inf["given"])
    return Mail("fr", "export_glycemies", "export CSV des glycémies d'un enfant suivi à domicile", "Export glycémies - %s" % p.given,
                sp(inf), [sp(md)], text=text, date=when, atts=[Att(fn, "text/csv", csv, charset=rng.choice(["utf-8", "windows-1252"]))],
                types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "medication"],
                ids=nam_id(p), nams=[p], names=[p.last_first()])


# ---------------------------------------------------------------- F9 ordonnance à la pharmacie
def f_pharmacie(ctx):
    rng = ctx.rng
    p = ctx.holder("adult")
    md = ctx.staff("fr", rng.choice([1, 11]))
    ph = ctx.staff("fr", 7)
    when = ctx.date()
    chg = rng.choice([("Augmenter insuline glargine (Basaglar) de 16 à 20 unités au coucher.", "glycémies à jeun 10 à 13 mmol/L depuis 10 jours"),
                      ("Cesser amlodipine 5 mg. Débuter périndopril/amlodipine 4/5 mg die.", "TA moyenne à domicile 151/93, œdème aux chevilles"),
                      ("Furosémide (Lasix) 60 mg le matin x 5 jours puis reprendre 40 mg die.", "gain de 2,3 kg en 3 jours, insuffisance cardiaque")])
    nm = ctx.name_form(p, "fr", ["titled_full", "last_first", "full"])
    text = """Bonjour,

Modification de traitement pour %s, suivi%s par l'unité virtuelle :
%s
Téléphone : %s

%s
Justification : %s.

Merci d'ajuster le pilulier à partir de la prochaine livraison. L'ordonnance signée suit par télécopieur.

""" % (nm, e_(p), ctx.identity(p, "fr"), p.phone, chg[0], chg[1]) + ctx.sig(md, "fr")
    return Mail("fr", "pharmacie", "modification de traitement transmise à la pharmacie communautaire",
                rng.choice(["Modification Rx - patient UV", "Changement de médication / pilulier", "Ordonnance à suivre"]),
                sp(md), [("Pharmacie Beaudry-Lacasse", "labo@" + C.PHARMA_DOM)], cc=[sp(ph)], text=text, date=when,
                types=["patient_name", "ramq_nam", "date_of_birth", "patient_contact", "medication", "lab_result", "diagnosis"],
                ids=nam_id(p), nams=[p], names=[nm])


# ---------------------------------------------------------------- F10 résumé de fin de suivi PDF
def f_resume(ctx):
    rng = ctx.rng
    p = ctx.holder("senior")
    md = ctx.staff("fr", rng.choice([1, 10, 2]))
    when = ctx.date()
    dx = rng.choice([("MPOC avec exacerbation", "SpO2 minimale 86 % au J2, 93-95 % à l'air ambiant dès le J6",
                      "tiotropium 18 mcg die, budésonide/formotérol 200/6 2 inh BID, salbutamol PRN"),
                     ("Insuffisance cardiaque FEVG 30 %", "poids passé de 76,9 à 73,2 kg, stable depuis 7 jours; K 4,4, créat 121",
                      "furosémide 40 mg die, sacubitril/valsartan 49/51 mg BID, bisoprolol 5 mg die, dapagliflozine 10 mg"),
                     ("Urgence hypertensive", "TA à domicile de 188/106 à 132/80 (moyenne 7 jours)", "amlodipine 10 mg die, indapamide 1,25 mg die")])
    lines = ["Nom : %s" % p.last_first(),
             "NAM : %s     Date de naissance : %s     Sexe : %s" % (C.fmt_nam(p.nam, rng.choice(["plain", "space"])), C.fmt_date(p.dob, "fr_long"), p.sex),
             "Durée du suivi : %d jours, fin le %s" % (rng.randint(10, 35), when.strftime("%Y-%m-%d")),
             "## Diagnostic", dx[0], "## Évolution", dx[1] + ".", "## Médication à la fin du suivi", dx[2],
             "## Suivi", "Médecin de famille dans 2 semaines. Équipement récupéré le %s." % (when.date() + TD(days=2)).isoformat()]
    pdf = D.build_pdf("Unité virtuelle de soins - Résumé de fin de suivi", lines, header=C.HOSP)
    fn = rng.choice(["Résumé fin de suivi - %s.pdf" % p.surname, "resume_UV_%s.pdf" % when.strftime("%Y%m%d")])
    text = "Bonjour,\n\nVeuillez trouver ci-joint le résumé de fin de suivi de votre patient%s à l'unité virtuelle.\n\nCordialement,\n" % ("e" if p.sex == "F" else "") + ctx.sig(md, "fr")
    return Mail("fr", "resume_fin_suivi", "résumé de fin de suivi envoyé au médecin de famille",
                rng.choice(["Résumé de fin de suivi UV", "Fin de suivi - unité virtuelle"]), sp(md),
                [("GMF des Saules", "secretariat@gmf-saules.example")], text=text, date=when,
                atts=[Att(fn, "application/pdf", pdf)],
                types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result"],
                ids=nam_id(p), nams=[p], names=[p.last_first()])


# ---------------------------------------------------------------- F11 suivi de labo
def f_labo(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    md = ctx.staff("fr", rng.choice([1, 2]))
    inf = ctx.staff("fr", rng.choice([3, 16]))
    when = ctx.date()
    k = rng.uniform(5.5, 6.3)
    cr = rng.randint(140, 195)
    dos = C.fmt_mrn(p.mrn, rng.choice(["plain", "space", "dot", "slash", "fw", "prefix", "dash"]))
    nm = ctx.name_form(p, "fr", ["titled", "last_first", "full", "initial_surname", "lower"])
    text = """%s,

Résultats du J7 pour %s, dossier %s : K %s, créat %d (%d au congé), Na 137. Sacubitril/valsartan débuté il y a 9 jours pour son IC; spironolactone toujours en cours.

Poids stable, TA 104/66 ce matin. On suspend la spiro et on recontrôle vendredi? Je peux demander un prélèvement au CLSC.

%s""" % (md["given"], nm, dos, fr1(k), cr, cr - rng.randint(20, 45), inf["given"])
    return Mail("fr", "suivi_labo", "suivi d'un potassium anormal", rng.choice(["K+ %s à réviser" % fr1(k), "Labos J7", "ions revenus"]),
                sp(inf), [sp(md)], text=text, date=when,
                types=["patient_name", "mrn", "lab_result", "medication", "diagnosis"], names=[nm, dos])


# ---------------------------------------------------------------- F12 billet au fournisseur
def f_billet(ctx):
    rng = ctx.rng
    p = ctx.patient("fr")
    inf = ctx.staff("fr", rng.choice([3, 16, 0]))
    when = ctx.date()
    tk = "TV-%06d" % rng.randint(100000, 999999)
    nm = ctx.name_form(p, "fr", ["full", "titled_full", "lower"])
    text = """Bonjour le soutien technique,

Billet %s toujours ouvert. Le tensiomètre de notre patient%s %s ne transmet plus depuis %s. C'est un%s patient%s hypertendu%s sous amlodipine, périndopril et HCTZ, et la dernière TA reçue était %d/%d. Pouvez-vous l'appeler directement au %s? %s est à la maison toute la journée.

No série de la passerelle : %s

Merci""" % (tk, e_(p), nm, rng.choice(["lundi", "la fin de semaine", "mardi soir"]), e_(p), e_(p), e_(p), rng.randint(160, 185), rng.randint(92, 106),
             p.phone, il(p).capitalize(), C.luhn_serial(rng, "86", 15)) + ctx.sig(inf, "fr")
    return Mail("fr", "billet_fournisseur", "billet de soutien technique contenant des données d'un patient",
                "RE: [%s] Tensiomètre ne transmet plus" % tk, sp(inf), [("Soutien Télévigie", "soutien@" + C.VENDOR_DOM)],
                text=text, date=when, types=["patient_name", "diagnosis", "lab_result", "patient_contact", "medication"], names=[nm])

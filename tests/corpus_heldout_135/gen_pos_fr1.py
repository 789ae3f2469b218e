"""French positives, part 1: bookings, transport, skin, rosters, dosimetry,
prescriptions, toxicity calls, referrals, quoted replies, lodging."""
import datetime as dt

import gen_data as D
import gen_docs as G
from gen_ctx import slug
from gen_mime import Att, Forward, Quote, Table

SHORT_FR = {"breast": "sein", "prostate": "prostate", "hn": "ORL", "lung": "poumon", "rectum": "rectum",
            "brainmets": "métas cérébrales", "bonemets": "méta osseuse", "cervix": "col utérin",
            "gbm": "GBM", "lymphoma": "lymphome", "skin": "peau (CBC/CE)", "esoph": "œsophage",
            "peds": "pédiatrie"}


def site_short(c, p):
    c.add("diagnosis")
    return SHORT_FR[p.site]


def cap(s):
    return s[:1].upper() + s[1:]


def hello(c, p=None):
    return c.pick(["Bonjour,", "Bonjour à toutes,", "Allo,"] + (["Bonjour " + p["given"] + ","] if p else []))


# 1 ------------------------------------------------------------------------------
def sim_booking(c):
    md = c.md()
    sec = c.staff(["secrétaire", "agente"])
    urgent = c.chance(0.33)
    site = "bonemets" if urgent else c.pick(["breast", "prostate", "hn", "lung", "rectum", "gbm", "esoph"])
    use_nam = c.chance(0.4)
    p = c.patient(site=site, nam=use_nam)
    sender = c.who(md) if c.chance(0.5) else c.who(sec)
    nm = c.pname(p, c.pick(["upper_sur", "title_full", "sur_given"]))
    fields = [f"Nom : {nm}", f"No de dossier : {c.mrn(p)}", f"DDN : {c.dob(p)}"]
    if use_nam and p.nam:
        fields.append(f"NAM : {c.nam(p)}   Sexe : {c.sex(p)}")
    fields.append(f"Dx : {c.dx(p)}")
    fields.append(f"Traitement prévu : {c.rx(p)}, {c.tech(p)}")
    pos = {"breast": "décubitus dorsal, 2 bras au-dessus de la tête, planche sein, DIBH à valider",
           "prostate": "décubitus dorsal, genoux sur support, vessie pleine (500 mL 45 min avant), rectum vide",
           "hn": "masque 5 points, bouche ouverte avec bloc mordant",
           "lung": "4D-TDM, bras au-dessus de la tête, Vac-Lok",
           "rectum": "ventral sur belly board, vessie pleine",
           "gbm": "masque thermoplastique tête, fusion IRM du {}".format(c.date(c.earlier(3, 15))),
           "esoph": "décubitus dorsal, à jeun 3 h, bras en haut",
           "bonemets": "décubitus dorsal, matelas coquille, analgésie 30 min avant"}[site]
    fields.append(f"Positionnement : {pos}")
    contrast = c.chance(0.5) and site in ("hn", "lung", "esoph", "rectum", "gbm")
    if contrast:
        fields.append(f"Contraste IV : oui — {c.lab(p)} le {c.date(c.earlier(2, 12), 'dmy')}")
    else:
        fields.append("Contraste IV : non")
    extra = c.pick(["Patient claustrophobe, prévoir Ativan 1 mg SL 30 min avant (prescrit).",
                    "Se déplace en fauteuil roulant, besoin de 2 personnes pour le transfert.",
                    "Interprète en espagnol requis.", "", "Porteur de stimulateur cardiaque — aviser la physique."])
    if "Ativan" in extra:
        c.add("medication")
    if "stimulateur" in extra:
        c.add("diagnosis")
    if urgent:
        subj = c.pick([f"URGENT - simulation palliative aujourd'hui - {p.surname.upper()}",
                       "URGENT simu palliative ce PM svp"])
        intro = (f"{hello(c)}\nPatient{p.e()} vu{p.e()} à l'urgence ce matin, {c.tox(p)}. "
                 f"Dexaméthasone 8 mg débutée. J'aimerais simuler aujourd'hui PM et traiter demain matin "
                 f"sur le {c.pick(D.UNITS[:4])} si possible.")
        c.add("medication")
    else:
        subj = c.pick([f"Demande de simulation - {nm}", "Simulation TDM à céduler",
                       f"Simu {SHORT_FR[site]} - dossier {p.mrn}"])
        if "dossier" in subj:
            c.records.append(("mrn", p.mrn, p))
        start = c.later(5, 15)
        intro = (f"{hello(c)}\nPourriez-vous céduler une simulation pour {'la' if p.sex == 'F' else 'le'} "
                 f"patient{p.e()} suivant{p.e()}, début de traitement souhaité au plus tard le "
                 f"{c.day(start)}. Consentement signé en clinique aujourd'hui.")
    body = [intro, "\n".join(fields)]
    if extra:
        body.append(extra)
    body.append(c.pick(["Merci!", "Merci beaucoup,", "Merci de me confirmer la date."]))
    to = [c.box("sim")]
    cc = [c.box("dosi")] if c.chance(0.5) else []
    return c.mail("sim_booking", "CT simulation booking request", sender, to, subj, body, cc=cc,
                  sig=c.sig(md, md=True) if sender[1] == md["email"] else c.sig(sec))


# 2 ------------------------------------------------------------------------------
def transport_request(c):
    nurse = c.staff(["pivot", "agente", "préposé"])
    p = c.patient()
    n_fx = max(5, int(c.rx(p).split("/")[1].strip().split()[0]) if "/" in c.rx(p) else 20)
    d1 = c.later(2, 8)
    d2 = I_add_workdays(d1, n_fx - 1)
    org = c.pick([("Transport bénévole Val-Sainte-Claire", "demandes@transport-benevole-vsc.example"),
                  ("Taxi Étoile - comptes médicaux", "comptes@taxi-etoile.example"),
                  ("Transport adapté MRC des Saules", "reservation@ta-saules.example")])
    heure = c.time(c.pick([8, 9, 10, 13, 14]), c.pick([0, 20, 40]))
    nm = c.pname(p, c.pick(["title_full", "upper_sur", "full"]))
    rows = [("Nom", nm), ("Adresse", c.addr(p)), ("Téléphone", c.phone(p))]
    if c.chance(0.5):
        rows.append(("Cellulaire (fille)", c.phone(p, cell=True)))
    if c.chance(0.4):
        rows.append(("Date de naissance", c.dob(p)))
    mob = c.pick(["autonome", "marchette, a besoin d'aide pour monter dans le véhicule",
                  "fauteuil roulant non motorisé", "canne, oxygène portatif 2 L"])
    rows += [("Mobilité", mob), ("Lieu", f"{D.CENTRE_FR}, entrée B (radio-oncologie, niveau -1)"),
             ("Période", f"du {c.day(d1)} au {c.day(d2)} ({n_fx} traitements, lundi au vendredi)"),
             ("Heure de rendez-vous", f"{heure} (arrivée 15 min avant)")]
    body = [f"{hello(c)}\nNous aimerions planifier le transport aller-retour pour une personne qui "
            f"débute ses traitements de radiothérapie.",
            "\n".join(f"{k} : {v}" for k, v in rows)]
    if c.chance(0.5):
        body.append("Remarque : " + c.social(p, c.pick([0, 2, 5])) + ".")
    if c.chance(0.35):
        body.append(f"Traitements pour {c.dx(p)} ; {p.pron('fr')} peut être fatigué{p.e()} en fin de "
                    "semaine, merci de prévoir un chauffeur patient.")
    body.append("L'horaire peut changer d'une journée à l'autre, nous vous aviserons la veille. Merci!")
    atts = []
    if c.chance(0.45):
        atts.append(Att(f"{p.surname}_{p.given}.vcf", "text/vcard",
                        G.vcard(f"{p.given} {p.surname}", p.surname, p.given, tel=p.phone,
                                adr=(p.street, p.town, "QC", p.pc),
                                note=f"Radiothérapie {heure} du {d1.isoformat()} au {d2.isoformat()}")))
    subj = c.pick([f"Demande de transport - radiothérapie du {c.date(d1, 'dmy')} au {c.date(d2, 'dmy')}",
                   f"Transport quotidien pour {p.fr_title} {p.surname}", "Nouvelle demande de transport"])
    if p.surname in subj:
        c.records.append(("name", p.surname, p))
    return c.mail("transport_request", "daily treatment transport request", c.who(nurse), [org], subj, body,
                  cc=[c.box("transport")], attachments=atts, sig=c.sig(nurse))


def I_add_workdays(d, n):
    import gen_ids
    return gen_ids.next_weekday(d, n) if n > 0 else d


# 3 ------------------------------------------------------------------------------
def skin_reaction(c):
    nurse = c.staff(["infirmière"])
    md = c.md()
    site = c.pick(["breast", "breast", "hn", "rectum", "skin"])
    p = c.patient(site=site)
    subj = c.pick([f"{p.fr_title} {p.surname} - radiodermite", f"{p.surname.upper()} {p.given} / peau",
                   f"RE: {p.surname} - réaction cutanée fx {c.rng.randint(10, 20)}"])
    c.types.add("patient_name")
    c.records.append(("name", p.surname, p))
    tox = c.tox(p, 0 if site != "skin" else 1)
    meds = c.med(p, 2)
    fx = c.rng.randint(9, 25)
    body = [f"Bonjour {c.dr(md, short=True)},",
            f"Je l'ai vu{p.e()} ce matin au poste avant sa fraction {fx}. {tox[0].upper() + tox[1:]}, "
            f"environ {c.rng.randint(2, 6)} x {c.rng.randint(1, 4)} cm, douleur {c.rng.randint(3, 7)}/10. "
            f"Pas de signe d'infection, pas de fièvre.",
            f"J'ai appliqué {meds[0]} et je lui ai expliqué les soins à domicile. "
            f"Est-ce que tu veux ajouter {meds[1]} ? Si oui, je t'envoie l'ordonnance à signer.",
            c.pick([f"{p.pron('fr').capitalize()} est au {c.pick(D.UNITS[:3])} à {c.time()}, tu pourrais passer {'la' if p.sex == 'F' else 'le'} voir avant.",
                    "Photo prise et versée au dossier (onglet Images cliniques).",
                    "Je la revois jeudi au suivi hebdo."])]
    return c.mail("skin_reaction", "radiation dermatitis follow-up to physician", c.who(nurse), [c.who(md)],
                  subj, body, sig=c.sig(nurse))


# 4 ------------------------------------------------------------------------------
def daily_roster(c):
    tro = c.staff(["technologue"])
    unit = c.pick(D.UNITS[:5])
    d = c.later(1, 1)
    rows = []
    h, m = 7, 30
    for k in range(c.rng.randint(6, 9)):
        p = c.patient()
        fx_tot = c.rng.choice([5, 15, 16, 20, 25, 28, 30, 33, 35])
        fx = c.rng.randint(1, fx_tot)
        rem = c.pick(["", "", "CBCT", "vessie pleine", "1re fx - photos", "voir inf. peau",
                      "fauteuil roulant", "interprète", "dernière fx", "DIBH", "bolus 5 mm"])
        name = c.pname(p, c.pick(["upper_sur", "upper_sur", "sur_given", "sur_initial"]))
        rows.append((f"{h:02d}:{m:02d}", name, c.mrn(p, c.pick(["plain", "hyphen"])),
                     site_short(c, p), f"{fx}/{fx_tot}", rem))
        m += c.pick([12, 15, 15, 20])
        if m >= 60:
            h, m = h + 1, m - 60
    header = ["Heure", "Patient", "Dossier", "Site", "Fx", "Remarque"]
    subj = c.pick([f"Liste {unit} - {c.day(d)}", f"Horaire patients {unit} demain", f"Cédule {unit} {c.date(d, 'iso')}"])
    atts = []
    if c.chance(0.5):
        body = [f"{hello(c)}\nVoici la liste de demain pour le {unit} (version de 15 h). "
                "Les ajouts de dernière minute sont surlignés dans OncoSuite.", Table(header, rows)]
    else:
        body = ["Bonjour,\nCi-joint la cédule de demain. Deux patients ont été déplacés du Linac 3 à "
                "cause de l'entretien préventif.", "Merci de vérifier les remarques avant 7 h 15."]
        atts.append(Att(f"cedule_{unit.split()[0]}_{d.isoformat()}.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        G.xlsx_doc([(f"{d.isoformat()}", header, rows)])))
    return c.mail("daily_roster", "next-day treatment unit patient list", c.who(tro),
                  [c.box("rdv"), c.box("nurse")], subj, body, attachments=atts, sig=c.sig(tro))


# 5 ------------------------------------------------------------------------------
def dosimetry_plan(c):
    dos = c.staff(["dosimétriste"])
    md = c.md()
    site = c.pick(["prostate", "hn", "lung", "breast", "rectum", "cervix", "gbm"])
    p = c.patient(site=site)
    mrn = c.mrn(p, c.pick(["plain", "prefixed", "hyphen"]))
    cons = {"prostate": [("PTV V95%", "≥ 98 %", "98,6 %"), ("Rectum V40Gy", "< 35 %", "22,4 %"),
                         ("Vessie V40Gy", "< 50 %", "31,0 %"), ("Têtes fémorales Dmax", "< 45 Gy", "38,2 Gy")],
            "hn": [("PTV70 V95%", "≥ 95 %", "96,1 %"), ("Moelle Dmax", "< 45 Gy", "41,7 Gy"),
                   ("Parotide G Dmoy", "< 26 Gy", "24,9 Gy"), ("Tronc cérébral Dmax", "< 54 Gy", "48,3 Gy")],
            "lung": [("PTV V95%", "≥ 95 %", "95,4 %"), ("Poumons V20", "< 35 %", "29,8 %"),
                     ("Cœur Dmoy", "< 20 Gy", "12,6 Gy"), ("Œsophage Dmoy", "< 34 Gy", "27,0 Gy")],
            "breast": [("PTV sein V95%", "≥ 95 %", "96,8 %"), ("Cœur Dmoy", "< 2 Gy", "1,1 Gy"),
                       ("Poumon ipsi V16", "< 15 %", "9,2 %")],
            "rectum": [("PTV V95%", "≥ 95 %", "97,0 %"), ("Intestin V45", "< 195 cc", "142 cc"),
                       ("Vessie V50", "< 50 %", "18 %")],
            "cervix": [("PTV V95%", "≥ 95 %", "96,3 %"), ("Intestin V45", "< 195 cc", "171 cc"),
                       ("Moelle osseuse V20", "< 75 %", "68 %")],
            "gbm": [("PTV V95%", "≥ 95 %", "95,9 %"), ("Chiasma Dmax", "< 54 Gy", "52,1 Gy"),
                    ("Tronc cérébral Dmax", "< 54 Gy", "53,4 Gy")]}[site]
    start = c.later(2, 6)
    nm_file = f"{p.surname.upper()}_{p.given[0]}"
    dx = c.dx(p)
    pdf = G.pdf_doc("Rapport dosimétrique - plan pour approbation",
                    [("kv", [("Patient", f"{p.surname.upper()}, {p.given}"), ("Dossier", p.mrn),
                             ("Diagnostic", dx), ("Prescription", c.rx(p)), ("Technique", c.tech(p)),
                             ("Début prévu", start.isoformat())]),
                     ("table", ["Structure", "Objectif", "Obtenu"], cons),
                     f"Planifié par {dos['given']} {dos['surname']}, {dos['role']}. Vérification physique à venir."],
                    header=f"{D.ORG_FR} - {D.DEPT_FR}")
    c.records.append(("name", p.surname, p))
    c.types.add("patient_name")
    short = f"{p.surname} {p.given[0]}."
    subj = c.pick([f"Plan prêt pour approbation - {short}", f"Plan {SHORT_FR[site]} à approuver ({mrn})",
                   "Plan VMAT à approuver"])
    body = [f"Bonjour {c.dr(md, short=True)},",
            f"Le plan de {p.fr_title} {p.surname} (dossier {mrn}) est prêt "
            f"dans OncoSuite pour ton approbation. Toutes les contraintes sont respectées; "
            f"{cons[-1][0]} est à {cons[-1][2]} (objectif {cons[-1][1]}), un peu serré mais j'ai priorisé la couverture.",
            f"Début prévu le {c.day(start)}, donc approbation idéalement d'ici demain midi pour laisser le "
            f"temps au CQ patient.", "Rapport ci-joint."]
    att = Att(f"Rapport_dosimetrique_{nm_file}_{p.mrn}.pdf", "application/pdf", pdf)
    return c.mail("dosimetry_plan", "treatment plan ready for physician approval", c.who(dos), [c.who(md)],
                  subj, body, cc=[c.box("phys")], attachments=[att], sig=c.sig(dos))


# 6 ------------------------------------------------------------------------------
def pharmacy_rx(c):
    md = c.md()
    site = c.pick(["hn", "breast", "prostate", "brainmets", "rectum", "lung"])
    p = c.patient(site=site, nam=True)
    pharm = c.pick([("Pharmacie Lamarre & Fils", "ordonnances@pharmacie-lamarre.example"),
                    ("Pharmacie du Vieux-Moulin", "rx@pharma-vieuxmoulin.example"),
                    ("Pharmacie Gendreau-Poitras", "labo@gendreau-poitras.example")])
    meds = c.med(p, 2)
    nm = f"{p.surname.upper()}, {p.given}"
    c.pname(p, "upper_sur")
    kv = [("Patient", nm), ("Date de naissance", c.dob(p, "iso")), ("Sexe", c.sex(p)),
          ("NAM", c.nam(p, c.pick(["plain", "spaced"]))), ("Adresse", c.addr(p)),
          ("Téléphone", c.phone(p))]
    lines = [f"{i + 1}. {m} — qté 1 mois, renouvellement x {c.rng.randint(0, 3)}" for i, m in enumerate(meds)]
    indic = c.tox(p)
    pdf = G.pdf_doc("ORDONNANCE", [("kv", kv), "Indication : " + indic, "\n".join(lines),
                                   f"Prescripteur : {c.dr(md)}, {md['role']} - permis {c.rng.randint(10000, 99999)}",
                                   f"{D.ORG_FR}, {D.ORG_ADDR_FR} - Tél. {D.MAIN_PHONE}"],
                    header=D.DEPT_FR)
    fn = c.pick([f"Ordonnance_{p.surname}_{c.today.isoformat()}.pdf", "Ordonnance.pdf", f"Rx_{p.mrn}.pdf"])
    if "Rx_" in fn:
        c.add("mrn")
        c.records.append(("mrn", p.mrn, p))
    body = [c.pick(["Bonjour,", "Bonjour à l'équipe,"]),
            f"Vous trouverez ci-jointe une ordonnance de {c.dr(md)} pour {p.fr_title} {p.surname}, "
            f"qui est présentement en traitement de radiothérapie chez nous. "
            f"{p.pron('fr').capitalize()} passera la chercher en fin de journée.",
            "L'original suit par la poste. Merci de nous appeler si un produit n'est pas disponible."]
    sec = c.staff(["secrétaire", "agente", "infirmière"])
    return c.mail("pharmacy_prescription", "prescription sent to community pharmacy", c.who(sec), [pharm],
                  f"Ordonnance - {p.fr_title} {p.surname}" if c.chance(0.6) else "Ordonnance à préparer",
                  body, attachments=[Att(fn, "application/pdf", pdf)], sig=c.sig(sec))


# 7 ------------------------------------------------------------------------------
def toxicity_call(c):
    nurse = c.staff(["infirmière"])
    md = c.md()
    site = c.pick(["hn", "rectum", "cervix", "esoph", "lung", "prostate"])
    p = c.patient(site=site)
    nm = c.pname(p, c.pick(["title_full", "upper_sur", "full", "lower"]))
    mrn = c.mrn(p)
    w0 = round(c.rng.uniform(58, 96), 1)
    w1 = round(w0 * c.rng.uniform(0.88, 0.95), 1)
    w0, w1 = str(w0).replace(".", ","), str(w1).replace(".", ",")
    t0, t1 = c.tox(p, 0), c.tox(p, 1)
    when = c.pick(["J7 post-fin de traitement", f"semaine {c.rng.randint(3, 6)} de traitement",
                   "2 semaines après la fin"])
    med = c.med(p)
    lab = c.lab(p)
    lines = [f"Appel de suivi — {nm} (dossier {mrn}), {when}.",
             f"S : {cap(t0)}. {cap(t1)}. Poids {w1} kg (début {w0} kg).",
             f"Rx actuelle : {med}. Observance OK selon {'elle' if p.sex == 'F' else 'lui'}.",
             f"Dernier bilan : {lab} ({c.date(c.earlier(1, 6), 'dmy')}).",
             c.pick(["P : je propose de devancer son suivi et de revoir l'analgésie.",
                     "P : référée à la nutritionniste, rappel jeudi.",
                     "P : je lui ai dit de se présenter à l'urgence si fièvre > 38,3."])]
    body = [f"Bonjour {c.dr(md, short=True)},",
            "\n".join(lines),
            c.pick(["Peux-tu me dire si tu veux le/la voir avant ?", "À valider svp.", "Pour info."])]
    if c.chance(0.4):
        body[2] = body[2].replace("le/la", "la" if p.sex == "F" else "le")
    subj = c.pick(["Suivi téléphonique", f"Appel suivi tox - {p.surname}", f"Tox {SHORT_FR[site]} à revoir"])
    if p.surname in subj:
        c.records.append(("name", p.surname, p))
    return c.mail("toxicity_followup", "nurse phone follow-up of treatment toxicity", c.who(nurse), [c.who(md)],
                  subj, body, sig=c.sig(nurse))


# 8 ------------------------------------------------------------------------------
def referral_docx(c):
    ref = c.other_md()
    site = c.pick(["prostate", "breast", "hn", "lung", "rectum", "cervix", "skin", "gbm"])
    p = c.patient(site=site, nam=True)
    urg = c.pick(["Semi-urgent (< 2 semaines)", "Électif (< 4 semaines)", "Urgent (< 72 h)"])
    kv = [("Nom", p.surname.upper()), ("Prénom", p.given), ("Date de naissance", c.dob(p, "ymd_slash")),
          ("Sexe", c.sex(p)), ("NAM", c.nam(p)), ("Adresse", c.addr(p)), ("Téléphone", c.phone(p))]
    c.pname(p, "upper_sur")
    clin = [("Diagnostic", c.dx(p)), ("Priorité", urg),
            ("Raison de la demande", c.pick(["Évaluation pour radiothérapie adjuvante",
                                             "Traitement radical, patient non candidat à la chirurgie",
                                             "Évaluation pour radiothérapie palliative"])),
            ("Antécédents", c.pick(["HTA, DB2 sous metformine", "MPOC, tabagisme actif 40 PA",
                                    "FA anticoagulée (apixaban)", "aucun"]))]
    if "metformine" in clin[-1][1] or "apixaban" in clin[-1][1]:
        c.add("medication")
    if c.chance(0.5):
        clin.append(("Résultats pertinents", c.lab(p)))
    doc = G.docx_doc("Demande de consultation - Radio-oncologie",
                     [("kv", kv), ("kv", clin),
                      f"Médecin référent : {c.dr(ref)}, {ref['role']}",
                      "Rapport de pathologie et imagerie disponibles au DSQ."], author=f"{ref['given']} {ref['surname']}")
    fn = c.pick([f"Demande_consult_RO_{p.surname}.docx", "Demande de consultation radio-onco.docx",
                 f"consultation_{p.surname.lower()}_{p.given.lower()}.docx"])
    body = [c.pick(["Bonjour,", "Bonjour chers collègues,"]),
            f"Je vous réfère {p.fr_title} {p.surname} pour évaluation. Vous trouverez la demande "
            f"complétée ci-jointe. {c.pick(['Merci de votre aide habituelle.', 'Au plaisir,', 'N’hésitez pas à m’appeler.'])}"]
    sender = (c.dr(ref), f"{slug(ref['given'])[0]}{slug(ref['surname'])}@clinique-riviere.example")
    return c.mail("referral", "referral to radiation oncology with form attached", sender,
                  [c.box("admin")], c.pick(["Demande de consultation", "Référence radio-oncologie",
                                            f"Nouvelle référence - {p.surname}"]),
                  body, attachments=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)],
                  sig=f"{c.dr(ref)}\n{ref['role']}\nClinique médicale de la Rivière\nTél. 450-555-0162")


# 9 ------------------------------------------------------------------------------
def quoted_cancel(c):
    nurse = c.staff(["infirmière"])
    clerk = c.staff(["agente"])
    md = c.md()
    p = c.patient(site=c.pick(["hn", "lung", "cervix", "rectum", "esoph"]))
    t0 = c.past(2, 20)
    nm = c.pname(p, c.pick(["title_full", "upper_sur", "title_sur"]))
    reason = c.pick([("neutropénie fébrile", "neutro 0,4"), ("déshydratation et IRA", "créat 186"),
                     ("pneumonie", "GB 16,2"), ("saignement digestif", "Hb 71")])
    c.add("diagnosis", "lab_result")
    orig = [f"Bonjour l'équipe du {c.pick(D.UNITS[:4])},",
            f"{nm} (dossier {c.mrn(p)}) ne viendra pas demain : hospitalisé{p.e()} cette nuit pour "
            f"{reason[0]} ({reason[1]}). {c.dr(md)} suspend la radiothérapie jusqu'à nouvel ordre.",
            f"{p.pron('fr').capitalize()} est à la fraction {c.rng.randint(8, 24)}. "
            "Je vous redonne des nouvelles dès qu'on a un plan."]
    att = c.attrib(f"{nurse['given']} {nurse['surname']}", nurse["email"], t0)
    if att.endswith("Objet : "):
        att += "Annulation fx demain"
    body = [c.pick(["Parfait, c'est noté. Je l'enlève de la liste et j'avise la physique pour le report.",
                    "Reçu, merci. J'ai libéré sa plage de 10 h 20.", "Ok merci, je mets une note dans OncoSuite."]),
            clerk["given"], Quote(att, orig)]
    return c.mail("reply_cancellation", "reply with quoted cancellation due to admission", c.who(clerk),
                  [c.who(nurse)], "RE: Annulation fx demain" if c.chance(0.6) else f"RE: {p.surname} - annulation",
                  body, in_reply_to=c.msgid())


# 10 -----------------------------------------------------------------------------
def lodging_forward(c):
    ts = c.staff(["travailleuse", "pivot"])
    p = c.patient()
    t0 = c.past(20, 90)
    inner_sender = c.who(c.staff(["infirmière"]))
    n = c.rng.choice([15, 20, 25, 28, 30, 33])
    town = c.pick(["Lac-Brûlé", "Sainte-Odile-du-Nord", "Saint-Cyprien-de-Val"])
    nm = c.pname(p, c.pick(["title_full", "full", "upper_sur"]))
    soc = c.social(p, c.pick([0, 2, 6]))
    inner = [f"Bonjour {ts['given']},",
             f"{nm}, {p.age} ans, habite à {town} (environ 2 h 30 de route) et débute "
             f"{n} traitements de radiothérapie le {c.day(c.later(3, 10))} pour {c.dx(p)}.",
             f"{soc[0].upper()}{soc[1:]}. "
             f"Peux-tu voir pour une chambre à l'hôtellerie du lundi au jeudi soir ?",
             f"Son numéro : {c.phone(p)}. {c.pick(['Diabétique sous insuline, a besoin d’un frigo.', 'Se déplace avec une marchette.', ''])}"]
    if "insuline" in inner[-1]:
        c.add("medication")
    fwd = Forward("fr", c.fwd_meta(inner_sender, (ts["given"] + " " + ts["surname"], ts["email"]), t0,
                                   "Hébergement pendant traitements"), inner)
    body = [c.pick(["Bonjour,", "Bonjour madame Gauvreau,"]),
            "Je vous transfère la demande ci-dessous. Est-ce qu'il vous reste une chambre à partir de la "
            "semaine prochaine ? Les frais seraient couverts par le programme régional.", "Merci !"]
    return c.mail("lodging_request", "forwarded request for lodging during treatment", c.who(ts),
                  [("Hôtellerie La Lueur", "reservations@hotellerie-lalueur.example")],
                  "TR: Hébergement pendant traitements", body + [fwd], sig=c.sig(ts))


POS_FR1 = [(sim_booking, 3), (transport_request, 3), (skin_reaction, 3), (daily_roster, 3),
           (dosimetry_plan, 3), (pharmacy_rx, 3), (toxicity_call, 3), (referral_docx, 3),
           (quoted_cancel, 3), (lodging_forward, 3)]

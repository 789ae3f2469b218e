"""French-Canadian non-confidential messages (hard negatives)."""
import datetime

from stdnum import luhn

import gen_attach as A
from gen_common import (EXT, FR_GIVEN_F, FR_GIVEN_M, FR_SURNAMES, ORG_ADDR, ORG_DOMAIN, ORG_FR, ORG_PHONE_DEPIST,
                        ORG_PHONE_ENDO, ORG_PHONE_HEPATO, ORG_PHONE_MII, STAFF_FR, d_fr, quote, signature,
                        staff_addr, staff_name)
from gen_mime import att, html_table

FR = "fr"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALL_STAFF = ("Tout le personnel — gastroentérologie", "gastro-tous@" + ORG_DOMAIN)


def _S(c, role=None):
    pool = [s for s in STAFF_FR if role is None or role in s[3]]
    return c.rng.choice(pool)


def _MD(c, k=1):
    return c.rng.sample([s for s in STAFF_FR if s[0] and "pathologiste" not in s[3]], k)


def luhn_serial(rng, n=9):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def outsider(rng):
    sex = rng.choice("FM")
    return "%s %s" % (rng.choice(FR_GIVEN_F if sex == "F" else FR_GIVEN_M), rng.choice(FR_SURNAMES)), sex


# --------------------------------------------------------------------------- 1. weekly room schedule
def horaire(c):
    r = c.rng
    s = _S(c, "infirmière-chef")
    mds = _MD(c, 4)
    nurses = [x for x in STAFF_FR if not x[0]]
    start = c.later(3, 10)
    start -= datetime.timedelta(days=start.weekday())
    rows = [["Jour", "Salle 1", "Salle 2", "Salle 3 (CPRE)", "Infirmières"]]
    for i in range(5):
        day = start + datetime.timedelta(days=i)
        rows.append([d_fr(day, 4), "%s — coloscopies" % staff_name(r.choice(mds)),
                     "%s — gastroscopies / Barrett" % staff_name(r.choice(mds)),
                     r.choice(["Dr Benali — varices", "Dr Desjardins — CPRE", "fermée (entretien)", "Dre Quintal — EUS"]),
                     ", ".join(x[1] for x in r.sample(nurses, 2))])
    html = "<p>Bonjour à toutes et à tous,</p><p>Voici l'horaire des salles pour la semaine du %s :</p>\n%s\n" \
           "<p>Rappel : la salle 3 est réservée aux CPRE et aux écho-endoscopies.</p><p>%s</p>" % (
               d_fr(start, 0), html_table(rows), staff_name(s))
    text = "Bonjour,\n\nHoraire des salles, semaine du %s :\n\n%s\n\n%s" % (
        d_fr(start, 0), "\n".join(" | ".join(x) for x in rows), signature(s, FR))
    atts = []
    if r.random() < 0.4:
        atts.append(att("horaire_salles_%s.xlsx" % start.isoformat(), XLSX, A.xlsx([("Semaine", rows)])))
    return dict(cat="schedule", subject=r.choice(["Horaire des salles — semaine du %s" % d_fr(start, 0),
                                                  "Horaire endoscopie", "Modif. horaire salle 3"]),
                frm=staff_addr(s), to=[ALL_STAFF], text=text, html=html, attachments=atts,
                note="weekly endoscopy room schedule for staff")


# --------------------------------------------------------------------------- 2. leave approvals
def conges(c):
    r = c.rng
    chef = _S(c, "chef")
    who = r.choice([x for x in STAFF_FR if not x[0]])
    d1 = c.later(20, 60)
    d2 = d1 + datetime.timedelta(days=r.choice([4, 11, 14]))
    v = r.randint(0, 2)
    if v == 0:
        text = ("Bonjour %s,\n\nTa demande de vacances du %s au %s est approuvée. %s assurera le remplacement à la "
                "clinique des MII.\n\nBonne journée,\n%s" % (who[1], d_fr(d1, 0), d_fr(d2, 0),
                                                              r.choice(["Karine", "Sonia", "Valérie"]), staff_name(chef)))
        subj = "Vacances approuvées"
    elif v == 1:
        text = ("Bonjour,\n\nJe serai absent%s du %s au %s (congé personnel). Pour les urgences liées au programme de "
                "dépistage, joindre Lyne Charest au %s.\n\n%s" % ("e" if who[1] in ("Valérie", "Karine", "Sonia", "Lyne", "Maryse", "Amélie") else "",
                                                                   d_fr(d1, 0), d_fr(d2, 0), ORG_PHONE_DEPIST, staff_name(who)))
        subj = "Absence — %s au %s" % (d_fr(d1, 2), d_fr(d2, 2))
    else:
        text = ("Bonjour à tous,\n\nLe calendrier des vacances estivales est affiché au poste. Date limite pour "
                "inscrire vos choix : %s. L'ancienneté s'applique (convention collective, art. 21).\n\n%s" %
                (d_fr(d1, 0), staff_name(chef)))
        subj = "Vacances d'été — inscription"
    return dict(cat="leave", subject=subj, frm=staff_addr(chef if v != 1 else who),
                to=[staff_addr(who) if v == 0 else ALL_STAFF], text=text, note="staff leave notice")


# --------------------------------------------------------------------------- 3. payroll
def paie(c):
    r = c.rng
    who = r.choice(STAFF_FR)
    mat = "%06d" % r.randint(100000, 999999)
    per = r.randint(1, 26)
    text = r.choice([
        "Bonjour %s,\n\nUne correction sera appliquée à la paie de la période %d : prime de soir (8 h) et temps "
        "supplémentaire du %s non payés. Matricule : %s. Montant brut estimé : %d,%02d $.\n\nService de la paie\n"
        "Direction des ressources financières — %s\nPoste 4410",
        "Bonjour %s,\n\nVotre relevé de paie de la période %d est disponible dans Logibec Espace employé. "
        "Rappel : la prime de garde (endoscopie) est versée avec un décalage d'une période. Matricule %s; date de "
        "versement prévue : %s. Montant : %d,%02d $.\n\nService de la paie — %s"])
    if "correction" in text:
        text = text % (who[1], per, d_fr(c.earlier(10, 30), 0), mat, r.randint(150, 900), r.randint(0, 99), ORG_FR)
    else:
        text = text % (who[1], per, mat, d_fr(c.later(2, 9), 0), r.randint(150, 900), r.randint(0, 99), ORG_FR)
    return dict(cat="payroll", subject=r.choice(["Correction de paie — période %d" % per, "Relevé de paie", "Paie — prime de garde"]),
                frm=("Service de la paie", "paie@" + ORG_DOMAIN), to=[staff_addr(who)], text=text, note="payroll notice to employee")


# --------------------------------------------------------------------------- 4. occupational health (employee)
def sante_travail(c):
    r = c.rng
    who = r.choice(STAFF_FR)
    v = r.randint(0, 2)
    if v == 0:
        text = ("Bonjour %s,\n\nVotre dosage d'anticorps anti-HBs (prélevé le %s) est de %d UI/L. Une dose de rappel du "
                "vaccin contre l'hépatite B est recommandée pour le personnel de l'endoscopie. Présentez-vous au bureau "
                "de santé au travail (local B-114) sans rendez-vous le mardi.\n\nSanté et sécurité au travail — %s" %
                (who[1], d_fr(c.earlier(5, 20), 0), r.choice([3, 6, 8]), ORG_FR))
        subj = "Santé au travail — statut immunitaire hépatite B"
    elif v == 1:
        text = ("Bonjour %s,\n\nVotre essai d'ajustement (fit test) du masque N95 est prévu le %s à %s. Modèle actuel : "
                "3M 1870+. Votre lecture de TCT (tuberculine) annuelle est négative (0 mm).\n\nSST" %
                (who[1], d_fr(c.later(3, 15), 0), c.hour()))
        subj = "Fit test N95 et TCT annuel"
    else:
        text = ("Bonjour %s,\n\nSuite à votre déclaration d'accident de travail (piqûre d'aiguille, salle 2, %s), les "
                "sérologies de base sont négatives. Un suivi est prévu à 6 semaines et 3 mois. Formulaire ADR à "
                "compléter pour la CNESST.\n\nSanté au travail" % (who[1], d_fr(c.earlier(2, 10), 0)))
        subj = "Suivi — déclaration d'accident de travail"
    return dict(cat="occupational_health", subject=subj, frm=("Santé au travail", "sante.travail@" + ORG_DOMAIN),
                to=[staff_addr(who)], text=text, note="employee occupational health notice")


# --------------------------------------------------------------------------- 5. newsletter
def infolettre(c):
    r = c.rng
    md1, md2 = _MD(c, 2)
    new, sex = outsider(r)
    baby_d = c.earlier(5, 40)
    parent = r.choice([x for x in STAFF_FR if not x[0]])
    baby = r.choice(["Léonie", "Édouard", "Florence", "Jules", "Rosalie"])
    items = [
        ("Recherche", "%s présentera les résultats préliminaires de l'étude sur la calprotectine à domicile chez les "
                      "patients atteints de maladie de Crohn au congrès canadien (CDDW) en février." % staff_name(md1)),
        ("Bienvenue", "Nous accueillons %s %s, nouvel%s infirmi%s clinicien%s à l'unité d'endoscopie." %
         ("Mme" if sex == "F" else "M.", new, "le" if sex == "F" else "", "ère" if sex == "F" else "er",
          "ne" if sex == "F" else "")),
        ("Naissance", "Félicitations à %s pour la naissance de %s, née le %s (3,4 kg) !" %
         (parent[1], baby, d_fr(baby_d, 0)) if baby in ("Léonie", "Florence", "Rosalie") else
         "Félicitations à %s pour la naissance de %s, né le %s (3,6 kg) !" % (parent[1], baby, d_fr(baby_d, 0))),
        ("Dépistage", "Le taux de participation au programme de dépistage du cancer colorectal a atteint 61 % dans "
                      "notre territoire; merci à toute l'équipe de Patrick Lussier."),
        ("Hépatologie", "%s devient responsable de la clinique d'hépatite C; les références pour cirrhose et CHC "
                        "passent désormais par la centrale." % staff_name(md2)),
    ]
    r.shuffle(items)
    text = "INFO-GASTRO — %s\n\n" % d_fr(c.date.date(), 0) + "\n\n".join("%s\n%s" % it for it in items) + \
           "\n\nPour soumettre une nouvelle : communications@%s" % ORG_DOMAIN
    html = "<h2>Info-Gastro</h2>\n" + "\n".join("<h3>%s</h3><p>%s</p>" % it for it in items) + \
           "<p><small>Service des communications — %s</small></p>" % ORG_FR
    return dict(cat="newsletter", subject=r.choice(["Info-Gastro — édition de %s" % d_fr(c.date.date(), 0).split(" ", 1)[1],
                                                    "L'infolettre du service de gastroentérologie"]),
                frm=("Communications CHRB", "communications@" + ORG_DOMAIN), to=[ALL_STAFF], text=text, html=html,
                note="department newsletter")


# --------------------------------------------------------------------------- 6. committee notice / minutes
def comite(c):
    r = c.rng
    pres = _MD(c)[0]
    sec = _S(c, "technicien")
    d = c.later(5, 25)
    name = r.choice(["Comité de retraitement des dispositifs médicaux", "Comité qualité de l'endoscopie",
                     "Comité de prévention des infections — volet endoscopie", "Sous-comité de pharmacologie — MII"])
    pts = r.sample(["Résultats des cultures de surveillance des duodénoscopes (T3) : 0 positif sur 24",
                    "Taux de détection des adénomes global : 34 % (cible ≥ 25 %)",
                    "Mise à jour de l'ordonnance collective de préparation intestinale",
                    "Nouveau formulaire de consentement pour la sédation",
                    "Ajout du risankizumab au formulaire local (maladie de Crohn)",
                    "Audit d'hygiène des mains : 87 %",
                    "Délais P1-P4 : présentation par Patrick Lussier"], 4)
    text = ("Bonjour,\n\nLa prochaine réunion du %s aura lieu le %s à 12 h, salle Laurentide (B-220) et sur Teams.\n\n"
            "Ordre du jour :\n%s\n\nPrésidence : %s\nSecrétariat : %s\n\nMerci de confirmer votre présence." %
            (name, d_fr(d, 0), "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(pts)), staff_name(pres),
             staff_name(sec)))
    atts = []
    if r.random() < 0.4:
        members = [("ODJ_%s.docx" % d.isoformat(), A.docx("Ordre du jour — " + name, pts)),
                   ("PV_reunion_precedente.pdf", A.pdf("Procès-verbal — " + name, ["Présents : " + ", ".join(
                       staff_name(x) for x in _MD(c, 3)), ""] + ["%s : adopté" % p for p in pts], header=ORG_FR))]
        atts.append(att("documents_comite.zip", "application/zip", A.zipped(members)))
    return dict(cat="committee", subject=r.choice(["Convocation — %s" % name, "Ordre du jour %s" % d_fr(d, 2), name]),
                frm=staff_addr(sec), to=[ALL_STAFF], text=text, attachments=atts, note="committee meeting notice")


# --------------------------------------------------------------------------- 7. conference programme
def congres(c):
    r = c.rng
    mds = _MD(c, 4)
    d = c.later(20, 70)
    talks = [("8 h 30", "%s" % staff_name(mds[0]), "Maladie de Crohn : quand passer au biologique ?"),
             ("9 h 15", "%s" % staff_name(mds[1]), "Cirrhose décompensée : nouveautés 2025"),
             ("10 h 30", "%s" % staff_name(mds[2]), "Qualité en coloscopie : taux de détection des adénomes"),
             ("11 h 15", "%s" % staff_name(mds[3]), "Hépatite C : éradication d'ici 2030, où en sommes-nous ?"),
             ("13 h 30", "Table ronde", "Cas cliniques anonymisés — hémorragie digestive haute")]
    lines = ["Journée régionale de gastroentérologie", "%s — Auditorium du %s" % (d_fr(d, 0), ORG_FR), ""] + \
        ["%s  %s — %s" % t for t in talks] + ["", "Accréditation : 5,5 heures (section 1).", "Inscription : 75 $ (gratuit pour les résidents)."]
    atts = [att("Programme_journee_gastro.pdf", "application/pdf", A.pdf("Programme", lines, header=ORG_FR))] \
        if r.random() < 0.6 else []
    text = "Bonjour,\n\nVous êtes invités à la Journée régionale de gastroentérologie.\n\n%s\n\nAu plaisir de vous y voir !\n%s" % (
        "\n".join(lines) if not atts else "Programme ci-joint.", signature(_S(c, "chef"), FR))
    return dict(cat="conference", subject=r.choice(["Journée régionale de gastroentérologie — programme",
                                                    "Invitation : formation continue en gastro"]),
                frm=staff_addr(_S(c, "chef")), to=[("Médecins de la région", "medecins-region@" + ORG_DOMAIN)],
                text=text, attachments=atts, note="regional CME day programme")


# --------------------------------------------------------------------------- 8. job posting
def affichage(c):
    r = c.rng
    job = r.choice(["Infirmière ou infirmier clinicien — unité d'endoscopie", "Préposé(e) au retraitement des endoscopes",
                    "Agente ou agent administratif — centrale de rendez-vous", "Infirmière pivot — clinique des MII"])
    no = "%d-%03d" % (c.date.year, r.randint(100, 999))
    text = ("AFFICHAGE INTERNE no %s\n\nTitre d'emploi : %s\nStatut : temps complet permanent, jour\n"
            "Échelle salariale : %s\nExigences : %s\n\nPour postuler : carrieres@%s avant le %s.\n\n"
            "Direction des ressources humaines — %s" %
            (no, job, r.choice(["28,33 $ à 47,57 $/h", "23,12 $ à 25,19 $/h", "22,04 $ à 24,80 $/h"]),
             r.choice(["BAC en sciences infirmières, expérience en endoscopie un atout",
                       "DES, formation en retraitement des dispositifs médicaux",
                       "DEP en secrétariat, maîtrise de l'anglais"]), ORG_DOMAIN, d_fr(c.later(10, 20), 0), ORG_FR))
    return dict(cat="job_posting", subject="Affichage %s — %s" % (no, job), frm=("Ressources humaines", "rh@" + ORG_DOMAIN),
                to=[ALL_STAFF], text=text, note="internal job posting")


# --------------------------------------------------------------------------- 9. candidate interviews
def candidats(c):
    r = c.rng
    chef = _S(c, "infirmière-chef")
    d = c.later(3, 14)
    cands = [outsider(r)[0] for _ in range(3)]
    text = ("Bonjour,\n\nEntrevues pour le poste d'infirmière clinicienne en endoscopie, %s, salle B-118 :\n\n"
            "9 h — %s (actuellement aux soins intensifs, Hôpital de Fort-Colline)\n10 h — %s (finissante, stage en gastro)\n"
            "11 h — %s (10 ans en bloc opératoire)\n\nComité : %s, %s et une représentante des RH.\n"
            "Grilles d'évaluation en pièce jointe.\n\n%s" %
            (d_fr(d, 4), cands[0], cands[1], cands[2], staff_name(chef), staff_name(_MD(c)[0]), staff_name(chef)))
    grid = A.docx("Grille d'entrevue", ["Critère — pondération", "Connaissances cliniques (sédation, surveillance) — 30",
                                         "Travail d'équipe — 20", "Communication — 20", "Expérience pertinente — 30"])
    return dict(cat="interviews", subject="Entrevues — infirmière clinicienne endoscopie", frm=staff_addr(chef),
                to=[staff_addr(_MD(c)[0])], text=text,
                attachments=[att("grille_entrevue.docx", DOCX, grid)] if r.random() < 0.6 else [],
                note="job candidate interview schedule")


# --------------------------------------------------------------------------- 10. vendor invoice (serials)
def facture(c):
    r = c.rng
    vend, dom = EXT["vendor"]
    inv = "F-%d-%05d" % (c.date.year, r.randint(10000, 99999))
    items = []
    for _ in range(r.randint(1, 3)):
        items.append((r.choice(["Réparation coloscope CF-HQ190L", "Réparation gastroscope GIF-H190", "Remplacement gaine d'insertion",
                                "Duodénoscope TJF-Q190V — révision", "Source lumineuse CLV-190 — lampe"]),
                      luhn_serial(r, 9), r.randint(800, 9800)))
    total = sum(x[2] for x in items)
    lines = ["Facture : %s" % inv, "Date : %s" % d_fr(c.date.date(), 1), "Client : %s — unité d'endoscopie" % ORG_FR,
             "No client : C-%05d" % r.randint(10000, 99999), "Bon de commande : BC-%07d" % r.randint(1000000, 9999999), ""] + \
        ["%s   N/S %s   %s,00 $" % (a, fmt_serial(r, b), f"{cst:,}".replace(",", " ")) for a, b, cst in items] + \
        ["", "Sous-total : %d,00 $" % total, ("TPS (5 %%) : %.2f $" % (total * 0.05)).replace(".", ","),
         ("TVQ (9,975 %%) : %.2f $" % (total * 0.09975)).replace(".", ","),
         "Conditions : net 30 jours"]
    text = ("Bonjour,\n\nVeuillez trouver ci-joint la facture %s pour les réparations effectuées. Numéros de série des "
            "appareils : %s.\n\nMerci de votre confiance,\nComptes clients — %s\n%s" %
            (inv, ", ".join(fmt_serial(r, x[1]) for x in items), vend, "450-555-01%02d" % r.randint(0, 99)))
    return dict(cat="invoice", subject="Facture %s" % inv, frm=("Comptes clients %s" % vend, "facturation@" + dom),
                to=[("Comptes fournisseurs", "comptes.fournisseurs@" + ORG_DOMAIN)], text=text,
                attachments=[att("%s.pdf" % inv, "application/pdf", A.pdf("FACTURE", lines, header=vend))],
                note="vendor invoice for endoscope repair")


def fmt_serial(r, s):
    return r.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s" % (s[:4], s[4:])])


# --------------------------------------------------------------------------- 11. purchase order
def bon_commande(c):
    r = c.rng
    buyer = _S(c, "infirmière-chef")
    po = "BC-%07d" % r.randint(1000000, 9999999)
    rows = [["Article", "Code", "Lot", "Qté", "Prix unitaire"]]
    for name, code in r.sample([("Pinces à biopsie jetables 2,4 mm", "BF-24J"), ("Anses froides 10 mm", "SN-10C"),
                                ("PegLyte 4 L (caisse de 6)", "PEG-4L"), ("Pico-Salax (boîte de 2)", "PICO-2"),
                                ("Clips hémostatiques", "HC-235"), ("Bouchons buccaux", "BB-60"),
                                ("Aiguilles d'injection 23 G", "IN-23G")], 4):
        rows.append([name, code, "L%s%02d" % (luhn_serial(r, 6), r.randint(1, 99)), r.randint(2, 40),
                     "%d,%02d $" % (r.randint(3, 180), r.randint(0, 99))])
    text = "Bonjour,\n\nVoici le bon de commande %s. Livraison au quai B, à l'attention de l'unité d'endoscopie.\n\n%s\n\n%s" % (
        po, "\n".join(" | ".join(str(x) for x in row) for row in rows), signature(buyer, FR))
    atts = [att("%s.xlsx" % po, XLSX, A.xlsx([("Commande", rows)]))] if r.random() < 0.5 else []
    return dict(cat="purchase_order", subject="Bon de commande %s" % po, frm=staff_addr(buyer),
                to=[(EXT["vendor_en"][0], "orders@" + EXT["vendor_en"][1])], text=text, attachments=atts,
                note="purchase order for endoscopy supplies")


# --------------------------------------------------------------------------- 12. equipment inventory
def inventaire(c):
    r = c.rng
    tech = _S(c, "technicien")
    rows = [["Appareil", "Modèle", "No de série", "No d'actif", "Dernière maintenance", "Statut"]]
    for i in range(r.randint(6, 10)):
        dev, model = r.choice([("Coloscope", "CF-HQ190L"), ("Gastroscope", "GIF-H190"), ("Duodénoscope", "TJF-Q190V"),
                               ("Écho-endoscope", "GF-UCT180"), ("Laveur-désinfecteur", "OER-Pro"), ("Coloscope", "PCF-H190DL")])
        rows.append([dev, model,
                     luhn_serial(r, 9), "A%s" % luhn_serial(r, 10), d_fr(c.earlier(10, 200), 1),
                     r.choice(["en service", "en service", "en réparation", "à réformer"])])
    text = ("Bonjour,\n\nInventaire trimestriel des endoscopes et laveurs joint. Deux appareils sont en réparation chez "
            "Optimed; le duodénoscope à réformer sera retiré après la culture de contrôle.\n\n%s" % signature(tech, FR))
    return dict(cat="inventory", subject=r.choice(["Inventaire des endoscopes — T%d" % r.randint(1, 4), "Inventaire équipements endo"]),
                frm=staff_addr(tech), to=[staff_addr(_S(c, "infirmière-chef"))], text=text,
                attachments=[att("inventaire_endoscopes.xlsx", XLSX, A.xlsx([("Inventaire", rows)]))],
                note="equipment inventory with serial numbers")


# --------------------------------------------------------------------------- 13. IT notices
def informatique(c, build_inner=None):
    r = c.rng
    d = c.later(1, 10)
    v = r.randint(0, 3)
    if v == 0:
        text = ("Bonjour,\n\nUne interruption du logiciel de rapports d'endoscopie (EndoRapport 7) est prévue le %s de "
                "22 h à 2 h pour la mise à jour vers la version 7.4. Pendant l'interruption, utilisez les formulaires "
                "papier (voir procédure dégradée PD-ENDO-03).\n\nCentre de services TI — poste 5555" % d_fr(d, 0))
        subj = "Interruption planifiée — EndoRapport"
    elif v == 1:
        text = ("Bonjour,\n\nVotre mot de passe réseau expirera dans 5 jours. Pour le changer : Ctrl+Alt+Suppr > Modifier "
                "le mot de passe. Ne communiquez jamais votre mot de passe par courriel.\n\nCentre de services TI")
        subj = "Avis d'expiration du mot de passe"
    elif v == 2:
        text = ("Bonjour,\n\nLes nouvelles imprimantes d'étiquettes de l'unité d'endoscopie (Zebra ZD421, n/s %s et %s) "
                "sont installées aux postes 2 et 4. Les pilotes seront poussés cette nuit.\n\nTechnicien TI : Simon Aubin\n"
                "Centre de services TI" % (luhn_serial(r, 9), luhn_serial(r, 9)))
        subj = "Installation imprimantes — endoscopie"
    else:
        text = ("Bonjour,\n\nAttention : un courriel frauduleux circule avec l'objet « Résultats de laboratoire — action "
                "requise ». Ne cliquez pas sur le lien. Le message d'origine est joint pour référence (ne pas ouvrir le lien).\n\n"
                "Sécurité de l'information")
        subj = "Alerte hameçonnage"
        inner = c.build_inner(dict(frm=("Service Laboratoire", "noreply@labo-resultats-securise.example"),
                                   to=[("Personnel", "tous@" + ORG_DOMAIN)], lang=FR,
                                   subject="Résultats de laboratoire — action requise",
                                   text="Cher employé,\n\nDe nouveaux résultats vous attendent. Connectez-vous pour valider "
                                        "votre compte avant 24 h : http://labo-resultats-securise.example/login\n\nSupport"))
        return dict(cat="it_notice", subject=subj, frm=("Sécurité de l'information", "securite.info@" + ORG_DOMAIN),
                    to=[ALL_STAFF], text=text, attachments=[att("message_suspect.eml", "message/rfc822", inner, kind="eml")],
                    note="phishing alert with suspicious message attached")
    return dict(cat="it_notice", subject=subj, frm=("Centre de services TI", "servicesti@" + ORG_DOMAIN), to=[ALL_STAFF],
                text=text, note="IT notice")


# --------------------------------------------------------------------------- 14. facilities
def batiment(c):
    r = c.rng
    d = c.later(1, 14)
    text = r.choice([
        "Bonjour,\n\nDes travaux de ventilation auront lieu dans la salle de retraitement des endoscopes (B-140) le %s "
        "entre 6 h et 9 h. Les laveurs-désinfecteurs 1 et 2 seront hors service. Prévoir le transport des endoscopes "
        "vers la stérilisation centrale.\n\nServices techniques — poste 3300",
        "Bonjour,\n\nUne coupure d'eau chaude touchera l'aile B (2e étage) le %s de 13 h à 15 h. L'unité d'endoscopie "
        "et la clinique des MII sont concernées.\n\nServices techniques",
        "Bonjour,\n\nLe stationnement P3 sera fermé le %s pour le déneigement. Les patients de l'endoscopie peuvent "
        "utiliser le P1 (entrée principale, 1200 boul. des Récollets).\n\nSécurité et stationnement"])
    return dict(cat="facilities", subject=r.choice(["Avis de travaux", "Avis — services techniques", "Interruption de service"]),
                frm=("Services techniques", "services.techniques@" + ORG_DOMAIN), to=[ALL_STAFF], text=text % d_fr(d, 0),
                note="facilities notice")


# --------------------------------------------------------------------------- 15. aggregate statistics
def statistiques(c):
    r = c.rng
    q = _S(c, "chef")
    mds = _MD(c, 4)
    rows = [["Endoscopiste", "Coloscopies", "TDA (%)", "Intubation caecale (%)", "Temps de retrait moyen (min)"]]
    for m in mds:
        rows.append([staff_name(m), r.randint(120, 420), r.randint(24, 44), r.randint(94, 99), round(r.uniform(7, 11), 1)])
    wait = [["Priorité", "Demandes", "Dans les délais (%)"], ["P1 (< 14 j)", r.randint(20, 60), r.randint(80, 97)],
            ["P2 (< 60 j)", r.randint(150, 300), r.randint(60, 85)], ["P3 (< 6 mois)", r.randint(300, 700), r.randint(40, 75)],
            ["Dépistage RSOSi+ (< 60 j)", r.randint(100, 250), r.randint(50, 80)]]
    text = ("Bonjour,\n\nIndicateurs de qualité du trimestre (données agrégées) :\n\n%s\n\nDélais :\n%s\n\n"
            "Cas de cancer colorectal diagnostiqués via le dépistage : %d. Aucune perforation; 2 saignements post-polypectomie.\n\n%s" %
            ("\n".join(" | ".join(str(x) for x in row) for row in rows), "\n".join(" | ".join(str(x) for x in w) for w in wait),
             r.randint(8, 25), signature(q, FR)))
    atts = []
    if r.random() < 0.5:
        csvrows = rows if r.random() < 0.5 else wait
        atts.append(att("indicateurs_T%d.csv" % r.randint(1, 4), "text/csv", A.csv_text(csvrows, ";"), kind="text"))
    return dict(cat="statistics", subject=r.choice(["Indicateurs qualité — endoscopie", "Statistiques trimestrielles",
                                                    "Tableau de bord — délais d'attente"]),
                frm=staff_addr(q), to=[ALL_STAFF], text=text, attachments=atts, note="aggregate quality indicators")


# --------------------------------------------------------------------------- 16. de-identified teaching case
def cas_enseignement(c):
    r = c.rng
    md = _MD(c)[0]
    case = r.choice([
        "Femme de 34 ans, maladie de Crohn iléale depuis 8 ans, sous adalimumab. Consulte pour douleurs post-prandiales "
        "et perte de poids. Calprotectine 640 µg/g, CRP 18. L'entéro-IRM montre une sténose de 12 cm de l'iléon terminal.",
        "Homme de 61 ans, cirrhose alcoolique, se présente avec hématémèse. Hb 74 g/L, plaquettes 68, INR 1,7. "
        "Quelle est la prise en charge initiale avant l'endoscopie ?",
        "Homme de 52 ans, RSOSi positif à 210 ng/mL. Coloscopie : lésion plane de 25 mm au côlon droit. "
        "Quelle technique de résection proposez-vous ?"])
    text = ("Bonjour aux résidents,\n\nCas de la semaine (dépersonnalisé) pour la réunion de jeudi :\n\n%s\n\n"
            "Questions :\n1. Diagnostic différentiel ?\n2. Examens complémentaires ?\n3. Plan de traitement ?\n\n"
            "Réponses discutées en séance.\n\n%s" % (case, staff_name(md)))
    return dict(cat="teaching_case", subject=r.choice(["Cas de la semaine", "Club de cas — jeudi", "Cas clinique (anonymisé)"]),
                frm=staff_addr(md), to=[("Résidents gastro", "residents.gastro@" + ORG_DOMAIN)], text=text,
                note="de-identified teaching case")


# --------------------------------------------------------------------------- 17. blank forms / mail-merge templates
def gabarit(c):
    r = c.rng
    s = _S(c, "agent")
    v = r.randint(0, 2)
    if v == 0:
        text = ("Bonjour,\n\nVoici le gabarit de lettre de convocation à jour pour la fusion Word :\n\n"
                "« Bonjour «Titre» «Prénom» «Nom»,\nVotre coloscopie est prévue le «Date_RV» à «Heure_RV».\n"
                "NAM : «NAM»     Date de naissance : «DDN»\nPréparation : «Preparation»\nTéléphone : «Tel_domicile» »\n\n"
                "Merci de ne plus utiliser l'ancienne version.\n\n%s" % signature(s, FR))
        atts = []
        subj = "Gabarit — lettre de convocation"
    elif v == 1:
        lines = ["Nom du patient : ______________________", "Date de naissance : ____ / ____ / ______",
                 "NAM : ____ ____ ____        Dossier : __________", "Adresse : ________________________________",
                 "Raison de la consultation : ________________________________",
                 "[ ] RSOSi positif   [ ] Rectorragies   [ ] Anémie   [ ] Surveillance", "Médication : ______________",
                 "Anticoagulant : [ ] oui  [ ] non", "Signature du médecin : ______________"]
        atts = [att("Formulaire_consultation_gastro_VIERGE.pdf", "application/pdf",
                    A.pdf("Demande de consultation — gastroentérologie (formulaire vierge)", lines, header=ORG_FR))]
        text = "Bonjour,\n\nLe formulaire vierge de demande de consultation (version 2025) est joint. Merci de le diffuser aux GMF.\n\n%s" % signature(s, FR)
        subj = "Formulaire de consultation — nouvelle version"
    else:
        lines = ["# Avant l'examen", "Sept jours avant : cessez le fer et les suppléments de fibres.",
                 "La veille : diète liquide claire. Prenez la première dose de préparation à 17 h.",
                 "# Le jour de l'examen", "Deuxième dose 5 heures avant l'examen. Rien par la bouche 2 heures avant.",
                 "Apportez votre carte d'assurance maladie et la liste de vos médicaments.",
                 "# Anticoagulants", "Si vous prenez un anticoagulant, communiquez avec nous au %s." % ORG_PHONE_ENDO]
        atts = [att("Guide_preparation_coloscopie.docx", DOCX, A.docx("Guide de préparation à la coloscopie", lines))]
        text = "Bonjour,\n\nVersion révisée du guide patient (générique) pour la préparation intestinale.\n\n%s" % signature(s, FR)
        subj = "Guide de préparation — révision"
    return dict(cat="template", subject=subj, frm=staff_addr(s), to=[ALL_STAFF], text=text, attachments=atts,
                note="blank form or mail-merge template")


# --------------------------------------------------------------------------- 18. drug shortage
def penurie(c):
    r = c.rng
    ph = _S(c, "pharmacienne")
    drug = r.choice([("PegLyte 4 L", "Pico-Salax ou BiPeglyte"), ("Entocort 3 mg", "Cortiment 9 mg"),
                     ("lactulose 667 mg/mL (format 500 mL)", "format 250 mL"), ("Pentasa 1 g comprimés", "Pentasa 500 mg (2 co)")])
    text = ("Bonjour,\n\nAvis de rupture d'approvisionnement : %s — retour prévu dans 6 à 8 semaines selon le fabricant.\n"
            "Alternative recommandée : %s. Aucune action requise pour les ordonnances déjà servies.\n\n%s" %
            (drug[0], drug[1], signature(ph, FR, ORG_PHONE_MII, "Pharmacie")))
    return dict(cat="drug_shortage", subject="Rupture d'approvisionnement — %s" % drug[0], frm=staff_addr(ph),
                to=[ALL_STAFF], text=text, note="drug shortage notice")


# --------------------------------------------------------------------------- 19. product recall
def rappel(c):
    r = c.rng
    lots = ["%s%s" % (r.choice(["K", "L", "M"]), luhn_serial(r, 7)) for _ in range(3)]
    text = ("Bonjour,\n\nSanté Canada — rappel volontaire de type II : pinces à biopsie jetables FB-240U, lots %s. "
            "Risque de bris de la mâchoire. Mettre les lots en quarantaine et communiquer avec le fournisseur pour le "
            "remplacement. Aucun incident rapporté chez nous.\n\nGestion des risques — %s" % (", ".join(lots), ORG_FR))
    return dict(cat="recall", subject="Rappel de produit — pinces à biopsie FB-240U", frm=("Gestion des risques",
                                                                                           "gestion.risques@" + ORG_DOMAIN),
                to=[ALL_STAFF], text=text, note="device recall with lot numbers")


# --------------------------------------------------------------------------- 20. research protocol
def protocole(c):
    r = c.rng
    md = _MD(c)[0]
    text = ("Bonjour,\n\nLe protocole GASTRO-%d « Calprotectine fécale à domicile pour le suivi de la maladie de Crohn » "
            "a été approuvé par le CER le %s.\n\nCritères d'inclusion : adultes 18-75 ans, Crohn confirmé, traitement "
            "biologique stable depuis 3 mois.\nCritères d'exclusion : grossesse, stomie, chirurgie < 6 mois.\n"
            "Recrutement visé : 120 participants sur 18 mois.\n\nAucun recrutement avant la réunion de démarrage.\n\n%s" %
            (r.randint(2024, 2025) * 10 + r.randint(1, 9), d_fr(c.earlier(5, 30), 0), signature(md, FR)))
    atts = []
    if r.random() < 0.5:
        atts.append(att("Resume_protocole.pdf", "application/pdf", A.pdf("Résumé du protocole", text.split("\n")[2:8], header=ORG_FR)))
    return dict(cat="research", subject="Protocole approuvé — calprotectine à domicile", frm=staff_addr(md),
                to=[("Équipe de recherche gastro", "recherche.gastro@" + ORG_DOMAIN)], text=text, attachments=atts,
                note="research protocol approval without participants")


# --------------------------------------------------------------------------- 21. physician on-call schedule
def garde_md(c):
    r = c.rng
    sec = _S(c, "agent")
    mds = [s for s in STAFF_FR if s[0] and "patholog" not in s[3]]
    start = c.later(5, 20)
    rows = [["Date", "Gastro — garde", "Hépatologie (2e appel)", "Endoscopie urgente"]]
    for i in range(7):
        day = start + datetime.timedelta(days=i)
        rows.append([d_fr(day, 4), staff_name(r.choice(mds)), "Dr Benali", staff_name(r.choice(mds))])
    text = ("Bonjour,\n\nHoraire de garde des médecins :\n\n%s\n\nTéléphones : endoscopie %s, hépatologie %s.\n\n%s" %
            ("\n".join(" — ".join(x) for x in rows), ORG_PHONE_ENDO, ORG_PHONE_HEPATO, signature(sec, FR)))
    return dict(cat="oncall", subject="Horaire de garde — gastroentérologie", frm=staff_addr(sec),
                to=[("Téléphonistes", "standard@" + ORG_DOMAIN), ALL_STAFF], text=text,
                html="<p>Horaire de garde :</p>\n%s\n<p>%s</p>" % (html_table(rows), staff_name(sec)) if r.random() < 0.5 else None,
                note="physician on-call schedule")


# --------------------------------------------------------------------------- 22. staff meeting invitation (ICS)
def reunion(c):
    r = c.rng
    org = _S(c, "chef")
    d = c.later(3, 20)
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    topic = r.choice(["Réunion de service — gastroentérologie", "Caucus unité d'endoscopie", "Journée de planification MII"])
    cal = A.ics("reunion-%s@%s" % (d.isoformat(), ORG_DOMAIN), start, 60, topic, "Salle Laurentide B-220 / Teams",
                "Ordre du jour : budget, horaire d'été, nouvel équipement.", organizer=(staff_name(org), staff_addr(org)[1]))
    return dict(cat="meeting", subject="Invitation : %s" % topic, frm=staff_addr(org), to=[ALL_STAFF],
                text="Bonjour,\n\nInvitation à la %s le %s à midi. Lunch fourni.\n\n%s" % (topic.lower(), d_fr(d, 0), staff_name(org)),
                attachments=[att("invitation.ics", "text/calendar", cal, kind="text")], note="staff meeting invitation")


# --------------------------------------------------------------------------- 23. vendor rep contact card
def carte_fournisseur(c):
    r = c.rng
    rep, sex = outsider(r)
    g, s = rep.split(" ", 1)
    card = A.vcard(g, s, org=EXT["vendor"][0], title="Représentant%s technique" % ("e" if sex == "F" else ""),
                   tel=("WORK", "450-555-01%02d" % r.randint(0, 99)), email="%s.%s@%s" % (g.lower()[0], "rep", EXT["vendor"][1]))
    return dict(cat="vendor_contact", subject="Nouveau représentant%s — Optimed" % ("e" if sex == "F" else ""),
                frm=staff_addr(_S(c, "infirmière-chef")), to=[ALL_STAFF],
                text="Bonjour,\n\nVoici les coordonnées de notre nouvel%s représentant%s pour les réparations d'endoscopes.\n\n%s" % (
                    "le" if sex == "F" else "", "e" if sex == "F" else "", "Valérie"),
                attachments=[att("%s.vcf" % rep, "text/vcard", card, kind="text")], note="vendor representative contact card")


# --------------------------------------------------------------------------- 24. forwarded scheduling thread
def fil_salles(c):
    r = c.rng
    a, b = _MD(c, 2)
    n = _S(c, "infirmière-chef")
    d = c.later(5, 20)
    orig = ("Bonjour Valérie,\n\nJe serai au congrès le %s. Est-ce que ma plage de coloscopies peut être donnée à %s ?\n\n%s"
            % (d_fr(d, 0), staff_name(b), a[1]))
    text = ("%s, es-tu d'accord pour prendre la plage du %s (salle 1, 8 h-12 h) ? Il y a 9 coloscopies de dépistage "
            "déjà planifiées.\n\nValérie\n\n%s" % (b[1], d_fr(d, 0), quote("Le %s, %s a écrit :\n%s" % (
                d_fr(c.earlier(0, 2), 0), staff_name(a), orig))))
    return dict(cat="thread", subject="TR: Plage du %s" % d_fr(d, 2), frm=staff_addr(n), to=[staff_addr(b)], cc=[staff_addr(a)],
                text=text, note="forwarded thread about room slots")


TEMPLATES = [
    (horaire, 4), (conges, 4), (paie, 4), (sante_travail, 4), (infolettre, 4), (comite, 5), (congres, 4),
    (affichage, 4), (candidats, 3), (facture, 5), (bon_commande, 4), (inventaire, 4), (informatique, 4),
    (batiment, 4), (statistiques, 4), (cas_enseignement, 4), (gabarit, 4), (penurie, 3), (rappel, 3),
    (protocole, 3), (garde_md, 4), (reunion, 3), (carte_fournisseur, 2), (fil_salles, 3),
]

"""Non-confidential (hard negative) messages in French, part 1."""
import datetime as dt

from gen_docs import pdf, docx, xlsx, csv_text, ics, vcard
from gen_kit import me, ext, shared, dr, quote, attribution
from gen_mime import Att, Mail, html_table, text_table
from gen_people import (sig, staff_name, STAFF, HOSP_FR, ORG_FR, CLINIC_FR, ADDR_CLINIC, PH_CLINIC, PH_AUDIO,
                        FAX_CLINIC, PH_BLOC, DOM)
from gen_util import fmt_date, day_label, luhn_serial, MOIS

PHYS = ["vachon", "lacasse", "haddad", "raman", "charest"]
RES = ["okafor", "marchand"]


def neg(c, cat, note, frm, to, subject, text, **kw):
    return Mail("fr", cat, note, [], frm, to, subject, text, confidential=False, **kw)


def n_horaire_garde(c):
    start = c.today + dt.timedelta(days=(7 - c.today.weekday()) % 7 + 7)
    rows = [["Semaine du", "ORL de garde", "Résident", "Audiologie (urgence surdité)"]]
    for i in range(4 + c.idx % 3):
        d = start + dt.timedelta(days=7 * i)
        rows.append([fmt_date(d, "iso", "fr"), dr(PHYS[(i + c.idx) % 4], "fr"), dr(RES[(i + c.idx) % 2], "fr"),
                     staff_name(["dionne", "rioux", "campbell"][(i + c.idx) % 3], "fr")])
    txt = ("Bonjour à tous,\n\nVoici l'horaire de garde ORL pour les prochaines semaines. Les échanges doivent être "
           "approuvés par le Dr Charest et signalés à la téléphoniste (poste 0).\n\n%s\n\nRappel : la garde de "
           "surdité brusque en audiologie se fait du lundi au vendredi, 8 h à 16 h.\n\n%s") % (
        text_table(rows), sig("labrecque", "fr"))
    atts = []
    if c.idx % 2:
        atts = [Att("Horaire_garde_ORL_%s.xlsx" % start.strftime("%Y-%m"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=xlsx([("Garde", rows)]))]
    return neg(c, "schedule", "on-call schedule for ENT staff", me("labrecque", "fr"), [shared("all", "fr")],
               "Horaire de garde ORL — %s" % MOIS[start.month - 1], txt, atts=atts)


def n_infolettre(c):
    items = [
        ("Nouvelle laryngologiste", "Nous accueillons la Dre Priya Raman, laryngologiste, qui prend en charge les "
         "troubles de la voix, la paralysie des cordes vocales et la sténose sous-glottique. Sa clinique de la voix "
         "ouvre les mardis."),
        ("Prix de la recherche", "Le Dr Stéphane Lacasse reçoit le prix Lucien-Ferron pour ses travaux sur le cancer "
         "de l'oropharynx associé au VPH et la désescalade thérapeutique."),
        ("Naissance", "Félicitations à Karine Dionne, audiologiste, pour la naissance de sa fille Éloïse, née le "
         "%d %s à 3,4 kg ! Karine sera en congé parental jusqu'en %s." % (c.r.randint(1, 28), c.r.choice(MOIS[:6]),
                                                                         c.r.choice(["janvier", "mars"]))),
        ("Départ à la retraite", "Après 31 ans au service, Mme Huguette Bérubé, secrétaire médicale, prend sa "
         "retraite. Un 5 à 7 aura lieu au café du pavillon Lacroix."),
        ("Implant cochléaire : 100e chirurgie", "Le programme d'implant cochléaire régional a réalisé sa 100e "
         "implantation. Merci au Dr Amir Haddad et à Maude Rioux, audiologiste, pour leur engagement."),
        ("Semaine de l'audition", "Kiosque de dépistage auditif gratuit pour le personnel le 3 mars dans le hall. "
         "Bouchons moulés offerts à prix coûtant."),
        ("Cancer de la tête et du cou", "Avril est le mois de sensibilisation au cancer de la tête et du cou. "
         "Chantal Proulx, infirmière pivot, présentera les signes d'alerte (ulcère buccal qui ne guérit pas, "
         "dysphonie de plus de 3 semaines, masse cervicale) lors du dîner-causerie du 15."),
    ]
    pick = c.r.sample(items, 4)
    txt = "L'ÉCHO DE L'ORL — Infolettre du %s\nNuméro %d, %s %d\n\n" % (CLINIC_FR.lower(), 40 + c.idx,
                                                                      MOIS[c.today.month - 1], c.today.year)
    txt += "\n\n".join("■ %s\n%s" % (t, b) for t, b in pick)
    txt += "\n\nPour proposer un texte : %s\n\nSe désabonner : répondre « retrait »." % me("plante", "fr")[1]
    html = ['<html><body style="font-family:Georgia,serif;max-width:640px">',
            '<h2 style="color:#1b4f72">L\'Écho de l\'ORL</h2><p><i>Numéro %d</i></p>' % (40 + c.idx)]
    for t, b in pick:
        html.append("<h3>%s</h3>\n<p>%s</p>" % (t, b))
    html.append('<hr><p style="font-size:9pt">%s — %s — %s</p></body></html>' % (CLINIC_FR, HOSP_FR, PH_CLINIC))
    return neg(c, "newsletter", "department newsletter", me("plante", "fr"), [shared("all", "fr")],
               "L'Écho de l'ORL — numéro %d" % (40 + c.idx), txt, html="\n".join(html) + "\n", modes=["html", "alt"])


def _prev_weekday(d, n):
    d = d - dt.timedelta(days=n)
    while d.weekday() > 4:
        d -= dt.timedelta(days=1)
    return d


def n_avis_comite(c):
    d = c.later(5, 20)
    txt = ("Bonjour,\n\nLe prochain comité des tumeurs tête et cou aura lieu le %s à 7 h 30 (salle 2.104 et Teams).\n\n"
           "Pour inscrire un cas, remplir le formulaire électronique « Demande de présentation » au plus tard le "
           "%s midi. Les cas incomplets (pathologie ou imagerie manquante) seront reportés.\n\n"
           "Invités : radio-oncologie, oncologie médicale, pathologie, radiologie, nutrition, orthophonie, soins "
           "dentaires.\n\n%s") % (day_label(d, "fr", True), day_label(_prev_weekday(d, 2), "fr"), sig("proulx", "fr"))
    return neg(c, "committee", "tumour board meeting notice without cases", me("proulx", "fr"), [shared("onco", "fr")],
               c.r.choice(["Comité des tumeurs tête et cou — %s", "Rappel : comité des tumeurs du %s",
                           "CTTC %s — inscription des cas"]) % fmt_date(d, "long", "fr"), txt)


def n_congres(c):
    d = c.later(40, 120)
    talks = [("8 h 30", "Dr Amir Haddad", "Otite moyenne chronique et cholestéatome chez l'enfant"),
             ("9 h 15", "Maude Rioux, audiologiste", "Critères d'implantation cochléaire chez l'adulte : quoi de neuf ?"),
             ("10 h 30", "Dre Isabelle Vachon", "Polypose naso-sinusienne et biologiques : qui traiter ?"),
             ("11 h 15", "Dre Priya Raman", "Dysphonie chez l'enseignant : prévention et prise en charge"),
             ("13 h 30", "Dr Stéphane Lacasse", "Carcinome de l'oropharynx VPH+ : désescalade"),
             ("14 h 15", "Rosalie Turcotte, orthophoniste", "Réadaptation vocale après laryngectomie"),
             ("15 h 00", "Dre Gisèle Marchetti (invitée)", "Vertige en première ligne : VPPB, névrite, Ménière")]
    sel = sorted(c.r.sample(talks, 5))
    blocks = [("p", "%s — Auditorium du pavillon Lacroix — inscription 60 $ (gratuit pour le personnel)" %
               day_label(d, "fr", True)), ("t", [["Heure", "Conférencier", "Sujet"]] + [list(t) for t in sel]),
              ("p", "Activité de formation reconnue : 5,5 heures. Information : %s" % PH_CLINIC)]
    data = pdf("Journée régionale d'ORL et d'audiologie", blocks, compress=c.idx % 2 == 0)
    txt = ("Bonjour,\n\nVous trouverez ci-joint le programme de la Journée régionale d'ORL et d'audiologie du %s. "
           "Les places sont limitées à 120.\n\n%s") % (fmt_date(d, "long", "fr"), sig("plante", "fr"))
    return neg(c, "conference", "regional ENT/audiology day programme", me("plante", "fr"),
               [ext("Médecins et professionnels", "liste-medicale@%s" % DOM)], "Programme — Journée régionale ORL-audiologie",
               txt, atts=[Att("Programme_journee_ORL.pdf", "application/pdf", data=data)])


def n_offre_emploi(c):
    job = c.r.choice([("Audiologiste", "programme d'implant cochléaire", "Maîtrise en audiologie, membre de l'OOAQ"),
                      ("Orthophoniste", "clinique de la voix et dysphagie", "Maîtrise en orthophonie, membre de l'OOAQ"),
                      ("Infirmière clinicienne / infirmier clinicien", "clinique externe d'ORL", "BAC en sciences infirmières"),
                      ("Agente administrative / agent administratif", "secrétariat ORL", "DEP en secrétariat")])
    txt = ("AFFICHAGE DE POSTE — %s\n\n%s recherche un(e) %s pour son %s (%s).\n\n"
           "Statut : temps complet permanent, 35 h/semaine, jour\nExigences : %s\nSalaire : selon la convention "
           "collective en vigueur (échelle %d $ à %d $/h)\n\nPostuler avant le %s : recrutement@%s, référence ORL-%d.\n\n"
           "Nous remercions tous les candidats ; seules les personnes retenues seront contactées.") % (
        job[0].upper(), ORG_FR, job[0].lower(), job[1], HOSP_FR, job[2], c.r.randint(24, 32), c.r.randint(38, 52),
        fmt_date(c.later(14, 30), "long", "fr"), DOM, c.r.randint(1000, 9999))
    return neg(c, "job_posting", "job posting", ("Recrutement %s" % ORG_FR, "recrutement@%s" % DOM),
               [shared("all", "fr")], "Affichage : %s — %s" % (job[0], job[1]), txt)


def n_facture(c):
    vend = c.r.choice([("AudioTech Solutions inc.", "facturation@audiotech-solutions.example"),
                       ("Cochléa Médical Canada", "ar@cochlea-medical.example"),
                       ("Distribution ORL Plus", "comptes@orlplus.example")])
    n = c.r.randint(3, 6)
    items = [("Aide auditive RIC 312 — niveau 3", 1180.0), ("Embout sur mesure acrylique", 95.0),
             ("Processeur de son (remplacement sous contrat)", 6450.0), ("Piles zinc-air 312 (boîte de 60)", 22.5),
             ("Dômes ouverts 8 mm (sachet de 10)", 14.0), ("Récepteur 85 dB", 140.0), ("Stérilisateur UV-C", 389.0)]
    rows = [["Article", "No de série / lot", "Qté", "Prix unitaire", "Total"]]
    tot = 0
    for it in c.r.sample(items, n):
        q = c.r.randint(1, 12)
        sn = luhn_serial(c.r, 9)
        sn = "%s %s %s" % (sn[:3], sn[3:6], sn[6:]) if c.r.random() < 0.5 else sn
        rows.append([it[0], sn, q, "%.2f $" % it[1], "%.2f $" % (q * it[1])])
        tot += q * it[1]
    blocks = [("t", [["Facture no", "FA-%06d" % c.r.randint(1, 999999)], ["Date", fmt_date(c.today, "iso", "fr")],
                     ["No client", "%06d" % c.r.randint(1000, 99999)], ["Bon de commande", "BC-%d" % c.r.randint(40000, 49999)],
                     ["Facturé à", "%s — %s" % (ORG_FR, "Comptes fournisseurs")], ["Livré à", ADDR_CLINIC]]),
              ("sp", 1), ("t", rows), ("p", "Sous-total : %.2f $   TPS : %.2f $   TVQ : %.2f $" % (tot, tot * 0.05, tot * 0.09975)),
              ("p", "Total : %.2f $ — payable net 30 jours." % (tot * 1.14975))]
    data = pdf("FACTURE — %s" % vend[0], blocks)
    txt = "Bonjour,\n\nVeuillez trouver ci-joint notre facture pour la livraison du %s.\n\nService à la clientèle\n%s" % (
        fmt_date(c.earlier(3, 12), "long", "fr"), vend[0])
    return neg(c, "invoice", "supplier invoice with serial numbers", ext(vend[0], vend[1]),
               [ext("Comptes fournisseurs", "cf@%s" % DOM)], "Facture %s" % vend[0], txt,
               atts=[Att("Facture_%d.pdf" % c.r.randint(10000, 99999), "application/pdf", data=data)])


def n_bon_commande(c):
    rows = [["Code", "Description", "Lot", "Péremption", "Qté", "Unité"]]
    prods = ["Tubes de ventilation Armstrong 1,14 mm", "Tubes en T de Goode", "Mèches auriculaires Pope",
             "Rapid Rhino 5,5 cm", "Merocel 8 cm", "Canule de trachéostomie Shiley 6", "Prothèse phonatoire 22,5 Fr",
             "Spéculums auriculaires jetables 4 mm", "Attelles nasales Doyle"]
    for pdt in c.r.sample(prods, 5):
        rows.append(["ORL-%04d" % c.r.randint(1, 9999), pdt, "L%s" % luhn_serial(c.r, 8),
                     fmt_date(c.later(200, 900, weekday=False), "iso", "fr"), c.r.randint(2, 40), c.r.choice(["bte", "un.", "pqt"])])
    po = "BC%s%s" % (c.today.strftime("%y%m"), "%04d" % c.r.randint(1, 9999))
    data = xlsx([("Commande", rows)], author="Approvisionnement")
    txt = ("Bonjour Hugo,\n\nVoici la commande mensuelle de la clinique ORL (%s). Peux-tu vérifier le lot des "
           "Rapid Rhino ? Le dernier était en rupture.\n\nMerci,\n\n%s") % (po, sig("kowalski", "fr", rich=False))
    return neg(c, "purchase_order", "monthly supply purchase order with lot numbers", me("kowalski", "fr"),
               [me("ferreira", "fr")], "Commande %s — clinique ORL" % po, txt,
               atts=[Att("%s.xlsx" % po, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)])


def n_inventaire(c):
    rows = [["No inventaire", "Appareil", "Fabricant", "No de série", "Local", "Dernier étalonnage"]]
    eq = [("Audiomètre clinique", "Interacoustics"), ("Tympanomètre", "GSI"), ("Système OEA", "Otodynamics"),
          ("Vidéostroboscope", "Xion"), ("Nasofibroscope 3,7 mm", "Olympus"), ("Chaise rotatoire", "Micromedical"),
          ("Cabine audiométrique", "IAC Acoustics"), ("Analyseur d'aides auditives", "Audioscan")]
    for e in c.r.sample(eq, 6):
        rows.append(["%s" % luhn_serial(c.r, 10), e[0], e[1], luhn_serial(c.r, 9),
                     c.r.choice(["3.10", "3.12", "3.14", "salle 2", "salle 4"]), fmt_date(c.earlier(20, 300), "iso", "fr")])
    as_csv = c.idx % 2 == 0
    txt = ("Bonjour Graham,\n\nVoici l'inventaire des équipements de la clinique pour l'audit du génie biomédical. "
           "Le nasofibroscope de la salle 4 est à envoyer en réparation.\n\n%s") % sig("labrecque", "fr", rich=False)
    if as_csv:
        att = Att("inventaire_ORL.csv", "text/csv", text=csv_text(rows, sep=";"), charset="iso-8859-1", cte="quoted-printable")
    else:
        att = Att("inventaire_ORL.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  data=xlsx([("Inventaire", rows)]))
    return neg(c, "inventory", "equipment inventory with serial and asset numbers", me("labrecque", "fr"),
               [me("stewart", "fr")], "Inventaire équipements ORL-audiologie", txt, atts=[att])


def n_rappel(c):
    prod = c.r.choice([("processeur de son CX-7", "batterie rechargeable pouvant surchauffer"),
                       ("tubes de ventilation modèle VT-114", "emballage stérile possiblement compromis"),
                       ("embouts de tympanomètre taille 10 mm", "fissures pouvant fausser la mesure")])
    lots = ["%s" % luhn_serial(c.r, 9) for _ in range(4)]
    txt = ("AVIS DE RAPPEL VOLONTAIRE — %s\n\nMotif : %s.\n\nNuméros de lot / série visés :\n%s\n\n"
           "Action requise : vérifier les stocks et les dispositifs en circulation, mettre en quarantaine, et "
           "retourner le formulaire de confirmation d'ici le %s. Aucun incident n'a été rapporté au Canada.\n\n"
           "Génie biomédical — %s") % (prod[0], prod[1], "\n".join("  - " + l for l in lots),
                                       fmt_date(c.later(7, 21), "long", "fr"), ORG_FR)
    return neg(c, "recall", "device recall notice with lot numbers", me("stewart", "fr"), [shared("all", "fr")],
               "RAPPEL — %s" % prod[0], txt)


def n_penurie(c):
    drug = c.r.choice([("Ciprodex (ciprofloxacine/dexaméthasone) gouttes otiques", "Cetraxal Plus ou ofloxacine 0,3 %"),
                       ("Nasonex (mométasone) vaporisateur nasal", "fluticasone propionate 50 mcg"),
                       ("acide tranexamique injectable 1 g/10 mL", "format 500 mg/5 mL"),
                       ("Pulmicort (budésonide) 0,5 mg/2 mL", "mométasone en irrigation (préparation magistrale)")])
    txt = ("Bonjour,\n\nLe département de pharmacie nous informe d'une rupture d'approvisionnement de %s, prévue "
           "jusqu'au %s.\n\nSolution de rechange proposée : %s. Les ordonnances pré-imprimées post-op seront mises à "
           "jour.\n\n%s") % (drug[0], fmt_date(c.later(30, 90), "long", "fr"), drug[1], sig("nolin", "fr"))
    return neg(c, "drug_shortage", "drug shortage notice", me("nolin", "fr"), [shared("all", "fr")],
               "Pénurie : %s" % drug[0].split(" (")[0], txt)


def n_ti(c):
    kind = c.r.choice([
        ("Maintenance du logiciel d'audiologie (Noah 4) — %s" , "Le logiciel Noah et les modules d'appareillage "
         "seront indisponibles de 18 h à 22 h. Enregistrez vos sessions avant 17 h 45."),
        ("Hameçonnage : faux courriel « Mise à jour de votre boîte »", "Un courriel frauduleux demandant vos "
         "identifiants circule. Ne cliquez pas sur le lien. Transférez-le à securite@%s puis supprimez-le." % DOM),
        ("Migration des postes de la clinique ORL — %s", "Les postes des salles 1 à 6 seront remplacés. Prévoir "
         "30 minutes d'arrêt par poste. Les imprimantes d'étiquettes seront réinstallées le même jour."),
        ("Panne du dossier patient électronique — %s", "Panne planifiée du DPE de 23 h à 2 h. Procédure "
         "dégradée : formulaires papier dans le classeur rouge du poste infirmier.")])
    d = c.later(2, 10)
    subj = kind[0] % fmt_date(d, "long", "fr") if "%s" in kind[0] else kind[0]
    txt = "Bonjour,\n\n%s\n\nDate : %s\nBillet : INC%07d\n\n%s" % (kind[1], day_label(d, "fr", True), c.r.randint(1, 9999999),
                                                                    sig("dufour", "fr"))
    return neg(c, "it", "IT notice", me("dufour", "fr"), [shared("all", "fr")], subj, txt)


def n_installations(c):
    kind = c.r.choice([
        ("Travaux dans les cabines audiométriques", "Remplacement des joints acoustiques des cabines 1 et 2. Les "
         "évaluations seront déplacées en cabine 3 ; prévoir des plages plus courtes."),
        ("Climatisation — 3e étage pavillon Lacroix", "Arrêt du système de ventilation de 7 h à 11 h. Les salles "
         "de nasofibroscopie resteront ouvertes."),
        ("Stationnement P2 fermé", "Le stationnement P2 sera fermé pour réfection. Le personnel est invité à utiliser "
         "le P4 ; navette aux 15 minutes."),
        ("Vérification annuelle des gicleurs", "Des techniciens circuleront dans les salles d'examen ; merci de "
         "libérer l'accès aux plafonds.")])
    d = c.later(3, 20)
    txt = "Bonjour,\n\n%s\n\nDate : %s\nResponsable : Service des installations matérielles, poste 4410\n\n" \
          "Merci de votre collaboration." % (kind[1], day_label(d, "fr", True))
    return neg(c, "facilities", "facilities notice", ("Installations matérielles", "installations@%s" % DOM),
               [shared("all", "fr")], kind[0], txt)


def n_stats(c):
    q = c.r.choice(["T1", "T2", "T3", "T4"])
    rows = [["Intervention", "Patients en attente", "> 6 mois", "> 12 mois", "Délai médian (sem.)"]]
    for proc in ["Amygdalectomie (enfant)", "Amygdalectomie (adulte)", "CEES / sinus", "Septoplastie",
                 "Tubes transtympaniques", "Thyroïdectomie", "Implant cochléaire"]:
        n = c.r.randint(8, 140)
        rows.append([proc, n, c.r.randint(0, n // 2), c.r.randint(0, n // 5), c.r.randint(6, 48)])
    txt = ("Bonjour,\n\nVoici les statistiques d'accès chirurgical ORL pour le %s %d-%d (source : système de "
           "gestion des listes d'attente, données agrégées).\n\n%s\n\nConsultations en audiologie ce trimestre : %d "
           "(+%d %% vs l'an dernier). Taux d'absence : %.1f %%.\n\n%s") % (
        q, c.today.year - 1, c.today.year % 100, text_table(rows), c.r.randint(1800, 2600), c.r.randint(2, 14),
        c.r.randint(40, 110) / 10, sig("murphy", "fr"))
    return neg(c, "statistics", "aggregate wait-time statistics", me("murphy", "fr"),
               [me("charest", "fr"), me("labrecque", "fr")], "Statistiques d'accès ORL — %s" % q, txt)


def n_cas_enseignement(c):
    who = c.r.choice(PHYS[:4])
    case = c.r.choice([
        ("Homme de 58 ans, tabagique actif (40 paquets-années), consulte pour une dysphonie de 3 mois et une "
         "otalgie réflexe droite. Nasofibroscopie : lésion bourgeonnante de la corde vocale droite avec mobilité "
         "réduite.", ["Quel est le bilan initial ?", "Comment stadifier selon l'AJCC 8 ?",
                      "Options thérapeutiques pour un T2N0 ?"]),
        ("Femme de 34 ans, surdité de transmission gauche progressive depuis sa grossesse, tympans normaux, "
         "réflexes stapédiens absents.", ["Diagnostic le plus probable ?", "Place de l'appareillage vs la stapédotomie ?"]),
        ("Enfant de 4 ans, ronflements, pauses respiratoires observées, énurésie secondaire, amygdales 3+.",
         ["Indications de polysomnographie ?", "Risques post-opératoires selon l'âge ?"]),
        ("Patient dans la septantaine, vertiges rotatoires de quelques secondes en se couchant sur la droite.",
         ["Manœuvre diagnostique ?", "Traitement ?"])])
    txt = ("Bonjour les résidents,\n\nCas pour le club de lecture de jeudi (cas fictif / anonymisé, aucun "
           "renseignement identifiant) :\n\n%s\n\nQuestions :\n%s\n\nLectures : voir le dossier partagé.\n\n%s") % (
        case[0], "\n".join("%d. %s" % (i + 1, q) for i, q in enumerate(case[1])), sig(who, "fr", rich=False))
    return neg(c, "teaching_case", "de-identified teaching case", me(who, "fr"),
               [me("okafor", "fr"), me("marchand", "fr")],
               c.r.choice(["Club de lecture — cas de la semaine", "Cas pour jeudi", "Enseignement R1-R5 : cas clinique",
                           "Cas à préparer (anonymisé)"]), txt)


def n_formulaire_vierge(c):
    blocks = [("h", "Identification de l'usager"),
              ("t", [["Nom :", "____________________", "Prénom :", "____________________"],
                     ["Date de naissance (AAAA-MM-JJ) :", "__________", "Sexe :", "☐ F ☐ M ☐ X"],
                     ["NAM :", "____ ____ ____", "Expiration :", "____/____"],
                     ["Téléphone :", "(___) ___-____", "No de dossier :", "__________"]]),
              ("h", "Motif de consultation"), ("p", "☐ Surdité  ☐ Acouphènes  ☐ Vertiges  ☐ Dysphonie  ☐ Masse cervicale  "
                                                    "☐ Obstruction nasale  ☐ Autre : ____________"),
              ("h", "Priorité"), ("p", "☐ P1 (< 10 jours)  ☐ P2 (< 28 jours)  ☐ P3 (< 3 mois)  ☐ P4 (< 12 mois)"),
              ("p", "Médecin référent : ______________________  No de permis : _______"),
              ("p", "Télécopier au %s ou transmettre à triage.orl@%s" % (FAX_CLINIC, DOM))]
    as_docx = c.idx % 2 == 0
    if as_docx:
        att = Att("Formulaire_consultation_ORL_vierge.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  data=docx("Demande de consultation en ORL", blocks))
    else:
        att = Att("Formulaire_consultation_ORL_v%d.pdf" % (3 + c.idx % 4), "application/pdf",
                  data=pdf("Demande de consultation en ORL", blocks))
    txt = ("Bonjour,\n\nÀ la demande de plusieurs GMF, voici la version à jour du formulaire de demande de consultation "
           "en ORL (version vierge). Les anciennes versions ne seront plus acceptées à compter du %s.\n\n%s") % (
        fmt_date(c.later(20, 60), "long", "fr"), sig("labrecque", "fr"))
    return neg(c, "blank_form", "blank referral form", me("labrecque", "fr"),
               [ext("GMF du territoire", "gmf-liste@%s" % DOM)], "Nouveau formulaire de consultation ORL", txt, atts=[att])


def n_gabarit(c):
    tpl = c.r.choice([
        "Bonjour «Prénom» «Nom»,\n\nNous vous confirmons votre rendez-vous en audiologie le «Date_RDV» à «Heure_RDV», "
        "au %s.\nVeuillez apporter votre carte d'assurance maladie et vos aides auditives.\nPour annuler : %s.\n\n"
        "Clinique d'audiologie" % (ADDR_CLINIC, PH_AUDIO),
        "Madame, Monsieur «NOM_USAGER»,\n\nVotre chirurgie («TYPE_CHIRURGIE») est prévue le «DATE». Vous devez être à "
        "jeun à partir de minuit. Présentez-vous à l'admission à «HEURE».\nNAM : «NAM»   Dossier : «NO_DOSSIER»\n\n"
        "Bloc opératoire — %s" % PH_BLOC])
    txt = ("Bonjour Nadia,\n\nVoici le gabarit de publipostage révisé (les champs entre chevrons sont remplis par "
           "l'agenda). Peux-tu le tester avec une fiche fictive avant lundi ?\n\n---- GABARIT ----\n%s\n---- FIN ----\n\n"
           "Annie") % tpl
    return neg(c, "template", "mail-merge template with placeholders", me("labrecque", "fr"), [me("bisson", "fr")],
               "Gabarit lettre de convocation — révision", txt)


def n_rh_conge(c):
    key = c.r.choice(["dionne", "kowalski", "turcotte", "bisson"])
    g = STAFF[key][0]
    d = c.later(10, 60)
    kind = c.r.choice([
        "%s sera en congé de maternité à compter du %s. Son bébé est attendu vers le %s. Le remplacement sera assuré "
        "par une ressource de l'équipe volante." % (staff_name(key, "fr"), fmt_date(d, "long", "fr"),
                                                    fmt_date(d + dt.timedelta(days=30), "long", "fr")),
        "%s revient de congé parental le %s. Pour mémoire, son fils Nathan est né le %s." % (
            staff_name(key, "fr"), fmt_date(d, "long", "fr"), fmt_date(c.earlier(300, 360), "long", "fr")),
        "%s sera en congé sans solde (études) du %s au %s. Les plages de ses clientèles seront redistribuées." % (
            staff_name(key, "fr"), fmt_date(d, "long", "fr"), fmt_date(d + dt.timedelta(days=90), "long", "fr"))])
    txt = "Bonjour,\n\nPour information :\n\n%s\n\n%s" % (kind, sig("beaulieu", "fr"))
    return neg(c, "hr", "staff leave notice", me("beaulieu", "fr"), [me("labrecque", "fr"), me("charest", "fr")],
               "Congé — %s" % g, txt)

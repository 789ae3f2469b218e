"""Negatives, part B (both languages): newsletters, conference programmes, invoices, purchase orders,
freezer inventories, IT, facilities, recalls and shortages, blank forms and templates, training."""
import datetime as _dt

import gen_common as C
from gen_build import box, colleague, csv, docx, ext, ics, lot, luhn_serial, pdf, who, xlsx, zipf


def newsletter(c):
    com = box(c.t("Communications – Recherche", "Research Communications"), "communications")
    d1, d2, d3 = C.doctor(c.rng.randrange(6)), C.doctor(c.rng.randrange(6)), C.doctor(c.ch(6, 8, 9))
    st = c.study()
    items = [
        c.t("**Subvention** – Félicitations à la %s, qui obtient 1,2 M$ des IRSC pour ses travaux sur la %s."
            % (d1["dr_fr"], c.ch("néphropathie diabétique", "maladie de Parkinson", "cardiomyopathie", "fibrose hépatique")),
            "**Grant** - Congratulations to %s on a $1.2M CIHR grant for work on %s."
            % (d1["dr_en"], c.ch("diabetic kidney disease", "Parkinson's disease", "cardiomyopathy", "liver fibrosis"))),
        c.t("**Recrutement** – L'étude %s (%s) a franchi le cap des %d participants au site. Merci à l'équipe de %s !"
            % (st["code"], st["title"], c.rng.randrange(20, 90), d2["dr_fr"]),
            "**Enrolment** - %s (%s) passed %d participants at our site. Thanks to %s's team!"
            % (st["code"], st["title"], c.rng.randrange(20, 90), d2["dr_en"])),
        c.t("**Nomination** – M. %s est nommé chef du service de la recherche clinique. Mme %s se joint à la "
            "biobanque comme technicienne." % (C.staff(11)["name"], C.staff(5)["name"]),
            "**Appointments** - Mr. %s is the new head of clinical research. Ms. %s joins the biobank as a "
            "technician." % (C.staff(11)["name"], C.staff(5)["name"])),
        c.t("**Midi-conférence** – %s présentera « Cancer du sein HER2+ : ce qui change en 2024 » le %s."
            % (d3["dr_fr"], c.d(c.later(12), 0)),
            "**Lunch talk** - %s on \"HER2+ breast cancer: what changes in 2024\" on %s." % (d3["dr_en"], c.d(c.later(12), 0))),
        c.t("**Biobanque** – %d nouveaux donneurs ce trimestre, %d échantillons distribués à 6 projets."
            % (c.rng.randrange(80, 300), c.rng.randrange(400, 2000)),
            "**Biobank** - %d new donors this quarter, %d samples released to 6 projects."
            % (c.rng.randrange(80, 300), c.rng.randrange(400, 2000))),
    ]
    c.rng.shuffle(items)
    blocks = [c.t("INFO-RECHERCHE – %s %d" % (C.MOIS[c.date.month - 1], c.date.year),
                  "RESEARCH NEWS - %s %d" % (C.MONTHS[c.date.month - 1], c.date.year))] + items + [
        c.t("Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply \"remove\"."),
        ("sig", [c.t(C.BRC_FR, C.BRC_EN), C.HOSP_ADDR, "450-555-0100"])]
    return dict(cat=c.t("infolettre", "newsletter"), types=[], note="research newsletter", frm=com,
                to=[box(c.t("Communauté de recherche", "Research community"), "recherche-tous")],
                subject=c.t("Info-Recherche – %s" % C.MOIS[c.date.month - 1], "Research News - %s" % C.MONTHS[c.date.month - 1]),
                blocks=blocks, kind=c.ch("html", "alt"))


def conference(c):
    org = box(c.t("Journée de la recherche", "Research Day"), "journee.recherche")
    d = c.later(c.rng.randrange(20, 60))
    talks = []
    for h, i in zip(["8 h 30", "9 h 15", "10 h 30", "11 h 15", "13 h 30"], c.rng.sample(range(10), 5)):
        dr = C.doctor(i)
        topic = c.ch(c.t("Essais adaptatifs en insuffisance cardiaque", "Adaptive trials in heart failure"),
                     c.t("Biomarqueurs de la maladie de Parkinson", "Biomarkers in Parkinson's disease"),
                     c.t("Asthme sévère chez l'enfant : biologiques", "Biologics in severe paediatric asthma"),
                     c.t("Hépatite C : éliminer d'ici 2030 ?", "Hepatitis C: elimination by 2030?"),
                     c.t("Biobanques et consentement large", "Biobanks and broad consent"),
                     c.t("IRC diabétique : nouvelles cibles", "Diabetic CKD: new targets"))
        talks.append([h if c.fr else h.replace(" h ", ":"), c.t(dr["dr_fr"], dr["dr_en"]), topic])
    items = [("h", c.t("Journée annuelle de la recherche clinique – %s" % c.d(d, 0),
                       "Annual Clinical Research Day - %s" % c.d(d, 0))),
             ("table", [c.t("Heure", "Time"), c.t("Conférencier", "Speaker"), c.t("Sujet", "Topic")], talks),
             c.t("Lieu : amphithéâtre Saint-Aubin. Inscription gratuite, 6 heures de formation reconnues.",
                 "Venue: Saint-Aubin auditorium. Free registration, 6 accredited hours.")]
    blocks = [c.t("Bonjour,", "Hello,"),
              c.t("Le programme de la Journée de la recherche est en pièce jointe. Affiches : date limite le %s."
                  % c.d(c.later(10), 0),
                  "The Research Day programme is attached. Poster deadline: %s." % c.d(c.later(10), 0)),
              ("table", None, talks, 1) if c.v % 2 else c.t("Au plaisir de vous y voir !", "Hope to see you there!"),
              ("sig", [c.t("Comité organisateur", "Organizing committee"), C.HOSP, "450-555-0111"])]
    return dict(cat=c.t("programme_congres", "conference_programme"), types=[], note="conference programme with speakers",
                frm=org, to=[box(c.t("Communauté de recherche", "Research community"), "recherche-tous")],
                subject=c.t("Programme – Journée de la recherche", "Programme - Research Day"), blocks=blocks,
                atts=[pdf(c.t("programme_journee_recherche.pdf", "research_day_programme.pdf"), c.t("Programme", "Programme"), items)])


def invoice(c):
    st = c.study()
    vendor = c.ch("cro", "lab", "courier")
    org, dom = C.SITES[vendor]
    no = "INV-%d-%05d" % (2024, c.rng.randrange(10000, 99999))
    bn = luhn_serial(c, 9)
    rows = [[c.t("Visites de monitorage", "Monitoring visits"), "%d" % c.rng.randrange(2, 8), "%d,00" % c.rng.randrange(900, 1600)],
            [c.t("Frais par participant (V1–V6)", "Per-participant fees (V1-V6)"), "%d" % c.rng.randrange(5, 30), "425,00"],
            [c.t("Glace sèche et emballage", "Dry ice and packaging"), "%d" % c.rng.randrange(1, 12), "85,00"]]
    if not c.fr:
        rows = [[a, b, x.replace(",", ".")] for a, b, x in rows]
    items = [("h", "%s – %s %s" % (org, c.t("Facture", "Invoice"), no)),
             ("table", None, [[c.t("Client", "Bill to"), C.BRC_FR if c.fr else C.BRC_EN],
                              [c.t("Protocole", "Protocol"), st["code"]],
                              [c.t("Bon de commande", "PO"), "PO-%06d" % c.rng.randrange(100000, 999999)],
                              [c.t("No TPS/TVH", "GST/HST no."), "%s RT0001" % bn],
                              [c.t("No TVQ", "QST no."), "%010d TQ0001" % c.rng.randrange(10**9, 10**10)],
                              [c.t("Échéance", "Due"), c.d(c.later(30), 1)]]),
             ("table", [c.t("Description", "Description"), c.t("Qté", "Qty"), c.t("Prix unitaire", "Unit price")], rows)]
    blocks = [c.t("Bonjour,", "Hello,"), c.t("Veuillez trouver ci-joint notre facture %s." % no,
                                             "Please find attached invoice %s." % no),
              c.t("Paiement par virement : voir les coordonnées bancaires sur la facture.",
                  "Payment by EFT: banking details are on the invoice."),
              ("sig", [c.t("Comptes clients", "Accounts receivable"), org, "1-800-555-01%02d" % c.rng.randrange(100)])]
    return dict(cat=c.t("facture", "invoice"), types=[], note="vendor invoice", frm=("%s AR" % org, "ar@" + dom),
                to=[box(c.t("Finances recherche", "Research Finance"), "finance.recherche")],
                subject=c.t("Facture %s", "Invoice %s") % no, blocks=blocks,
                atts=[pdf("%s.pdf" % no, c.t("Facture", "Invoice"), items)])


def purchase_order(c):
    bb = c.staff(4)
    rows = []
    for _ in range(c.rng.randrange(3, 7)):
        item = c.ch(c.t("Cryotubes 2 mL, bouchon externe", "Cryovials 2 mL, external thread"),
                    c.t("Tubes EDTA 6 mL", "EDTA tubes 6 mL"), c.t("Boîtes de congélation 81 positions", "Freezer boxes 81-place"),
                    c.t("Glace sèche (kg)", "Dry ice (kg)"), c.t("Gants nitrile M", "Nitrile gloves M"),
                    "PAXgene Blood RNA")
        rows.append(["CAT-%05d" % c.rng.randrange(10000, 99999), item, str(c.rng.randrange(1, 40)), lot(c),
                     "%d.%02d" % (c.rng.randrange(8, 600), c.rng.randrange(100))])
    header = [c.t("No catalogue", "Catalogue no."), c.t("Article", "Item"), c.t("Qté", "Qty"), c.t("Lot", "Lot"),
              c.t("Prix", "Price")]
    po = "PO-%06d" % c.rng.randrange(100000, 999999)
    blocks = [c.t("Bonjour,", "Hi,"), c.t("Voici le bon de commande %s pour la biobanque. Livraison au quai B, "
                                          "local B-015, avant 15 h." % po,
                                          "Purchase order %s for the biobank attached. Deliver to dock B, room "
                                          "B-015, before 3 pm." % po), c.sig(bb)]
    att = (xlsx("%s.xlsx" % po, [("PO", header, rows)]) if c.v % 2 == 0 else csv("%s.csv" % po, header, rows))
    return dict(cat=c.t("bon_commande", "purchase_order"), types=[], note="biobank purchase order", frm=who(c, bb),
                to=[("Fournisseur", "orders@labsupply.example")], subject=c.t("Bon de commande %s", "Purchase order %s") % po,
                blocks=blocks, atts=[att])


def inventory(c):
    bb = c.staff(4, 5)
    rows = []
    for i in range(c.rng.randrange(5, 9)):
        rows.append([c.ch("-80 °C", "-20 °C", "LN2"), "CISRP-A-%06d" % c.rng.randrange(1000, 99999),
                     "S/N %s" % C.group(luhn_serial(c, 9), (3, 3, 3), " "),
                     c.ch("Thermo TSX", "Panasonic VIP", "MVE 1500"), "%d/%d" % (c.rng.randrange(2, 9), 10),
                     c.t(c.ch("OK", "alarme 12 mars", "entretien dû"), c.ch("OK", "alarm Mar 12", "service due"))])
    header = [c.t("Type", "Type"), c.t("No d'actif", "Asset no."), c.t("No de série", "Serial"), c.t("Modèle", "Model"),
              c.t("Tablettes pleines", "Shelves full"), c.t("État", "Status")]
    blocks = [c.t("Bonjour %s," % C.staff(11)["given"], "Hi %s," % C.staff(11)["given"]),
              c.t("Inventaire trimestriel des congélateurs de la biobanque. Les positions d'échantillons sont codées "
                  "(BRP-xxxxx) ; aucun identifiant de donneur dans ce fichier.",
                  "Quarterly biobank freezer inventory. Sample positions are coded (BRP-xxxxx); no donor identifiers "
                  "in this file."),
              c.sig(bb)]
    samp = [["BRP-%05d" % c.rng.randrange(10000, 99999), "F%d-R%d-B%02d" % (c.rng.randrange(1, 6), c.rng.randrange(1, 8),
                                                                           c.rng.randrange(1, 30)),
             c.ch(c.t("sérum", "serum"), "plasma", c.t("ADN", "DNA")), str(c.rng.randrange(1, 5))] for _ in range(12)]
    att = xlsx(c.t("inventaire_congelateurs_T%d.xlsx", "freezer_inventory_Q%d.xlsx") % ((c.date.month - 1) // 3 + 1),
               [(c.t("Équipements", "Equipment"), header, rows),
                (c.t("Positions", "Positions"), [c.t("Code", "Code"), "Position", "Type", "Aliquots"], samp)])
    if c.v % 3 == 2:
        blocks.insert(2, ("table", header, rows, 1))
    return dict(cat=c.t("inventaire_biobanque", "freezer_inventory"), types=[], note="freezer inventory with serial numbers",
                frm=who(c, bb), to=[who(c, C.staff(11))], subject=c.t("Inventaire congélateurs", "Freezer inventory"),
                blocks=blocks, atts=[att])


def it_notice(c):
    it = c.staff(14)
    kind = c.ch("redcap", "phish", "vpn", "pwd")
    if kind == "redcap":
        txt = c.t("REDCap sera mis à jour (v14.0.2) le %s de 18 h à 22 h. Les formulaires de saisie et les "
                  "sondages seront indisponibles. Aucune action requise." % c.d(c.later(5), 0),
                  "REDCap will be upgraded (v14.0.2) on %s from 6 to 10 pm. Data entry and surveys will be "
                  "unavailable. No action required." % c.d(c.later(5), 0))
    elif kind == "phish":
        txt = c.t("Attention : un courriel frauduleux « Résultats d'analyse – patient » circule avec un lien vers "
                  "une fausse page de connexion. Ne cliquez pas ; signalez-le avec le bouton Hameçonnage.",
                  "Warning: a fraudulent e-mail \"Lab results - patient\" is circulating with a link to a fake login "
                  "page. Do not click; report it with the Phish button.")
    elif kind == "vpn":
        txt = c.t("Le VPN sera interrompu ce soir de 23 h à 1 h pour le remplacement du pare-feu. Les accès à "
                  "l'EDC des promoteurs seront aussi coupés.",
                  "VPN will be down tonight 11 pm to 1 am for a firewall replacement. Sponsor EDC access will "
                  "also be interrupted.")
    else:
        txt = c.t("Votre mot de passe expire dans 5 jours. Changez-le via Ctrl-Alt-Suppr ou le portail "
                  "libre-service. Le centre de services ne demandera jamais votre mot de passe.",
                  "Your password expires in 5 days. Change it with Ctrl-Alt-Del or the self-service portal. The "
                  "service desk will never ask for your password.")
    blocks = [txt, ("sig", [c.t("Centre de services TI", "IT Service Desk"), "450-555-0199", "Billet %d" % c.rng.randrange(10**5, 10**6)])]
    return dict(cat=c.t("avis_ti", "it_notice"), types=[], note="IT notice", frm=(c.t("Centre de services TI", "IT Service Desk"), "ti@" + C.DOM),
                to=[box(c.t("Recherche clinique", "Clinical research"), "brc.equipe")], cc=[who(c, it)] if c.rng.random() < 0.3 else [],
                subject=c.t("[TI] ", "[IT] ") + c.ch(*{"redcap": [c.t("Mise à jour REDCap", "REDCap upgrade")],
                                                     "phish": [c.t("Alerte hameçonnage", "Phishing alert")],
                                                     "vpn": [c.t("Interruption VPN", "VPN outage")],
                                                     "pwd": [c.t("Expiration du mot de passe", "Password expiry")]}[kind]),
                blocks=blocks)


def facilities(c):
    fac = box(c.t("Services techniques", "Facilities"), "services.techniques")
    bb = c.staff(4)
    kind = c.ch("alarm", "power", "hvac")
    if kind == "alarm":
        txt = c.t("Alarme de température sur le congélateur -80 °C no d'actif CISRP-A-%06d (local B-017) à %d h %02d. "
                  "Température maximale atteinte : -62 °C pendant 40 min. Compresseur redémarré ; le technicien "
                  "de garde a transféré les boîtes au congélateur de secours." % (c.rng.randrange(1000, 99999),
                                                                                  c.rng.randrange(0, 6), c.rng.randrange(60)),
                  "Temperature alarm on -80 °C freezer asset CISRP-A-%06d (room B-017) at %d:%02d am. Peak "
                  "temperature -62 °C for 40 min. Compressor restarted; on-call tech moved the boxes to the backup "
                  "freezer." % (c.rng.randrange(1000, 99999), c.rng.randrange(1, 6), c.rng.randrange(60)))
    elif kind == "power":
        txt = c.t("Essai de la génératrice le %s de 6 h à 6 h 30. Les prises rouges restent alimentées ; "
                  "vérifiez que les congélateurs de recherche y sont branchés." % c.d(c.later(4), 0),
                  "Generator test on %s, 6:00-6:30 am. Red outlets stay powered; make sure research freezers are "
                  "plugged into them." % c.d(c.later(4), 0))
    else:
        txt = c.t("Travaux de ventilation au 3e étage (clinique de recherche) du %s au %s. Les salles 3.08 à 3.14 "
                  "seront fermées ; prévoyez vos visites au 2e." % (c.d(c.later(6), 0), c.d(c.later(9), 0)),
                  "HVAC work on the 3rd floor (research clinic) from %s to %s. Rooms 3.08-3.14 closed; book visits "
                  "on 2." % (c.d(c.later(6), 0), c.d(c.later(9), 0)))
    blocks = [txt, ("sig", [c.t("Services techniques – répartition", "Facilities dispatch"), "450-555-0177", C.HOSP_ADDR])]
    return dict(cat=c.t("installations", "facilities"), types=[], note="facilities notice", frm=fac,
                to=[who(c, bb), box(c.t("Recherche clinique", "Clinical research"), "brc.equipe")],
                subject=c.t("Avis – ", "Notice - ") + {"alarm": c.t("alarme congélateur", "freezer alarm"),
                                                       "power": c.t("essai génératrice", "generator test"),
                                                       "hvac": c.t("travaux ventilation", "HVAC work")}[kind],
                blocks=blocks, importance=kind == "alarm")


def recall(c):
    ph = c.staff(8)
    if c.rng.random() < 0.5:
        st = c.study()
        l1, l2 = lot(c), lot(c)
        txt = c.t("Le promoteur rappelle les trousses de %s (%s) des lots %s et %s (exp. %s) à cause d'un défaut "
                  "d'étiquetage. Mettre en quarantaine dans l'IWRS et retourner via le courrier prépayé. Aucun "
                  "risque pour les participants n'a été identifié." % (st["ip"], st["code"], l1, l2, c.d(c.later(300), 2)),
                  "The sponsor is recalling %s (%s) kits from lots %s and %s (exp. %s) due to a labelling defect. "
                  "Quarantine in the IWRS and return with the prepaid courier. No participant risk identified."
                  % (st["ip"], st["code"], l1, l2, c.d(c.later(300), 2)))
        subj = c.t("Rappel de lots – %s", "Lot recall - %s") % st["ip"]
    else:
        drug = c.ch("salbutamol 100 mcg", "furosémide injectable" if c.fr else "furosemide injection",
                    "Herceptin 440 mg", "insuline glargine" if c.fr else "insulin glargine")
        txt = c.t("Rupture d'approvisionnement : %s jusqu'à la mi-%s. Alternative proposée par le comité de "
                  "pharmacologie : voir le tableau de substitution sur l'intranet." % (drug, C.MOIS[(c.date.month + 1) % 12]),
                  "Supply shortage: %s until mid-%s. The P&T committee's alternative is in the substitution table "
                  "on the intranet." % (drug, C.MONTHS[(c.date.month + 1) % 12]))
        subj = c.t("Rupture – %s", "Shortage - %s") % drug
    blocks = [c.t("Bonjour,", "Hello,"), txt, c.sig(ph)]
    return dict(cat=c.t("rappel_rupture", "recall_shortage"), types=[], note="product recall or drug shortage notice",
                frm=who(c, ph), to=[box(c.t("Coordination recherche", "Research coordinators"), "coord.recherche")],
                subject=subj, blocks=blocks)


def blank_form(c):
    reb = c.staff(6)
    st = c.study()
    fields = [[c.t("Nom du participant", "Participant name"), "«NOM_PARTICIPANT»"],
              ["NAM" if c.fr else "Health card no.", "«NAM»" if c.fr else "«HEALTH_NO»"],
              [c.t("Date de naissance", "Date of birth"), "«DDN»" if c.fr else "«DOB»"],
              [c.t("Adresse", "Address"), "«ADRESSE»" if c.fr else "«ADDRESS»"],
              [c.t("Diagnostic", "Diagnosis"), "______________"],
              [c.t("Signature", "Signature"), "______________"]]
    items = [("h", c.t("Formulaire de consentement – gabarit %s", "Consent form - template %s") % st["code"]),
             c.t("Chère participante, cher participant, vous êtes invité(e) à participer à une étude sur %s."
                 % st["title"], "Dear participant, you are invited to take part in a study on %s." % st["title"]),
             ("table", None, fields)]
    blocks = [c.t("Bonjour,", "Hello,"),
              c.t("Voici le nouveau gabarit de consentement (publipostage) à utiliser à partir du %s. Les champs "
                  "entre chevrons sont remplis automatiquement par REDCap." % c.d(c.later(7), 0),
                  "Here is the new mail-merge consent template to use from %s. Fields in chevrons are filled in "
                  "by REDCap." % c.d(c.later(7), 0)), c.sig(reb)]
    fn = c.t("gabarit_consentement_%s.docx", "consent_template_%s.docx") % st["code"].replace(" ", "")
    att = docx(fn, c.t("Gabarit", "Template"), items)
    if c.v % 3 == 2:
        att = zipf(c.t("gabarits_%s.zip", "templates_%s.zip") % st["code"].replace(" ", ""),
                   [att, pdf(c.t("formulaire_vierge.pdf", "blank_form.pdf"), c.t("Formulaire vierge", "Blank form"), items)])
    return dict(cat=c.t("gabarit_vierge", "blank_template"), types=[], note="blank consent template", frm=who(c, reb),
                to=[box(c.t("Coordination recherche", "Research coordinators"), "coord.recherche")],
                subject=c.t("Nouveau gabarit de consentement", "New consent template"), blocks=blocks, atts=[att])


def training(c):
    qa = c.staff(15)
    rows = []
    for i in (0, 1, 2, 3, 7, 12, 13):
        p = C.staff(i)
        done = c.earlier(c.rng.randrange(100, 1100))
        rows.append([p["name"], c.ch("BPC / GCP", "EPTC 2 / TCPS 2", "IATA 6.2"), c.d(done, 1),
                     c.t(c.ch("à jour", "échu", "à renouveler"), c.ch("current", "expired", "renew"))])
    blocks = [c.t("Bonjour,", "Hi all,"),
              c.t("Registre des formations obligatoires de l'équipe. Les certificats échus doivent être renouvelés "
                  "avant la visite d'inspection de Santé Canada.",
                  "Mandatory training log for the team. Expired certificates must be renewed before the Health "
                  "Canada inspection."),
              ("table", [c.t("Employé", "Staff"), c.t("Formation", "Course"), c.t("Complétée", "Completed"),
                         c.t("Statut", "Status")], rows, c.ch(0, 1, 2)), c.sig(qa)]
    return dict(cat=c.t("registre_formation", "training_log"), types=[], note="staff training log", frm=who(c, qa),
                to=[box(c.t("Équipe recherche clinique", "Clinical research team"), "brc.equipe")],
                subject=c.t("Formations obligatoires – suivi", "Mandatory training follow-up"), blocks=blocks)


PLAN_FR = [(newsletter, 3), (conference, 3), (invoice, 3), (purchase_order, 3), (inventory, 3), (it_notice, 3),
           (facilities, 3), (recall, 3), (blank_form, 3), (training, 3)]
PLAN_EN = list(PLAN_FR)

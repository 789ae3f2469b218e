"""Negative builders, part C: IT, facilities, procurement, invoices, shortages, recalls,
courier, vendor cards, ZIP of templates, forwarded threads, phishing warnings."""
import datetime

from gen_attach import (att_eml, att_pdf, att_text, att_xlsx, att_zip, make_csv, make_docx,
                        make_ics, make_pdf, make_vcf, make_xlsx, make_zip)
from gen_common import (DOM, ORG_EN, ORG_FR, days_after, days_before, fmt_date, forward_block,
                        mk, quote, signature, staff_addr)
from gen_mime import build_message
from gen_neg_a import I, ean13, full, luhn_serial, mod97_lot


def n_scanner(c, lang):
    r = c.rng
    sers = [luhn_serial(r, 9) for _ in range(3)]
    fw = "%d.%d.%d" % (r.randint(3, 5), r.randint(0, 9), r.randint(10, 99))
    day = days_after(c, 1, 7)
    lines = "\n".join("  %s  S/N %s %s %s  (%s)" % (
        ["SCAN-01", "SCAN-02", "SCAN-03"][i], s[:3], s[3:6], s[6:],
        ["B-014", "B-016", "Urgence / ER"][i]) for i, s in enumerate(sers))
    if lang == "fr":
        text = ("Bonjour,\n\nMise à jour du micrologiciel (v%s) des numériseurs de production le "
                "%s entre 7 h et 8 h. Appareils visés :\n\n%s\n\nLes lots en cours doivent être "
                "fermés avant 7 h. Le logiciel de capture redémarrera automatiquement.\n\n%s"
                % (fw, fmt_date(day, "fr", "long"), lines, signature("esposito", "fr")))
        subj = "Mise à jour des numériseurs — %s" % day.isoformat()
    else:
        text = ("Hello,\n\nFirmware update (v%s) for the production scanners on %s between 7 and "
                "8 am. Devices:\n\n%s\n\nOpen batches must be closed before 7. The capture "
                "software will restart automatically.\n\n%s"
                % (fw, fmt_date(day, "en", "long"), lines, signature("esposito", "en")))
        subj = "Scanner update - %s" % day.isoformat()
    return mk("it_notice", I(lang, "mise à jour des numériseurs (numéros de série)",
                             "scanner firmware update (serial numbers)"), [],
              staff_addr("esposito"), [("Équipe archives", "archives-equipe@" + DOM)], subj,
              text)


def n_downtime(c, lang):
    r = c.rng
    day = days_after(c, 3, 14)
    start = datetime.datetime(day.year, day.month, day.day, 22, 0)
    end = start + datetime.timedelta(hours=r.choice([4, 6]))
    summ = I(lang, "Arrêt planifié du DPE", "Planned EHR downtime")
    desc = I(lang, "Mise à niveau du DPE. Procédures dégradées : formulaires papier, "
                   "classement différé. Numériser dès le retour du système.",
             "EHR upgrade. Downtime procedures: paper forms, deferred filing. Scan as soon as "
             "the system is back.")
    ics = make_ics("dpe-%s@%s" % (day.isoformat(), DOM), start, end, summ, desc,
                   "Tous les sites / All sites", ("Service TI", "ti@" + DOM))
    text = I(lang, "Bonjour,\n\nLe DPE sera indisponible le %s de 22 h à %d h. Les procédures "
                   "dégradées s'appliquent. Invitation ci-jointe.\n\nService des technologies "
                   "de l'information — poste 4700" % (fmt_date(day, "fr", "long"),
                                                       end.hour),
             "Hello,\n\nThe EHR will be unavailable on %s from 10 pm to %d am. Downtime "
             "procedures apply. Invitation attached.\n\nInformation Technology - ext. 4700"
             % (fmt_date(day, "en", "long"), end.hour))
    return mk("it_notice", I(lang, "avis d'arrêt planifié du DPE", "planned EHR downtime notice"),
              [], ("Service TI", "ti@" + DOM), [("Tout le personnel", "tous@" + DOM)], summ, text,
              attachments=[att_text("arret_DPE.ics" if lang == "fr" else "EHR_downtime.ics",
                                    ics, "text/calendar", "utf-8", "base64")])


def n_facilities(c, lang):
    r = c.rng
    kind = r.randint(0, 2)
    day = days_after(c, 2, 10)
    if lang == "fr":
        text = ["Bonjour,\n\nL'installation des étagères mobiles au dépôt B-010 aura lieu le %s. "
                "Merci de dégager les allées 4 à 7 la veille. Les boîtes seront déplacées "
                "temporairement au local B-012 (clé au poste de sécurité).",
                "Bonjour,\n\nLa température du dépôt d'archives a atteint 27 °C et 68 %% "
                "d'humidité. Un technicien en ventilation passera le %s. Gardez la porte coupe-feu "
                "fermée.",
                "Bonjour,\n\nChangement des serrures du service des archives le %s. Les "
                "nouvelles clés (série K-48) seront remises contre signature au bureau "
                "d'Isabelle."][kind] % fmt_date(day, "fr", "long")
        text += "\n\n" + signature("brassard", "fr")
        subj = ["Étagères mobiles — dépôt B-010", "Température au dépôt d'archives",
                "Changement des serrures"][kind]
    else:
        text = ["Hello,\n\nMobile shelving will be installed in file room B-010 on %s. Please "
                "clear aisles 4 to 7 the day before. Boxes will be moved temporarily to B-012 "
                "(key at the security desk).",
                "Hello,\n\nThe records room reached 27 C and 68%% humidity. An HVAC technician "
                "will come on %s. Keep the fire door closed.",
                "Hello,\n\nThe Health Records locks will be changed on %s. New keys (series K-48) "
                "will be handed out against signature in Isabelle's office."][kind] % \
            fmt_date(day, "en", "long")
        text += "\n\n" + signature("brassard", "en")
        subj = ["Mobile shelving - room B-010", "Records room temperature", "Lock change"][kind]
    return mk("facilities", I(lang, "avis des installations matérielles", "facilities notice"),
              [], staff_addr("brassard"), [staff_addr("marcotte")], subj, text)


def n_purchase_order(c, lang):
    r = c.rng
    po = "BC-%d-%05d" % (c.date.year, r.randint(0, 99999))
    items = [(I(lang, "Chemises de dossier couleur, 11 pt (boîte de 100)",
                "Colour-coded file folders, 11 pt (box of 100)"), 40, 38.90),
             (I(lang, "Étiquettes code-barres thermiques 2x1 po (rouleau)",
                "Thermal barcode labels 2x1 in (roll)"), 24, 17.45),
             (I(lang, "Boîtes d'archives 15x12x10 po (paquet de 10)",
                "Archive boxes 15x12x10 in (pack of 10)"), 30, 42.00),
             (I(lang, "Rouleaux d'entraînement pour numériseur", "Scanner feed rollers"), 6,
              129.00)]
    chosen = r.sample(items, 3)
    rows = [[I(lang, "Code", "Code"), "CUP/UPC", I(lang, "Description", "Description"),
             I(lang, "Qté", "Qty"), I(lang, "Prix unit.", "Unit price"), "Total"]]
    tot = 0.0
    for d, q, p in chosen:
        code = luhn_serial(r, 10)
        rows.append([code, ean13(r, "06"), d[:30], str(q), "%.2f" % p, "%.2f" % (q * p)])
        tot += q * p
    blocks = [("kv", [(I(lang, "Bon de commande", "Purchase order"), po),
                      (I(lang, "Fournisseur", "Supplier"), "Fournitures Bureau-Plus inc."),
                      (I(lang, "Livrer à", "Ship to"), "%s, B-010" % I(lang, ORG_FR, ORG_EN)),
                      (I(lang, "Centre de coûts", "Cost centre"), "7420-ARCH")]),
              ("table", rows),
              ("p", I(lang, "Total avant taxes : %.2f $", "Total before tax: $%.2f") % tot)]
    pdf = make_pdf(I(lang, "Bon de commande %s", "Purchase order %s") % po, blocks,
                   author="Approvisionnement")
    text = I(lang, "Bonjour,\n\nVoici le bon de commande %s pour les fournitures des archives. "
                   "Livraison prévue sous 10 jours ouvrables.\n\n%s"
             % (po, signature("pronovost", "fr")),
             "Hello,\n\nHere is purchase order %s for Health Records supplies. Delivery expected "
             "within 10 business days.\n\n%s" % (po, signature("pronovost", "en")))
    return mk("purchase_order", I(lang, "bon de commande de fournitures",
                                  "supplies purchase order"), [],
              staff_addr("pronovost"), [staff_addr("marcotte")],
              I(lang, "Bon de commande %s", "Purchase order %s") % po, text,
              attachments=[att_pdf("%s.pdf" % po, pdf)])


def n_shred_invoice(c, lang):
    r = c.rng
    inv = "INV-%06d" % r.randint(0, 999999)
    cert = "CD-%s" % mod97_lot(r)
    boxes = r.randint(40, 220)
    kg = boxes * r.randint(11, 15)
    blocks = [("kv", [(I(lang, "Facture", "Invoice"), inv),
                      (I(lang, "Client", "Customer"), I(lang, ORG_FR, ORG_EN)),
                      (I(lang, "Certificat de destruction", "Certificate of destruction"), cert),
                      (I(lang, "Date de destruction", "Destruction date"),
                       days_before(c, 2, 10).isoformat()),
                      (I(lang, "Boîtes détruites", "Boxes destroyed"), str(boxes)),
                      (I(lang, "Poids", "Weight"), "%d kg" % kg),
                      (I(lang, "Montant", "Amount"), "%.2f $" % (boxes * 6.75))]),
              ("p", I(lang, "Destruction sécuritaire sur place, norme NAID AAA. Scellés "
                            "nos %s à %s.", "On-site secure destruction, NAID AAA standard. "
                                            "Seals no. %s to %s.") %
               (luhn_serial(r, 8), luhn_serial(r, 8)))]
    pdf = make_pdf(I(lang, "Facture et certificat de destruction", "Invoice and certificate of "
                     "destruction"), blocks, author="DestructoSûr inc.")
    text = I(lang, "Bonjour,\n\nVeuillez trouver ci-joint la facture %s et le certificat de "
                   "destruction pour la collecte du %s.\n\nService à la clientèle\nDestructoSûr "
                   "inc. — 1-800-555-0119" % (inv, days_before(c, 2, 10).isoformat()),
             "Hello,\n\nPlease find attached invoice %s and the certificate of destruction for "
             "the pickup of %s.\n\nCustomer service\nDestructoSûr inc. - 1-800-555-0119"
             % (inv, days_before(c, 2, 10).isoformat()))
    return mk("invoice", I(lang, "facture de déchiquetage et certificat",
                           "shredding invoice and certificate"), [],
              ("DestructoSûr — facturation", "facturation@destructosur.example"),
              [staff_addr("marcotte")], I(lang, "Facture %s", "Invoice %s") % inv, text,
              attachments=[att_pdf("%s.pdf" % inv, pdf, r.choice(["plain", "2231"]))])


def n_copy_invoice(c, lang):
    r = c.rng
    inv = "AI-F-%05d" % r.randint(0, 99999)
    their = "%s-%04d" % (r.choice(["LB", "WH", "DA"]), r.randint(100, 9999))
    pages = r.randint(20, 300)
    amt = 25 + min(150, pages * 0.40)
    law = r.choice([("Me Annick Lamarre", "alamarre@lamarrebissonnette.example"),
                    ("Daniel Whitcombe", "dwhitcombe@whitcombehale.example")])
    if lang == "fr":
        text = ("Maître,\n\nFacture %s — reproduction de documents\nVotre référence : %s\n"
                "Nombre de pages : %d\nFrais de base : 25,00 $\nPages : %.2f $\nTotal : %.2f $\n\n"
                "Paiement par chèque à l'ordre du %s ou par virement (institution 815, transit "
                "30412). Les documents seront expédiés sur réception du paiement.\n\n%s"
                % (inv, their, pages, min(150, pages * 0.40), amt, ORG_FR,
                   signature("belkacem", "fr")))
        subj = "Facture %s — votre référence %s" % (inv, their)
    else:
        text = ("Counsel,\n\nInvoice %s - copying of records\nYour reference: %s\nPages: %d\n"
                "Base fee: $25.00\nPages: $%.2f\nTotal: $%.2f\n\nPayment by cheque to %s or by "
                "transfer (institution 815, transit 30412). Documents will be shipped upon "
                "payment.\n\n%s" % (inv, their, pages, min(150, pages * 0.40), amt, ORG_EN,
                                    signature("maclellan", "en")))
        subj = "Invoice %s - your reference %s" % (inv, their)
    return mk("invoice", I(lang, "facture de reproduction sans nom de patient",
                           "copying invoice without patient name"), [],
              staff_addr("belkacem" if lang == "fr" else "maclellan"), [law], subj, text)


def n_drug_shortage(c, lang):
    r = c.rng
    drug = r.choice([("amoxicilline suspension 250 mg/5 mL", "amoxicillin suspension "
                      "250 mg/5 mL", "céfprozil", "cefprozil"),
                     ("salbutamol aérosol 100 mcg", "salbutamol inhaler 100 mcg", "terbutaline",
                      "terbutaline"),
                     ("méthylphénidate LP 36 mg", "methylphenidate ER 36 mg",
                      "lisdexamfétamine", "lisdexamfetamine")])
    lot = mod97_lot(r)
    if lang == "fr":
        text = ("AVIS DE PÉNURIE — Département de pharmacie\n\nProduit : %s\nDurée prévue : "
                "6 à 8 semaines\nSolution de rechange : %s (voir l'ordonnance collective "
                "OC-112)\nLot de remplacement reçu : %s\n\nCet avis s'adresse à tout le "
                "personnel clinique. Pour questions : pharmacie, poste 4300."
                % (drug[0], drug[2], lot))
        subj = "Avis de pénurie — %s" % drug[0]
    else:
        text = ("SHORTAGE NOTICE - Pharmacy Department\n\nProduct: %s\nExpected duration: 6 to 8 "
                "weeks\nAlternative: %s (see collective order OC-112)\nReplacement lot received: "
                "%s\n\nThis notice is for all clinical staff. Questions: pharmacy, ext. 4300."
                % (drug[1], drug[3], lot))
        subj = "Shortage notice - %s" % drug[1]
    return mk("drug_shortage", I(lang, "avis de pénurie de médicament", "drug shortage notice"),
              [], ("Pharmacie CHRVB", "pharmacie@" + DOM), [("Tout le personnel", "tous@" + DOM)],
              subj, text)


def n_recall(c, lang):
    r = c.rng
    lots = [mod97_lot(r) for _ in range(3)]
    prod = r.choice([("Bloc d'alimentation, imprimante d'étiquettes ZT-230",
                      "Power supply, ZT-230 label printer"),
                     ("Tubulure de perfusion Flowline 20 gouttes", "Flowline 20-drop IV tubing"),
                     ("Lecteur de glycémie GlucoRight (bandelettes)",
                      "GlucoRight glucose meter (strips)")])
    if lang == "fr":
        text = ("RAPPEL VOLONTAIRE — %s\n\nLots visés :\n%s\n\nRetirer les unités visées et "
                "les retourner au magasin central (quai 2). Aucune blessure signalée au Canada."
                "\n\n%s" % (prod[0], "\n".join("  - %s" % l for l in lots),
                            signature("pronovost", "fr")))
        subj = "Rappel — %s" % prod[0]
    else:
        text = ("VOLUNTARY RECALL - %s\n\nAffected lots:\n%s\n\nRemove the affected units and "
                "return them to central stores (dock 2). No injuries reported in Canada.\n\n%s"
                % (prod[1], "\n".join("  - %s" % l for l in lots),
                   signature("pronovost", "en")))
        subj = "Recall - %s" % prod[1]
    return mk("recall", I(lang, "avis de rappel avec numéros de lot", "recall notice with lot "
                          "numbers"), [], staff_addr("pronovost"),
              [("Gestionnaires", "gestionnaires@" + DOM)], subj, text)


def n_courier(c, lang):
    r = c.rng
    tracks = ["%d%s" % (r.randint(1, 9), luhn_serial(r, 11)) for _ in range(r.randint(2, 4))]
    if lang == "fr":
        text = ("Bonjour,\n\nCueillettes de la semaine (envois recommandés des archives) :\n\n%s"
                "\n\nLe messager passe à 14 h. Les enveloppes doivent être scellées et porter "
                "la mention CONFIDENTIEL.\n\n%s"
                % ("\n".join("  - no de suivi %s" % t for t in tracks),
                   signature("nolet", "fr", True)))
        subj = "Cueillettes messager — numéros de suivi"
    else:
        text = ("Hello,\n\nThis week's pickups (Health Records registered mail):\n\n%s\n\nThe "
                "courier comes at 2 pm. Envelopes must be sealed and marked CONFIDENTIAL.\n\n%s"
                % ("\n".join("  - tracking %s" % t for t in tracks),
                   signature("nolet", "en", True)))
        subj = "Courier pickups - tracking numbers"
    return mk("courier", I(lang, "numéros de suivi de messager", "courier tracking numbers"), [],
              staff_addr("nolet"), [staff_addr("belkacem")], subj, text)


def n_vendor_card(c, lang):
    r = c.rng
    rep = r.choice([("Stéphanie", "Béliveau", "Représentante, solutions de numérisation"),
                    ("Darren", "Pike", "Account manager, document imaging")])
    vcf = make_vcf(rep[0], rep[1], org="ImagiDoc Systèmes inc.", title=rep[2],
                   tel="1-855-555-0121", email="%s.%s@imagidoc.example" % (
                       rep[0].lower().replace("é", "e"), rep[1].lower().replace("é", "e")),
                   adr=("400 boul. Industriel, bureau 12", "Laval", "QC", "H7L 0A1"))
    text = I(lang, "Bonjour Isabelle,\n\nMerci pour la rencontre. Voici mes coordonnées ; je vous "
                   "envoie la soumission pour le contrat de service des numériseurs d'ici "
                   "vendredi.\n\n%s %s\nImagiDoc Systèmes inc." % (rep[0], rep[1]),
             "Hi Isabelle,\n\nThanks for the meeting. Here is my contact card; I will send the "
             "quote for the scanner service contract by Friday.\n\n%s %s\nImagiDoc Systèmes "
             "inc." % (rep[0], rep[1]))
    return mk("vendor_contact", I(lang, "carte de contact d'un fournisseur", "vendor contact "
                                  "card"), [],
              ("%s %s" % (rep[0], rep[1]), "%s.%s@imagidoc.example" % (
                  rep[0].lower().replace("é", "e"), rep[1].lower().replace("é", "e"))),
              [staff_addr("marcotte")], I(lang, "Suivi de notre rencontre", "Following our "
                                          "meeting"), text,
              attachments=[att_text("%s %s.vcf" % (rep[0], rep[1]), vcf, "text/vcard", "utf-8",
                                    r.choice(["base64", "quoted-printable"]),
                                    r.choice(["plain", "2231"]))])


def n_policy_zip(c, lang):
    r = c.rng
    d1 = make_docx(I(lang, "Procédure P-ARCH-04 — Communication aux tiers",
                     "Procedure P-ARCH-04 - Disclosure to third parties"),
                   [("p", I(lang, "1. Vérifier l'identité du demandeur. 2. Vérifier la validité "
                                  "de l'autorisation (moins d'un an). 3. Limiter la communication "
                                  "aux renseignements visés. 4. Consigner au registre.",
                            "1. Verify requester identity. 2. Check the authorization is valid "
                            "(under one year). 3. Limit disclosure to the information covered. "
                            "4. Record in the log."))])
    p1 = make_pdf(I(lang, "Aide-mémoire — délais légaux", "Quick reference - legal deadlines"),
                  [("table", [[I(lang, "Demande", "Request"), I(lang, "Délai", "Deadline")],
                              [I(lang, "Accès par l'usager", "Patient access"),
                               I(lang, "30 jours", "30 days")],
                              [I(lang, "Rectification", "Correction"),
                               I(lang, "30 jours", "30 days")],
                              ["Subpoena", I(lang, "selon la date de comparution",
                                             "per court date")]])])
    z = make_zip([(I(lang, "procedures/P-ARCH-04.docx", "procedures/P-ARCH-04.docx"), d1),
                  (I(lang, "procedures/aide-memoire_delais.pdf",
                         "procedures/quick_reference_deadlines.pdf"), p1)])
    text = I(lang, "Bonjour,\n\nVoici les procédures révisées (archive ZIP) pour le cartable du "
                   "comptoir. Merci de détruire les anciennes versions imprimées.\n\n%s"
             % signature("stonge", "fr", True),
             "Hello,\n\nHere are the revised procedures (ZIP archive) for the counter binder. "
             "Please destroy the old printed versions.\n\n%s" % signature("stonge", "en", True))
    return mk("policy", I(lang, "procédures révisées en archive ZIP", "revised procedures in "
                          "ZIP"), [], staff_addr("stonge"),
              [("Équipe archives", "archives-equipe@" + DOM)],
              I(lang, "Procédures révisées — accès aux dossiers", "Revised procedures - record "
                "access"), text,
              attachments=[att_zip(I(lang, "procédures_révisées.zip", "revised_procedures.zip"),
                                   z, r.choice(["2231", "2231cont"]))])


def n_forward_thread(c, lang):
    r = c.rng
    when = c.date - datetime.timedelta(days=r.randint(1, 3), hours=2)
    day = days_after(c, 5, 15)
    inner_text = I(lang, "Bonjour,\n\nLe déménagement des boîtes 2005-2008 vers l'entrepôt hors "
                         "site est confirmé pour le %s : 312 boîtes, deux camions. Prévoir deux "
                         "personnes pour le chargement au quai 3.\n\nLogistique ArchiVault"
                   % fmt_date(day, "fr", "long"),
                   "Hello,\n\nThe move of the 2005-2008 boxes to off-site storage is confirmed "
                   "for %s: 312 boxes, two trucks. Please plan two people for loading at dock 3."
                   "\n\nArchiVault Logistics" % fmt_date(day, "en", "long"))
    inner = {"from_": ("ArchiVault Logistique", "logistique@archivault.example"),
             "to": [staff_addr("marcotte")],
             "subject": I(lang, "Confirmation — déménagement des boîtes",
                          "Confirmation - box move"), "date": when,
             "msgid": "<%08x@archivault.example>" % r.getrandbits(32), "text": inner_text,
             "transport": {"form": "plain", "charset": "utf-8", "cte": "quoted-printable",
                           "crlf": False}}
    raw = build_message(inner)
    text = I(lang, "Sylvain, Stéphane : voir le message ci-joint, pouvez-vous être au quai 3 ce "
                   "jour-là ?\n\nIsabelle", "Sylvain, Stéphane: see the attached message, can "
                                            "you be at dock 3 that day?\n\nIsabelle")
    return mk("forwarded_thread", I(lang, "message de logistique transféré en .eml",
                                    "logistics message forwarded as .eml"), [],
              staff_addr("marcotte"), [staff_addr("nolet"), staff_addr("grondin")],
              I(lang, "TR: Confirmation — déménagement des boîtes", "FW: Confirmation - box "
                "move"), text,
              attachments=[att_eml("confirmation.eml", raw)])


def n_phishing(c, lang):
    if lang == "fr":
        text = ("ALERTE SÉCURITÉ\n\nDes courriels frauduleux se faisant passer pour la RAMQ "
                "circulent. Ils demandent de « confirmer votre numéro d'assurance maladie et "
                "votre date de naissance » via un lien. Ne cliquez pas. Ne transmettez jamais de "
                "NAM, de NAS ou de numéro de dossier par courriel non chiffré.\n\nSignalez tout "
                "message suspect à securite@%s.\n\nSécurité de l'information — poste 4777" % DOM)
        subj = "ALERTE — hameçonnage se faisant passer pour la RAMQ"
    else:
        text = ("SECURITY ALERT\n\nFraudulent e-mails pretending to come from RAMQ are "
                "circulating. They ask you to 'confirm your health insurance number and date of "
                "birth' through a link. Do not click. Never send a health insurance number, SIN "
                "or chart number by unencrypted e-mail.\n\nReport suspicious messages to "
                "securite@%s.\n\nInformation Security - ext. 4777" % DOM)
        subj = "ALERT - phishing pretending to be RAMQ"
    return mk("it_notice", I(lang, "alerte d'hameçonnage", "phishing alert"), [],
              ("Sécurité de l'information", "securite@" + DOM),
              [("Tout le personnel", "tous@" + DOM)], subj, text)


BUILDERS_NC = [n_scanner, n_downtime, n_facilities, n_purchase_order, n_shred_invoice,
               n_copy_invoice, n_drug_shortage, n_recall, n_courier, n_vendor_card,
               n_policy_zip, n_forward_thread, n_phishing]

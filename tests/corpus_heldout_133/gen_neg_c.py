"""Negative templates, part C: invoices, purchase orders, inventories, biomedical, IT, facilities, parking,
transport statistics, scheduling replies, accreditation, referral instructions."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_clin import earlier, quoted_reply
from gen_mime import Att
from gen_neg_a import all_staff, luhn_serial, other_person
from gen_pos_a import PDF, XLSX, mk


def n_invoice(c):
    vend = c.pick([("MédiSource Néonat inc.", "vendor1"), ("NutriPharm Distribution", "vendor2")])
    no = f"F-{c.rng.randint(100000, 999999)}"
    acct = luhn_serial(c, 8)
    items = c.pick([[(c.L("Location tire-lait hospitalier (mois)", "Hospital-grade breast pump rental (month)"), 12, 85.0),
                     (c.L("Trousses double pompage", "Double pumping kits"), 200, 6.4)],
                    [(c.L("Fortifiant de lait humain, sachets (boîte de 50)", "Human milk fortifier sachets (box of 50)"), 40, 62.5),
                     (c.L("Préparation prématurés 24 kcal 59 mL (caisse de 48)", "Preterm formula 24 kcal 59 mL (case of 48)"), 25, 71.2)]])
    rows = [c.L(["Description", "Qté", "Prix unitaire", "Total"], ["Description", "Qty", "Unit price", "Total"])]
    sub = 0
    for d, q, p in items:
        rows.append([d, q, f"{p:.2f}", f"{q * p:.2f}"])
        sub += q * p
    tps, tvq = sub * 0.05, sub * 0.09975
    blocks = [c.L(f"Facture no {no}   Date : {c.dstr(c.day(0), 0)}   No client : {acct}", f"Invoice no. {no}   Date: {c.dstr(c.day(0), 0)}   Customer no.: {acct}"),
              c.L(f"Facturé à : {C.ORG_FR}, Service des approvisionnements, {C.ADDR_ORG}", f"Bill to: {C.ORG_EN}, Procurement, {C.ADDR_ORG}"),
              c.L("Livrer à : USIN, quai 3", "Ship to: NICU, dock 3"), ("table", rows),
              f"{c.L('Sous-total', 'Subtotal')}: {sub:.2f}   TPS/GST 5 %: {tps:.2f}   TVQ/QST 9,975 %: {tvq:.2f}   Total: {sub + tps + tvq:.2f} $",
              f"TPS/GST no 8{c.rng.randint(10000000, 99999999)} RT0001 — TVQ/QST no 12{c.rng.randint(10000000, 99999999)} TQ0001",
              c.L("Conditions : net 30 jours", "Terms: net 30 days")]
    data = A.make_pdf(c.L("FACTURE", "INVOICE"), blocks, author=vend[0])
    body = c.L(f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {no}. Paiement par virement ou chèque à l'ordre de {vend[0]}.\n\n"
               f"Comptes recevables\n{vend[0]}\n1200, rue Industrielle, Laval (Québec)\n450 555-0119",
               f"Hello,\n\nPlease find attached invoice {no}. Payment by transfer or cheque to {vend[0]}.\n\n"
               f"Accounts receivable\n{vend[0]}\n1200 Industrial Street, Laval, QC\n450 555-0119")
    return mk(c, "invoice", "supplier invoice PDF", ("Comptes recevables", f"ar@{C.EXT[vend[1]]}"),
              [("Comptes fournisseurs", f"comptes.fournisseurs@{C.DOM}")], c.L(f"Facture {no}", f"Invoice {no}"), body,
              atts=[Att(f"{no}.pdf", PDF, data)])


def n_po(c):
    buyer = c.staff("assistant nurse manager")
    po = f"BC{c.rng.randint(4500000000, 4599999999)}"
    rows = [c.L(["No article", "Description", "Qté", "Unité", "Lot exigé"], ["Item no.", "Description", "Qty", "Unit", "Lot req."])]
    prods = c.L(["Électrodes néonatales", "Capteurs SpO2 néonatals", "Canules nasales CPAP taille S", "Bonnets en polyéthylène",
                 "Seringues ENFit 5 mL", "Couches micro-prématuré"],
                ["Neonatal electrodes", "Neonatal SpO2 sensors", "CPAP nasal prongs size S", "Polyethylene caps",
                 "ENFit syringes 5 mL", "Micro-preemie diapers"])
    for p in prods[:c.rng.randint(3, 6)]:
        rows.append([f"{c.rng.randint(100000, 999999)}", p, c.rng.randint(2, 40), c.pick([c.L("boîte", "box"), c.L("caisse", "case")]),
                     c.pick(["—", c.L("péremption > 12 mois", "expiry > 12 months")])])
    data = A.make_xlsx([(po, rows)], title=po)
    body = c.L(f"Bonjour,\n\nBon de commande {po} pour l'USIN, livraison au quai 3. Merci de confirmer les délais.\n\n",
               f"Hello,\n\nPurchase order {po} for the NICU, deliver to dock 3. Please confirm lead times.\n\n") + c.sig(buyer)
    return mk(c, "purchase_order", "purchase order spreadsheet", c.who(buyer), [("Commandes", f"commandes@{C.EXT['vendor1']}")],
              c.L(f"Bon de commande {po}", f"Purchase order {po}"), body, atts=[Att(f"{po}.xlsx", XLSX, data)])


def n_inventory(c):
    tech = C.Staff(c.pick(C.STAFF_GIVEN_M), c.pick(C.STAFF_SURNAMES), "Technicien en génie biomédical", "Biomedical technician")
    rows = [c.L(["Équipement", "Modèle", "No de série", "Étiquette d'actif", "Emplacement", "Dernier entretien"],
                ["Equipment", "Model", "Serial no.", "Asset tag", "Location", "Last PM"])]
    eq = c.L([("Incubateur", "Giraffe OmniBed"), ("Incubateur de transport", "TI500"), ("Ventilateur", "SLE6000"),
              ("Pompe volumétrique", "Alaris 8100"), ("Photothérapie", "BiliSoft 2.0"), ("Moniteur", "IntelliVue MX450")],
             [("Incubator", "Giraffe OmniBed"), ("Transport incubator", "TI500"), ("Ventilator", "SLE6000"),
              ("Infusion pump", "Alaris 8100"), ("Phototherapy", "BiliSoft 2.0"), ("Monitor", "IntelliVue MX450")])
    for k in range(c.rng.randint(8, 14)):
        e, m = c.pick(eq)
        rows.append([e, m, luhn_serial(c, c.pick([9, 10])), f"AC-{c.rng.randint(10000, 99999)}", f"{c.pick('ABC')}-{c.rng.randint(1, 24):02d}",
                     c.dstr(c.day(-c.rng.randint(10, 300)), 0)])
    data = A.make_csv(rows, delimiter=";" if c.fr else ",")
    body = c.L("Bonjour,\n\nInventaire annuel des équipements de l'USIN. Merci de signaler tout équipement manquant ou déplacé.\n\n",
               "Hello,\n\nAnnual NICU equipment inventory. Please report any missing or relocated device.\n\n") + f"{tech.full}\n{tech.role(c.lang)}"
    return mk(c, "inventory", "equipment inventory with serial numbers", (tech.full, tech.email()), [c.who(c.staff("nurse manager"))],
              c.L("Inventaire équipements USIN", "NICU equipment inventory"), body,
              atts=[Att(c.L("inventaire_USIN.csv", "NICU_inventory.csv"), "text/csv", data)])


def n_biomed(c):
    svc = ("Biomed Services", f"service@{C.EXT['vendor3']}")
    sn = luhn_serial(c, 10)
    d = c.day(c.rng.randint(2, 10))
    body = c.L(f"Bonjour,\n\nL'entretien préventif annuel des incubateurs est prévu le {c.dstr(d, 2)} de 8 h à 16 h. "
               f"Notre technicien commencera par l'appareil no de série {sn}, puis les 6 appareils du pod C. "
               "Merci de prévoir des unités de remplacement.\n\nService technique — Biomed Services\n1-800-555-0142",
               f"Hello,\n\nAnnual preventive maintenance of the incubators is scheduled for {c.dstr(d, 2)}, 8 am to 4 pm. "
               f"Our technician will start with serial no. {sn}, then the 6 units in pod C. Please plan loaner units.\n\n"
               "Technical Service - Biomed Services\n1-800-555-0142")
    return mk(c, "facilities", "biomedical maintenance scheduling", svc, [c.who(c.staff("nurse manager"))],
              c.L("Entretien préventif incubateurs", "Incubator preventive maintenance"), body)


def n_it_downtime(c):
    it = ("Centre de services TI", f"servicedesk@{C.DOM}") if c.fr else ("IT Service Desk", f"servicedesk@{C.DOM}")
    d = c.day(c.rng.randint(2, 8))
    body = c.L(f"AVIS D'INTERRUPTION PLANIFIÉE\n\nLe dossier clinique informatisé sera indisponible le {c.dstr(d, 2)} de 1 h à 4 h 30 "
               "(mise à niveau). Procédures dégradées : utiliser les formulaires papier (bac rouge au poste central), imprimer les "
               "listes de patients et les feuilles d'administration des médicaments avant minuit.\n\nCentre de services TI — poste 4357",
               f"PLANNED DOWNTIME NOTICE\n\nThe electronic health record will be unavailable on {c.dstr(d, 2)} from 01:00 to 04:30 (upgrade). "
               "Downtime procedures: use paper forms (red bin at the main desk), print patient lists and MARs before midnight.\n\n"
               "IT Service Desk - ext. 4357")
    return mk(c, "it", "EHR downtime notice", it, [all_staff(c)], c.L("Interruption planifiée du DCI", "Planned EHR downtime"), body)


def n_it_security(c):
    it = ("Sécurité de l'information", f"securite.ti@{C.DOM}") if c.fr else ("Information Security", f"infosec@{C.DOM}")
    kind = c.rng.randrange(2)
    if kind == 0:
        body = c.L(f"Bonjour,\n\nRésultats de la simulation d'hameçonnage de {C.MOIS[c.date.month - 1]} : {c.rng.randint(8, 19)} % des employés de la direction "
                   "mère-enfant ont cliqué sur le lien. Rappel : ne jamais transmettre d'information clinique par courriel non chiffré; "
                   "utilisez l'envoi sécurisé.\n\nSécurité de l'information",
                   f"Hello,\n\nPhishing simulation results for {C.MONTHS[c.date.month - 1]}: {c.rng.randint(8, 19)}% of mother-child staff clicked the link. "
                   "Reminder: never send clinical information by unencrypted e-mail; use secure send.\n\nInformation Security")
        subj = c.L("Résultats — simulation d'hameçonnage", "Phishing simulation results")
    else:
        body = c.L("Bonjour,\n\nL'authentification multifacteur devient obligatoire pour l'accès à distance au courriel le 1er du mois. "
                   "Installez l'application d'authentification et inscrivez-vous sur le portail. Aide : poste 4357.\n\nSécurité de l'information",
                   "Hello,\n\nMulti-factor authentication becomes mandatory for remote e-mail access on the 1st. Install the authenticator app "
                   "and enrol on the portal. Help: ext. 4357.\n\nInformation Security")
        subj = c.L("AMF obligatoire", "MFA mandatory")
    return mk(c, "it", "IT security notice", it, [all_staff(c)], subj, body)


def n_facilities(c):
    fac = ("Services techniques", f"services.techniques@{C.DOM}") if c.fr else ("Facilities", f"facilities@{C.DOM}")
    d = c.day(c.rng.randint(2, 15))
    kind = c.rng.randrange(3)
    txt = [c.L(f"Coupure d'eau chaude au 3e étage (ailes B et C) le {c.dstr(d, 2)} de 22 h à 2 h. Les lavabos du pod A restent fonctionnels.",
               f"Hot water shutdown on the 3rd floor (B and C wings) on {c.dstr(d, 2)}, 10 pm to 2 am. Pod A sinks remain available."),
           c.L(f"Début des travaux de réaménagement du pod C le {c.dstr(d, 2)} : 8 chambres individuelles familiales. Bruit possible de 8 h à 15 h.",
               f"Pod C renovation starts {c.dstr(d, 2)}: 8 single-family rooms. Possible noise 8 am to 3 pm."),
           c.L(f"L'ascenseur 4 (accès direct salle d'accouchement–USIN) sera en entretien le {c.dstr(d, 2)}. Utiliser l'ascenseur 2 avec clé.",
               f"Elevator 4 (direct L&D-NICU access) will be under maintenance on {c.dstr(d, 2)}. Use elevator 2 with key.")][kind]
    body = txt + "\n\n" + c.L("Merci de votre collaboration.\nServices techniques — poste 2600", "Thank you.\nFacilities - ext. 2600")
    return mk(c, "facilities", "facilities notice", fac, [all_staff(c)], c.L("Avis — services techniques", "Notice - facilities"), body)


def n_parking(c):
    sec = ("Sécurité et stationnement", f"stationnement@{C.DOM}") if c.fr else ("Security and Parking", f"parking@{C.DOM}")
    body = c.L("Bonjour,\n\nLes vignettes de stationnement du personnel doivent être renouvelées avant le 30. Tarif de nuit inchangé. "
               "Les cartes d'accès de l'USIN seront réactivées automatiquement; les cartes perdues coûtent 15 $.\n\n"
               f"Sécurité et stationnement\n{C.ADDR_ORG}\n{C.PHONE_ORG}, poste 2911",
               "Hello,\n\nStaff parking permits must be renewed by the 30th. Night rate unchanged. NICU access badges will be reactivated "
               f"automatically; lost badges cost $15.\n\nSecurity and Parking\n{C.ADDR_ORG}\n{C.PHONE_ORG} ext. 2911")
    return mk(c, "facilities", "parking and badge renewal", sec, [all_staff(c)], c.L("Renouvellement des vignettes", "Parking permit renewal"), body)


def n_transport_stats(c):
    coord = c.staff("transport coordinator")
    rows = [c.L(["Mois", "Transferts entrants", "Rapatriements", "Délai moyen (min)", "Transports aériens"],
                ["Month", "Inbound", "Back-transfers", "Mean response (min)", "Air transports"])]
    for k in range(3):
        m = (c.date.month - 3 + k) % 12
        rows.append([(C.MOIS if c.fr else C.MONTHS)[m], c.rng.randint(12, 30), c.rng.randint(8, 22), c.rng.randint(35, 80), c.rng.randint(0, 4)])
    body = c.L("Bonjour,\n\nStatistiques trimestrielles de l'équipe de transport néonatal :\n\n", "Hello,\n\nNeonatal transport team quarterly figures:\n\n") + \
        "\n".join("\t".join(str(x) for x in r) for r in rows) + "\n\n" + c.sig(coord)
    return mk(c, "statistics", "transport team quarterly aggregate", c.who(coord), [c.who(c.staff("division head"))],
              c.L("Transport néonatal — statistiques du trimestre", "Neonatal transport - quarterly figures"), body)


def n_meeting_reply(c):
    a, b = c.staff("neonatologist"), c.staff(c.pick(["nurse manager", "social worker", "dietitian"]))
    q = c.L(f"Bonjour {a.given},\n\nEst-ce que mardi 13 h te conviendrait pour revoir le guide des familles (section allaitement)?\n\n",
            f"Hi {a.given},\n\nWould Tuesday 1 pm work to review the family guide (breastfeeding section)?\n\n") + c.sig(b, True)
    r = c.L("Parfait pour mardi 13 h. Je réserve la petite salle.\n\n", "Tuesday 1 pm works. I'll book the small room.\n\n") + c.sig(a, True)
    body = r + "\n\n" + quoted_reply(c, c.who(b), c.who(a), earlier(c, 4), c.L("Guide des familles", "Family guide"), q)
    return mk(c, "scheduling", "meeting reply with signatures", c.who(a), [c.who(b)], c.L("RE: Guide des familles", "RE: Family guide"), body)


def n_accreditation(c):
    q = C.Staff(c.pick(C.STAFF_GIVEN_F), c.pick(C.STAFF_SURNAMES), "Conseillère qualité", "Quality advisor")
    d = c.day(c.rng.randint(20, 60))
    body = c.L(f"Bonjour,\n\nLa visite d'Agrément aura lieu du {c.dstr(d, 2)} au {c.dstr(d + dt.timedelta(days=3), 2)}. Pratiques organisationnelles "
               "requises à revoir à l'USIN : double identification des patients, bilan comparatif des médicaments au congé, prévention des chutes "
               "(parents), hygiène des mains. Les visiteurs pourraient interroger le personnel au hasard.\n\n",
               f"Hello,\n\nThe Accreditation survey runs {c.dstr(d, 2)} to {c.dstr(d + dt.timedelta(days=3), 2)}. Required organizational practices "
               "to review in the NICU: two patient identifiers, medication reconciliation at discharge, falls prevention (parents), hand hygiene. "
               "Surveyors may interview staff at random.\n\n") + f"{q.full}\n{q.role(c.lang)}"
    return mk(c, "committee", "accreditation visit preparation", (q.full, q.email()), [all_staff(c)],
              c.L("Visite d'Agrément — préparation", "Accreditation survey - preparation"), body)


def n_referral_info(c):
    clerk = c.staff("unit clerk")
    blocks = [("h", c.L("Critères de référence", "Referral criteria")),
              c.L("- naissance < 29 semaines ou < 1 250 g\n- EHI ayant reçu l'hypothermie thérapeutique\n- chirurgie néonatale majeure\n- toute inquiétude du néonatologiste",
                  "- birth < 29 weeks or < 1,250 g\n- HIE treated with therapeutic hypothermia\n- major neonatal surgery\n- any neonatologist concern"),
              ("h", c.L("Comment référer", "How to refer")),
              c.L(f"Télécopieur : 418 555-0177 — Téléphone : {C.PHONE_ORG}, poste 2450\nJoindre le résumé de congé et la dernière imagerie.",
                  f"Fax: 418 555-0177 - Phone: {C.PHONE_ORG} ext. 2450\nAttach discharge summary and latest imaging."),
              c.L("Nom de l'enfant : ____________  DDN : ___________  NAM : ______________", "Child's name: ____________  DOB: ___________  Health no.: ______________")]
    data = A.make_pdf(c.L("Clinique de suivi néonatal — référence", "Neonatal Follow-up Clinic - referral"), blocks)
    body = c.L("Bonjour,\n\nÀ la demande de plusieurs pédiatres de la région, voici nos critères et le formulaire de référence (vierge).\n\n",
               "Hello,\n\nAs requested by several regional paediatricians, here are our criteria and the (blank) referral form.\n\n") + c.sig(clerk)
    return mk(c, "blank_form", "referral criteria and blank referral form", c.who(clerk), [c.ext("pediatres", "peds", "Pédiatres de la région")],
              c.L("Clinique de suivi — critères et formulaire", "Follow-up clinic - criteria and form"), body,
              atts=[Att(c.L("formulaire_référence_suivi.pdf", "followup_referral_form.pdf"), PDF, data)])


TEMPLATES = [n_invoice, n_po, n_inventory, n_biomed, n_it_downtime, n_it_security, n_facilities, n_parking,
             n_transport_stats, n_meeting_reply, n_accreditation, n_referral_info]

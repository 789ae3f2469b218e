"""Negative templates, part C: invoices, purchase orders, inventories, recalls, equipment
service, IT and facilities mail, vendor contacts and forwarded vendor mail."""
import datetime

from stdnum import luhn

from gen_attach import make_csv, make_pdf, make_vcf, make_xlsx
from gen_common import CLINIC_PHONES, EXT, ORG_ADDR_EN, ORG_ADDR_FR, STAFF, Person, fmt_date
from gen_ctx import fwd_block
from gen_mime import Att, build_message
from gen_neg_a import ALL_LIST
from gen_ptools import spec

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def luhn_num(rng, n, first=None):
    body = (first or str(rng.randrange(1, 10))) + "".join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def gst_bn(rng):
    return luhn_num(rng, 9, str(rng.randrange(7, 9)))


def be_vat(rng):
    base = "0" + "".join(str(rng.randrange(10)) for _ in range(7))
    return base + f"{97 - int(base) % 97:02d}"


def _vendor(c, key, given, surname):
    name, dom = EXT[key]
    p = Person("v", "M." if given in ("Marco", "Denis", "Pieter") else "Mme", "Mr." if given in ("Marco", "Denis", "Pieter") else "Ms.",
               given, surname, "représentant(e)", "sales representative")
    p.email = f"{given.lower()}.{surname.lower()}@{dom}"
    return p, name


# ---------------------------------------------------------------------------
def n_invoice(c):
    L = c.L
    k = c.rng.randrange(3)
    acct = c.staff("kowalski")
    inv_no = f"F{c.rng.randrange(10**5, 10**6)}"
    po = f"BC-{c.when.year}-{c.rng.randrange(1000, 9999)}"
    if k == 0:
        v, vname = _vendor(c, "vendor2", "Denis", "Larocque")
        items = [(L("Entretien préventif annuel - lithotripteur", "Annual preventive maintenance - lithotripter"), 1, 6850.00),
                 (L("Remplacement de la membrane de couplage", "Coupling membrane replacement"), 1, 1240.00),
                 (L("Déplacement technicien", "Technician travel"), 1, 310.00)]
        serial = luhn_num(c.rng, 10)
        extra = [L(f"Appareil : lithotripteur électromagnétique, no de série {serial[:4]} {serial[4:7]} {serial[7:]}",
                   f"Unit: electromagnetic lithotripter, serial no. {serial[:4]} {serial[4:7]} {serial[7:]}")]
        tax = [L(f"No TPS : {gst_bn(c.rng)} RT0001", f"GST no.: {gst_bn(c.rng)} RT0001"), f"No TVQ : {c.rng.randrange(10**9, 10**10)} TQ0001"]
    elif k == 1:
        v, vname = _vendor(c, "vendor", "Marco", "Ricci")
        items = [(L("Fibres laser 272 µm, usage unique (boîte de 5)", "Laser fibres 272 um, single use (box of 5)"), 4, 1120.00),
                 (L("Tuteurs urétéraux JJ 6 Fr x 26 cm (boîte de 10)", "JJ ureteral stents 6 Fr x 26 cm (box of 10)"), 3, 845.00),
                 (L("Paniers nitinol 1,9 Fr", "Nitinol baskets 1.9 Fr"), 10, 189.00)]
        extra = [L(f"Lots : 24K{c.rng.randrange(100, 999)}, 24L{c.rng.randrange(100, 999)}", f"Lots: 24K{c.rng.randrange(100, 999)}, 24L{c.rng.randrange(100, 999)}")]
        tax = [L(f"No TPS : {gst_bn(c.rng)} RT0001", f"GST no.: {gst_bn(c.rng)} RT0001")]
    else:
        v, vname = _vendor(c, "vendor3", "Pieter", "Claes")
        vname = "Medilux Benelux SA"
        v.email = "facturation@medilux-benelux.example"
        items = [(L("Sondes de Foley silicone 16 Fr (caisse de 100)", "Silicone Foley catheters 16 Fr (case of 100)"), 6, 415.00),
                 (L("Sacs collecteurs de jambe 750 mL", "Leg drainage bags 750 mL"), 12, 96.00)]
        vat = be_vat(c.rng)
        extra = [f"TVA / BTW : BE {vat[:4]}.{vat[4:7]}.{vat[7:]}", L("Paiement par virement, référence structurée sur demande", "Payment by wire transfer, structured reference on request")]
        tax = []
    rows = [[L("Description", "Description"), L("Qté", "Qty"), L("Prix unitaire", "Unit price"), L("Total", "Total")]]
    sub = 0.0
    for d, q, p in items:
        rows.append([d, str(q), f"{p:.2f}", f"{q * p:.2f}"])
        sub += q * p
    lines = [vname, L(f"Facture no {inv_no}   Date : {fmt_date(c.when.date(), 'iso', 'fr')}", f"Invoice no. {inv_no}   Date: {fmt_date(c.when.date(), 'iso', 'en')}"),
             L(f"Bon de commande : {po}   No de client : HSV-{c.rng.randrange(1000, 9999)}", f"PO: {po}   Customer no.: HSV-{c.rng.randrange(1000, 9999)}"),
             L("Facturer à : Comptes fournisseurs, ", "Bill to: Accounts payable, ") + (ORG_ADDR_FR if c.lang == "fr" else ORG_ADDR_EN)] + extra + \
        [L(f"Sous-total : {sub:.2f} $   Taxes : {sub * 0.14975:.2f} $   Total : {sub * 1.14975:.2f} $", f"Subtotal: ${sub:.2f}   Taxes: ${sub * 0.14975:.2f}   Total: ${sub * 1.14975:.2f}")] + tax + \
        [L("Conditions : net 30 jours", "Terms: net 30 days")]
    pdf = make_pdf(L("FACTURE", "INVOICE"), lines, table=rows, author=vname)
    text = "\n".join([L("Bonjour,", "Hello,"), "", L(f"Veuillez trouver ci-joint la facture {inv_no} relative au bon de commande {po}.",
                                                     f"Please find attached invoice {inv_no} for PO {po}."), "", v.full(), vname,
                      L("Tél. : 1 800 555-0199", "Tel: 1 800 555-0199")])
    return spec(c, "invoice", L("facture de fournisseur", "supplier invoice"), v.addr(), [acct.addr()], L(f"Facture {inv_no}", f"Invoice {inv_no}"),
                text, atts=[Att(f"{inv_no}.pdf", pdf, "application/pdf")])


def n_purchase_order(c):
    L = c.L
    buyer = c.staff("kowalski")
    v, vname = _vendor(c, c.ch(["vendor", "vendor3"]), "Marco", "Ricci")
    po = f"BC-{c.when.year}-{c.rng.randrange(1000, 9999)}"
    rows = [[L("No catalogue", "Catalogue no."), L("Description", "Description"), L("Qté", "Qty"), L("Unité", "Unit"), L("Prix", "Price")]]
    for d in c.rng.sample([L("Urétéroscope souple à usage unique", "Single-use flexible ureteroscope"), L("Gaine d'accès urétéral 11/13 Fr", "Ureteral access sheath 11/13 Fr"),
                           L("Guide hydrophile 0,035", "Hydrophilic guidewire 0.035"), L("Sonde sus-pubienne 16 Fr", "Suprapubic catheter 16 Fr"),
                           L("Aiguille de biopsie 18 G", "Biopsy needle 18 G"), L("Kit de vasectomie stérile", "Sterile vasectomy kit")], 4):
        rows.append([luhn_num(c.rng, 9), d, str(c.rng.randrange(2, 40)), L("boîte", "box"), f"{c.rng.uniform(40, 900):.2f}"])
    text = "\n".join([c.hello(v.given), "", L(f"Voici notre bon de commande {po}. Livraison au quai 3, a/s magasin central.",
                                               f"Here is our purchase order {po}. Deliver to dock 3, attn central stores."),
                      L("Merci de confirmer les délais.", "Please confirm lead times."), "", buyer.full(), buyer.role(c.lang),
                      ORG_ADDR_FR if c.lang == "fr" else ORG_ADDR_EN, L("Tél. ", "Tel ") + CLINIC_PHONES["appro"]])
    if c.chance(.5):
        att = Att(f"{po}.xlsx", make_xlsx([("BC", rows)], author=buyer.full()), XLSX)
    else:
        att = Att(f"{po}.csv", make_csv(rows, ";"), "text/csv", charset=c.ch(["utf-8", "iso-8859-1", "windows-1252"]), cte=c.ch(["quoted-printable", "8bit", "base64"]))
    return spec(c, "purchase_order", L("bon de commande", "purchase order"), buyer.addr(), [v.addr()], L(f"Bon de commande {po}", f"Purchase order {po}"), text, atts=[att])


def n_inventory(c):
    L = c.L
    nurse = c.staff(c.ch(["ferland", "rioux", "theriault"]))
    rows = [[L("Article", "Item"), L("Lot", "Lot"), L("Exp.", "Exp."), L("En stock", "On hand"), L("Seuil", "Par level")]]
    for d in [L("Sonde Foley 14 Fr", "Foley 14 Fr"), L("Sonde Foley 16 Fr 3 voies", "Foley 16 Fr 3-way"), L("Tuteur JJ 4,8 Fr", "JJ stent 4.8 Fr"),
              L("Fibre laser 365 µm", "Laser fibre 365 um"), L("Sac de jambe", "Leg bag"), L("Lubrifiant lidocaïne 2 %", "Lidocaine jelly 2%"),
              L("Aiguille biopsie 18 G", "Biopsy needle 18 G")]:
        rows.append([d, f"{c.ch(['24', '25'])}{c.ch('KLMAB')}{c.rng.randrange(1000, 9999)}", f"2026-{c.rng.randrange(1, 13):02d}", str(c.rng.randrange(0, 80)), str(c.rng.randrange(10, 30))])
    text = "\n".join([c.hello(c.staff("kowalski").given), "", L("Inventaire de fin de mois ci-joint. Les articles sous le seuil sont en rouge.",
                                                             "Month-end inventory attached. Items below par are flagged."), "", nurse.given])
    return spec(c, "inventory", L("inventaire du matériel", "supply inventory"), nurse.addr(), [c.staff("kowalski").addr()], L("Inventaire - urologie", "Inventory - urology"),
                text, atts=[Att(L("inventaire.xlsx", "inventory.xlsx"), make_xlsx([(L("Inventaire", "Inventory"), rows)], author=nurse.full()), XLSX)])


def n_recall(c):
    L = c.L
    v, vname = _vendor(c, "vendor", "Denis", "Larocque")
    lots = [f"{c.ch(['23', '24'])}{c.ch('KLM')}{c.rng.randrange(100, 999)}" for _ in range(3)]
    sns = [luhn_num(c.rng, 9) for _ in range(2)]
    text = "\n".join([L("AVIS DE RAPPEL VOLONTAIRE - CLASSE II", "VOLUNTARY RECALL NOTICE - CLASS II"), "",
                      L("Produit : tuteurs urétéraux JJ 6 Fr (risque de fragilité de la boucle proximale).", "Product: 6 Fr JJ ureteral stents (proximal coil fragility)."),
                      L("Lots visés : ", "Affected lots: ") + ", ".join(lots),
                      L("Numéros de série des boîtes : ", "Box serial numbers: ") + ", ".join(f"{s[:3]} {s[3:6]} {s[6:]}" for s in sns),
                      L("Action : retirer du stock, retourner avec le formulaire RMA. Aucun incident signalé au Canada.",
                        "Action: quarantine stock and return with the RMA form. No incidents reported in Canada."), "", v.full(), vname])
    return spec(c, "recall", L("avis de rappel de fournisseur", "supplier recall notice"), v.addr(), [c.staff("kowalski").addr(), c.staff("ferland").addr()],
                L("RAPPEL - tuteurs JJ 6 Fr", "RECALL - 6 Fr JJ stents"), text, body=c.ch(["plain", "html"]))


def n_equipment(c):
    L = c.L
    tech = c.staff("pilon")
    sn = luhn_num(c.rng, 9)
    asset = f"HSV-{c.rng.randrange(10000, 99999)}"
    k = c.rng.randrange(2)
    dev = [L("urétéroscope souple numérique", "digital flexible ureteroscope"), L("cystoscope souple vidéo", "flexible video cystoscope")][k]
    text = "\n".join([c.hello(c.staff("ferland").given), "", L(f"Rapport de service pour le {dev} (no de série {sn[:3]}-{sn[3:6]}-{sn[6:]}, actif {asset}) :",
                                                               f"Service report for the {dev} (serial {sn[:3]}-{sn[3:6]}-{sn[6:]}, asset {asset}):"),
                      L("- déflexion réduite à 180° (spécification 270°)", "- deflection reduced to 180 deg (spec 270)"),
                      L("- fuite au test d'étanchéité, gaine distale percée", "- leak test failed, distal sheath perforated"),
                      L(f"Soumission de réparation du fabricant : {c.rng.randrange(6, 14)} 480 $, délai 3 semaines. Appareil de prêt disponible.",
                        f"Manufacturer repair quote: ${c.rng.randrange(6, 14)},480, 3-week turnaround. Loaner available."),
                      "", tech.full(), tech.role(c.lang), L("Génie biomédical - poste 4478", "Biomedical engineering - ext. 4478")])
    return spec(c, "equipment", L("rapport de service d'équipement", "equipment service report"), tech.addr(), [c.staff("ferland").addr(), c.staff("kowalski").addr()],
                L(f"Réparation - {dev} {asset}", f"Repair - {dev} {asset}"), text)


def n_it(c):
    L = c.L
    it = c.staff("boivin")
    k = c.rng.randrange(4)
    d = c.future(2, 12)
    body = [L(f"Arrêt planifié du dossier clinique informatisé le {c.day(d)} de 0 h à 4 h. Utilisez les formulaires papier (procédure de relève).",
              f"Planned EHR downtime on {c.day(d)} from midnight to 4 am. Use paper downtime forms."),
            L("ATTENTION : courriels frauduleux demandant de « valider votre boîte Outlook ». Ne cliquez pas; transférez à securite@hsv-sante.example.",
              "WARNING: phishing e-mails asking you to 'validate your Outlook mailbox'. Do not click; forward to securite@hsv-sante.example."),
            L("Votre mot de passe réseau expire dans 5 jours. Changez-le via Ctrl-Alt-Suppr. Billet no INC0048812.",
              "Your network password expires in 5 days. Change it with Ctrl-Alt-Del. Ticket INC0048812."),
            L("Le nouveau logiciel de dictée vocale sera installé aux postes de la clinique d'urologie mardi. Formation de 30 min offerte.",
              "New speech-recognition dictation software will be installed on urology clinic workstations Tuesday. 30-min training offered.")][k]
    text = "\n".join([c.hello(), "", body, "", L("Centre de services TI - poste 4000", "IT service desk - ext. 4000"), it.full()])
    subj = [L("Arrêt planifié DCI", "Planned EHR downtime"), L("Alerte hameçonnage", "Phishing alert"), L("Expiration du mot de passe", "Password expiry"),
            L("Nouveau logiciel de dictée", "New dictation software")][k]
    return spec(c, "it", L("avis informatique", "IT notice"), it.addr(), [ALL_LIST], subj, text, body=c.ch(["plain", "html", "alt"]),
                charset=c.ch([None, "us-ascii"]) if c.lang == "en" else None)


def n_facilities(c):
    L = c.L
    fm = c.staff("menard")
    k = c.rng.randrange(4)
    d = c.future(1, 10)
    body = [L(f"Travaux de ventilation dans la salle de cystoscopie 2 le {c.day(d)}. La salle sera fermée de 7 h à 15 h.",
              f"HVAC work in cystoscopy room 2 on {c.day(d)}. The room will be closed 7 am to 3 pm."),
            L("L'ascenseur B est hors service jusqu'à vendredi. Utilisez l'ascenseur C pour les civières.", "Elevator B is out of service until Friday. Use elevator C for stretchers."),
            L(f"Exercice d'évacuation incendie au pavillon B le {c.day(d)} vers 10 h. Les patients en cours d'examen ne seront pas déplacés.",
              f"Fire evacuation drill in wing B on {c.day(d)} around 10 am. Patients mid-procedure will not be moved."),
            L("Le stationnement P3 sera déneigé cette nuit; déplacez vos véhicules avant 23 h.", "Parking P3 will be plowed tonight; move vehicles before 11 pm.")][k]
    text = "\n".join([c.hello(), "", body, "", fm.full(), L("Installations matérielles - poste 4120", "Facilities - ext. 4120")])
    subj = [L("Fermeture salle cysto 2", "Cysto room 2 closure"), L("Ascenseur B", "Elevator B"), L("Exercice incendie", "Fire drill"), L("Déneigement P3", "Snow removal P3")][k]
    return spec(c, "facilities", L("avis des installations", "facilities notice"), fm.addr(), [ALL_LIST], subj, text)


def n_vendor_contact(c):
    L = c.L
    v, vname = _vendor(c, "vendor", "Marco", "Ricci")
    buyer = c.staff("kowalski")
    if c.chance(.5):
        vc = make_vcf(v.given, v.surname, tel=[("WORK", "1 800 555-0199"), ("CELL", "514 555-0193")], email=v.email, org=vname,
                      title=L("Représentant, urologie", "Urology sales representative"), note=L("Territoire : Basses-Terres", "Territory: Basses-Terres"))
        text = "\n".join([c.hello(buyer.given), "", L("Je remplace Mme Guylaine Roussel sur votre territoire. Voici mes coordonnées.",
                                                       "I'm taking over from Ms. Guylaine Roussel on your territory. Here are my details."), "", v.full(), vname])
        return spec(c, "vendor", L("coordonnées d'un représentant", "sales rep contact card"), v.addr(), [buyer.addr()],
                    L("Nouveau représentant", "New representative"), text, atts=[Att(f"{v.given}_{v.surname}.vcf", vc, "text/vcard")])
    iwhen = c.earlier(2, 5)
    ibody = "\n".join([L("Webinaire : nouveautés en urétéroscopie à usage unique", "Webinar: what's new in single-use ureteroscopy"),
                       L("Conférencier : Dr Alain Ferrand (urologue invité)", "Speaker: Dr. Alain Ferrand (guest urologist)"),
                       L("Mardi 19 h, inscription gratuite.", "Tuesday 7 pm, free registration.")])
    ispec = {"lang": c.lang, "frm": v.addr(), "to": [buyer.addr()], "subject": L("Invitation webinaire", "Webinar invitation"), "text": ibody}
    inner = build_message(ispec, c.rng, c.idx * 100 + 2, iwhen, f"<vend.{c.idx}.{c.rng.randrange(10**8)}@uromedix.example>")
    text = "\n".join([c.hello(), "", L("Pour ceux que ça intéresse (courriel du fournisseur joint).", "For anyone interested (vendor e-mail attached)."), "", buyer.given])
    return spec(c, "vendor", L("invitation de fournisseur transférée", "forwarded vendor invitation"), buyer.addr(), [("Médecins - Urologie", "uro.medecins@hsv-sante.example")],
                L("TR: Invitation webinaire", "FW: Webinar invitation"), text, atts=[Att(L("Invitation webinaire.eml", "Webinar invitation.eml"), inner, "message/rfc822")])


def n_fwd_notice(c):
    L = c.L
    a = c.staff(c.ch(["stonge", "chartrand"]))
    b = c.staff(c.ch(["ferland", "rioux", "desrochers"]))
    iwhen = c.earlier(1, 3)
    inner = L("À compter du 1er avril, les demandes de stérilisation des urétéroscopes doivent passer par le nouveau formulaire MDRD-7. "
              "Les cystoscopes souples restent en retraitement local.",
              "Effective April 1, ureteroscope sterilization requests go through the new MDRD-7 form. Flexible cystoscopes remain reprocessed locally.")
    text = "\n".join([L("Pour info, à diffuser à ton équipe.", "FYI, please share with your team."), "", a.given, "",
                      fwd_block(c.lang, "Direction des services techniques <dst@hsv-sante.example>", ALL_LIST[1], iwhen,
                                L("Retraitement des dispositifs", "Device reprocessing"), inner)])
    return spec(c, "thread", L("transfert d'un avis de service", "forwarded service notice"), a.addr(), [b.addr()],
                L("TR: Retraitement des dispositifs", "Fwd: Device reprocessing"), text, body=c.ch(["plain", "alt"]))

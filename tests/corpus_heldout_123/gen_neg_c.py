"""Negative templates, part C: invoices, purchase orders, inventories, biomedical equipment,
IT, facilities, security drills, foundation and volunteers, vendor quotes, forwarded notices."""
import datetime

from gen_base import (A, C, M, csv_part, eml_part, finish, headers, inner_message, mixed, pdf_part,
                      xlsx_part, zip_part)
from gen_neg_a import st

VENDORS = [("Fournitures médicales Laurentides inc.", "Laurentides Medical Supply Inc.", "fml.example"),
           ("Distribution Pédiamed", "Pediamed Distribution", "pediamed.example"),
           ("Biomédical Nordik ltée", "Nordik Biomedical Ltd.", "nordikbio.example"),
           ("Papeterie Saint-Maurice", "Saint-Maurice Office Supply", "papeterie-stm.example")]


def vendor(ctx):
    v = ctx.rng.choice(VENDORS)
    return {"name": v[0] if ctx.lang == "fr" else v[1], "domain": v[2],
            "addr": ctx.t("%d, rue Industrielle, Bécancour-Ouest (Québec)  G9H %s",
                          "%d Industrial Street, Bécancour-Ouest, QC  G9H %s") % (ctx.rng.randint(100, 999),
                                                                                C.postal_suffix(ctx.rng)),
            "phone": "1 800 555-01%02d" % ctx.rng.randint(0, 99)}


ITEMS = [("Masques N95 3M 1870+ (boîte de 20)", "N95 masks 3M 1870+ (box of 20)", 38.5),
         ("Chambres d'espacement avec masque, petit", "Spacer with mask, small", 12.9),
         ("Attelles de poignet pédiatriques", "Paediatric wrist splints", 21.75),
         ("Capteurs SpO2 néonatals", "Neonatal SpO2 sensors", 9.4),
         ("Seringues orales 5 mL (100)", "Oral syringes 5 mL (100)", 17.2),
         ("Lunettes nasales pédiatriques", "Paediatric nasal cannulas", 2.35),
         ("Papier d'imprimante 8,5 x 11 (caisse)", "Printer paper 8.5 x 11 (case)", 49.0),
         ("Bracelets d'identification enfant", "Child ID wristbands", 0.42)]


def money(x, L):
    s = "{:,.2f}".format(x)
    return (s.replace(",", " ").replace(".", ",") + " $") if L == "fr" else "$" + s


def n_invoice(ctx):
    r, L = ctx.rng, ctx.lang
    v = vendor(ctx)
    acct = ctx.staff("clerk")
    inv = "F-%06d" % r.randint(0, 999999)
    po = C.luhn_number(r, 10)
    lines = r.sample(ITEMS, r.randint(2, 5))
    rows = [[ctx.t("Article", "Item"), ctx.t("Qté", "Qty"), ctx.t("Prix", "Price"), ctx.t("Total", "Total")]]
    tot = 0
    for it in lines:
        q = r.randint(2, 60)
        rows.append([it[0] if L == "fr" else it[1], q, money(it[2], L), money(q * it[2], L)])
        tot += q * it[2]
    head = [v["name"], v["addr"], ctx.t("Tél. : ", "Tel.: ") + v["phone"], "",
            ctx.t("FACTURE n° ", "INVOICE # ") + inv, ctx.t("Date : ", "Date: ") + ctx.day.isoformat(),
            ctx.t("Client : ", "Customer: ") + C.ORG[L], ctx.t("No client : ", "Customer no.: ") + "%05d" % r.randint(0, 99999),
            ctx.t("Adresse de livraison : ", "Ship to: ") + C.ORG["addr_" + L] + ctx.t(", quai de réception B",
                                                                                         ", receiving dock B"),
            ctx.t("Bon de commande : ", "PO: ") + po,
            ctx.t("Attention : ", "Attn: ") + C.display(acct, L, False),
            ctx.t("TPS %s RT0001 / TVQ %s TQ0001", "GST %s RT0001 / QST %s TQ0001") % (
                C.luhn_number(r, 9), "%010d" % r.randint(0, 9999999999))]
    tail = ["", ctx.t("Sous-total : ", "Subtotal: ") + money(tot, L),
            ctx.t("Taxes : ", "Taxes: ") + money(tot * 0.14975, L), ctx.t("Total : ", "Total: ") + money(tot * 1.14975, L),
            ctx.t("Payable net 30 jours.", "Net 30.")]
    pdf = A.make_pdf(ctx.t("Facture", "Invoice"), head + tail, table=rows, compress=r.random() < 0.5, author=v["name"])
    text = "\n".join([ctx.greeting(), "", ctx.t("Veuillez trouver ci-joint la facture %s.", "Please find attached "
                                                "invoice %s.") % inv, "", ctx.t("Service à la clientèle", "Customer service"),
                      v["name"], v["phone"]])
    sender = (ctx.t("Comptes recevables", "Accounts receivable"), "facturation@" + v["domain"])
    root = mixed(M.make_body(r, text), pdf_part(ctx, pdf, "%s.pdf" % inv))
    return finish(ctx, headers(ctx, sender, st(ctx, acct), ctx.t("Facture ", "Invoice ") + inv), root, "invoice",
                  ctx.t("facture d'un fournisseur", "supplier invoice"))


def n_purchase_order(ctx):
    r, L = ctx.rng, ctx.lang
    buyer = ctx.staff("clerk", "F")
    buyer["job_fr"], buyer["job_en"] = "Acheteuse", "Buyer"
    v = vendor(ctx)
    po = "BC-%d-%05d" % (ctx.day.year, r.randint(0, 99999))
    rows = [[ctx.t("Code", "Code"), "GTIN", ctx.t("Description", "Description"), ctx.t("Qté", "Qty"),
             ctx.t("Prix unitaire", "Unit price")]]
    for it in r.sample(ITEMS, r.randint(3, 6)):
        rows.append(["%d-%04d" % (r.randint(10, 99), r.randint(0, 9999)), C.ean13(r, "0"),
                     it[0] if L == "fr" else it[1], r.randint(5, 200), money(it[2], L)])
    text = "\n".join([ctx.greeting(), "", ctx.t("Bon de commande %s ci-joint. Livraison au quai B, lundi au vendredi "
                                                "7h-15h. Centre de coût 7410 (urgence pédiatrique).",
                                                "Purchase order %s attached. Delivery to dock B, Mon-Fri 7-3. Cost "
                                                "centre 7410 (paediatric ED).") % po, "",
                      C.signature(buyer, L, r)])
    att = xlsx_part(ctx, A.make_xlsx([("PO", rows)]), "%s.xlsx" % po) if r.random() < 0.5 else \
        csv_part(ctx, A.make_csv(rows, sep=";", encoding="windows-1252"), "%s.csv" % po, charset="windows-1252")
    return finish(ctx, headers(ctx, st(ctx, buyer), (v["name"], "commandes@" + v["domain"]),
                               ctx.t("Bon de commande ", "Purchase order ") + po), mixed(M.make_body(r, text), att),
                  "purchase_order", ctx.t("bon de commande", "purchase order"))


def n_inventory(ctx):
    r, L = ctx.rng, ctx.lang
    rn = ctx.staff("rn")
    rows = [[ctx.t("Article", "Item"), ctx.t("Lot", "Lot"), ctx.t("Péremption", "Expiry"), ctx.t("Qté", "Qty"),
             ctx.t("Emplacement", "Location")]]
    for it in r.sample(ITEMS, 6):
        rows.append([it[0] if L == "fr" else it[1], "%s%d" % (r.choice(["L", "B", "LOT"]), r.randint(100000, 999999)),
                     (ctx.day + datetime.timedelta(days=r.randint(20, 700))).isoformat(), r.randint(0, 80),
                     r.choice(["UCD", ctx.t("Réa", "Resus"), ctx.t("Triage", "Triage"), "Pyxis 2"])])
    meds_rows = [[ctx.t("Chariot de réanimation", "Crash cart"), ctx.t("No d'actif", "Asset no."),
                  ctx.t("Vérifié le", "Checked on"), ctx.t("Par", "By")]]
    for i in range(3):
        a = C.sin_like_serial(r)
        meds_rows.append([ctx.t("Chariot %d", "Cart %d") % (i + 1), "%s %s %s" % (a[:3], a[3:6], a[6:]),
                          ctx.day.isoformat(), C.display(ctx.staff("rn"), L, False)])
    text = "\n".join([ctx.greeting(), "", ctx.t("Inventaire mensuel fait. 3 articles à commander, voir fichier.",
                                                "Monthly inventory done. 3 items to reorder, see file."), "", rn["given"]])
    root = mixed(M.make_body(r, text), xlsx_part(ctx, A.make_xlsx([(ctx.t("stock", "stock"), rows),
                                                                  (ctx.t("chariots", "carts"), meds_rows)]),
                                                 ctx.t("inventaire_%s.xlsx", "inventory_%s.xlsx") % ctx.day.strftime("%Y%m")))
    return finish(ctx, headers(ctx, st(ctx, rn), [(ctx.t("Magasin", "Stores"), ctx.org_addr("magasin"))],
                               ctx.t("Inventaire UCD", "SSU inventory")), root, "inventory",
                  ctx.t("inventaire de fournitures et chariots", "supply and crash-cart inventory"))


def n_biomed(ctx):
    r, L = ctx.rng, ctx.lang
    tech = ctx.staff("clerk", "M")
    tech["job_fr"], tech["job_en"] = "Technicien en génie biomédical", "Biomedical technician"
    dev = r.choice([ctx.t("moniteurs multiparamétriques", "patient monitors"), ctx.t("pompes volumétriques", "infusion pumps"),
                    ctx.t("glucomètres", "glucometers")])
    serials = [C.sin_like_serial(r) if r.random() < 0.6 else "SN%s" % C.luhn_number(r, 10) for _ in range(r.randint(3, 7))]
    text = "\n".join([ctx.greeting(), "", ctx.t("Entretien préventif des %s de l'UCD mardi de 9h à 11h. Les appareils "
                                                "suivants seront retirés un à un :", "Preventive maintenance of the SSU %s "
                                                "Tuesday 9-11 am. The following units will be pulled one at a time:")
                      % dev, ""] + ["  S/N " + s for s in serials] + [
        "", ctx.t("Des appareils de prêt seront disponibles au poste.", "Loaner units will be at the desk."), "",
        C.signature(tech, L, r)])
    return finish(ctx, headers(ctx, st(ctx, tech), [(ctx.t("UCD - chef d'unité", "SSU manager"), ctx.org_addr("ucd.chef"))],
                               ctx.t("Entretien préventif - ", "Preventive maintenance - ") + dev), M.make_body(r, text),
                  "biomed", ctx.t("entretien d'équipements avec numéros de série", "equipment maintenance with serials"))


def n_it(ctx):
    r, L = ctx.rng, ctx.lang
    it = ctx.staff("clerk")
    it["job_fr"], it["job_en"] = "Centre de services TI", "IT service desk"
    kind = r.choice(["downtime", "password", "phishing", "printer"])
    if kind == "downtime":
        text = ctx.t("Le dossier patient électronique sera INDISPONIBLE dimanche de 2h à 4h (mise à jour). Utilisez les "
                     "formulaires papier de relève (armoire 3, poste central). Les résultats de labo seront imprimés "
                     "automatiquement à l'urgence.", "The electronic health record will be UNAVAILABLE Sunday 2-4 am "
                     "(upgrade). Use the downtime paper forms (cabinet 3, central desk). Lab results will print "
                     "automatically in the ED.")
        subj = ctx.t("Interruption planifiée - DPE", "Planned downtime - EHR")
    elif kind == "password":
        text = ctx.t("Votre mot de passe réseau expire dans 5 jours. Changez-le via Ctrl-Alt-Suppr ou le portail "
                     "https://mdp.hptr.example. Ne partagez jamais votre mot de passe.",
                     "Your network password expires in 5 days. Change it with Ctrl-Alt-Del or at "
                     "https://mdp.hptr.example. Never share your password.")
        subj = ctx.t("Expiration du mot de passe", "Password expiry")
    elif kind == "phishing":
        text = ctx.t("Un courriel frauduleux intitulé « Résultats de laboratoire en attente » circule. Ne cliquez pas "
                     "sur le lien. Signalez-le avec le bouton Hameçonnage.", "A fraudulent e-mail titled \"Pending lab "
                     "results\" is circulating. Do not click the link. Report it with the Phishing button.")
        subj = ctx.t("ALERTE hameçonnage", "Phishing ALERT")
    else:
        text = ctx.t("L'imprimante d'étiquettes du triage (TRI-ZBR-02) est remplacée. Nouvelle file : \\\\impr01\\TRI-ZBR-03. "
                     "Billet n° INC%07d.", "The triage label printer (TRI-ZBR-02) was replaced. New queue: "
                     "\\\\impr01\\TRI-ZBR-03. Ticket INC%07d.") % r.randint(0, 9999999)
        subj = ctx.t("Imprimante triage", "Triage printer")
    text = ctx.greeting() + "\n\n" + text + "\n\n" + ctx.t("Centre de services TI - poste 4357", "IT service desk - ext. 4357")
    return finish(ctx, headers(ctx, (ctx.t("Centre de services TI", "IT Service Desk"), ctx.org_addr("ti.services")),
                               [(ctx.t("Utilisateurs urgence", "ED users"), ctx.org_addr("urgence.tous"))], subj),
                  M.make_body(r, text, form=r.choice(["plain", "html", "alt"])), "it_notice",
                  ctx.t("avis informatique", "IT notice"))


def n_facilities(ctx):
    r, L = ctx.rng, ctx.lang
    fm = ctx.staff("mgr")
    fm["job_fr"], fm["job_en"] = "Service des installations matérielles", "Facilities management"
    txt = r.choice([
        ctx.t("Travaux de réfection du plancher de l'UCD du %s au %s : les civières 7 à 12 seront relocalisées au 2e.",
              "SSU floor repairs from %s to %s: stretchers 7-12 will move to the 2nd floor."),
        ctx.t("Fermeture de l'ascenseur B (entretien annuel) du %s au %s. Utilisez l'ascenseur C pour les transports.",
              "Elevator B closed for annual maintenance from %s to %s. Use elevator C for transports."),
        ctx.t("Coupure d'eau chaude aile C du %s au %s, de 22h à 5h.", "Hot water shut-off in C wing from %s to %s, "
              "10 pm to 5 am."),
        ctx.t("Le stationnement P2 sera déneigé du %s au %s; déplacez vos véhicules vers P4.",
              "Parking P2 snow removal from %s to %s; please move vehicles to P4.")])
    d1 = ctx.day + datetime.timedelta(days=r.randint(3, 20))
    text = "\n".join([ctx.greeting(), "", txt % (d1.isoformat(), (d1 + datetime.timedelta(days=r.randint(1, 5))).isoformat()),
                      "", C.signature(fm, L, r)])
    return finish(ctx, headers(ctx, st(ctx, fm), [(ctx.t("Tout le personnel", "All staff"), ctx.org_addr("tous"))],
                               ctx.t("Avis - installations", "Notice - facilities")), M.make_body(r, text),
                  "facilities", ctx.t("avis des installations", "facilities notice"))


def n_drill(ctx):
    r, L = ctx.rng, ctx.lang
    sec = ctx.staff("mgr")
    sec["job_fr"], sec["job_en"] = "Mesures d'urgence", "Emergency preparedness"
    code = r.choice([ctx.t("code orange (afflux massif)", "code orange (mass casualty)"),
                     ctx.t("code rose (enlèvement d'enfant)", "code pink (child abduction)"),
                     ctx.t("code rouge (incendie)", "code red (fire)")])
    text = "\n".join([ctx.greeting(), "", ctx.t("Exercice de %s à l'urgence pédiatrique le %s entre 10h et 11h. Des "
                                                "figurants (enfants de 6 à 12 ans, bénévoles) seront maquillés. Aucun "
                                                "vrai patient ne sera impliqué.",
                                                "%s drill in the paediatric ED on %s between 10 and 11 am. Volunteer "
                                                "actors (children 6-12) will wear moulage. No real patients involved.")
                      % (code, C.fmt_date(ctx.day + datetime.timedelta(days=r.randint(5, 30)), L, "long")), "",
                      C.signature(sec, L, r)])
    return finish(ctx, headers(ctx, st(ctx, sec), [(ctx.t("Urgence - tous", "ED - all"), ctx.org_addr("urgence.tous"))],
                               ctx.t("Exercice ", "Drill: ") + code), M.make_body(r, text), "drill",
                  ctx.t("annonce d'exercice de mesures d'urgence", "emergency drill notice"))


def n_foundation(ctx):
    r, L = ctx.rng, ctx.lang
    fd = ctx.staff("mgr", "F")
    fd["job_fr"], fd["job_en"] = "Fondation HPTR - directrice des dons", "HPTR Foundation - gifts director"
    donors = ["%s %s %s" % (ctx.pick(["M.", "Mme"], ["Mr.", "Ms."]), C.adult_given(r, r.choice("FM"), L),
                            C.surname(r, L)) for _ in range(3)]
    text = "\n".join([ctx.greeting(), "", ctx.t("Le radiothon a amassé 412 380 $ pour l'achat d'un appareil d'échographie "
                                                "au chevet pour l'urgence. Merci à nos grands donateurs : %s, ainsi qu'à "
                                                "la famille d'une ancienne patiente qui souhaite rester anonyme.",
                                                "The radiothon raised $412,380 for a point-of-care ultrasound for the "
                                                "ED. Thanks to our major donors: %s, and to the family of a former "
                                                "patient who wishes to remain anonymous.") % ", ".join(donors), "",
                      C.signature(fd, L, r)])
    return finish(ctx, headers(ctx, st(ctx, fd), [(ctx.t("Tout le personnel", "All staff"), ctx.org_addr("tous"))],
                               ctx.t("Merci! Résultats du radiothon", "Thank you! Radiothon results")),
                  M.make_body(r, text, form=r.choice(["html", "alt"])), "foundation",
                  ctx.t("message de la fondation", "foundation message"))


def n_volunteers(ctx):
    r, L = ctx.rng, ctx.lang
    co = ctx.staff("clerk", "F")
    co["job_fr"], co["job_en"] = "Coordonnatrice des bénévoles", "Volunteer coordinator"
    rows = [[ctx.t("Jour", "Day"), ctx.t("Bénévole", "Volunteer"), ctx.t("Activité", "Activity")]]
    acts = ctx.t(["Docteurs clowns", "Zoothérapie (chien Biscuit)", "Lecture en salle d'attente", "Musique"],
                 ["Clown doctors", "Pet therapy (Biscuit the dog)", "Waiting-room reading", "Music"])
    for d in ctx.t(["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"], ["Monday", "Tuesday", "Wednesday", "Thursday",
                                                                         "Friday"]):
        rows.append([d, "%s %s" % (C.adult_given(r, r.choice("FM"), L), C.surname(r, L)), r.choice(acts)])
    text = "\n".join([ctx.greeting(), "", ctx.t("Horaire des bénévoles de la semaine :", "This week's volunteer "
                                                "schedule:"), "", "[[TABLE]]", "", C.signature(co, L, r)])
    return finish(ctx, headers(ctx, st(ctx, co), [(ctx.t("Urgence - tous", "ED - all"), ctx.org_addr("urgence.tous"))],
                               ctx.t("Bénévoles cette semaine", "Volunteers this week")),
                  M.make_body(r, text, table_rows=rows, wrap=False), "volunteers",
                  ctx.t("horaire des bénévoles", "volunteer schedule"))


def n_vendor_quote(ctx):
    r, L = ctx.rng, ctx.lang
    v = vendor(ctx)
    mgr = ctx.staff("mgr")
    rep = "%s %s" % (C.adult_given(r, r.choice("FM"), L), C.surname(r, L))
    quote_no = "SOUM-%05d" % r.randint(0, 99999)
    lines = [ctx.t("Soumission ", "Quote ") + quote_no, ctx.t("Valide 60 jours", "Valid 60 days"), "",
             ctx.t("10 oxymètres de pouls portatifs pédiatriques - 1 245,00 $ ch.", "10 paediatric handheld pulse "
                   "oximeters - $1,245.00 each"),
             ctx.t("Garantie 3 ans, formation incluse", "3-year warranty, training included"),
             ctx.t("Représentant : ", "Representative: ") + rep + ", " + v["phone"]]
    pdf = A.make_pdf(ctx.t("Soumission", "Quote"), lines, [v["name"], v["addr"]], compress=True, author=v["name"])
    text = "\n".join([ctx.greeting(mgr["given"]), "", ctx.t("Suite à notre rencontre, voici notre soumission.",
                                                           "Following our meeting, here is our quote."), "", rep,
                      v["name"], v["addr"], v["phone"]])
    root = mixed(M.make_body(r, text), pdf_part(ctx, pdf, "%s.pdf" % quote_no))
    return finish(ctx, headers(ctx, (rep, "ventes@" + v["domain"]), st(ctx, mgr), ctx.t("Soumission ", "Quote ") + quote_no),
                  root, "vendor_quote", ctx.t("soumission d'un fournisseur", "vendor quote"))


def n_forward_notice(ctx):
    r, L = ctx.rng, ctx.lang
    mgr, dest = ctx.staff("mgr"), ctx.staff(r.choice(["rn", "md"]))
    sender = (ctx.t("Direction des soins infirmiers", "Nursing Directorate"), ctx.org_addr("dsi"))
    earlier = ctx.dt - datetime.timedelta(days=r.randint(1, 4))
    inner_text = ctx.t("Bonjour,\n\nÀ compter du 1er avril, la double vérification indépendante devient obligatoire pour "
                       "l'insuline, l'héparine, la morphine et le potassium IV chez l'enfant. Un audit sera fait en mai."
                       "\n\nDirection des soins infirmiers",
                       "Hello,\n\nFrom April 1, independent double checks are mandatory for insulin, heparin, morphine "
                       "and IV potassium in children. An audit will follow in May.\n\nNursing Directorate")
    if r.random() < 0.5:
        inner = inner_message(ctx, sender, [(ctx.t("Chefs d'unité", "Unit managers"), ctx.org_addr("chefs.unites"))],
                              ctx.t("Double vérification", "Double checks"), inner_text, earlier)
        text = ctx.t("À diffuser à ton équipe svp.", "Please share with your team.") + "\n\n" + mgr["given"]
        root = mixed(M.make_body(r, text), eml_part(inner, ctx.t("double_verification.eml", "double_check.eml")))
    else:
        text = "\n".join([ctx.t("À diffuser à ton équipe svp.", "Please share with your team."), "", mgr["given"], "",
                          M.forward_block(earlier, "%s <%s>" % sender, ctx.org_addr("chefs.unites"),
                                          ctx.t("Double vérification", "Double checks"), inner_text, L, rng=r)])
        root = M.make_body(r, text)
    return finish(ctx, headers(ctx, st(ctx, mgr), st(ctx, dest), ctx.t("TR: Double vérification", "FW: Double checks")),
                  root, "policy_forward", ctx.t("transfert d'une directive", "forwarded policy notice"))


def n_archive_zip(ctx):
    r, L = ctx.rng, ctx.lang
    q = ctx.staff("mgr")
    members = [(ctx.t("politique_hygiene_mains.pdf", "hand_hygiene_policy.pdf"),
                A.make_pdf(ctx.t("Politique - hygiène des mains", "Policy - hand hygiene"),
                           [ctx.t("Taux de conformité visé : 90 %.", "Target compliance: 90%."),
                            ctx.t("Audits mensuels par unité.", "Monthly audits per unit.")], compress=True)),
               ("audit_%s.csv" % ctx.day.strftime("%Y%m"),
                A.make_csv([[ctx.t("unité", "unit"), ctx.t("observations", "observations"), ctx.t("conformes", "compliant")],
                            ["UCD", r.randint(40, 90), r.randint(30, 80)], [ctx.t("Urgence", "ED"), r.randint(80, 200),
                                                                            r.randint(60, 180)]]))]
    text = "\n".join([ctx.greeting(), "", ctx.t("Documents pour l'agrément (zip).", "Accreditation documents (zip)."), "",
                      C.signature(q, L, r)])
    root = mixed(M.make_body(r, text), zip_part(ctx, A.make_zip(members), ctx.t("agrement.zip", "accreditation.zip")))
    return finish(ctx, headers(ctx, st(ctx, q), [(ctx.t("Comité qualité", "Quality committee"), ctx.org_addr("qualite"))],
                               ctx.t("Agrément - documents", "Accreditation - documents")), root, "accreditation",
                  ctx.t("documents d'agrément en zip", "zipped accreditation documents"))


TEMPLATES = {
    "invoice": n_invoice, "purchase_order": n_purchase_order, "inventory": n_inventory, "biomed": n_biomed,
    "it_notice": n_it, "facilities": n_facilities, "drill": n_drill, "foundation": n_foundation,
    "volunteers": n_volunteers, "vendor_quote": n_vendor_quote, "policy_forward": n_forward_notice,
    "accreditation": n_archive_zip,
}

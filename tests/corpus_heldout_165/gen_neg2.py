"""Negative scenarios, part 2: procurement, invoices, recalls, shortages, IT,
facilities, sterile processing, vendors, inventories.  Serial, lot and
asset numbers here often pass a checksum on purpose."""
import datetime as dt

import gen_attach as A
from gen_common import fmt_date, luhn_serial

XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

ITEMS = [("Trocart optique 12 mm", "12 mm optical trocar", 38.50),
         ("Agrafeuse linéaire coupante 60 mm", "60 mm linear cutting stapler", 412.00),
         ("Recharge 60 mm bleue", "60 mm blue reload", 148.75),
         ("Filet polypropylène 15 x 15 cm", "Polypropylene mesh 15 x 15 cm", 96.20),
         ("Clips hémostatiques Hem-o-lok ML", "Hem-o-lok ML clips", 61.00),
         ("Sac d'extraction endoscopique", "Endoscopic retrieval bag", 27.40),
         ("Scelleur de vaisseaux 37 cm", "37 cm vessel sealer", 689.00),
         ("Colle cutanée 0,5 mL", "Skin adhesive 0.5 mL", 14.10),
         ("Pansement à pression négative, kit M", "NPWT dressing kit, medium", 122.00)]


def mod97_11(r):
    """An 11-digit reference whose last two digits are a mod-97 key."""
    body = f"{r.randrange(10, 99)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}{r.randrange(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def serial_fmt(s, r):
    if len(s) == 9:
        return r.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    return r.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])


def money(x, lang):
    s = f"{x:,.2f}"
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",") + " $"
    return "$" + s


# ------------------------------------------------------------------ 13
def invoice(c, lang):
    r = c.rng
    vend = c.f.staff("vendor")
    fr = lang == "fr"
    inv = f"F{r.randrange(100000, 999999)}"
    po = f"BC-{r.randrange(40000, 49999)}"
    rows, tot = [], 0.0
    for it in r.sample(ITEMS, r.randrange(2, 5)):
        q = r.randrange(2, 24)
        lot = f"{r.choice(['L', 'LOT'])}{r.randrange(10, 99)}{r.choice('ABCDEFGHJK')}{r.randrange(1000, 9999)}"
        ser = serial_fmt(luhn_serial(r, r.choice([9, 10])), r)
        rows.append([it[0] if fr else it[1], q, lot, ser, money(it[2], lang), money(q * it[2], lang)])
        tot += q * it[2]
    head = (["Article", "Qté", "Lot", "N° série", "Prix unit.", "Total"] if fr else
            ["Item", "Qty", "Lot", "Serial no.", "Unit price", "Total"])
    tps, tvq = tot * 0.05, tot * 0.09975
    lines = [f"{'Facture' if fr else 'Invoice'}: {inv}", f"{'Bon de commande' if fr else 'PO'}: {po}",
             f"{'Client' if fr else 'Customer'}: CHDR — {'Approvisionnement, bloc opératoire' if fr else 'Procurement, OR'}",
             f"{'No client' if fr else 'Customer no.'}: {r.randrange(10000, 99999)}",
             f"Date: {fmt_date(c.today, 'iso')}", f"{'Échéance' if fr else 'Due'}: {fmt_date(c.today + dt.timedelta(days=30), 'iso')}",
             f"TPS/GST 5 %: {money(tps, lang)}   TVQ/QST 9,975 %: {money(tvq, lang)}",
             f"{'Total à payer' if fr else 'Amount due'}: {money(tot + tps + tvq, lang)}",
             f"TPS 8{r.randrange(10000000, 99999999)} RT0001"]
    buyer = c.f.staff("buyer")
    txt = ([c.hello(lang, buyer), f"Veuillez trouver ci-joint la facture {inv} (bon de commande {po}).",
            "Paiement par virement selon nos conditions nettes 30 jours."] if fr else
           [c.hello(lang, buyer), f"Please find attached invoice {inv} (PO {po}).", "Payment by EFT, net 30 days."])
    pdf = A.pdf(("FACTURE" if fr else "INVOICE") + f" {inv}", lines, (head, rows), compress=r.random() < 0.5,
                header=vend.addr.split("@")[1])
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:])), ("sig", c.sig(vend, lang))]
    spec = c.spec(lang, vend, [buyer], f"{'Facture' if fr else 'Invoice'} {inv} / {po}", blocks,
                  atts=[dict(kind="pdf", fn=f"{inv}.pdf", ct="application/pdf", data=pdf)])
    return dict(spec=spec, cat="invoice", note="supplier invoice with lot and serial numbers")


# ------------------------------------------------------------------ 14
def purchase_order(c, lang):
    r = c.rng
    buyer = c.f.staff("buyer")
    vend = c.f.staff("vendor")
    fr = lang == "fr"
    po = f"BC-{r.randrange(40000, 49999)}"
    rows = []
    for it in r.sample(ITEMS, r.randrange(3, 6)):
        q = r.randrange(5, 60)
        rows.append([f"{r.randrange(100000, 999999)}", it[0] if fr else it[1], q, it[2], round(q * it[2], 2)])
    head = (["Code", "Description", "Qté", "Prix", "Montant"] if fr else ["Code", "Description", "Qty", "Price", "Amount"])
    kind = r.choice(["xlsx", "csv", "body"])
    txt = ([c.hello(lang, vend), f"Voici le bon de commande {po} pour le bloc opératoire, livraison au quai B avant le "
            f"{c.d(c.later(5, 15), lang, 'long')}.", "Centre de coûts 6512 — Chirurgie générale."] if fr else
           [c.hello(lang, vend), f"Here is purchase order {po} for the OR, delivery to dock B before "
            f"{c.d(c.later(5, 15), lang, 'long')}.", "Cost centre 6512 - General Surgery."])
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:]))]
    atts = []
    if kind == "xlsx":
        atts.append(dict(kind="xlsx", fn=f"{po}.xlsx", ct=XLSX_CT, data=A.xlsx([(po, head, rows)])))
    elif kind == "csv":
        atts.append(dict(kind="csv", fn=f"{po}.csv", ct="text/csv", text=A.csv_bytes(head, rows).decode()))
    else:
        blocks.append(("table", head, rows))
    blocks += [("p", c.bye(lang)), ("sig", c.sig(buyer, lang))]
    spec = c.spec(lang, buyer, [vend], f"{'Bon de commande' if fr else 'Purchase order'} {po}", blocks, atts=atts)
    return dict(spec=spec, cat="purchase_order", note="purchase order for OR supplies")


# ------------------------------------------------------------------ 15
def recall(c, lang):
    r = c.rng
    mgr = c.f.staff("manager")
    fr = lang == "fr"
    prod = r.choice(ITEMS[:5])
    lots = [f"{r.randrange(10, 99)}{r.choice('KMNPR')}{r.randrange(10000, 99999)}" for _ in range(r.randrange(2, 5))]
    refs = [mod97_11(r) for _ in range(2)]
    if fr:
        L = [f"Avis de rappel volontaire — {prod[0]}",
             "Le fabricant rappelle les lots suivants en raison d'un défaut possible d'étanchéité de l'emballage stérile :",
             ", ".join(lots), f"Références catalogue : {', '.join(refs)}",
             "Action : retirer immédiatement les unités des salles et de l'entrepôt, les mettre en quarantaine "
             "et remplir le formulaire de retour. Aucune information sur les patients n'est requise.",
             "Aucun incident n'a été rapporté au CHDR."]
        subj = f"RAPPEL — {prod[0]} — lots visés"
    else:
        L = [f"Voluntary recall notice - {prod[1]}",
             "The manufacturer is recalling the following lots due to a possible sterile packaging seal defect:",
             ", ".join(lots), f"Catalogue refs: {', '.join(refs)}",
             "Action: remove units from rooms and storage immediately, quarantine them and complete the return form. "
             "No patient information is required.", "No incidents have been reported at CHDR."]
        subj = f"RECALL - {prod[1]} - affected lots"
    blocks = [("p", c.hello(lang)), ("p", L[0]), ("p", "\n".join(L[1:])), ("sig", c.sig(mgr, lang))]
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind="pdf", fn="Avis_rappel.pdf" if fr else "Recall_notice.pdf", ct="application/pdf",
                         data=A.pdf(L[0], L[1:], compress=True)))
    spec = c.spec(lang, mgr, [("Bloc opératoire" if fr else "OR", "bloc.equipe@chdr.example")], subj, blocks, atts=atts)
    return dict(spec=spec, cat="device_recall", note="device recall notice with lot numbers")


# ------------------------------------------------------------------ 16
SHORT = [("sugammadex", "Bridion", "néostigmine + glycopyrrolate", "neostigmine + glycopyrrolate"),
         ("céfazoline 2 g", "", "céfuroxime 1,5 g (allergie : clindamycine)", "cefuroxime 1.5 g (allergy: clindamycin)"),
         ("bupivacaïne 0,5 % hyperbare", "Marcaine Spinal", "chloroprocaïne 1 % (chirurgies courtes)", "chloroprocaine 1% (short cases)"),
         ("ondansétron 4 mg/2 mL", "Zofran", "dexaméthasone 4 mg IV en prophylaxie", "dexamethasone 4 mg IV prophylaxis"),
         ("héparine 5 000 U/0,5 mL", "", "énoxaparine 40 mg SC", "enoxaparin 40 mg SC")]


def drug_shortage(c, lang):
    r = c.rng
    ph = c.f.staff("pharmacist")
    fr = lang == "fr"
    d = r.choice(SHORT)
    until = c.later(20, 80)
    if fr:
        L = [f"Rupture d'approvisionnement : {d[0]}" + (f" ({d[1]})" if d[1] else ""),
             f"Durée prévue : jusqu'au {c.d(until, lang, 'long')} selon le fournisseur.",
             f"Alternative recommandée par le comité de pharmacologie : {d[2]}.",
             "Les réserves restantes sont réservées aux indications prioritaires (voir tableau).",
             "Aucune substitution automatique n'est faite par la pharmacie; ordonnances à ajuster par le prescripteur."]
        subj = f"Pénurie — {d[0]}"
    else:
        en0 = d[0].replace("céfazoline", "cefazolin").replace("bupivacaïne", "bupivacaine").replace("ondansétron", "ondansetron").replace("héparine", "heparin").replace("hyperbare", "heavy").replace(",", ".")
        L = [f"Drug shortage: {en0}" + (f" ({d[1]})" if d[1] else ""),
             f"Expected until {c.d(until, lang, 'long')} per supplier.",
             f"Alternative recommended by P&T: {d[3]}.",
             "Remaining stock is reserved for priority indications (see table).",
             "No automatic substitution by pharmacy; prescribers must adjust orders."]
        subj = f"Shortage - {en0}"
    head = (["Indication", "Priorité"] if fr else ["Indication", "Priority"])
    rows = ([["Chirurgie d'urgence", "1"], ["Chirurgie oncologique", "2"], ["Chirurgie élective", "3"]] if fr else
            [["Emergency surgery", "1"], ["Cancer surgery", "2"], ["Elective surgery", "3"]])
    blocks = [("p", c.hello(lang)), ("p", "\n".join(L)), ("table", head, rows), ("sig", c.sig(ph, lang))]
    spec = c.spec(lang, ph, [("Médecins et pharmaciens" if fr else "Physicians and pharmacists", "cmdp@chdr.example")],
                  subj, blocks)
    return dict(spec=spec, cat="drug_shortage", note="drug shortage notice with alternatives")


# ------------------------------------------------------------------ 17
def it_notice(c, lang):
    r = c.rng
    it = c.f.staff("it")
    fr = lang == "fr"
    k = r.randrange(3)
    d = c.later(2, 12)
    tk = f"INC{r.randrange(1000000, 9999999)}"
    if fr:
        L = [[f"Une maintenance du logiciel de planification chirurgicale (OPERA 7) aura lieu le {c.d(d, lang, 'long')} de 22 h à 2 h.",
              "Pendant cette période, les réservations de salle devront être faites sur le formulaire papier de contingence.",
              "La liste opératoire du lendemain sera imprimée d'avance et déposée au poste du bloc."],
             ["Nous avons reçu plusieurs courriels frauduleux prétendant venir de la « Direction de la paie » et demandant "
              "de confirmer vos identifiants.", "Ne cliquez pas sur le lien. Transférez le message à securite@chdr.example.",
              f"Référence du billet : {tk}."],
             [f"Votre demande {tk} (imprimante d'étiquettes, clinique préop, local B-214) est résolue.",
              "Le pilote Zebra a été réinstallé et la file d'impression vidée.", "Merci de nous aviser si le problème revient."]][k]
        subj = ["Maintenance — logiciel de planification du bloc", "Alerte hameçonnage", f"Billet {tk} résolu"][k]
    else:
        L = [[f"Maintenance of the surgical scheduling software (OPERA 7) is planned on {c.d(d, lang, 'long')} from 10 pm to 2 am.",
              "During this window, OR bookings must use the paper downtime form.",
              "Next-day OR lists will be printed in advance and left at the OR desk."],
             ["We received several fraudulent e-mails claiming to come from \"Payroll\" and asking you to confirm your credentials.",
              "Do not click the link. Forward the message to securite@chdr.example.", f"Ticket reference: {tk}."],
             [f"Your request {tk} (label printer, pre-op clinic, room B-214) is resolved.",
              "The Zebra driver was reinstalled and the print queue cleared.", "Let us know if the issue comes back."]][k]
        subj = ["Maintenance - OR scheduling software", "Phishing alert", f"Ticket {tk} resolved"][k]
    blocks = [("p", c.hello(lang)), ("p", "\n".join(L)), ("sig", c.sig(it, lang))]
    to = [("Utilisateurs bloc et cliniques" if fr else "OR and clinic users", "bloc.utilisateurs@chdr.example")] if k < 2 \
        else [c.f.staff("preop_nurse")]
    spec = c.spec(lang, it, to, subj, blocks)
    return dict(spec=spec, cat="it_notice", note="IT notice (maintenance, phishing, ticket)")


# ------------------------------------------------------------------ 18
def facilities(c, lang):
    r = c.rng
    mgr = c.f.staff("manager")
    fr = lang == "fr"
    d = c.later(2, 20)
    room = r.randrange(1, 9)
    asset = serial_fmt(luhn_serial(r, 9), r)
    if fr:
        L = r.choice([
            [f"La salle {room} sera fermée le {c.d(d, lang, 'long')} pour le remplacement des filtres HEPA et la "
             "validation du débit d'air.", "Les cas prévus ont été redistribués dans les salles 2 et 5."],
            [f"L'autoclave no 2 (actif {asset}) sera en entretien préventif le {c.d(d, lang, 'long')}.",
             "Prévoir un délai supplémentaire pour les plateaux de laparoscopie."],
            [f"Coupure d'eau chaude au 2e étage le {c.d(d, lang, 'long')} entre 5 h et 7 h.",
             "Les lavabos chirurgicaux du bloc B ne seront pas disponibles; utiliser la solution hydroalcoolique."]])
        subj = "Avis — travaux au bloc opératoire"
    else:
        L = r.choice([
            [f"OR {room} will be closed on {c.d(d, lang, 'long')} for HEPA filter replacement and airflow validation.",
             "Scheduled cases were moved to ORs 2 and 5."],
            [f"Autoclave #2 (asset {asset}) will be down for preventive maintenance on {c.d(d, lang, 'long')}.",
             "Expect extra turnaround time for laparoscopy trays."],
            [f"Hot water shut-off on the 2nd floor on {c.d(d, lang, 'long')} between 5 and 7 am.",
             "Scrub sinks in OR suite B will be unavailable; use alcohol-based surgical rub."]])
        subj = "Notice - OR facilities work"
    blocks = [("p", c.hello(lang)), ("p", "\n".join(L)), ("sig", c.sig(mgr, lang))]
    spec = c.spec(lang, mgr, [("Bloc opératoire" if fr else "OR", "bloc.equipe@chdr.example")], subj, blocks)
    return dict(spec=spec, cat="facilities", note="facilities notice for the OR")


# ------------------------------------------------------------------ 19
def sterile(c, lang):
    r = c.rng
    n = c.f.staff("or_nurse")
    fr = lang == "fr"
    rows = []
    for _ in range(r.randrange(3, 7)):
        rows.append([r.choice(["LAP-CHOLE", "HERNIE-01", "LAPARO-MAJ", "THYRO", "PROCTO"]) + f"-{r.randrange(1, 12):02d}",
                     serial_fmt(luhn_serial(r, r.choice([9, 10])), r),
                     r.choice(["pince Maryland manquante", "ciseaux Metzenbaum émoussés", "complet", "trocart fissuré"] if fr else
                              ["Maryland grasper missing", "dull Metzenbaum scissors", "complete", "cracked trocar"]),
                     fmt_date(c.earlier(0, 5), "iso")])
    head = (["Plateau", "N° d'actif", "État", "Date"] if fr else ["Tray", "Asset no.", "Status", "Date"])
    txt = ("Voici le suivi des plateaux retournés au retraitement des dispositifs médicaux (URDM) cette semaine." if fr else
           "Here is this week's tracking of trays returned to medical device reprocessing.")
    blocks = [("p", c.hello(lang)), ("p", txt), ("table", head, rows), ("sig", c.sig(n, lang))]
    spec = c.spec(lang, n, [("URDM" if fr else "MDRD", "urdm@chdr.example")],
                  "Plateaux incomplets" if fr else "Incomplete trays", blocks)
    return dict(spec=spec, cat="sterile_processing", note="instrument tray tracking with asset numbers")


# ------------------------------------------------------------------ 20
def vendor_visit(c, lang):
    r = c.rng
    vend = c.f.staff("vendor")
    mgr = c.f.staff("manager")
    fr = lang == "fr"
    d = c.later(4, 20)
    prod = r.choice(["nouvelle génération d'agrafeuses motorisées", "plateforme de chirurgie robotique",
                     "système de pansement à pression négative portable"] if fr else
                    ["new powered stapler generation", "robotic surgery platform", "portable NPWT system"])
    txt = ([c.hello(lang, mgr), f"Je vous propose une formation en salle (in-service) sur notre {prod} le {c.d(d, lang, 'long')}.",
            "Deux sessions de 30 minutes, 7 h 15 et 15 h 30. Je joins ma fiche de contact.",
            "Aucun accès aux dossiers ni présence en salle pendant une chirurgie n'est requis."] if fr else
           [c.hello(lang, mgr), f"I'd like to offer an in-service on our {prod} on {c.d(d, lang, 'long')}.",
            "Two 30-minute sessions, 7:15 and 15:30. My contact card is attached.",
            "No access to records or presence during surgery is needed."])
    vc = A.vcard(vend.full, (vend.surname, vend.given), tels=[("WORK", f"514-555-01{r.randrange(100):02d}"),
                                                             ("CELL", f"438-555-01{r.randrange(100):02d}")],
                 email=vend.addr, org=vend.addr.split("@")[1].split(".")[0], title="Représentant(e)" if fr else "Sales rep")
    blocks = [("p", txt[0]), ("p", "\n".join(txt[1:])), ("sig", c.sig(vend, lang))]
    spec = c.spec(lang, vend, [mgr], ("Formation en salle — " if fr else "In-service - ") + prod, blocks,
                  atts=[dict(kind="vcf", fn=vend.full.replace(" ", "_") + ".vcf", ct="text/vcard", text=vc.decode())])
    return dict(spec=spec, cat="vendor_visit", note="vendor in-service offer with contact card")


# ------------------------------------------------------------------ 21
def inventory(c, lang):
    r = c.rng
    buyer = c.f.staff("buyer")
    n = c.f.staff("or_nurse")
    fr = lang == "fr"
    rows = []
    for it in r.sample(ITEMS, r.randrange(4, 8)):
        exp = c.today + dt.timedelta(days=r.randrange(20, 700))
        rows.append([it[0] if fr else it[1], f"{r.randrange(10, 99)}{r.choice('ABCXYZ')}{r.randrange(1000, 9999)}",
                     serial_fmt(luhn_serial(r, 10), r), fmt_date(exp, "iso"), r.randrange(0, 30)])
    head = (["Article", "Lot", "UDI / série", "Péremption", "Qté"] if fr else ["Item", "Lot", "UDI / serial", "Expiry", "Qty"])
    kind = r.choice(["csv", "xlsx", "zip"])
    fnb = ("inventaire_consignation_" if fr else "consignment_count_") + c.today.strftime("%Y%m%d")
    csvt = A.csv_bytes(head, rows, delim=";" if fr else ",", enc="utf-8")
    atts = []
    if kind == "csv":
        atts.append(dict(kind="csv", fn=fnb + ".csv", ct="text/csv", text=csvt.decode()))
    elif kind == "xlsx":
        atts.append(dict(kind="xlsx", fn=fnb + ".xlsx", ct=XLSX_CT, data=A.xlsx([("Inventaire" if fr else "Count", head, rows)])))
    else:
        z = A.zipb([(fnb + ".csv", csvt), ("LISEZMOI.txt" if fr else "README.txt",
                                          ("Décompte physique, entrepôt bloc B.\n" if fr else "Physical count, OR B storage.\n").encode())])
        atts.append(dict(kind="zip", fn=fnb + ".zip", ct="application/zip", data=z))
    txt = ("Décompte de l'inventaire en consignation (implants et dispositifs), à réconcilier avec le fournisseur." if fr else
           "Consignment inventory count (implants and devices), to reconcile with the supplier.")
    blocks = [("p", c.hello(lang, buyer)), ("p", txt), ("sig", c.sig(n, lang))]
    spec = c.spec(lang, n, [buyer], "Inventaire consignation" if fr else "Consignment inventory", blocks, atts=atts)
    return dict(spec=spec, cat="inventory", note="consignment inventory count with lots and serials")

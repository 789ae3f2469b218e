"""Non-confidential messages, part B: newsletters, conferences, committees,
aggregate statistics, public outbreak notices, shortages, recalls, invoices,
purchase orders, physician directories, price lists, lab notices, guidelines."""
import datetime

from stdnum import luhn

import gen_common as G
import gen_docs as D
import gen_vocab as V
from gen_build import Att, Mail

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _pick(c, pair):
    return pair[0] if c.lang == "fr" else pair[1]


def _list(c, inst=None):
    inst = inst or c.rng.choice(G.INSTITUTIONS)
    return [(c.fr("Liste de diffusion MI", "ID mailing list"), "liste-mi@" + inst[3])]


def luhn_serial(c, n):
    body = str(c.rng.randint(1, 9)) + "".join(str(c.rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# ------------------------------------------------------------------ newsletter
def newsletter(c):
    ed = c.staff(role_idx=c.pick(2, 5), inst=G.INSTITUTIONS[4])
    items = c.rng.sample([
        ("Dengue : hausse des cas aux Antilles et en Amérique latine; rappeler la protection contre les piqûres le jour.",
         "Dengue: rising cases in the Caribbean and Latin America; remind travellers about daytime bite protection."),
        ("Rougeole : éclosions en Europe et en Asie du Sud; vérifier 2 doses de RRO avant le départ.",
         "Measles: outbreaks in Europe and South Asia; check 2 MMR doses before departure."),
        ("Fièvre jaune : nouvelle exigence de certificat pour certains pays d'Afrique de l'Ouest.",
         "Yellow fever: new certificate requirement for some West African countries."),
        ("Chikungunya : un nouveau vaccin est homologué au Canada pour les 12 ans et plus.",
         "Chikungunya: a new vaccine is licensed in Canada for ages 12 and up."),
        ("Paludisme : résistance à l'artémisinine signalée dans la Corne de l'Afrique.",
         "Malaria: artemisinin resistance reported in the Horn of Africa."),
        ("Choléra : Dukoral reste indiqué pour les travailleurs humanitaires.",
         "Cholera: Dukoral remains indicated for humanitarian workers."),
        ("Mpox : la vaccination pré-exposition est offerte aux personnes admissibles selon les critères du PIQ.",
         "Mpox: pre-exposure vaccination is offered to eligible people per provincial criteria."),
    ], 3)
    fr = c.lang == "fr"
    lis = "".join("<li>%s</li>" % _pick(c, i) for i in items)
    n = c.rng.randint(20, 80)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>h1{color:#036}</style></head>"
            "<body style=\"font-family:Arial\"><h1>%s</h1><p>%s</p><ul>%s</ul><p>%s</p><hr><p style=\"font-size:9pt\">%s</p></body></html>\n") % (
        c.fr("Bulletin santé-voyage no %d" % n, "Travel Health Bulletin #%d" % n),
        c.fr("Les nouvelles du mois pour les professionnels en santé-voyage.", "This month's news for travel health professionals."),
        lis, c.fr("Bonne lecture!", "Happy reading!"),
        c.fr("Pour vous désabonner, répondez DÉSABONNER.", "To unsubscribe, reply UNSUBSCRIBE."))
    return "newsletter", Mail(c.lang, c.fr("Bulletin santé-voyage no %d", "Travel Health Bulletin #%d") % n, c.sender(ed),
                              _list(c), html=html, body_mode=c.pick("html", "alt"), date=c.now), "travel-health newsletter"


# ------------------------------------------------------------------ conference programme
def conference(c):
    org = c.staff(role_idx=11)
    speakers = [c.staff(physician=True) for _ in range(4)]
    topics = c.rng.sample([
        ("PrEP injectable : où en sommes-nous?", "Long-acting PrEP: where are we?"),
        ("Tuberculose latente : schémas courts", "Latent TB: short-course regimens"),
        ("Hépatite C : vers l'élimination", "Hepatitis C: towards elimination"),
        ("Fièvre au retour de voyage : cas cliniques", "Fever in the returning traveller: case-based"),
        ("Antibiogouvernance en soins de longue durée", "Stewardship in long-term care"),
        ("Syphilis congénitale : une résurgence", "Congenital syphilis: a resurgence"),
        ("Vaccins et voyageurs immunosupprimés", "Vaccines for immunocompromised travellers"),
    ], 4)
    d = c.future(20, 70)
    lines = [c.fr("Journée annuelle de maladies infectieuses", "Annual Infectious Diseases Day"), c.date(d, 1), ""]
    h = 8
    for s, t in zip(speakers, topics):
        lines.append("%d h 30 - %s — %s" % (h, _pick(c, t), s.title_fr() if c.lang == "fr" else s.title_en()) if c.lang == "fr"
                     else "%d:30 - %s — %s" % (h, _pick(c, t), s.title_en()))
        h += 1
    lines.append(c.fr("Accréditation : 5 heures de développement professionnel", "Accreditation: 5 hours of CME"))
    text = "%s\n\n%s\n\n%s" % (c.greet(), "\n".join(lines), c.sig(org))
    atts = []
    if c.rng.random() < 0.5:
        atts.append(Att(c.fr("programme.pdf", "program.pdf"), "application/pdf", data=D.make_pdf(lines, title=lines[0], compress=c.rng.random() < 0.5)))
    return "conference", Mail(c.lang, c.fr("Programme - Journée MI", "Program - ID Day"), c.sender(org), _list(c), text=text, date=c.now,
                              attachments=atts), "conference programme with speakers and topics"


# ------------------------------------------------------------------ committee agenda / aggregate
def committee(c):
    ph = c.staff(role_idx=6)
    rows = [(_pick(c, ab), c.rng.randint(5, 120)) for ab in c.rng.sample(V.ANTIBIOTICS_IV, 5)]
    table = "\n".join("  %-42s %d DDD/1000 j-p" % r if c.lang == "fr" else "  %-42s %d DDD/1000 pd" % r for r in rows)
    text = c.fr("%s\n\nOrdre du jour du comité d'antibiogouvernance (%s) :\n1. Consommation trimestrielle :\n%s\n2. Taux de C. difficile nosocomial : %s / 10 000 jours-présence\n3. Restriction du méropénem : bilan\n4. Varia\n\n%s",
                "%s\n\nStewardship committee agenda (%s):\n1. Quarterly use:\n%s\n2. Hospital-onset C. difficile rate: %s / 10,000 patient-days\n3. Meropenem restriction: review\n4. Other business\n\n%s") % (
        c.greet(), c.date(c.future(3, 20)), table, c.pick("3,1", "4,6", "2,2") if c.lang == "fr" else c.pick("3.1", "4.6", "2.2"), c.sig(ph))
    return "committee", Mail(c.lang, c.fr("Comité d'antibiogouvernance - ordre du jour", "Stewardship committee - agenda"), c.sender(ph),
                             _list(c), text=text, date=c.now), "committee agenda with aggregate antibiotic use"


# ------------------------------------------------------------------ statistics
def stats(c):
    nurse = c.staff(role_idx=8, inst=G.DSP)
    months = [G.MONTHS_FR[m] if c.lang == "fr" else G.MONTHS_EN[m] for m in range(0, 6)]
    head = [c.fr("Mois", "Month"), c.fr("Cas TB actifs", "Active TB cases"), c.fr("Contacts identifiés", "Contacts identified"),
            c.fr("Contacts dépistés", "Contacts screened"), c.fr("ITL traitées", "LTBI treated")]
    rows = []
    for m in months:
        a = c.rng.randint(1, 6)
        b = a * c.rng.randint(5, 20)
        s = int(b * c.rng.randint(60, 95) / 100)
        rows.append([m, a, b, s, int(s * c.rng.randint(5, 25) / 100)])
    kind = c.rng.randint(0, 2)
    atts = []
    if kind == 0:
        atts.append(Att(c.fr("stats_TB_S1.csv", "TB_stats_H1.csv"), "text/csv", text=D.make_csv(head, rows, c.pick(",", ";")), charset=c.pick("utf-8", "windows-1252")))
    elif kind == 1:
        atts.append(Att(c.fr("stats_TB_S1.xlsx", "TB_stats_H1.xlsx"), XLSX, data=D.make_xlsx([("S1", head, rows)], creator=nurse.full)))
    body = c.fr("Statistiques agrégées du programme TB pour le premier semestre (aucune donnée nominative).",
                "Aggregate TB program statistics for the first half-year (no identifying data).")
    if kind == 2:
        body += "\n\n" + "\n".join(" | ".join(str(x) for x in r) for r in [head] + rows)
    text = "%s\n\n%s\n\n%s" % (c.greet(), body, c.sig(nurse))
    return "stats", Mail(c.lang, c.fr("Statistiques TB - semestre", "TB statistics - half-year"), c.sender(nurse), _list(c, G.DSP),
                         text=text, date=c.now, attachments=atts), "aggregate TB programme statistics"


def antibiogram(c):
    mic = c.staff(role_idx=1)
    orgs = ["E. coli", "K. pneumoniae", "P. aeruginosa", "S. aureus", "E. faecalis"]
    abx = ["AMP", "CFZ", "CRO", "TZP", "MEM", "CIP", "SXT"]
    rows = [[o, c.rng.randint(80, 900)] + [c.rng.choice(["", "%d" % c.rng.randint(40, 100)]) for _ in abx] for o in orgs]
    x = D.make_xlsx([(c.fr("Antibiogramme 2024", "Antibiogram 2024"), [c.fr("Organisme", "Organism"), c.fr("N isolats", "N isolates")] + abx, rows)], creator=mic.full)
    text = c.fr("%s\n\nL'antibiogramme cumulatif 2024 (%% de sensibilité, premiers isolats par patient) est en pièce jointe.\n\n%s",
                "%s\n\nThe 2024 cumulative antibiogram (%% susceptible, first isolate per patient) is attached.\n\n%s") % (c.greet(), c.sig(mic))
    return "antibiogram", Mail(c.lang, c.fr("Antibiogramme cumulatif 2024", "2024 cumulative antibiogram"), c.sender(mic), _list(c), text=text,
                               date=c.now, attachments=[Att("antibiogramme_2024.xlsx" if c.lang == "fr" else "antibiogram_2024.xlsx", XLSX, data=x)]), \
        "cumulative antibiogram spreadsheet"


# ------------------------------------------------------------------ public outbreak notice
def public_notice(c):
    md = c.staff(role_idx=8, inst=G.DSP)
    kind = c.rng.randint(0, 2)
    d = c.past(3, 10)
    if kind == 0:
        places = c.rng.sample([c.fr("Pharmacie des Cèdres, 1200 rue Principale", "Cedar Pharmacy, 1200 Main St"),
                               c.fr("Terminal 1 de l'aéroport, zone des arrivées internationales", "Airport Terminal 1, international arrivals"),
                               c.fr("Urgence de l'Hôpital du Mont-Vallier", "Mont-Vallier Hospital ED"),
                               c.fr("Autobus 55, direction nord", "Bus 55 northbound"),
                               c.fr("Épicerie Marché Soleil, 45 avenue du Parc", "Marché Soleil grocery, 45 avenue du Parc")], 3)
        body = c.fr("AVIS DE SANTÉ PUBLIQUE - ROUGEOLE\n\nUn cas de rougeole a été confirmé dans la région. Les personnes présentes aux lieux suivants pourraient avoir été exposées :\n%s\n\nLes personnes non protégées doivent appeler Info-Santé 811. Les professionnels doivent déclarer tout cas suspect sans délai.",
                    "PUBLIC HEALTH NOTICE - MEASLES\n\nA measles case has been confirmed in the region. People who were at the following locations may have been exposed:\n%s\n\nUnprotected people should call 811. Clinicians must report any suspected case without delay.") % "\n".join(
            "- %s, %s" % (p, c.date(d - datetime.timedelta(days=i))) for i, p in enumerate(places))
        subj = c.fr("Avis de santé publique - rougeole", "Public health notice - measles")
    elif kind == 1:
        body = c.fr("Cliniques de vaccination mpox : les %s et %s, 10 h à 18 h, au CLSC de la Pointe. Sans rendez-vous pour les personnes admissibles selon les critères provinciaux. Merci de diffuser à vos patients.",
                    "Mpox vaccination clinics: %s and %s, 10 am to 6 pm, at CLSC de la Pointe. Walk-in for eligible people per provincial criteria. Please share with your patients.") % (
            c.date(c.future(3, 8)), c.date(c.future(9, 15)))
        subj = c.fr("Cliniques de vaccination mpox", "Mpox vaccination clinics")
    else:
        n = c.rng.randint(8, 25)
        body = c.fr("Hausse de cas de syphilis infectieuse dans la région : %d cas déclarés depuis janvier, dont %d chez des femmes en âge de procréer. Rappel : dépistage à chaque trimestre de grossesse et à l'accouchement.",
                    "Rise in infectious syphilis in the region: %d cases reported since January, %d in women of reproductive age. Reminder: screen each trimester and at delivery.") % (n * 4, n)
        subj = c.fr("Appel à la vigilance - syphilis", "Clinician alert - syphilis")
    text = "%s\n\n%s" % (body, c.sig(md))
    return "public_notice", Mail(c.lang, subj, c.sender(md), [(c.fr("Médecins de la région", "Regional physicians"), "medecins@" + G.DSP[3])],
                                 text=text, date=c.now, importance="High"), "public-health notice without patient identities"


# ------------------------------------------------------------------ drug shortage
def shortage(c):
    ph = c.staff(role_idx=6)
    drug = c.rng.choice([
        ("pénicilline G benzathine (Bicillin L-A)", "benzathine penicillin G (Bicillin L-A)",
         "doxycycline 100 mg BID x 14 jours pour la syphilis précoce hors grossesse", "doxycycline 100 mg BID x 14 days for early syphilis outside pregnancy"),
        ("Tubersol (tuberculine PPD)", "Tubersol (tuberculin PPD)", "utiliser l'IGRA pour le dépistage des contacts", "use IGRA for contact screening"),
        ("rifapentine", "rifapentine", "préférer 4 mois de rifampine", "use 4 months of rifampin instead"),
        ("vaccin Vivotif", "Vivotif vaccine", "offrir Typhim Vi injectable", "offer injectable Typhim Vi"),
        ("céfazoline 1 g", "cefazolin 1 g", "utiliser les fioles de 10 g en pharmacie centrale", "use 10 g vials via central pharmacy"),
    ])
    fr = c.lang == "fr"
    text = c.fr("%s\n\nRUPTURE D'APPROVISIONNEMENT : %s\nDurée prévue : %d semaines.\nAlternative recommandée : %s.\n\nLes ordonnances en cours seront honorées jusqu'à épuisement des stocks.\n\n%s",
                "%s\n\nDRUG SHORTAGE: %s\nExpected duration: %d weeks.\nRecommended alternative: %s.\n\nActive orders will be filled until stock runs out.\n\n%s") % (
        c.greet(), drug[0] if fr else drug[1], c.rng.randint(3, 16), drug[2] if fr else drug[3], c.sig(ph))
    return "shortage", Mail(c.lang, c.fr("Rupture : ", "Shortage: ") + (drug[0] if fr else drug[1]), c.sender(ph), _list(c), text=text, date=c.now), \
        "drug shortage notice"


# ------------------------------------------------------------------ supplier recall
def recall(c):
    sup = c.pick("MedisSupply Canada", "Labo-Diagnostix", "VacciDistrib inc.")
    prod = c.rng.choice([("tubes QuantiFERON-TB Gold Plus", "QuantiFERON-TB Gold Plus tubes"),
                         ("seringues 1 mL à aiguille fixe 25G", "1 mL syringes with fixed 25G needle"),
                         ("écouvillons de transport pour PCR", "PCR transport swabs"),
                         ("trousses de test rapide VIH", "rapid HIV test kits")])
    lots = [luhn_serial(c, c.rng.choice([9, 10])) for _ in range(c.rng.randint(2, 4))]
    fr = c.lang == "fr"
    text = c.fr("AVIS DE RAPPEL VOLONTAIRE\n\nProduit : %s\nLots visés : %s\nMotif : défaut d'étanchéité possible.\n\nVeuillez retirer les lots visés de vos inventaires et nous retourner le formulaire de confirmation. Aucun risque pour les patients n'a été identifié.\n\n%s - Service à la clientèle\n1-800-555-01%02d\n",
                "VOLUNTARY RECALL NOTICE\n\nProduct: %s\nAffected lots: %s\nReason: possible seal defect.\n\nPlease remove affected lots from inventory and return the confirmation form. No patient risk has been identified.\n\n%s - Customer Service\n1-800-555-01%02d\n") % (
        _pick(c, prod), ", ".join(lots), sup, c.rng.randint(0, 99))
    dom = G.slug(sup).replace(".", "").replace("&", "") + ".example"
    return "recall", Mail(c.lang, c.fr("Rappel : ", "Recall: ") + _pick(c, prod), (sup, "rappels@" + dom),
                          [(c.fr("Pharmacie / approvisionnement", "Pharmacy / procurement"), "approvisionnement@" + c.rng.choice(G.INSTITUTIONS)[3])],
                          text=text, date=c.now), "supplier recall with lot numbers"


# ------------------------------------------------------------------ invoice (PDF)
def invoice(c):
    sup = c.pick("VacciDistrib inc.", "Pharma-Grossiste Laurentien", "MedisSupply Canada")
    items = c.rng.sample([("Twinrix 1 mL", 78.50), ("Typhim Vi", 52.10), ("YF-Vax", 121.00), ("Ixiaro", 169.75),
                          ("Dukoral", 44.20), ("Imovax Rage", 198.30), ("Menveo", 96.40), ("Havrix 1440", 61.25)], 4)
    rows, total = [], 0.0
    for name, price in items:
        q = c.rng.randint(5, 40)
        lot = "%s%d" % (c.pick("U", "X", "M", "T"), c.rng.randint(10000, 99999))
        rows.append("%-18s lot %-8s %3d x %8.2f $ = %9.2f $" % (name, lot, q, price, q * price))
        total += q * price
    no = luhn_serial(c, 9)
    lines = [c.fr("FACTURE", "INVOICE"), "%s" % sup, c.fr("Facture no %s", "Invoice no. %s") % no,
             c.fr("Client : Clinique santé-voyage Horizon, compte 10-4471", "Customer: Horizon Travel Health Clinic, account 10-4471"),
             c.fr("Date : %s", "Date: %s") % c.now.date().isoformat(), ""] + rows + ["",
             c.fr("Sous-total : %.2f $   TPS/TVQ : exempté   Total : %.2f $", "Subtotal: %.2f $   GST/QST: exempt   Total: %.2f $") % (total, total),
             c.fr("Paiement net 30 jours", "Net 30 days")]
    pdf = D.make_pdf(lines, title=c.fr("Facture %s", "Invoice %s") % no, mono=True, compress=c.rng.random() < 0.5)
    text = c.fr("Bonjour,\n\nVeuillez trouver ci-jointe la facture %s.\n\nComptes recevables\n%s", "Hello,\n\nPlease find attached invoice %s.\n\nAccounts receivable\n%s") % (no, sup)
    dom = G.slug(sup).replace(".", "").replace("&", "") + ".example"
    return "invoice", Mail(c.lang, c.fr("Facture %s", "Invoice %s") % no, (sup, "comptes@" + dom),
                           [(c.fr("Comptes payables", "Accounts payable"), "comptespayables@" + G.INSTITUTIONS[4][3])], text=text, date=c.now,
                           attachments=[Att(c.fr("facture_%s.pdf", "invoice_%s.pdf") % no, "application/pdf", data=pdf)]), "vaccine supplier invoice"


# ------------------------------------------------------------------ purchase order (XLSX)
def purchase_order(c):
    buyer = c.staff(role_idx=7)
    items = c.rng.sample([("QuantiFERON-TB Gold Plus, trousse 100", 1450.0), ("Tubersol 5 mL", 38.9), ("Ceftriaxone 1 g (10)", 21.4),
                          ("Doxycycline 100 mg (100)", 12.8), ("Atovaquone-proguanil 250/100 (12)", 31.5),
                          ("Test rapide VIH INSTI (24)", 310.0), ("Écouvillons PCR (50)", 64.0)], 4)
    rows = [[G.gen_sin(c.rng), n, q, p, round(q * p, 2)] for (n, p), q in zip(items, [c.rng.randint(1, 20) for _ in items])]
    po = "PO-%d" % c.rng.randint(100000, 999999)
    x = D.make_xlsx([(po, [c.fr("Code produit", "Item code"), c.fr("Description", "Description"), c.fr("Qté", "Qty"),
                           c.fr("Prix unitaire", "Unit price"), "Total"], rows)], creator=buyer.full)
    text = c.fr("%s\n\nBon de commande %s en pièce jointe. Livraison au quai B avant le %s svp.\n\n%s",
                "%s\n\nPurchase order %s attached. Please deliver to dock B before %s.\n\n%s") % (c.greet(), po, c.date(c.future(5, 15)), c.sig(buyer))
    return "purchase_order", Mail(c.lang, c.fr("Bon de commande ", "Purchase order ") + po, c.sender(buyer),
                                  [("Commandes", "commandes@vaccidistrib.example")], text=text, date=c.now,
                                  attachments=[Att("%s.xlsx" % po, XLSX, data=x)]), "purchase order spreadsheet with item codes"


# ------------------------------------------------------------------ physician directory
def physician_directory(c):
    coord = c.staff(role_idx=7)
    docs = [c.staff(physician=True, inst=coord.inst) for _ in range(c.rng.randint(3, 5))]
    areas = c.rng.sample([("VIH et PrEP", "HIV and PrEP"), ("hépatites B et C", "hepatitis B and C"), ("tuberculose", "tuberculosis"),
                          ("médecine tropicale et fièvre au retour", "tropical medicine and fever in returning travellers"),
                          ("infections ostéo-articulaires", "bone and joint infections"), ("ITSS", "STBBI")], len(docs))
    lines = "\n".join("- %s : %s, %s" % (d.title_fr() if c.lang == "fr" else d.title_en(), _pick(c, a),
                                          c.pick(c.fr("lundi AM", "Monday AM"), c.fr("mercredi PM", "Wednesday PM"), c.fr("jeudi", "Thursday")))
                      for d, a in zip(docs, areas))
    text = c.fr("%s\n\nMise à jour des cliniques externes de MI — qui voit quoi :\n%s\n\nLes références se font par le formulaire unique (télécopieur 514-555-0190).\n\n%s",
                "%s\n\nID outpatient clinics update — who sees what:\n%s\n\nReferrals go through the standard form (fax 514-555-0190).\n\n%s") % (c.greet(), lines, c.sig(coord))
    return "physician_directory", Mail(c.lang, c.fr("Cliniques externes MI - mise à jour", "ID outpatient clinics - update"), c.sender(coord),
                                       [(c.fr("Médecins référents", "Referring physicians"), "medecins@" + G.CLINICS[0][1])], text=text, date=c.now), \
        "physicians named with the diseases they treat"


# ------------------------------------------------------------------ price list
def price_list(c):
    inst = G.INSTITUTIONS[4]
    adm = c.staff(role_idx=7, inst=inst)
    items = [("Consultation pré-voyage", "Pre-travel consultation", 95), ("Twinrix (par dose)", "Twinrix (per dose)", 89),
             ("Typhim Vi", "Typhim Vi", 65), ("Fièvre jaune + certificat", "Yellow fever + certificate", 165),
             ("Rage pré-exposition (par dose)", "Rabies pre-exposure (per dose)", 230), ("Dukoral", "Dukoral", 110)]
    lines = "\n".join("%-34s %5d $" % (_pick(c, (a, b)), p) for a, b, p in items)
    text = c.fr("%s\n\nNouvelle grille tarifaire de la clinique santé-voyage en vigueur le %s :\n\n%s\n\nLes vaccins du programme public demeurent gratuits pour les personnes admissibles.\n\n%s",
                "%s\n\nNew travel clinic price list effective %s:\n\n%s\n\nPublicly funded vaccines remain free for eligible people.\n\n%s") % (
        c.greet(), c.date(c.future(10, 30)), lines, c.sig(adm))
    return "price_list", Mail(c.lang, c.fr("Tarifs clinique voyage", "Travel clinic fees"), c.sender(adm), _list(c, inst), text=text, date=c.now,
                              body_mode="plain"), "travel clinic fee schedule"


# ------------------------------------------------------------------ lab notice
def lab_notice(c):
    mic = c.staff(role_idx=c.pick(1, 12))
    kind = c.rng.randint(0, 3)
    d = c.future(5, 20)
    body = [
        c.fr("À compter du %s, le laboratoire utilisera un nouveau test VIH de 4e génération (Ag/Ac). Les résultats réactifs seront confirmés au laboratoire provincial; délai 5 jours ouvrables.",
             "Starting %s, the lab will use a new 4th-generation HIV Ag/Ab assay. Reactive results will be confirmed by the provincial lab; turnaround 5 business days."),
        c.fr("Les tubes QuantiFERON doivent parvenir au laboratoire dans les 16 heures suivant le prélèvement. Aucun prélèvement IGRA le vendredi après 12 h à partir du %s.",
             "QuantiFERON tubes must reach the lab within 16 hours of collection. No IGRA draws on Fridays after noon starting %s."),
        c.fr("Nouvelle heure limite pour les hémocultures de la clinique externe : 15 h 30, dès le %s.",
             "New cut-off for outpatient blood cultures: 3:30 pm, starting %s."),
        c.fr("Le panel PCR gastro-intestinal (parasites inclus) remplacera la recherche de parasites dans les selles pour les voyageurs dès le %s.",
             "The GI PCR panel (including parasites) will replace stool O&P for travellers starting %s."),
    ][kind] % c.date(d)
    text = "%s\n\n%s\n\n%s" % (c.greet(), body, c.sig(mic))
    return "lab_notice", Mail(c.lang, c.fr("Avis du laboratoire de microbiologie", "Microbiology lab notice"), c.sender(mic), _list(c), text=text,
                              date=c.now), "laboratory procedure notice"


# ------------------------------------------------------------------ guideline update
def guideline(c):
    md = c.staff(role_idx=0)
    g = c.rng.choice([
        ("Syphilis précoce : pénicilline G benzathine 2,4 M UI IM x 1; en cas d'allergie et hors grossesse, doxycycline 100 mg BID x 14 jours. Suivi RPR à 3, 6 et 12 mois.",
         "Early syphilis: benzathine penicillin G 2.4 MU IM x 1; if allergic and not pregnant, doxycycline 100 mg BID x 14 days. RPR follow-up at 3, 6 and 12 months."),
        ("ITL : 4 mois de rifampine sont préférés à 9 mois d'isoniazide (meilleure complétion, moins d'hépatotoxicité).",
         "LTBI: 4 months of rifampin is preferred over 9 months of isoniazid (better completion, less hepatotoxicity)."),
        ("Prophylaxie antipaludique : l'atovaquone-proguanil reste le premier choix pour les séjours courts en Afrique subsaharienne.",
         "Malaria prophylaxis: atovaquone-proguanil remains first choice for short stays in sub-Saharan Africa."),
        ("PPE VIH : débuter idéalement dans les 2 heures et au plus tard 72 heures après l'exposition; bictégravir/emtricitabine/TAF x 28 jours.",
         "HIV PEP: start ideally within 2 hours and no later than 72 hours post-exposure; bictegravir/emtricitabine/TAF x 28 days."),
    ])
    text = c.fr("%s\n\nRésumé de la mise à jour des lignes directrices :\n\n%s\n\nDocument complet sur l'intranet (section MI).\n\n%s",
                "%s\n\nSummary of the guideline update:\n\n%s\n\nFull document on the intranet (ID section).\n\n%s") % (c.greet(), _pick(c, g), c.sig(md))
    return "guideline", Mail(c.lang, c.fr("Mise à jour - lignes directrices", "Guideline update"), c.sender(md), _list(c), text=text, date=c.now), \
        "treatment guideline summary"


BUILDERS = [
    (newsletter, 5), (conference, 5), (committee, 4), (stats, 5), (antibiogram, 3), (public_notice, 5),
    (shortage, 5), (recall, 4), (invoice, 5), (purchase_order, 4), (physician_directory, 4), (price_list, 3),
    (lab_notice, 4), (guideline, 4),
]

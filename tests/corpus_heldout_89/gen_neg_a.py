"""Negative (non-confidential) templates, part A: OR blocks, implants,
conferences, rotations, equipment, HR, statistics, newsletters, invoices,
blank forms, teaching cases and committees."""
import datetime

from gen_clinical import DX, dx_text, proc_text
from gen_files import make_csv, make_docx, make_pdf, make_xlsx
from gen_ids import DOMAIN, HOSP_EN, HOSP_FR, HOSP_SHORT, fmt_date, luhn_complete
from gen_mime import Attachment, Mail
from gen_pos_a import R, lh

WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def N(cat, mail, note):
    return R(cat, mail, [], note)


def surgeons(c):
    return [x for x in c.staff if x.dept == "ortho" and x.dr and "resident" not in x.role_en]


def serial(c, n=9, spaced=False):
    s = luhn_complete(c.rng, str(c.rng.randrange(1, 10)), n)
    if spaced and n == 9:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


# ---------------------------------------------------------------- N1
def n_or_blocks(c):
    r, L = c.rng, c.L
    coord = [x for x in c.staff if x.role_en == "OR coordinator"][0]
    sg = surgeons(c) + [x for x in c.staff if x.dept == "sport" and x.dr]
    days = WEEKDAYS_FR if c.lang == "fr" else WEEKDAYS_EN
    rows = [L(["Jour", "Salle B3", "Salle B4", "Salle B7 (ambulatoire)"], ["Day", "Room B3", "Room B4", "Room B7 (day surgery)"])]
    for d in days:
        rows.append([d] + [r.choice(sg).full + L(" (arthro)", " (arthroplasty)") if r.random() < 0.3 else r.choice(sg).full for _ in range(3)])
    period = L(f"période {r.randrange(3, 13)}", f"period {r.randrange(3, 13)}")
    intro = L(f"Voici la répartition des blocs opératoires pour la {period}. Rappel : les blocs non confirmés 72 h d'avance seront libérés pour la traumatologie. "
              f"La salle B7 sera fermée le {fmt_date(c.day(12), 'fr', 1)} (entretien du système de ventilation).",
              f"Here is the OR block allocation for {period}. Reminder: blocks not confirmed 72 h ahead are released to trauma. "
              f"Room B7 will be closed on {fmt_date(c.day(12), 'en', 1)} (HVAC maintenance).")
    atts = []
    if r.random() < 0.5:
        atts.append(Attachment(L("blocs_operatoires_", "OR_blocks_") + period.replace(" ", "_").replace("é", "e") + ".xlsx",
                               make_xlsx([("Blocs", rows)]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        body = f"{c.greet()}\n\n{intro}\n\n" + L("Le tableau est en pièce jointe.", "The table is attached.") + f"\n\n{c.sig(coord)}"
    else:
        body = f"{c.greet()}\n\n{intro}\n\n" + "\n".join(" | ".join(x) for x in rows) + f"\n\n{c.sig(coord)}"
    m = Mail(c.lang, L(f"Horaire des blocs opératoires – {period}", f"OR block schedule – {period}"), c.addr(coord),
             [(L("Chirurgiens orthopédistes", "Orthopaedic surgeons"), f"ortho-chirurgiens@{DOMAIN}")], body, attachments=atts, when=c.when)
    return N("or_block_schedule", m, "OR block allocation by surgeon and room")


# ---------------------------------------------------------------- N2
def n_consignment(c):
    r, L = c.rng, c.L
    rep_name = r.choice(["Marc-André Vigneault", "Jenna Kowalski-Reyes", "Sébastien Lortie", "Aisha Bello"])
    rep = (rep_name, rep_name.split()[0].lower().replace("é", "e") + "@orthonova.example")
    mgr = [x for x in c.staff if x.dept == "supply"][0]
    items = [("Tige fémorale non cimentée, taille 4", "Uncemented femoral stem, size 4"),
             ("Cupule acétabulaire 52 mm", "Acetabular cup 52 mm"),
             ("Insert polyéthylène XL 32/52", "XL polyethylene liner 32/52"),
             ("Tête céramique 32 mm +0", "Ceramic head 32 mm +0"),
             ("Composant fémoral PTG taille 5 droit", "TKA femoral component size 5 right"),
             ("Plateau tibial taille 4", "Tibial baseplate size 4"),
             ("Ancre de suture 4,5 mm", "Suture anchor 4.5 mm"),
             ("Vis interférentielle 8 x 25 mm", "Interference screw 8 x 25 mm")]
    rows = [L(["Article", "Réf.", "Lot", "No série", "Péremption", "Qté"], ["Item", "Ref.", "Lot", "Serial", "Expiry", "Qty"])]
    for it in r.sample(items, r.randrange(5, 8)):
        rows.append([it[0] if c.lang == "fr" else it[1], f"ON-{r.randrange(1000, 9999)}-{r.randrange(10, 99)}",
                     f"L{r.randrange(10**6, 10**7)}", serial(c, r.choice([9, 10])),
                     fmt_date(datetime.date(2027 + r.randrange(3), r.randrange(1, 13), 1), c.lang, 0), r.randrange(1, 6)])
    use_csv = r.random() < 0.5
    fn = L("inventaire_consignation_CHRHR", "consignment_inventory_CHRHR") + (".csv" if use_csv else ".xlsx")
    data = make_csv(rows, sep=";") if use_csv else make_xlsx([("Consignation", rows)])
    att = Attachment(fn, data, "text/csv" if use_csv else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     charset="utf-8" if use_csv else None)
    body = (f"{c.greet(mgr)}\n\n" +
            L("Voici le rapprochement de l'inventaire en consignation après le décompte de mardi. Trois items arrivent à péremption "
              "d'ici 18 mois : je propose un échange lors de ma prochaine visite. Les implants utilisés la semaine dernière ont été "
              "facturés sous le BC 4500-2291.",
              "Here is the consignment reconciliation after Tuesday's count. Three items expire within 18 months; I suggest swapping "
              "them on my next visit. Implants used last week were invoiced under PO 4500-2291.") +
            f"\n\n{c.close()}\n{rep_name}\n" + L("Représentante territoriale, OrthoNova Implants Canada", "Territory manager, OrthoNova Implants Canada") +
            f"\n(450) 555-01{r.randrange(10, 99)}")
    m = Mail(c.lang, L("Inventaire consignation – rapprochement", "Consignment inventory – reconciliation"), rep, [c.addr(mgr)], body,
             attachments=[att], when=c.when)
    return N("implant_consignment", m, "vendor consignment inventory with lots and serial numbers")


# ---------------------------------------------------------------- N3
def n_recall(c):
    r, L = c.rng, c.L
    mgr = [x for x in c.staff if x.dept == "supply"][0]
    lots = [f"{r.choice('ABKM')}{r.randrange(10**5, 10**6)}" for _ in range(r.randrange(3, 7))]
    prod = r.choice([L("vis corticale 3,5 mm auto-taraudante", "3.5 mm self-tapping cortical screw"),
                     L("clou céphalomédullaire 10 x 360 mm", "cephalomedullary nail 10 x 360 mm"),
                     L("ancre de suture tout-suture 1,8 mm", "1.8 mm all-suture anchor")])
    lines = L(["## Avis de sécurité terrain – Rappel volontaire", f"Produit : {prod}", "Lots touchés : " + ", ".join(lots),
               "Problème : défaut d'emballage stérile possible (scellé incomplet).",
               "Aucun incident chez un patient n'a été rapporté à ce jour.",
               "Action : mettre en quarantaine les unités et retourner le formulaire de réponse sous 10 jours."],
              ["## Field safety notice – Voluntary recall", f"Product: {prod}", "Affected lots: " + ", ".join(lots),
               "Issue: possible sterile-barrier breach (incomplete seal).",
               "No patient incidents have been reported to date.",
               "Action: quarantine affected units and return the response form within 10 days."])
    pdf = make_pdf(L("Avis de rappel", "Recall notice"), lines, letterhead=["OrthoNova Implants Canada", "Qualité et affaires réglementaires"])
    body = (f"{c.greet()}\n\n" + L(f"Transfert de l'avis reçu ce matin. Nous avons vérifié : {r.randrange(0, 6)} unités en stock au bloc, déjà retirées. "
                                   "Merci aux chefs d'équipe de vérifier les chariots de trauma.",
                                   f"Forwarding the notice received this morning. We checked: {r.randrange(0, 6)} units in OR stock, already pulled. "
                                   "Team leads, please check the trauma carts.") + f"\n\n{c.sig(mgr)}")
    m = Mail(c.lang, L(f"Rappel fournisseur – {prod}", f"Supplier recall – {prod}"), c.addr(mgr),
             [(L("Bloc opératoire – chefs d'équipe", "OR team leads"), f"bloc-chefs@{DOMAIN}")], body,
             attachments=[Attachment(L("avis_rappel.pdf", "recall_notice.pdf"), pdf, "application/pdf")], when=c.when)
    return N("implant_recall", m, "supplier recall with lot numbers, no patients")


# ---------------------------------------------------------------- N4
def n_conference(c):
    r, L = c.rng, c.L
    st = [x for x in c.staff if x.dr]
    talks = [("Commotions cérébrales chez l'athlète adolescent : quoi de neuf ?", "Concussion in the adolescent athlete: what's new?"),
             ("Reconstruction du LCA : greffe et retour au sport", "ACL reconstruction: graft choice and return to sport"),
             ("Fractures de stress chez la coureuse", "Stress fractures in female runners"),
             ("Infiltrations échoguidées : atelier pratique", "Ultrasound-guided injections: hands-on workshop"),
             ("Ostéoporose après fracture de fragilité : combler l'écart", "Closing the osteoporosis care gap after fragility fracture"),
             ("Tendinopathie rotulienne chez le sauteur", "Patellar tendinopathy in jumping athletes"),
             ("Prothèses du membre inférieur et sport adapté", "Lower-limb prostheses and para-sport")]
    prog = []
    t = datetime.datetime(2025, 5, 15, 8, 30)
    for tk in r.sample(talks, 5):
        sp = r.choice(st)
        prog.append(f"{t.strftime('%H:%M')} | {tk[0] if c.lang == 'fr' else tk[1]} | {sp.name(c.lang)}")
        t += datetime.timedelta(minutes=45)
    conf = c.ext("conf", "inscription")
    intro = L("Le programme préliminaire du Congrès québécois de médecine du sport (15-16 mai, Val-des-Pins) est maintenant disponible. "
              "Inscription hâtive jusqu'au 31 mars. Des crédits de DPC de section 1 sont demandés.",
              "The preliminary programme of the Québec Sports Medicine Conference (May 15-16, Val-des-Pins) is now available. "
              "Early-bird registration until March 31. Section 1 CPD credits pending.")
    atts = []
    if r.random() < 0.5:
        atts.append(Attachment(L("programme_preliminaire.pdf", "preliminary_programme.pdf"),
                               make_pdf(L("Programme – Jour 1", "Programme – Day 1"), prog, letterhead=["CQMS 2025", "Val-des-Pins"]), "application/pdf"))
        body = f"{c.greet()}\n\n{intro}\n\n" + L("Programme en pièce jointe.", "Programme attached.") + "\n\n" + L("Le comité organisateur", "The organizing committee")
    else:
        body = f"{c.greet()}\n\n{intro}\n\n" + "\n".join(prog) + "\n\n" + L("Le comité organisateur", "The organizing committee")
    m = Mail(c.lang, L("CQMS 2025 – programme préliminaire", "CQMS 2025 – preliminary programme"), conf,
             [(L("Membres", "Members"), f"membres@cqms2025.example")], body, attachments=atts, when=c.when)
    return N("conference_programme", m, "sports medicine conference programme, speakers and topics")


# ---------------------------------------------------------------- N5
def n_rotation(c):
    r, L = c.rng, c.L
    edu = [x for x in c.staff if x.dept == "teaching"][0]
    names = ["Audrey-Anne Pichette", "Kwame Asante", "Léonie Bastarache", "Daniel Kerr", "Mira Haddad-Souza", "Philippe Auclair",
             "Sanjay Rao", "Émilie Gauvreau"]
    rots = L(["Trauma", "Arthroplastie", "Médecine du sport", "Pédiatrie (CHU)", "Rachis", "Clinique de fractures", "Recherche"],
             ["Trauma", "Arthroplasty", "Sports medicine", "Paediatrics (UH)", "Spine", "Fracture clinic", "Research"])
    rows = [L(["Résident", "Niveau", "Bloc 7", "Bloc 8", "Bloc 9"], ["Resident", "Level", "Block 7", "Block 8", "Block 9"])]
    for n in r.sample(names, 6):
        rows.append([n, f"R{r.randrange(1, 6)}"] + r.sample(rots, 3))
    atts, body_tbl = [], ""
    if r.random() < 0.6:
        atts.append(Attachment(L("rotations_residents_blocs7-9.xlsx", "resident_rotations_blocks7-9.xlsx"),
                               make_xlsx([("Rotations", rows)]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    else:
        body_tbl = "\n\n" + "\n".join(" | ".join(x) for x in rows)
    body = (f"{c.greet()}\n\n" + L("Voici les rotations des résidents pour les blocs 7 à 9. Les demandes d'échange doivent passer par moi avant le 1er du mois. "
                                   "Rappel : la demi-journée académique du jeudi est protégée.",
                                   "Here are resident rotations for blocks 7 to 9. Swap requests must go through me before the 1st. "
                                   "Reminder: Thursday academic half-day is protected.") + body_tbl + f"\n\n{c.sig(edu)}")
    m = Mail(c.lang, L("Rotations des résidents – blocs 7 à 9", "Resident rotations – blocks 7-9"), c.addr(edu),
             [(L("Résidents orthopédie", "Ortho residents"), f"residents-ortho@{DOMAIN}")], body, attachments=atts, when=c.when)
    return N("residents_rotation", m, "resident rotation schedule")


# ---------------------------------------------------------------- N6
def n_equipment(c):
    r, L = c.rng, c.L
    tech = c.s("imaging") if r.random() < 0.5 else c.s("it")
    kind = r.randrange(3)
    asset = serial(c, 9, spaced=r.random() < 0.5)
    if kind == 0:
        subj = L("Arceau (C-arm) salle B4 hors service", "C-arm in room B4 out of service")
        txt = L(f"L'amplificateur de brillance de la salle B4 (no d'actif {asset}) est hors service depuis ce matin : erreur du générateur. "
                "Le technicien du fabricant vient jeudi. D'ici là, utilisez l'arceau mobile du bloc 7 — prévoir 10 min de plus pour les cas de hanche.",
                f"The C-arm in room B4 (asset no. {asset}) has been down since this morning: generator error. "
                "The vendor's engineer is coming Thursday. Until then use the mobile unit from room 7 — allow 10 extra minutes for hip cases.")
    elif kind == 1:
        subj = L("Nouvelle scie à plâtre – formation", "New cast saw – training")
        txt = L(f"Les deux nouvelles scies oscillantes (séries {asset} et {serial(c, 9)}) sont arrivées à la clinique de fractures. "
                "Formation de 15 minutes mardi et mercredi à 12 h 30 au local B-110. Les anciennes lames ne sont pas compatibles.",
                f"The two new oscillating cast saws (serials {asset} and {serial(c, 9)}) have arrived at the fracture clinic. "
                "15-minute training Tuesday and Wednesday at 12:30 in room B-110. Old blades are not compatible.")
    else:
        subj = L("Tour d'arthroscopie – réservation", "Arthroscopy tower – booking")
        txt = L(f"La deuxième tour d'arthroscopie (actif {asset}) est maintenant disponible pour le bloc ambulatoire. "
                "Merci de la réserver dans le calendrier partagé ; elle doit revenir au retraitement avant 16 h.",
                f"The second arthroscopy tower (asset {asset}) is now available for day surgery. "
                "Please book it in the shared calendar; it must be back in reprocessing by 4 pm.")
    body = f"{c.greet()}\n\n{txt}\n\n{c.close()}\n{c.sig(tech)}"
    m = Mail(c.lang, subj, c.addr(tech), [(L("Équipe orthopédie", "Orthopaedics team"), f"ortho@{DOMAIN}")], body, when=c.when)
    return N("equipment_notice", m, "equipment notice with asset/serial numbers")


# ---------------------------------------------------------------- N7
def n_hr_leave(c):
    r, L = c.rng, c.L
    hr = [x for x in c.staff if x.dept == "hr"][0]
    emp = c.s(r.choice(["fracture", "physio", "or"]))
    d1 = c.day(r.randrange(20, 60))
    d2 = d1 + datetime.timedelta(days=r.choice([7, 14, 21]))
    body = (f"{c.greet(emp)}\n\n" +
            L(f"Votre demande de vacances du {fmt_date(d1, 'fr', 1)} au {fmt_date(d2, 'fr', 1)} est approuvée. "
              f"Votre solde après cette période sera de {r.randrange(2, 15)} jours. Le remplacement à la clinique sera assuré par l'équipe volante.",
              f"Your vacation request from {fmt_date(d1, 'en', 1)} to {fmt_date(d2, 'en', 1)} is approved. "
              f"Your remaining balance will be {r.randrange(2, 15)} days. Clinic coverage will be provided by the float team.") +
            f"\n\n{c.close()}\n{c.sig(hr)}")
    m = Mail(c.lang, L("Approbation – demande de vacances", "Approved – vacation request"), c.addr(hr), [c.addr(emp)], body, when=c.when)
    return N("hr_leave", m, "HR vacation approval for an employee")


# ---------------------------------------------------------------- N8
def n_staff_health(c):
    r, L = c.rng, c.L
    mgr = [x for x in c.staff if x.role_en == "OR coordinator"][0]
    emp = c.s(r.choice(["fracture", "or", "physio"]), exclude=(mgr,))
    body = (f"{c.greet()}\n\n" +
            L(f"Pour info, {emp.given} {emp.surname} revient lundi en retour progressif (4 jours/semaine pendant 3 semaines) selon "
              "la recommandation du bureau de santé et sécurité du travail. Pas de port de charge de plus de 10 kg ; merci d'en tenir compte "
              "dans l'attribution des salles.",
              f"FYI, {emp.given} {emp.surname} returns Monday on a graduated return (4 days/week for 3 weeks) per Employee Health's "
              "recommendation. No lifting over 10 kg; please keep that in mind for room assignments.") +
            f"\n\n{c.sig(mgr)}")
    m = Mail(c.lang, L("Retour progressif – horaire", "Graduated return – schedule"), c.addr(mgr),
             [(L("Assistantes-infirmières chefs", "Charge nurses"), f"aic-bloc@{DOMAIN}")], body, when=c.when)
    return N("staff_return_to_work", m, "employee's graduated return to work (staff occupational health)")


# ---------------------------------------------------------------- N9
def n_stats(c):
    r, L = c.rng, c.L
    chief = [x for x in c.staff if x.role_en == "chief of orthopaedics"][0]
    n = r.randrange(28, 55)
    pct = r.randrange(61, 93)
    rows = [L(["Indicateur", "T3", "T4", "Cible"], ["Indicator", "Q3", "Q4", "Target"]),
            [L("Fractures de hanche opérées < 48 h (%)", "Hip fractures operated < 48 h (%)"), str(pct - r.randrange(1, 9)), str(pct), "90"],
            [L("Durée moyenne de séjour PTH (jours)", "Mean LOS, THA (days)"), "2,4" if c.lang == "fr" else "2.4", "2,1" if c.lang == "fr" else "2.1", "2"],
            [L("Infections du site opératoire (n)", "Surgical site infections (n)"), str(r.randrange(1, 5)), str(r.randrange(0, 4)), "0"],
            [L("Visites clinique de plâtre", "Cast clinic visits"), str(r.randrange(900, 1300)), str(r.randrange(900, 1300)), "–"],
            [L("Délai médian 1re physio post-LCA (jours)", "Median days to first physio after ACL"), str(r.randrange(7, 20)), str(r.randrange(5, 15)), "7"]]
    body = (f"{c.greet()}\n\n" +
            L(f"Tableau de bord trimestriel du service. Au T4, {n} fractures de hanche ont été opérées ; {pct} % dans les 48 h (cible 90 %). "
              "Les retards sont surtout liés à l'anticoagulation et à la disponibilité des salles le week-end.",
              f"Quarterly department dashboard. In Q4, {n} hip fractures were operated; {pct}% within 48 h (target 90%). "
              "Delays are mostly due to anticoagulation and weekend room availability.") +
            "\n\n" + "\n".join(" | ".join(x) for x in rows) + f"\n\n{c.sig(chief)}")
    m = Mail(c.lang, L("Indicateurs T4 – orthopédie", "Q4 orthopaedic indicators"), c.addr(chief),
             [(L("Service d'orthopédie", "Orthopaedics department"), f"ortho@{DOMAIN}")], body, when=c.when)
    return N("aggregate_statistics", m, "aggregate quarterly indicators")


# ---------------------------------------------------------------- N10
def n_newsletter(c):
    r, L = c.rng, c.L
    sender = (L("Communications CHRHR", "CHRHR Communications"), f"communications@{DOMAIN}")
    topic = r.randrange(3)
    if topic == 0:
        t = L("Novembre, mois de la sensibilisation à l'ostéoporose : une femme sur trois et un homme sur cinq subiront une fracture "
              "ostéoporotique. Notre service de liaison fracture (FLS) a évalué 412 patients l'an dernier. Kiosque au hall principal le 14 novembre.",
              "November is Osteoporosis Awareness Month: one in three women and one in five men will have an osteoporotic fracture. "
              "Our Fracture Liaison Service assessed 412 patients last year. Information booth in the main lobby on November 14.")
    elif topic == 1:
        t = L("Commotions cérébrales dans le sport jeunesse : la clinique de médecine du sport lance une capsule vidéo pour les entraîneurs "
              "bénévoles. Rappel des signes d'alerte : maux de tête qui s'aggravent, vomissements répétés, confusion.",
              "Concussion in youth sport: the sports medicine clinic is launching a short video for volunteer coaches. "
              "Red flags: worsening headache, repeated vomiting, confusion.")
    else:
        t = L("Prévention des chutes : le programme PIED reprend en septembre dans trois municipalités. Les fractures de hanche "
              "coûtent en moyenne 40 000 $ par épisode de soins au réseau.",
              "Falls prevention: the PIED exercise program resumes in September in three towns. A hip fracture costs the network "
              "about $40,000 per episode of care.")
    st = c.s(r.choice(["sport", "physiatry", "ortho"]))
    body = (L("Infolettre – Santé musculosquelettique", "Newsletter – Musculoskeletal Health") + "\n\n" + t + "\n\n" +
            L(f"À lire aussi : entrevue avec {st.name('fr')}, {st.role_fr}, sur la réadaptation après une prothèse totale du genou.",
              f"Also inside: interview with {st.name('en')}, {st.role_en}, on rehab after total knee replacement.") +
            "\n\n" + L("Pour vous désabonner, répondez « STOP ».", "To unsubscribe, reply STOP."))
    m = Mail(c.lang, L("Infolettre MSK – édition du mois", "MSK newsletter – monthly edition"), sender,
             [(L("Tout le personnel", "All staff"), f"tous@{DOMAIN}")], body, when=c.when, prefer={"structure": r.choice(["html", "alt"])})
    return N("newsletter", m, "health newsletter about a disease topic")


# ---------------------------------------------------------------- N11
def n_invoice(c):
    r, L = c.rng, c.L
    mgr = [x for x in c.staff if x.dept == "supply"][0]
    vendor = r.choice([("Orthèses-Prothèses Laurentides", "facturation@oplaurentides.example"),
                       ("Fournitures Plâtre & Fibre inc.", "ar@platrefibre.example"),
                       ("MedSupply Arthro", "billing@medsupply-arthro.example")])
    inv = f"F-{r.randrange(2025000, 2025999)}"
    lines = [L("Description | Qté | Prix unitaire | Total", "Description | Qty | Unit price | Total")]
    tot = 0
    for d in r.sample([("Bande de fibre de verre 10 cm", "Fibreglass tape 10 cm", 6.5), ("Jersey tubulaire 7,5 cm (rouleau)", "Stockinette 7.5 cm (roll)", 18.0),
                       ("Attelle de poignet universelle", "Universal wrist splint", 24.9), ("Botte de marche courte", "Short walking boot", 89.0),
                       ("Ouate synthétique 10 cm", "Synthetic padding 10 cm", 2.1), ("Lame de scie à plâtre", "Cast saw blade", 42.0)], 4):
        q = r.randrange(2, 60)
        tot += q * d[2]
        lines.append(f"{d[0] if c.lang == 'fr' else d[1]} | {q} | {d[2]:.2f} $ | {q * d[2]:.2f} $")
    lines += ["", L(f"Sous-total : {tot:.2f} $", f"Subtotal: ${tot:.2f}"), L(f"BC : 4500-{r.randrange(1000, 9999)}", f"PO: 4500-{r.randrange(1000, 9999)}"),
              L("Conditions : net 30 jours", "Terms: net 30 days")]
    pdf = make_pdf(L(f"Facture {inv}", f"Invoice {inv}"), lines, letterhead=[vendor[0], "TPS 12345 6789 RT0001 – TVQ 1234567890 TQ0001"])
    body = f"{c.greet()}\n\n" + L(f"Veuillez trouver ci-jointe la facture {inv}.", f"Please find attached invoice {inv}.") + f"\n\n{c.close()}\n{vendor[0]}"
    m = Mail(c.lang, L(f"Facture {inv}", f"Invoice {inv}"), vendor, [c.addr(mgr)], body,
             attachments=[Attachment(f"{inv}.pdf", pdf, "application/pdf")], when=c.when)
    return N("supplier_invoice", m, "supplier invoice with PO and tax numbers")


# ---------------------------------------------------------------- N12
def n_blank_form(c):
    r, L = c.rng, c.L
    sec = c.s(r.choice(["physio", "sport", "fracture"]))
    kind = r.randrange(3)
    if kind == 0:
        title = L("Requête en physiothérapie", "Physiotherapy referral form")
        fields = L(["Nom du patient : ______________________", "Date de naissance (AAAA-MM-JJ) : ____________",
                    "NAM : ____ ____ ____", "Diagnostic : __________________________", "Chirurgie et date : ________________",
                    "Mise en charge :  [ ] complète  [ ] partielle  [ ] aucune", "Signature du médecin : ______________"],
                   ["Patient name: ______________________", "Date of birth (YYYY-MM-DD): ____________",
                    "RAMQ no.: ____ ____ ____", "Diagnosis: __________________________", "Surgery and date: ________________",
                    "Weight bearing:  [ ] full  [ ] partial  [ ] none", "Physician signature: ______________"])
    elif kind == 1:
        title = L("Formulaire de retour au jeu (vierge)", "Return-to-play form (blank)")
        fields = L(["Athlète : __________________  Équipe : ____________", "Blessure : ______________________",
                    "Étape du protocole : 1  2  3  4  5  6", "Autorisé :  [ ] oui  [ ] non", "Médecin : ________________"],
                   ["Athlete: __________________  Team: ____________", "Injury: ______________________",
                    "Protocol stage: 1  2  3  4  5  6", "Cleared:  [ ] yes  [ ] no", "Physician: ________________"])
    else:
        title = L("Requête – ostéodensitométrie", "Requisition – bone densitometry")
        fields = L(["Nom : __________  Prénom : __________", "Sexe : [ ] F  [ ] M   DDN : ___________",
                    "Indication : [ ] fracture de fragilité  [ ] corticothérapie  [ ] suivi", "Médecin référent : ___________"],
                   ["Surname: __________  Given name: __________", "Sex: [ ] F  [ ] M   DOB: ___________",
                    "Indication: [ ] fragility fracture  [ ] steroid use  [ ] follow-up", "Referring physician: ___________"])
    use_docx = r.random() < 0.5
    if use_docx:
        data = make_docx(title, fields)
        att = Attachment(title.replace(" ", "_").replace("(", "").replace(")", "") + ".docx", data,
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    else:
        att = Attachment(title.replace(" ", "_").replace("(", "").replace(")", "") + ".pdf", make_pdf(title, fields, letterhead=lh(c)), "application/pdf")
    body = f"{c.greet()}\n\n" + L("Voici la version à jour du formulaire, à utiliser à partir du 1er avril. Les anciennes versions seront refusées.",
                                  "Here is the updated form, to be used from April 1. Older versions will be refused.") + f"\n\n{c.sig(sec)}"
    m = Mail(c.lang, L(f"Nouveau formulaire : {title}", f"New form: {title}"), c.addr(sec),
             [(L("Équipe clinique", "Clinical team"), f"clinique-msk@{DOMAIN}")], body, attachments=[att], when=c.when)
    return N("blank_form", m, "blank form template with empty patient fields")


# ---------------------------------------------------------------- N13
def n_teaching(c):
    r, L = c.rng, c.L
    res = [x for x in c.staff if "resident" in x.role_en][r.randrange(2)]
    age = r.randrange(19, 88)
    key = r.choice(["hipfx", "acl", "ankle", "stressfx", "cuff", "plateau"])
    sex = r.choice([L("Homme", "Man"), L("Femme", "Woman")])
    body = (f"{c.greet()}\n\n" +
            L(f"Cas pour le club de lecture de jeudi (anonymisé) :\n\n{sex} de {age} ans, {dx_text(key, 'fr')} après une chute. "
              f"Antécédents : diabète de type 2, HTA. Hb 112 g/L à l'arrivée. Traité par {proc_text(key, 'fr')}.\n\n"
              "Questions : 1) délai optimal avant la chirurgie ? 2) gestion de l'anticoagulation ? 3) prévention secondaire ?\n\n"
              "Article : revue systématique 2024 sur le délai chirurgical (lien dans le Teams).",
              f"Case for Thursday's journal club (anonymised):\n\n{sex}, {age}, {dx_text(key, 'en')} after a fall. "
              f"History: type 2 diabetes, hypertension. Hb 112 g/L on arrival. Treated with {proc_text(key, 'en')}.\n\n"
              "Questions: 1) optimal time to surgery? 2) anticoagulation management? 3) secondary prevention?\n\n"
              "Paper: 2024 systematic review on surgical delay (link in Teams).") + f"\n\n{c.sig(res)}")
    m = Mail(c.lang, L("Club de lecture – cas anonymisé", "Journal club – anonymised case"), c.addr(res),
             [(L("Résidents orthopédie", "Ortho residents"), f"residents-ortho@{DOMAIN}")], body, when=c.when)
    return N("teaching_case", m, "anonymised teaching case with age/sex and diagnosis only")


# ---------------------------------------------------------------- N14
def n_committee(c):
    r, L = c.rng, c.L
    chief = [x for x in c.staff if x.role_en == "chief of orthopaedics"][0]
    d = fmt_date(c.day(r.randrange(5, 20)), c.lang, 1)
    which = r.choice([L("comité de morbidité-mortalité", "morbidity & mortality committee"),
                      L("comité du bloc opératoire", "OR committee"), L("comité de pharmacologie (antibioprophylaxie)", "P&T committee (antibiotic prophylaxis)")])
    body = (f"{c.greet()}\n\n" +
            L(f"Le {which} se réunira le {d} à 7 h, salle Laurentide (visio disponible).\n\nOrdre du jour :\n1. Adoption du procès-verbal\n"
              "2. Taux d'infection post-PTG – revue des données agrégées\n3. Protocole de céfazoline 3 g si poids > 120 kg\n"
              "4. Varia\n\nLes cas seront présentés de façon anonymisée; merci de ne pas inscrire de noms dans les diapositives.",
              f"The {which} will meet on {d} at 7:00, Laurentide room (video link available).\n\nAgenda:\n1. Approval of minutes\n"
              "2. Post-TKA infection rate – aggregate data review\n3. Cefazolin 3 g protocol for weight > 120 kg\n"
              "4. Other business\n\nCases will be presented anonymised; please don't put names on slides.") + f"\n\n{c.sig(chief)}")
    m = Mail(c.lang, L(f"Convocation – {which}", f"Notice – {which}"), c.addr(chief),
             [(L("Membres du comité", "Committee members"), f"comite-ortho@{DOMAIN}")], body, when=c.when)
    return N("committee_notice", m, "committee meeting notice and agenda")

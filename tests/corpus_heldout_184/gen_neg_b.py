"""Negative templates, part B: invoices, purchase orders, inventory, IT, facilities, statistics, teaching, forms, templates."""
import datetime as dt

from stdnum import luhn

import gen_data as D
import gen_ids as I
import gen_text as T
import gen_attach as A
from gen_build import L, attach, finish

PRODUCTS = [
    ("Trousse de prélèvement DPNI (tubes Streck, 2 x 10 mL)", "NIPT collection kit (Streck tubes, 2 x 10 mL)", 38.50),
    ("Réactif de séquençage NGS — cartouche 300 cycles", "NGS sequencing reagent - 300-cycle cartridge", 2140.00),
    ("Milieu de culture amniocytes, 100 mL", "Amniocyte culture medium, 100 mL", 212.75),
    ("Lames de cytogénétique (boîte de 72)", "Cytogenetics slides (box of 72)", 64.20),
    ("Sonde FISH 22q11.2 / ARSA", "FISH probe 22q11.2 / ARSA", 689.00),
    ("Cartes de dépistage néonatal (buvard, 100)", "Newborn screening cards (filter paper, 100)", 175.00),
    ("Pointes filtrées 200 µL (rack de 96)", "Filter tips 200 uL (rack of 96)", 11.90),
    ("Azote liquide — remplissage Dewar 180 L", "Liquid nitrogen - Dewar fill 180 L", 310.00),
]


def serial9(ctx):
    body = str(ctx.rng.randrange(10000000, 99999999))
    return body + luhn.calc_check_digit(body)


def asset10(ctx):
    body = str(ctx.rng.randrange(100000000, 999999999))
    return body + luhn.calc_check_digit(body)


def lot(ctx):
    return ctx.pick([f"{ctx.rng.randrange(10, 99)}{ctx.pick('ABCDEFGHJK')}{ctx.rng.randrange(1000, 9999)}",
                     f"LOT-{ctx.rng.randrange(2024, 2026)}-{ctx.rng.randrange(10000, 99999)}",
                     serial9(ctx)])


def n_invoice(ctx, lang):
    vend = ctx.pick([("BioGenix Supply", D.EXT_DOMAINS["vendor"]), ("NordLab Instruments", D.EXT_DOMAINS["vendor2"])])
    ap = T.staff(ctx, "laboratory coordinator", "administrative manager")
    inv = f"F{ctx.rng.randrange(100000, 999999)}"
    po = f"BC-{ctx.rng.randrange(40000, 49999)}"
    d = ctx.when()
    items = ctx.rng.sample(PRODUCTS, ctx.rng.randrange(2, 5))
    lines = [L(lang, ["Article", "Lot / série", "Qté", "Prix unit.", "Total"], ["Item", "Lot / serial", "Qty", "Unit price", "Total"])]
    tot = 0.0
    for fr, en, pu in items:
        q = ctx.rng.randrange(1, 20)
        tot += q * pu
        lines.append([L(lang, fr, en), lot(ctx), q, f"{pu:.2f}", f"{q * pu:.2f}"])
    tps, tvq = tot * 0.05, tot * 0.09975
    info = L(lang, [f"Facture no : {inv}", f"Bon de commande : {po}", f"Date : {d.date().isoformat()}",
                    f"Client no : {ctx.rng.randrange(1000000, 9999999)}",
                    f"Facturer à : {D.ORG_FR}, Comptes fournisseurs, C.P. 2150, Trois-Rivières (Québec) G9A 0C4",
                    f"Livrer à : Laboratoire de cytogénétique, {D.SITE_ADDR_FR}",
                    f"No de série de l'appareil (incubateur CO2) : {serial9(ctx)}",
                    f"TPS : {tps:.2f} $ (no 812345678 RT0001) — TVQ : {tvq:.2f} $", f"Total : {tot + tps + tvq:.2f} $",
                    "Modalités : net 30 jours. Téléphone : 1 800 555-0143"],
                [f"Invoice no.: {inv}", f"PO: {po}", f"Date: {d.date().isoformat()}",
                 f"Customer no.: {ctx.rng.randrange(1000000, 9999999)}",
                 f"Bill to: {D.ORG_EN}, Accounts Payable, PO Box 2150, Trois-Rivieres QC G9A 0C4",
                 f"Ship to: Cytogenetics Laboratory, {D.SITE_ADDR_EN}",
                 f"Instrument serial no. (CO2 incubator): {serial9(ctx)}",
                 f"GST: ${tps:.2f} - QST: ${tvq:.2f}", f"Total: ${tot + tps + tvq:.2f}",
                 "Terms: net 30. Phone 1 800 555-0143"])
    pdf_lines = info + [""] + ["  ".join(str(c) for c in r) for r in lines]
    body = L(lang, f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv} (commande {po}).\n\nService à la clientèle\n{vend[0]}\n1 800 555-0143",
             f"Hello,\n\nPlease find attached invoice {inv} (order {po}).\n\nCustomer Service\n{vend[0]}\n1 800 555-0143")
    spec = T.new_spec(ctx, lang, (vend[0], f"facturation@{vend[1]}"), [T.addr(ap, lang)],
                      L(lang, f"Facture {inv}", f"Invoice {inv}"), when=d, category="invoice",
                      note=L(lang, "facture de fournisseur", "supplier invoice"))
    attach(ctx, spec, f"{L(lang, 'Facture', 'Invoice')}_{inv}.pdf",
           A.make_pdf(L(lang, f"FACTURE {inv}", f"INVOICE {inv}"), pdf_lines, author=vend[0], compress=ctx.chance(0.5)))
    return finish(ctx, spec, body)


def n_purchase_order(ctx, lang):
    buyer = T.staff(ctx, "laboratory coordinator")
    vend = ctx.pick([("BioGenix Supply", D.EXT_DOMAINS["vendor"]), ("NordLab Instruments", D.EXT_DOMAINS["vendor2"])])
    po = f"BC-{ctx.rng.randrange(40000, 49999)}"
    rows = [L(lang, ["Code", "Description", "Qté", "Centre de coûts"], ["Code", "Description", "Qty", "Cost centre"])]
    for fr, en, pu in ctx.rng.sample(PRODUCTS, 4):
        rows.append([f"{ctx.pick(['BG', 'NL'])}-{ctx.rng.randrange(1000, 9999)}", L(lang, fr, en), ctx.rng.randrange(1, 30), "7041-GEN"])
    body = L(lang, f"Bonjour,\n\nVoici le bon de commande {po}. Livraison au quai B avant 14 h SVP (réception labo : poste 4470).",
             f"Hi,\n\nPurchase order {po} attached. Please deliver to dock B before 2 pm (lab receiving: ext. 4470).") + T.sig(ctx, buyer, lang)
    spec = T.new_spec(ctx, lang, T.addr(buyer, lang), [(vend[0], f"commandes@{vend[1]}")],
                      L(lang, f"Bon de commande {po}", f"Purchase order {po}"), category="purchase_order",
                      note=L(lang, "bon de commande", "purchase order"))
    attach(ctx, spec, f"{po}.xlsx", A.make_xlsx([("PO", rows)], author=f"{buyer['given']} {buyer['surname']}"))
    return finish(ctx, spec, body)


def n_inventory(ctx, lang):
    tech = T.staff(ctx, "technologist", "laboratory coordinator")
    rows = [L(lang, ["Équipement / réactif", "No d'actif", "No de série", "Lot", "Péremption", "Emplacement"],
              ["Equipment / reagent", "Asset no.", "Serial no.", "Lot", "Expiry", "Location"])]
    equip = L(lang, ["Congélateur -80 °C", "Thermocycleur", "Centrifugeuse", "Hotte biologique", "Incubateur CO2", "Séquenceur"],
              ["-80 C freezer", "Thermocycler", "Centrifuge", "Biosafety cabinet", "CO2 incubator", "Sequencer"])
    for e in equip:
        rows.append([e, asset10(ctx), serial9(ctx), "", "", f"4-{ctx.rng.randrange(100, 199)}"])
    for fr, en, pu in ctx.rng.sample(PRODUCTS, 3):
        exp = dt.date(2025, ctx.rng.randrange(6, 13), ctx.rng.randrange(1, 28))
        rows.append([L(lang, fr, en), "", "", lot(ctx), exp.isoformat(), L(lang, "Réserve 4-150", "Storage 4-150")])
    body = L(lang, "Bonjour,\n\nInventaire trimestriel ci-joint (équipements et réactifs). Merci de vérifier les numéros "
                   "d'actif avant l'audit du 15.", "Hi,\n\nQuarterly inventory attached (equipment and reagents). Please check "
                   "asset numbers before the audit on the 15th.") + T.sig(ctx, tech, lang)
    spec = T.new_spec(ctx, lang, T.addr(tech, lang), [T.addr(T.staff(ctx, "laboratory coordinator", "administrative manager"), lang)],
                      L(lang, "Inventaire trimestriel — labo génétique", "Quarterly inventory - genetics lab"),
                      category="inventory", note=L(lang, "inventaire d'équipements et de réactifs", "equipment and reagent inventory"))
    if ctx.chance(0.6):
        attach(ctx, spec, L(lang, "inventaire_T2.xlsx", "inventory_Q2.xlsx"), A.make_xlsx([("Inventaire", rows)]))
        return finish(ctx, spec, body)
    attach(ctx, spec, L(lang, "inventaire.csv", "inventory.csv"), A.make_csv(rows, sep=";"), ctype="text/csv")
    return finish(ctx, spec, body)


def n_it(ctx, lang):
    it = T.staff(ctx, "IT technician")
    d = ctx.when()
    w = ctx.future_day(d, 2, 10)
    kind = ctx.rng.randrange(4)
    if lang == "fr":
        subj, body = [
            ("Interruption planifiée — LIMS génétique", f"Bonjour,\n\nLe LIMS du laboratoire de génétique sera indisponible le "
             f"{I.fmt_day(w, lang)} de 18 h à 22 h (mise à jour 7.4). Les requêtes papier (formulaire AH-612) seront utilisées "
             f"pendant l'arrêt.\n\nMerci de votre compréhension."),
            ("Renouvellement de mot de passe", "Bonjour,\n\nVotre mot de passe réseau expirera dans 5 jours. Changez-le via "
             "Ctrl+Alt+Suppr. Le service informatique ne vous demandera JAMAIS votre mot de passe par courriel."),
            ("Migration des boîtes courriel", f"Bonjour,\n\nLa migration vers la nouvelle messagerie aura lieu le {I.fmt_day(w, lang)}. "
             "Les dossiers partagés « Génétique-secrétariat » et « DPNI-résultats » seront déplacés ; aucune action requise."),
            ("Imprimante 4e étage", "Bonjour,\n\nL'imprimante HP du poste des infirmières (4-020) est remplacée. Nouveau nom "
             "de file : IMP-GEN-04. Numéro de série : " + serial9(ctx) + "."),
        ][kind]
    else:
        subj, body = [
            ("Planned outage - genetics LIMS", f"Hello,\n\nThe genetics laboratory LIMS will be unavailable on "
             f"{I.fmt_day(w, lang)} from 6 to 10 pm (upgrade 7.4). Use paper requisitions (form AH-612) during the outage."),
            ("Password renewal", "Hello,\n\nYour network password expires in 5 days. Change it with Ctrl+Alt+Del. IT will NEVER "
             "ask for your password by e-mail."),
            ("Mailbox migration", f"Hello,\n\nMailbox migration is scheduled for {I.fmt_day(w, lang)}. Shared folders "
             "'Genetics-admin' and 'NIPT-results' will move automatically; no action needed."),
            ("4th floor printer", "Hello,\n\nThe HP printer at the nursing station (4-020) is being replaced. New queue: "
             "IMP-GEN-04. Serial number: " + serial9(ctx) + "."),
        ][kind]
    body += T.sig(ctx, it, lang, "full")
    spec = T.new_spec(ctx, lang, (L(lang, "Soutien informatique", "IT Service Desk"), f"soutien-ti@{D.DOM}"),
                      [(L(lang, "Utilisateurs génétique", "Genetics users"), f"genetique-tous@{D.DOM}")], subj, when=d,
                      category="it_notice", note=L(lang, "avis informatique", "IT notice"))
    spec["transport"]["no_mime"] = lang == "en"
    return finish(ctx, spec, body, form=ctx.pick(["plain", "plain", "alt"]))


def n_facilities(ctx, lang):
    fm = T.staff(ctx, "facilities manager")
    d = ctx.when()
    w = ctx.future_day(d, 1, 8)
    kind = ctx.rng.randrange(3)
    if lang == "fr":
        subj, body = [
            ("Alarme congélateur -80 °C (salle 4-118)", "Bonjour,\n\nL'alarme du congélateur -80 °C no d'actif "
             f"{asset10(ctx)} s'est déclenchée à 3 h 12 (température max. -61 °C). Les boîtes ont été transférées dans "
             "l'unité de secours. Le technicien de NordLab passe demain."),
            ("Travaux de ventilation — 4e étage", f"Bonjour,\n\nDes travaux de ventilation auront lieu le {I.fmt_day(w, lang)}. "
             "Les salles de consultation 4-101 à 4-108 ne seront pas disponibles en avant-midi."),
            ("Stationnement P3 fermé", f"Bonjour,\n\nLe stationnement P3 sera fermé le {I.fmt_day(w, lang)} pour le "
             "marquage. Utilisez P1 ; la navette passe aux 15 minutes."),
        ][kind]
    else:
        subj, body = [
            ("-80 C freezer alarm (room 4-118)", f"Hello,\n\nThe -80 C freezer alarm, asset {asset10(ctx)}, went off at "
             "3:12 am (max -61 C). Boxes were moved to the backup unit. NordLab technician coming tomorrow."),
            ("Ventilation work - 4th floor", f"Hello,\n\nVentilation work is scheduled for {I.fmt_day(w, lang)}. Consult "
             "rooms 4-101 to 4-108 unavailable in the morning."),
            ("Parking P3 closed", f"Hello,\n\nParking P3 will be closed on {I.fmt_day(w, lang)} for line painting. Use P1; "
             "shuttle every 15 minutes."),
        ][kind]
    body += T.sig(ctx, fm, lang, "full")
    spec = T.new_spec(ctx, lang, T.addr(fm, lang), [(L(lang, "Occupants 4e étage", "4th floor occupants"), f"etage4@{D.DOM}")],
                      subj, when=d, category="facilities", note=L(lang, "avis des installations", "facilities notice"))
    return finish(ctx, spec, body)


def n_stats(ctx, lang):
    an = T.staff(ctx, "administrative manager", "laboratory coordinator")
    months = I.MONTHS_FR if lang == "fr" else I.MONTHS_EN
    rows = [L(lang, ["Mois", "Dépistages", "Risque élevé", "DPNI", "Amnio/BVC", "Anomalies confirmées"],
              ["Month", "Screens", "High risk", "NIPT", "Amnio/CVS", "Confirmed anomalies"])]
    for m in range(ctx.rng.randrange(3, 7)):
        n = ctx.rng.randrange(280, 420)
        hr = ctx.rng.randrange(8, 20)
        rows.append([months[m].capitalize(), n, hr, hr - ctx.rng.randrange(0, 4), ctx.rng.randrange(2, 8), ctx.rng.randrange(0, 4)])
    body = L(lang, "Bonjour,\n\nVoici les statistiques agrégées du programme de dépistage prénatal pour le semestre "
                   "(aucune donnée nominative). Le taux de positifs au dépistage de 1er trimestre est de 3,9 %, dans la cible "
                   "provinciale.\n\n[[TABLE]]\n\nT21 : 11 cas confirmés ; T18 : 4 ; T13 : 1 ; monosomie X : 2.",
             "Hi,\n\nAggregate prenatal screening statistics for the half-year (no identifying data). First-trimester "
             "screen-positive rate is 3.9%, within the provincial target.\n\n[[TABLE]]\n\nT21: 11 confirmed; T18: 4; T13: 1; "
             "monosomy X: 2.") + T.sig(ctx, an, lang)
    spec = T.new_spec(ctx, lang, T.addr(an, lang), [T.addr(T.staff(ctx, "maternal-fetal", "medical geneticist"), lang)],
                      L(lang, "Statistiques dépistage prénatal — semestre", "Prenatal screening statistics - half-year"),
                      category="statistics", note=L(lang, "statistiques agrégées", "aggregate statistics"))
    if ctx.chance(0.4):
        attach(ctx, spec, L(lang, "statistiques.csv", "statistics.csv"), A.make_csv(rows), ctype="text/csv")
    return finish(ctx, spec, body, tables={"[[TABLE]]": rows})


def n_teaching(ctx, lang):
    res = T.staff(ctx, "resident", "medical geneticist")
    case = ctx.pick(L(lang, [
        "Une femme de 34 ans, G2P1, est vue à 12+5 SA pour une clarté nucale de 3,9 mm. Le DPNI revient à risque élevé de "
        "trisomie 21. L'amniocentèse confirme un caryotype 47,XX,+21. Questions : (1) Quelle est la valeur prédictive positive "
        "du DPNI pour la T21 à cet âge ? (2) Quelles options présenter au couple ?",
        "Un garçon de 4 ans est adressé pour retard de langage et comportements autistiques. Sa mère rapporte une "
        "ménopause précoce chez sa propre mère. Le test FMR1 montre une mutation complète (> 200 CGG). Discutez du "
        "dépistage en cascade et du conseil reproductif.",
        "Un homme de 29 ans fait une syncope au hockey. QTc 510 ms. Son père est décédé subitement à 41 ans. Quel gène "
        "tester en premier et quelles recommandations donner à la fratrie ?",
    ], [
        "A 34-year-old G2P1 is seen at 12+5 weeks for a nuchal translucency of 3.9 mm. NIPT returns high risk for trisomy 21. "
        "Amniocentesis confirms 47,XX,+21. Questions: (1) What is the PPV of NIPT for T21 at this age? (2) Which options "
        "should be presented to the couple?",
        "A 4-year-old boy is referred for speech delay and autistic features. His mother reports early menopause in her own "
        "mother. FMR1 testing shows a full mutation (> 200 CGG). Discuss cascade testing and reproductive counselling.",
        "A 29-year-old man has a syncope while playing hockey. QTc 510 ms. His father died suddenly at 41. Which gene would "
        "you test first and what advice for siblings?",
    ]))
    d = ctx.future_day(ctx.when(), 2, 10)
    body = (L(lang, f"Bonjour à tous,\n\nCas pour le club de lecture du {I.fmt_day(d, lang)} (cas fictif, dépersonnalisé) :\n\n",
              f"Hi all,\n\nCase for journal club on {I.fmt_day(d, lang)} (fictional, de-identified):\n\n") + case +
            L(lang, "\n\nArticle : lignes directrices SOGC 2023 sur le dépistage prénatal.", "\n\nReading: SOGC 2023 prenatal screening guideline.")
            + T.sig(ctx, res, lang, "short"))
    spec = T.new_spec(ctx, lang, T.addr(res, lang), [(L(lang, "Résidents et moniteurs", "Residents and fellows"), f"enseignement-gen@{D.DOM}")],
                      L(lang, "Club de lecture — cas clinique", "Journal club - teaching case"), category="teaching_case",
                      note=L(lang, "cas d'enseignement dépersonnalisé", "de-identified teaching case"))
    if ctx.chance(0.4):
        attach(ctx, spec, L(lang, "cas_clinique.docx", "teaching_case.docx"),
               A.make_docx(L(lang, "Cas clinique", "Teaching case"), [case], author=f"{res['given']} {res['surname']}"))
    return finish(ctx, spec, body)


def n_blank_form(ctx, lang):
    adm = T.staff(ctx, "administrative officer", "clinical nurse")
    fields = L(lang, ["Nom de la patiente : ______________________", "Prénom : ______________", "Date de naissance (AAAA-MM-JJ) : ____-__-__",
                      "NAM : ____ ____ ____", "No de dossier : __________", "Âge gestationnel : ___ SA ___ j",
                      "Indication :  [ ] âge maternel  [ ] dépistage positif  [ ] écho anormale  [ ] ATCD familial",
                      "Médecin requérant : ______________  Tél. : ______________", "Signature : __________________"],
                  ["Patient surname: ______________________", "Given name: ______________", "Date of birth (YYYY-MM-DD): ____-__-__",
                   "Health card no.: ____ ____ ____", "MRN: __________", "Gestational age: ___ wks ___ d",
                   "Indication:  [ ] maternal age  [ ] positive screen  [ ] abnormal US  [ ] family history",
                   "Requesting physician: ______________  Tel.: ______________", "Signature: __________________"])
    title = L(lang, "Requête — DPNI (dépistage prénatal non invasif)", "Requisition - NIPT (non-invasive prenatal testing)")
    body = L(lang, "Bonjour,\n\nVoici la nouvelle version (v3.2) de la requête DPNI, à utiliser dès le 1er du mois. "
                   "Les anciennes versions seront refusées au laboratoire.", "Hello,\n\nAttached is the new version (v3.2) of the "
                   "NIPT requisition, effective the 1st. Older versions will be rejected by the lab.") + T.sig(ctx, adm, lang, "full")
    spec = T.new_spec(ctx, lang, T.addr(adm, lang), [(L(lang, "Cliniques référentes", "Referring clinics"), f"referents@{D.DOM}")],
                      L(lang, "Nouvelle requête DPNI (formulaire vierge)", "New NIPT requisition (blank form)"),
                      category="blank_form", note=L(lang, "formulaire vierge", "blank form"))
    if ctx.chance(0.5):
        attach(ctx, spec, L(lang, "requête_DPNI_v3.2.docx", "NIPT_requisition_v3.2.docx"),
               A.make_docx(title, fields, author=f"{adm['given']} {adm['surname']}"))
    else:
        attach(ctx, spec, L(lang, "requête_DPNI_v3.2.pdf", "NIPT_requisition_v3.2.pdf"),
               A.make_pdf(title, fields, author="CHU Boreal", compress=ctx.chance(0.5)))
    return finish(ctx, spec, body)


def n_template(ctx, lang):
    adm = T.staff(ctx, "booking", "administrative officer")
    tpl = L(lang, "Bonjour {{civilite}} {{nom}},\n\nNous vous confirmons votre rendez-vous en génétique médicale le "
                  "{{date_rdv}} à {{heure_rdv}}, au {{lieu}}.\nVeuillez apporter votre carte d'assurance maladie et la liste "
                  "de vos médicaments.\nPour annuler : 819 555-0117.\n\n{{signature}}",
              "Dear {{title}} {{last_name}},\n\nThis confirms your medical genetics appointment on {{appt_date}} at "
              "{{appt_time}}, {{location}}.\nPlease bring your health card and a list of your medications.\n"
              "To cancel: 819 555-0117.\n\n{{signature}}")
    body = (L(lang, "Bonjour,\n\nVoici le gabarit de publipostage pour les confirmations de rendez-vous (à coller dans "
                    "Word > Publipostage). Les champs entre accolades sont remplis automatiquement.\n\n---\n",
              "Hi,\n\nHere is the mail-merge template for appointment confirmations (paste into Word > Mail Merge). Fields in "
              "braces are filled automatically.\n\n---\n") + tpl + "\n---" + T.sig(ctx, adm, lang, "short"))
    spec = T.new_spec(ctx, lang, T.addr(adm, lang), [T.addr(T.staff(ctx, "administrative", "booking"), lang)],
                      L(lang, "Gabarit — confirmation de RDV", "Template - appointment confirmation"), category="template",
                      note=L(lang, "gabarit de publipostage", "mail-merge template"))
    if ctx.chance(0.4):
        attach(ctx, spec, L(lang, "gabarit_confirmation.docx", "confirmation_template.docx"),
               A.make_docx(L(lang, "Gabarit", "Template"), tpl.split("\n"), author=f"{adm['given']} {adm['surname']}"))
    return finish(ctx, spec, body)


TEMPLATES = [
    (n_invoice, 3), (n_purchase_order, 3), (n_inventory, 3), (n_it, 3), (n_facilities, 3), (n_stats, 4),
    (n_teaching, 4), (n_blank_form, 3), (n_template, 3),
]

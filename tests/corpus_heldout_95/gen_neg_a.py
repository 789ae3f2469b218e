"""Negative scenarios, part A: staff schedules, HR, newsletters, invoices, recalls, shortages, conferences,
committees, job postings.  No identifiable patient anywhere."""
import datetime as dt

from stdnum import luhn

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_common import STAFF, d_lang, strip_accents
from gen_mime import Attachment, Mail
from gen_util import bye, greet, hhmm, later, msg_dt, result, when

CLIN_KEYS = ["vachon", "benali", "lortie", "frechette", "okafor", "beauchemin", "whitfield"]
OPT_KEYS = ["ouimet", "drolet", "lapierre"]
NURSE_KEYS = ["dionne", "ferland", "marchand"]
ADMIN_KEYS = ["gosselin", "rioux", "morneau", "charest", "bilodeau"]


def luhn_serial(ctx, n):
    body = "".join(str(ctx.randint(0, 9)) for _ in range(n - 1))
    if body[0] == "0":
        body = "4" + body[1:]
    return body + luhn.calc_check_digit(body)


def neg(category, mail, note):
    return result(category, mail, [], note)


def all_staff_to(ctx):
    return [("Équipe ophtalmologie", "ophtalmo-tous@hsl-sante.example")]


# --------------------------------------------------------------------------
# 1. Clinic schedule (XLSX)
# --------------------------------------------------------------------------

def staff_schedule_xlsx(ctx, lang):
    mgr = ctx.st(ctx.pick(["charest", "bilodeau", "gosselin"]))
    date = msg_dt(ctx)
    monday = date.date() + dt.timedelta(days=(7 - date.weekday()) % 7 or 7)
    clinics_fr = ["Rétine (IVT)", "Glaucome", "Cataracte pré-op", "Pédiatrie/strabisme", "Neuro-ophtalmo", "Bloc salle 4",
                  "Urgence ophtalmo", "Laser (SLT/YAG)", "Cornée", "Uvéite"]
    clinics_en = ["Retina (IVT)", "Glaucoma", "Cataract pre-op", "Paeds/strabismus", "Neuro-ophtho", "OR room 4",
                  "Eye emergency", "Laser (SLT/YAG)", "Cornea", "Uveitis"]
    rows = []
    for d in range(5):
        day = monday + dt.timedelta(days=d)
        for half in (("AM", "PM")):
            k = ctx.pick(CLIN_KEYS)
            s = ctx.st(k)
            rows.append([d_lang(day, lang, 1), half, s.name(lang), ctx.pick(clinics_fr if lang == "fr" else clinics_en),
                         ctx.st(ctx.pick(NURSE_KEYS)).full, ctx.st(ctx.pick(["nadon", "kim"])).full, ctx.randint(12, 38)])
    head = ["Date", "Période", "Médecin", "Clinique", "Inf.", "Tech/orthoptie", "Plages"] if lang == "fr" else \
        ["Date", "Half-day", "Physician", "Clinic", "Nurse", "Tech/orthoptics", "Slots"]
    x = make_xlsx([("Semaine %s" % monday.strftime("%Y-%m-%d") if lang == "fr" else "Week %s" % monday.strftime("%Y-%m-%d"), head, rows)],
                  author=mgr.full)
    if lang == "fr":
        subj = ctx.pick(["Horaire des cliniques — semaine du %s" % d_lang(monday, "fr", 0), "Horaire MD/inf. semaine prochaine",
                         "Répartition des cliniques %s" % d_lang(monday, "fr", 1)])
        body = [greet(ctx, lang), "", "Voici l'horaire de la semaine prochaine.",
                ctx.pick(["La Dre Vachon fait deux plages d'injections supplémentaires mardi.",
                          "Attention : la clinique de glaucome de jeudi PM est déplacée en salle 6.",
                          "Le Dr Okafor est au bloc toute la journée de mercredi (décollements de rétine).",
                          "Merci de me signaler tout conflit avant vendredi midi."]),
                "", bye(ctx, lang), mgr.signature(ctx, lang)]
        fn = ctx.pick(["Horaire_cliniques_%s.xlsx", "Horaire des cliniques — semaine du %s.xlsx"]) % monday.strftime("%Y-%m-%d")
    else:
        subj = ctx.pick(["Clinic schedule — week of %s" % d_lang(monday, "en", 0), "Next week's MD/nursing schedule"])
        body = [greet(ctx, lang), "", "Next week's schedule is attached.",
                ctx.pick(["Dr. Vachon adds two injection sessions on Tuesday.", "Thursday PM glaucoma clinic moves to room 6.",
                          "Please flag conflicts by Friday noon."]), "", bye(ctx, lang), mgr.signature(ctx, lang)]
        fn = "Clinic_schedule_%s.xlsx" % monday.strftime("%Y%m%d")
    mail = Mail(mgr.addr_hdr(), all_staff_to(ctx), subj, "\n".join(body), lang,
                attachments=[Attachment(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)], date=date)
    return neg("staff_schedule_xlsx", mail, "weekly clinic staffing schedule")


# --------------------------------------------------------------------------
# 2. On-call roster
# --------------------------------------------------------------------------

def oncall_roster(ctx, lang):
    mgr = ctx.st(ctx.pick(["bilodeau", "charest"]))
    date = msg_dt(ctx)
    start = later(ctx, date, 5, 20, False)
    lines = []
    for i in range(ctx.randint(7, 14)):
        d = start + dt.timedelta(days=i)
        a = ctx.st(ctx.pick(CLIN_KEYS))
        r = ctx.st(ctx.pick(["hamelin", "raman"]))
        lines.append("%s  %-22s  %s (résident : %s)" % (d_lang(d, lang, 1), wd_short(d, lang), a.name(lang), r.full) if lang == "fr"
                     else "%s  %-10s  %s (resident: %s)" % (d_lang(d, lang, 1), wd_short(d, lang), a.name(lang), r.full))
    if lang == "fr":
        subj = ctx.pick(["Garde ophtalmologie — %s" % d_lang(start, "fr", 0), "Calendrier de garde rétine/urgence", "Liste de garde mise à jour"])
        text = "\n".join([greet(ctx, lang), "", "Voici la liste de garde (1er appel : résident, 2e appel : patron) :", ""] + lines +
                         ["", ctx.pick(["Les échanges doivent être approuvés par moi.", "Téléavertisseur de garde : 450-555-0199.",
                                        "Rappel : la garde rétine couvre aussi l'Hôpital régional."]), "", mgr.signature(ctx, lang)])
    else:
        subj = ctx.pick(["Ophthalmology call schedule — %s" % d_lang(start, "en", 0), "Updated call roster"])
        text = "\n".join([greet(ctx, lang), "", "Call roster (1st call resident, 2nd call staff):", ""] + lines +
                         ["", "Swaps must be approved by me.", "", mgr.signature(ctx, lang)])
    mail = Mail(mgr.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("oncall_roster", mail, "on-call roster for physicians and residents")


def wd_short(d, lang):
    from gen_common import wd
    return wd(d, lang)


# --------------------------------------------------------------------------
# 3. Leave request
# --------------------------------------------------------------------------

def leave_request(ctx, lang):
    emp = ctx.st(ctx.pick(NURSE_KEYS + ["gosselin", "rioux", "nadon", "kim", "morneau"]))
    mgr = ctx.st(ctx.pick(["charest", "bilodeau"]))
    date = msg_dt(ctx)
    a = later(ctx, date, 10, 90)
    b = a + dt.timedelta(days=ctx.randint(2, 14))
    if lang == "fr":
        reason = ctx.pick(["vacances annuelles", "congé parental", "formation en OCT-angiographie à Québec",
                           "déménagement", "mariage de ma sœur", "congé sans solde"])
        subj = ctx.pick(["Demande de congé", "Vacances %s" % d_lang(a, "fr", 1), "Absence — %s" % emp.full])
        text = "%s\n\nJe souhaiterais prendre congé du %s au %s (%s). %s\n\n%s\n%s" % (
            greet(ctx, lang, mgr.given), d_lang(a, "fr", 0), d_lang(b, "fr", 0), reason,
            ctx.pick(["Nadia a accepté de me remplacer à la clinique d'injections.", "Je peux faire un échange avec Kevin.",
                      "Le formulaire est rempli dans Logibec.", ""]), bye(ctx, lang), emp.signature(ctx, lang, 0))
    else:
        subj = ctx.pick(["Leave request", "Vacation %s" % d_lang(a, "en", 1)])
        text = "%s\n\nI would like to request leave from %s to %s (%s).\n\n%s\n%s" % (
            greet(ctx, lang, mgr.given), d_lang(a, "en", 0), d_lang(b, "en", 0), ctx.pick(["vacation", "family trip", "conference"]),
            bye(ctx, lang), emp.signature(ctx, lang, 0))
    mail = Mail(emp.addr_hdr(), [mgr.addr_hdr()], subj, text, lang, date=date)
    return neg("leave_request", mail, "employee leave request")


# --------------------------------------------------------------------------
# 4. Employee occupational health
# --------------------------------------------------------------------------

def occupational_health(ctx, lang):
    emp = ctx.st(ctx.pick(NURSE_KEYS + ["gosselin", "nadon", "kim", "rioux"]))
    sst = ("Santé et sécurité au travail", "sst@hsl-sante.example")
    mgr = ctx.st(ctx.pick(["charest", "bilodeau"]))
    date = msg_dt(ctx)
    ret = later(ctx, date, 2, 15)
    if lang == "fr":
        subj = ctx.pick(["Retour au travail — %s" % emp.full, "Absence maladie personnel", "Vaccination antigrippale du personnel",
                         "Test d'ajustement N95"])
        if "Vaccination" in subj:
            text = ("%s\n\nLa clinique de vaccination antigrippale pour le personnel aura lieu le %s en salle B-210. "
                    "Les employés de l'ophtalmologie sont attendus entre 10 h et 14 h. Apportez votre carte d'employé.\n\n%s\n%s"
                    % (greet(ctx, lang), d_lang(ret, "fr", 0), bye(ctx, lang), "Service de santé et sécurité au travail"))
        elif "N95" in subj:
            text = ("%s\n\nLes tests d'ajustement N95 pour le personnel du bloc sont prévus %s. Liste : %s, %s, %s.\n\n%s"
                    % (greet(ctx, lang), when(ret, "fr"), emp.full, ctx.st("marchand").full, ctx.st("ferland").full,
                       "Santé et sécurité au travail"))
        else:
            text = ("%s\n\n%s est en arrêt de travail (conjonctivite virale contractée au travail, déclaration CNESST faite). "
                    "Retour prévu le %s avec billet médical. Merci de prévoir le remplacement à la clinique d'injections.\n\n%s"
                    % (greet(ctx, lang, mgr.given), emp.full, d_lang(ret, "fr", 0), "Santé et sécurité au travail"))
    else:
        subj = ctx.pick(["Return to work — %s" % emp.full, "Staff flu clinic"])
        if "flu" in subj:
            text = "%s\n\nStaff flu shots: %s, room B-210, 10:00-14:00.\n\nOccupational Health" % (greet(ctx, lang), d_lang(ret, "en", 0))
        else:
            text = ("%s\n\n%s is off work (work-related viral conjunctivitis, CNESST claim filed) and expected back on %s with a note.\n\n"
                    "Occupational Health" % (greet(ctx, lang, mgr.given), emp.full, d_lang(ret, "en", 0)))
    mail = Mail(sst, [mgr.addr_hdr()], subj, text, lang, date=date)
    return neg("occupational_health", mail, "employee occupational health notice")


# --------------------------------------------------------------------------
# 5. Payroll / HR
# --------------------------------------------------------------------------

def payroll_hr(ctx, lang):
    hr = ctx.st("sauve")
    date = msg_dt(ctx)
    if lang == "fr":
        subj = ctx.pick(["Paie — changement de date de dépôt", "Relevés 1 et T4 disponibles", "Prime de soir — rappel",
                         "Ajustement salarial rétroactif"])
        body = ctx.pick([
            "En raison du congé férié, la paie du %s sera déposée un jour plus tôt." % d_lang(later(ctx, date, 5, 20), "fr", 0),
            "Vos relevés 1 et feuillets T4 sont disponibles dans le portail employé. Le numéro d'employé vous est demandé à la connexion.",
            "La prime de soir (4,15 %%) s'applique aux quarts débutant après 15 h. Le bloc opératoire est visé depuis le %s." % d_lang(later(ctx, date, -60, -5, False), "fr", 0),
            "L'ajustement de l'échelle des techniciens en ophtalmologie (classe 2244) sera versé sur la paie du %s." % d_lang(later(ctx, date, 10, 40), "fr", 0)])
        text = "%s\n\n%s\n\n%s\n%s" % (greet(ctx, lang), body, bye(ctx, lang), hr.signature(ctx, lang, 1))
    else:
        subj = ctx.pick(["Payroll — deposit date change", "Tax slips available", "Evening premium reminder"])
        body = ctx.pick(["Because of the holiday, pay will be deposited one day early.",
                         "Your T4 and RL-1 slips are available on the employee portal.",
                         "The evening premium applies to shifts starting after 3 pm."])
        text = "%s\n\n%s\n\n%s\n%s" % (greet(ctx, lang), body, bye(ctx, lang), hr.signature(ctx, lang, 1))
    mail = Mail(hr.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("payroll_hr", mail, "payroll / HR notice")


# --------------------------------------------------------------------------
# 6. Newsletter
# --------------------------------------------------------------------------

def newsletter(ctx, lang):
    date = msg_dt(ctx)
    if lang == "fr":
        topic = ctx.pick([
            ("Mars : mois de la sensibilisation au glaucome",
             ["Le glaucome touche environ 2 % des Québécois de plus de 40 ans et la moitié l'ignorent.",
              "Notre clinique a réalisé %d champs visuels l'an dernier, une hausse de %d %%." % (ctx.randint(4000, 9000), ctx.randint(5, 20)),
              "Le Dr Karim Benali rappelle que le dépistage est recommandé aux 2 ans après 40 ans, plus tôt en cas d'antécédents familiaux.",
              "Nouveau : le netarsudil est maintenant inscrit à la liste des médicaments de l'établissement."]),
            ("Journée mondiale de la vue",
             ["La rétinopathie diabétique reste la première cause de cécité chez les adultes en âge de travailler.",
              "Le programme de télé-dépistage a photographié %d patients diabétiques en 2024 dans 6 GMF." % ctx.randint(2000, 6000),
              "Dre Hélène Vachon présentera les nouveautés en traitement de l'œdème maculaire diabétique le %s." % d_lang(later(ctx, date, 5, 40), "fr", 0)]),
            ("Infolettre du service d'ophtalmologie — %s" % d_lang(date, "fr", 0).split(" ", 1)[1],
             ["Bienvenue au Dr Jason Whitfield, qui se joint à l'équipe de l'Outaouais (rétine et cataracte).",
              "Délais moyens : cataracte %d jours, rétine urgente %d jours." % (ctx.randint(90, 260), ctx.randint(2, 9)),
              "Rappel : les injections intravitréennes du samedi reprennent en avril.",
              "Bravo à l'équipe du bloc : %d chirurgies de cataracte ce trimestre." % ctx.randint(600, 1400)]),
        ])
        text = "%s\n\n%s\n\n%s\n\nService des communications — Hôpital Sainte-Lucie\nPour vous désabonner, répondez « STOP »." % (
            topic[0], "\n\n".join(topic[1]), ctx.pick(["Bonne lecture !", "Merci à tous pour votre engagement."]))
    else:
        topic = ctx.pick([
            ("Glaucoma Awareness Month", ["About 2% of Canadians over 40 have glaucoma; half do not know it.",
                                          "Dr. Karim Benali reminds us that screening every two years after 40 is recommended.",
                                          "Our clinic performed %d visual fields last year." % ctx.randint(4000, 9000)]),
            ("Eye Department newsletter", ["Welcome to Dr. Jason Whitfield (retina and cataract, Outaouais site).",
                                           "Average waits: cataract %d days, urgent retina %d days." % (ctx.randint(90, 260), ctx.randint(2, 9)),
                                           "Saturday injection clinics resume in April."]),
        ])
        text = "%s\n\n%s\n\nCommunications — Sainte-Lucie Hospital" % (topic[0], "\n\n".join(topic[1]))
    mail = Mail(("Communications HSL", "communications@hsl-sante.example"), all_staff_to(ctx), topic[0], text, lang,
                date=date, mode=ctx.pick(["html", "alt", "alt", "plain"]))
    return neg("newsletter", mail, "departmental newsletter about eye diseases")


# --------------------------------------------------------------------------
# 7. Invoice (PDF) with lot / serial numbers
# --------------------------------------------------------------------------

PRODUCTS = [("Lentille intraoculaire SN60WF", "Intraocular lens SN60WF", 185.0),
            ("Lentille torique SN6AT4", "Toric IOL SN6AT4", 410.0),
            ("Viscoélastique ProVisc 0,55 mL", "OVD ProVisc 0.55 mL", 62.5),
            ("Aiguilles 30G x 1/2 po (boîte 100)", "30G 1/2 in needles (box 100)", 38.0),
            ("Blépharostats stériles jetables", "Disposable sterile lid speculums", 9.75),
            ("Bétadine 5 % ophtalmique", "Povidone-iodine 5% ophthalmic", 14.2),
            ("Trousse phaco Centurion", "Centurion phaco pack", 96.0),
            ("Fluorescéine sodique 10 % fiole", "Fluorescein sodium 10% vial", 21.0)]


def invoice_pdf(ctx, lang):
    buyer = ctx.st("aubin")
    date = msg_dt(ctx)
    inv = "F-%06d" % ctx.randint(100000, 999999)
    rows = []
    total = 0.0
    for prod in ctx.sample(PRODUCTS, ctx.randint(3, 6)):
        q = ctx.randint(2, 60)
        lot = ctx.pick(["LOT %s" % luhn_serial(ctx, 9), "LOT %d%s" % (ctx.randint(10000, 99999), ctx.pick("ABCDK")),
                        "SN %s" % luhn_serial(ctx, 10)])
        rows.append([prod[0] if lang == "fr" else prod[1], lot, q, "%.2f" % prod[2], "%.2f" % (q * prod[2])])
        total += q * prod[2]
    head = ["Article", "Lot / série", "Qté", "Prix unit.", "Total"] if lang == "fr" else ["Item", "Lot / serial", "Qty", "Unit", "Total"]
    lines = ["Fournisseur : Vitreo Supply inc., 55 rue Industrielle, Boucherville (Québec) J4B 5E6" if lang == "fr" else
             "Supplier: Vitreo Supply Inc., 55 Industrielle St., Boucherville QC J4B 5E6",
             ("Facture %s — %s" if lang == "fr" else "Invoice %s — %s") % (inv, d_lang(date, lang, 1)),
             ("Bon de commande : BC-%d" if lang == "fr" else "PO: BC-%d") % ctx.randint(400000, 499999),
             ("Client : Hôpital Sainte-Lucie, approvisionnement, compte %d" if lang == "fr" else
              "Customer: Sainte-Lucie Hospital, procurement, account %d") % ctx.randint(10000, 99999),
             "TPS 123456789 RT0001 / TVQ 1234567890 TQ0001",
             ("Total avant taxes : %.2f $" if lang == "fr" else "Subtotal: $%.2f") % total]
    pdf = make_pdf("FACTURE" if lang == "fr" else "INVOICE", lines, table=(head, rows), author="Vitreo Supply",
                   col_widths=[190, 110, 40, 70, 70], compress=ctx.chance(0.5))
    subj = ("Facture %s" if lang == "fr" else "Invoice %s") % inv
    text = ("%s\n\nVeuillez trouver ci-joint la facture %s. Paiement net 30 jours.\n\n%s\nComptes recevables — Vitreo Supply\n514-555-0188"
            % (greet(ctx, lang, buyer.given), inv, bye(ctx, lang)) if lang == "fr" else
            "%s\n\nPlease find invoice %s attached. Net 30.\n\n%s\nAccounts receivable — Vitreo Supply\n514-555-0188"
            % (greet(ctx, lang, buyer.given), inv, bye(ctx, lang)))
    mail = Mail(("Vitreo Supply — comptes recevables", "ar@vitreosupply.example"), [buyer.addr_hdr()], subj, text, lang,
                attachments=[Attachment("%s.pdf" % inv, "application/pdf", pdf)], date=date)
    return neg("invoice_pdf", mail, "supplier invoice with lot and serial numbers")


# --------------------------------------------------------------------------
# 8. Purchase order
# --------------------------------------------------------------------------

def purchase_order(ctx, lang):
    buyer = ctx.st("aubin")
    req = ctx.st(ctx.pick(["charest", "marchand", "theriault"]))
    date = msg_dt(ctx)
    po = "BC-%d" % ctx.randint(400000, 499999)
    items = ctx.sample(PRODUCTS, 3)
    if lang == "fr":
        lines = ["- %s : %d unités (code fournisseur %s)" % (it[0], ctx.randint(5, 80), luhn_serial(ctx, ctx.pick([8, 9, 10]))) for it in items]
        text = "\n".join([greet(ctx, lang, req.given), "", "Le bon de commande %s a été émis :" % po, ""] + lines +
                         ["", "Livraison prévue au quai B le %s. Centre de coûts 7140-OPH." % d_lang(later(ctx, date, 3, 15), "fr", 0),
                          "", buyer.signature(ctx, lang)])
        subj = ctx.pick(["BC %s émis" % po, "Commande %s — lentilles et consommables" % po])
    else:
        lines = ["- %s: %d units (supplier code %s)" % (it[1], ctx.randint(5, 80), luhn_serial(ctx, ctx.pick([8, 9, 10]))) for it in items]
        text = "\n".join([greet(ctx, lang, req.given), "", "PO %s has been issued:" % po, ""] + lines +
                         ["", "Delivery to dock B. Cost centre 7140-OPH.", "", buyer.signature(ctx, lang)])
        subj = "PO %s issued" % po
    mail = Mail(buyer.addr_hdr(), [req.addr_hdr()], subj, text, lang, date=date)
    return neg("purchase_order", mail, "purchase order for surgical supplies")


# --------------------------------------------------------------------------
# 9. Supplier recall
# --------------------------------------------------------------------------

def supplier_recall(ctx, lang):
    date = msg_dt(ctx)
    lots = [luhn_serial(ctx, ctx.pick([9, 10])) for _ in range(ctx.randint(2, 5))]
    prod_fr, prod_en = ctx.pick([("lentilles intraoculaires hydrophobes monobloc +18,0 à +24,0 D", "one-piece hydrophobic IOLs +18.0 to +24.0 D"),
                                 ("cartouches d'injection de lentille", "IOL injector cartridges"),
                                 ("seringues préremplies de viscoélastique", "prefilled OVD syringes"),
                                 ("canules de perfusion 23G", "23G infusion cannulas")])
    if lang == "fr":
        subj = ctx.pick(["AVIS DE RAPPEL VOLONTAIRE — %s" % prod_fr, "Rappel produit : lots visés", "Santé Canada — rappel de type II"])
        text = "\n".join([
            "Avis de rappel volontaire (type II)", "",
            "OptiLens Medical procède au rappel des %s des lots suivants, en raison d'un risque de défaut d'emballage "
            "stérile :" % prod_fr, ""] + ["  Lot %s" % l for l in lots] + [
            "", "Aucun événement indésirable n'a été signalé. Veuillez mettre les produits en quarantaine et retourner le "
            "formulaire de confirmation ci-dessous d'ici le %s." % d_lang(later(ctx, date, 5, 20), "fr", 0), "",
            "Nombre d'unités en inventaire : ______", "Signature : ______", "",
            "Service à la clientèle OptiLens : 1-800-555-0177"])
    else:
        subj = ctx.pick(["VOLUNTARY RECALL NOTICE — %s" % prod_en, "Product recall: affected lots"])
        text = "\n".join(["Voluntary recall (Type II)", "",
                          "OptiLens Medical is recalling %s from the following lots due to a possible sterile barrier defect:" % prod_en, ""] +
                         ["  Lot %s" % l for l in lots] +
                         ["", "No adverse events reported. Quarantine stock and return the acknowledgement form.", "",
                          "Units on hand: ______", "", "OptiLens customer service: 1-800-555-0177"])
    mail = Mail(("OptiLens Medical — Qualité", "qualite@optilens.example"), [ctx.st("aubin").addr_hdr(), ctx.st("marchand").addr_hdr()],
                subj, text, lang, date=date)
    return neg("supplier_recall", mail, "supplier recall notice with lot numbers")


# --------------------------------------------------------------------------
# 10. Drug shortage
# --------------------------------------------------------------------------

def drug_shortage(ctx, lang):
    ph = ctx.st("theriault")
    date = msg_dt(ctx)
    drug_fr, alt_fr, drug_en, alt_en = ctx.pick([
        ("atropine 1 %% collyre (DIN %08d)" % ctx.randint(10 ** 6, 10 ** 8 - 1), "cyclopentolate 1 %",
         "atropine 1%% drops (DIN %08d)" % ctx.randint(10 ** 6, 10 ** 8 - 1), "cyclopentolate 1%"),
        ("fluorescéine sodique 10 % injectable", "report des angiographies non urgentes", "fluorescein 10% injection",
         "postpone non-urgent angiograms"),
        ("latanoprost 0,005 % (format 2,5 mL)", "latanoprost sans agent de conservation ou travoprost",
         "latanoprost 0.005% (2.5 mL)", "preservative-free latanoprost or travoprost"),
        ("acétazolamide 250 mg comprimés", "méthazolamide sur ordonnance nominative", "acetazolamide 250 mg tablets", "methazolamide"),
    ])
    back = later(ctx, date, 14, 90)
    if lang == "fr":
        subj = ctx.pick(["Pénurie — %s" % drug_fr.split(" (")[0], "Avis de rupture d'approvisionnement", "Pénurie de médicament : mesures"])
        text = ("%s\n\nLe fournisseur nous avise d'une rupture de %s jusqu'au %s environ.\n\nMesure temporaire : %s. "
                "Le comité de pharmacologie a approuvé la substitution automatique.\n\n%s\n%s" % (
                    greet(ctx, lang), drug_fr, d_lang(back, "fr", 0), alt_fr, bye(ctx, lang), ph.signature(ctx, lang, 1)))
    else:
        subj = ctx.pick(["Shortage — %s" % drug_en.split(" (")[0], "Drug supply interruption"])
        text = ("%s\n\nOur wholesaler reports a shortage of %s until about %s.\n\nInterim measure: %s.\n\n%s\n%s" % (
            greet(ctx, lang), drug_en, d_lang(back, "en", 0), alt_en, bye(ctx, lang), ph.signature(ctx, lang, 1)))
    mail = Mail(ph.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("drug_shortage", mail, "drug shortage notice")


# --------------------------------------------------------------------------
# 11. Conference programme
# --------------------------------------------------------------------------

SPEAKERS = [("Dre Sophie Marchetti", "Université Laval"), ("Dr Anand Krishnan", "University of Toronto"),
            ("Dr Pierre-Luc Vaillancourt", "CHU de Québec"), ("Dre Camille Ducharme", "Hôpital Maisonneuve"),
            ("Dr Olivier Brassard", "CIUSSS de l'Estrie"), ("Dr. Fiona McAllister", "McGill University"),
            ("Dre Nour Khalil", "Université de Montréal")]
TALKS_FR = ["Faricimab ou aflibercept 8 mg : quel intervalle en 2025 ?", "Chirurgie micro-invasive du glaucome (MIGS) : bilan",
            "Rétinopathie du prématuré : nouvelles cibles d'oxygène", "Le patient diabétique en clinique d'optométrie",
            "Névrite optique et SEP : quand référer ?", "Lentilles EDOF et attentes des patients", "Uvéites : pièges diagnostiques",
            "Atrophie géographique : le pegcetacoplan arrive-t-il au Québec ?"]
TALKS_EN = ["Faricimab vs aflibercept 8 mg: intervals in 2025", "MIGS: where are we?", "ROP: new oxygen targets",
            "The diabetic patient in optometric practice", "Optic neuritis and MS: when to refer", "EDOF IOLs and expectations",
            "Geographic atrophy treatments"]


def conference_programme(ctx, lang):
    date = msg_dt(ctx)
    day = later(ctx, date, 20, 90)
    talks = ctx.sample(TALKS_FR if lang == "fr" else TALKS_EN, 4)
    spk = ctx.sample(SPEAKERS + [(ctx.st(k).name("fr"), "Hôpital Sainte-Lucie") for k in ("vachon", "benali", "okafor")], 4)
    prog = []
    h = 8
    for (n, inst), tk in zip(spk, talks):
        prog.append("%dh30 — %s (%s) : %s" % (h, n, inst, tk) if lang == "fr" else "%d:30 — %s (%s): %s" % (h, n.replace("Dre ", "Dr. ").replace("Dr ", "Dr. "), inst, tk))
        h += 1
    if lang == "fr":
        subj = ctx.pick(["Programme — Journée scientifique d'ophtalmologie %d" % day.year, "Congrès de l'AOQ : programme préliminaire",
                         "Inscription : Symposium rétine et glaucome"])
        text = "\n".join(["%s" % subj, "", "%s, Centre des congrès de Laval" % when(day, "fr"), ""] + prog +
                         ["", "Crédits : 6 heures de DPC reconnues (catégorie A).", "Inscription : evenements@aoq-congres.example",
                          "", "Comité scientifique"])
    else:
        subj = ctx.pick(["Programme — Ophthalmology Research Day %d" % day.year, "Retina & Glaucoma Symposium: registration"])
        text = "\n".join([subj, "", "%s, Laval Convention Centre" % when(day, "en"), ""] + prog +
                         ["", "6 hours of CPD credits.", "Register: events@aoq-congres.example", "", "Scientific committee"])
    atts = []
    if ctx.chance(0.4):
        atts.append(Attachment("programme_%d.pdf" % day.year, "application/pdf",
                               make_pdf(subj, prog, author="Comité scientifique", compress=ctx.chance(0.5))))
    mail = Mail(("Comité scientifique AOQ", "congres@aoq-congres.example"), all_staff_to(ctx), subj, text, lang,
                attachments=atts, date=date)
    return neg("conference_programme", mail, "conference programme with speakers and topics")


# --------------------------------------------------------------------------
# 12. Committee notice
# --------------------------------------------------------------------------

def committee_notice(ctx, lang):
    sec = ctx.st(ctx.pick(["charest", "bilodeau", "theriault"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 5, 30)
    if lang == "fr":
        com = ctx.pick(["Comité de pharmacologie", "Comité qualité et sécurité des soins", "Comité de département d'ophtalmologie",
                        "Comité d'éthique de la recherche"])
        pts = ctx.sample(["Ajout du faricimab au formulaire (demande de la Dre Vachon)", "Taux d'endophtalmie post-IVT 2024 (agrégé)",
                          "Révision de la procédure de double identification au bloc", "Budget des lentilles toriques",
                          "Protocole d'antisepsie à la chlorhexidine", "Délais en clinique de glaucome", "Varia"], 4)
        subj = "Convocation — %s — %s" % (com, d_lang(day, "fr", 1))
        text = "\n".join([greet(ctx, lang), "", "Vous êtes convoqué(e) à la réunion du %s le %s à %s, salle A-412 et Teams." % (
            com, when(day, "fr"), hhmm(ctx, "fr", 7, 17)), "", "Ordre du jour :"] +
            ["%d. %s" % (i + 1, x) for i, x in enumerate(pts)] + ["", "Le procès-verbal de la dernière rencontre est joint.", "",
                                                                   sec.signature(ctx, lang)])
    else:
        com = ctx.pick(["Pharmacy & Therapeutics Committee", "Quality and Patient Safety Committee", "Department of Ophthalmology meeting"])
        pts = ctx.sample(["Faricimab formulary request", "2024 post-injection endophthalmitis rate (aggregate)",
                          "OR time-out procedure", "Toric IOL budget", "Other business"], 3)
        subj = "Notice — %s — %s" % (com, d_lang(day, "en", 1))
        text = "\n".join([greet(ctx, lang), "", "Meeting of the %s on %s at %s, room A-412 / Teams." % (com, when(day, "en"), hhmm(ctx, "en", 7, 17)),
                          "", "Agenda:"] + ["%d. %s" % (i + 1, x) for i, x in enumerate(pts)] + ["", sec.signature(ctx, lang)])
    mail = Mail(sec.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("committee_notice", mail, "committee meeting notice and agenda")


# --------------------------------------------------------------------------
# 13. Job posting
# --------------------------------------------------------------------------

def job_posting(ctx, lang):
    hr = ctx.st("sauve")
    date = msg_dt(ctx)
    if lang == "fr":
        job = ctx.pick(["Optométriste — poste permanent temps plein", "Orthoptiste — remplacement de congé de maternité",
                        "Infirmière clinicienne — clinique d'injections intravitréennes", "Technicien(ne) en ophtalmologie — OCT et champs visuels",
                        "Agent(e) administratif(ve) classe 2 — ophtalmologie"])
        text = "\n".join(["AFFICHAGE INTERNE ET EXTERNE — no %d-%03d" % (date.year, ctx.randint(1, 400)), "", job, "",
                          "Service d'ophtalmologie, Hôpital Sainte-Lucie (Laval)", "",
                          "Exigences : permis d'exercice valide, bilinguisme un atout, expérience avec les patients atteints de DMLA, "
                          "glaucome ou rétinopathie diabétique appréciée.", "",
                          "Salaire selon l'échelle du réseau (%.2f $ à %.2f $/h)." % (ctx.randint(2500, 3200) / 100.0, ctx.randint(3400, 5200) / 100.0),
                          "Date limite : %s" % d_lang(later(ctx, date, 10, 30), "fr", 0),
                          "Postulez : emplois@hsl-sante.example — 450-555-0190"])
        subj = "Affichage — %s" % job
    else:
        job = ctx.pick(["Optometrist — full-time permanent", "Orthoptist — maternity leave replacement", "Ophthalmic technician"])
        text = "\n".join(["JOB POSTING #%d-%03d" % (date.year, ctx.randint(1, 400)), "", job, "", "Ophthalmology, Sainte-Lucie Hospital", "",
                          "Bilingualism required; experience with AMD, glaucoma or diabetic retinopathy patients an asset.",
                          "Apply: emplois@hsl-sante.example"])
        subj = "Job posting — %s" % job
    mail = Mail(hr.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date, mode=ctx.pick(["plain", "html", "alt"]))
    return neg("job_posting", mail, "job posting")


SCENARIOS = {
    "staff_schedule_xlsx": staff_schedule_xlsx,
    "oncall_roster": oncall_roster,
    "leave_request": leave_request,
    "occupational_health": occupational_health,
    "payroll_hr": payroll_hr,
    "newsletter": newsletter,
    "invoice_pdf": invoice_pdf,
    "purchase_order": purchase_order,
    "supplier_recall": supplier_recall,
    "drug_shortage": drug_shortage,
    "conference_programme": conference_programme,
    "committee_notice": committee_notice,
    "job_posting": job_posting,
}
